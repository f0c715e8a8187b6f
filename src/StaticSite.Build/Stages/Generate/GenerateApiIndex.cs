using System.Collections.Immutable;
using StaticSite.Content.Model;
using StaticSite.Output.Api;
using StaticSite.Output.Files;
using StaticSite.Pipeline.Engine;

namespace StaticSite.Build.Stages.Generate;

/// <summary>
/// Adds the headless JSON API's catalogue (<c>api/index.json</c>: the region and every item's
/// metadata); the pages pass on to <see cref="GenerateApiItems"/>.
/// </summary>
public sealed class GenerateApiIndex : IStage<Document>
{
    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, ExecutionContext<Document> context) =>
        [ApiFile(JsonApiWriter.Index(context.Service<RegionBuild>().Region, documents)), .. documents];

    /// <summary>The document of one generated API file.</summary>
    public static Document ApiFile(OutputFile file) => new()
    {
        DisplayPath = $"(generated /{file.Path})", Layer = ContentLayer.Generated, Kind = PageKind.File,
        RelativePath = file.Path, OutputPath = file.Path, Output = file.Content,
    };
}
