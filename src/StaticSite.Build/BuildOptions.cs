namespace StaticSite.Build;

/// <summary>What to build and where: the options of <c>staticsite build</c> and <c>staticsite check</c>.</summary>
/// <param name="ContentRoot">The content folder (default <c>content</c>).</param>
/// <param name="ThemesRoot">The themes folder (default <c>themes</c>).</param>
/// <param name="OutputRoot">The output folder (default <c>dist</c>).</param>
/// <param name="Regions">Region ids to build; empty means all.</param>
/// <param name="IncludeDrafts">Publish drafts too (for previews).</param>
/// <param name="WriteOutput">False for <c>check</c>: validate without writing.</param>
/// <param name="Lint">Run the content-health lints of <c>check</c> (stale pages, readability, ...).</param>
/// <param name="Today">The date stale pages are measured against.</param>
/// <param name="KeepDocuments">Keep every region's documents in the report (for tools and tests); off by default so a
/// 30-region build holds one region in memory at a time.</param>
/// <param name="EditorRoot">Where the web editor's files are (for regions with <c>cms:</c>); null: next to the tool (<see cref="Editor.EditorFiles.DefaultRoot"/>).</param>
/// <param name="BaseUrl">Builds for this address instead of the region's <c>baseUrl</c> (a preview or staging deploy); only with one region.</param>
/// <param name="Environment">Where the site goes: <see cref="SiteEnvironment.Production"/>, or <see cref="SiteEnvironment.Staging"/> for a test
/// version that search engines must not index (noindex, a robots.txt that disallows everything, a visible banner).</param>
/// <param name="UseCache">Use and keep the build cache (<see cref="Caching.RegionBuildCache"/>): a page whose inputs did not change since
/// the last build is not rendered again. Off (<c>--no-cache</c>): every page is rendered, as in a first build, and the build cache is
/// neither read nor written (compressed copies and encoded images are still kept by content hash).</param>
/// <param name="ToolIdentity">What identifies the build tool for the build cache (a cache written by another tool is not used);
/// null: the running program and the files beside it (<see cref="Caching.ToolIdentity"/>).</param>
public sealed record BuildOptions(
    string ContentRoot = "content",
    string ThemesRoot = "themes",
    string OutputRoot = "dist",
    IReadOnlyList<string>? Regions = null,
    bool IncludeDrafts = false,
    bool WriteOutput = true,
    bool Lint = false,
    DateOnly? Today = null,
    bool KeepDocuments = false,
    string? EditorRoot = null,
    Uri? BaseUrl = null,
    string Environment = SiteEnvironment.Production,
    bool UseCache = true,
    string? ToolIdentity = null)
{
    /// <summary>
    /// Where work is kept between builds, by content hash: <c>&lt;output&gt;/.cache</c>. Inside the output folder
    /// (the build writes nowhere else) but outside every region's deployed folder; a region id never starts with a dot.
    /// Each build makes it and its folders real folders first (<see cref="Output.Files.CacheFolders"/>).
    /// </summary>
    public string CacheFolder => Path.Combine(OutputRoot, ".cache");

    /// <summary>The build cache of each region (<see cref="CacheFolder"/>/build).</summary>
    public string BuildCacheFolder => Path.Combine(CacheFolder, "build");

    /// <summary>The record of each region's published files (<see cref="CacheFolder"/>/published).</summary>
    public string PublishedFolder => Path.Combine(CacheFolder, "published");

    /// <summary>Encoded images (<see cref="CacheFolder"/>/images).</summary>
    public string ImageCacheFolder => Path.Combine(CacheFolder, "images");

    /// <summary>Brotli and gzip copies (<see cref="CacheFolder"/>/compressed).</summary>
    public string CompressionCacheFolder => Path.Combine(CacheFolder, "compressed");

    /// <summary>Every folder of <see cref="CacheFolder"/> a build writes in.</summary>
    public IReadOnlyList<string> CacheFolders => [BuildCacheFolder, PublishedFolder, CompressionCacheFolder, ImageCacheFolder];

    /// <summary>True for a test version (any environment but production).</summary>
    public bool IsStaging => Environment != SiteEnvironment.Production;
}

/// <summary>The environments a site can be built for (<c>staticsite build --environment</c>).</summary>
public static class SiteEnvironment
{
    /// <summary>The real site (default).</summary>
    public const string Production = "production";
    /// <summary>A test version: not indexed, marked "testversie" on every page.</summary>
    public const string Staging = "staging";
}
