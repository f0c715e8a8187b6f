using StaticSite.Pipeline.Diagnostics;

namespace StaticSite.Cli.Preview;

/// <summary>
/// What the preview server serves at one moment: the files of the last good build of the region
/// (by output path, <c>ouders/tlv/index.html</c>), and the errors of the latest build when it
/// failed. Immutable; a rebuild publishes a new snapshot with a higher <see cref="Version"/>.
/// </summary>
/// <param name="Version">Increases with every published rebuild; the live-reload events carry it.</param>
/// <param name="Files">Output files of the last good build.</param>
/// <param name="Errors">Errors of the latest build; empty when it succeeded.</param>
/// <param name="BasePath">The region's base path (<c>/</c> or <c>/regio/</c>).</param>
public sealed record SiteSnapshot(long Version, IReadOnlyDictionary<string, ReadOnlyMemory<byte>> Files, IReadOnlyList<Diagnostic> Errors, string BasePath)
{
    /// <summary>Nothing built yet.</summary>
    public static SiteSnapshot Empty { get; } = new(0, new Dictionary<string, ReadOnlyMemory<byte>>(), [], "/");
}
