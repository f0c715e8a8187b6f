using System.Text.Json.Serialization;

namespace StaticSite.Cli.Preview;

/// <summary>What the preview's status address answers: the site's version (it goes up with every rebuild) and the errors of the last build.</summary>
internal sealed record PreviewStatus(long Version, IReadOnlyList<string> Errors);

// Source-generated, so the NativeAOT command line writes it without reflection.
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(PreviewStatus))]
internal sealed partial class PreviewJsonContext : JsonSerializerContext;
