using System.Collections.Immutable;
using System.Diagnostics;
using StaticSite.Build.Caching;
using StaticSite.Build.Pipelines;
using StaticSite.Content.Model;
using StaticSite.Content.Regions;
using StaticSite.Content.Sources;
using StaticSite.Output.Files;
using StaticSite.Pipeline.Diagnostics;
using StaticSite.Pipeline.Engine;
using StaticSite.Rendering.Markdown;
using StaticSite.Rendering.RegionFacts;
using StaticSite.Rendering.Themes;

namespace StaticSite.Build;

/// <summary>The outcome of building one region.</summary>
/// <param name="Id">Region id.</param>
/// <param name="Pages">Published pages (including generated overviews).</param>
/// <param name="Written">True when the site was written to the output folder.</param>
/// <param name="Elapsed">Time the region's build took.</param>
/// <param name="Documents">Every document of the build (pages with their HTML, files, ...) when <see cref="BuildOptions.KeepDocuments"/> is set; else empty.</param>
/// <param name="Diagnostics">This region's diagnostics (for per-region summaries); null when not known.</param>
/// <param name="BasePath">The path of the address the site was built for (<c>/</c> or <c>/amersfoort/</c>).</param>
/// <param name="Cache">How much of the build the build cache gave; null when it was not used.</param>
public sealed record RegionReport(string Id, int Pages, bool Written, TimeSpan Elapsed, ImmutableArray<Document> Documents, IReadOnlyList<Diagnostic>? Diagnostics = null,
    string BasePath = "/", BuildCacheUse? Cache = null);

/// <summary>The outcome of a build of one or more regions.</summary>
/// <param name="Diagnostics">Every problem, each once, in a stable order.</param>
/// <param name="Regions">Each region that was built (or attempted).</param>
/// <param name="UsageError">Set when the command was used wrongly (unknown region, missing folder): exit code 2.</param>
/// <param name="UsageCode">The diagnostic code of <paramref name="UsageError"/>, when it has one (a refused --output).</param>
public sealed record BuildReport(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<RegionReport> Regions, string? UsageError = null, string? UsageCode = null)
{
    /// <summary>True when any error was reported.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// Builds regions: finds them in the content folder, reads their settings and theme, and runs the
/// <see cref="SitePipelines"/> for each. Each region is written atomically and only when it has no
/// errors, so one broken region never damages another region's previous site.
/// </summary>
public static class SiteBuilder
{
    /// <summary>Runs the build described by <paramref name="options"/>.</summary>
    public static BuildReport Build(BuildOptions options)
    {
        if (!Directory.Exists(options.ContentRoot))
            return new BuildReport([], [], $"the content folder '{options.ContentRoot}' does not exist. Run the command in the project folder, or pass --content DIR.");
        var startup = new List<Diagnostic>();
        var all = ContentTree.FindRegionIds(options.ContentRoot, startup);
        var wanted = options.Regions is { Count: > 0 } ? options.Regions : all;
        var unknown = wanted.Where(r => !all.Contains(r)).ToList();
        if (unknown.Count > 0)
            return new BuildReport(startup, [], $"unknown region{(unknown.Count > 1 ? "s" : "")} {string.Join(", ", unknown.Select(u => $"'{u}'"))}. Regions in {options.ContentRoot}: {(all.Count > 0 ? string.Join(", ", all) : "none (a region is a folder with a region.yml)")}.");
        if (!Directory.Exists(options.ThemesRoot))
            return new BuildReport(startup, [], $"the themes folder '{options.ThemesRoot}' does not exist. Pass --themes DIR.");

        OutputLock? outputLock = null;
        if (options.WriteOutput && PrepareOutput(options, wanted, startup, out outputLock) is { } refused)
            return refused;
        using var _ = outputLock;

        var clashes = CrossRegionChecks.Run(options.ContentRoot, all, wanted);
        var markdown = new MarkdownRenderer();
        var diagnostics = new List<Diagnostic>(startup);
        var reports = new List<RegionReport>();
        // A shared page (or theme file) is checked once per region. The same problem at the same place
        // may be worded differently per region (a did-you-mean from that region's pages): report it once.
        var seen = new HashSet<(string, int, int, Severity, string)>();
        if (wanted.Count > 1) Output.Compression.EncoderHeap.ShareArenas();
        foreach (var id in wanted)
        {
            var (report, regionDiagnostics) = BuildRegion(id, options, markdown, clashes[id]);
            reports.Add(report);
            // A region's documents all become garbage at once when the next region starts; giving
            // the memory back here (with the buffers threads kept for the next result) keeps a
            // 30-region build near the footprint of one region.
            if (wanted.Count > 1 && !options.KeepDocuments)
            {
                Output.Memory.ScratchBuffers.ReleaseAll();
                GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                Output.Compression.EncoderHeap.ReleaseFreed();
            }
            var fromEarlierRegions = new HashSet<(string, int, int, Severity, string)>(seen);
            foreach (var d in regionDiagnostics)
            {
                var key = (d.Path, d.Line, d.Column, d.Severity, d.Code);
                // A missing region fact is a problem of this region at a shared place: one per region.
                if (d.Line > 0 && d.Code != DiagnosticCodes.MissingRegionFact && fromEarlierRegions.Contains(key)) continue;
                seen.Add(key);
                diagnostics.Add(d);
            }
        }
        var merged = new DiagnosticBag();
        merged.AddRange(diagnostics);
        return new BuildReport(merged.Sorted(), reports);
    }

    /// <summary>
    /// Makes the output folder safe to write: refuses places where replacing region folders would
    /// destroy something (<see cref="OutputGuard"/>), takes the <see cref="OutputLock"/> (waiting for
    /// another build into the same folder), and repairs what an interrupted build left. Null when
    /// the build may go on; then <paramref name="outputLock"/> is held.
    /// </summary>
    private static BuildReport? PrepareOutput(BuildOptions options, IReadOnlyList<string> regions, List<Diagnostic> startup, out OutputLock? outputLock)
    {
        outputLock = null;
        if (OutputGuard.CheckPlace(options.OutputRoot, options.ContentRoot, options.ThemesRoot) is { } place)
            return new BuildReport(startup, [], place.Message, place.Code);
        var display = ContentTree.DisplayPath(Path.GetFullPath(options.OutputRoot));
        var wait = OutputLock.DefaultWait;
        try
        {
            outputLock = OutputLock.Acquire(options.OutputRoot, wait);
            if (outputLock is null)
                return new BuildReport([.. startup, Diagnostic.Error(SourceLocation.Folder(display), DiagnosticCodes.OutputLocked,
                    $"another build is writing this output folder and did not finish within {wait.TotalSeconds:0} s. Wait for it to finish and build again, or build into another --output (set {OutputLock.TimeoutVariable} to wait longer).")], []);
            foreach (var recovered in AtomicSiteWriter.Recover(options.OutputRoot))
                startup.Add(Diagnostic.Warning(SourceLocation.Folder(ContentTree.DisplayPath(recovered.Path)), DiagnosticCodes.InterruptedBuildRecovered, recovered.Message));
            CacheFolders.Prepare(options.CacheFolder, options.CacheFolders);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            outputLock?.Dispose();
            outputLock = null;
            return new BuildReport([.. startup, Diagnostic.Error(SourceLocation.Folder(display), DiagnosticCodes.OutputFailed,
                $"the output folder could not be made ready ({e.Message.TrimEnd('.')}); nothing was written. Check that it is a folder the build may write, and free disk space.")], []);
        }
        if (OutputGuard.CheckRegionFolders(options.OutputRoot, regions) is { } folder)
        {
            outputLock.Dispose();
            outputLock = null;
            return new BuildReport(startup, [], folder.Message, folder.Code);
        }
        return null;
    }

    private static (RegionReport, IReadOnlyList<Diagnostic>) BuildRegion(string id, BuildOptions options, MarkdownRenderer markdown, IEnumerable<Diagnostic> clashes)
    {
        var clock = Stopwatch.StartNew();
        var problems = new List<Diagnostic>(clashes);
        var build = LoadRegion(id, options, problems);
        if (build is null)
            return (new RegionReport(id, 0, false, clock.Elapsed, [], problems), problems);

        var bag = new DiagnosticBag();
        bag.AddRange(problems);
        var context = CreateContext(build, bag, markdown);
        context.Service<RegionBuildCache>().Prefetch(build);
        // The staged site is deleted here unless WriteSite committed it (errors, or a stage that failed).
        using (context.Service<RegionOutput>())
            new Engine<Document>(SitePipelines.Create(options.Lint)).Run(context);

        var written = options.WriteOutput && !bag.HasErrors;
        var documents = context.OutputsOf(SitePipelines.Write);
        var pages = documents.Count(d => d.IsPage && (!d.Output.IsEmpty || d.Published));
        var sorted = bag.Sorted();
        return (new RegionReport(id, pages, written, clock.Elapsed, options.KeepDocuments ? documents : [], sorted, build.Region.BasePath,
            RegionBuildCache.IsUsed(build) ? context.Service<RegionBuildCache>().Use : null), sorted);
    }

    /// <summary>
    /// Reads what one region's build needs: its region.yml, its theme chain and its files after the
    /// inheritance rules. Null when region.yml or the theme has errors (all added to <paramref name="problems"/>).
    /// Used by <see cref="Build"/> and by tools that run the pipelines themselves (the preview server).
    /// </summary>
    public static RegionBuild? LoadRegion(string id, BuildOptions options, List<Diagnostic> problems)
    {
        var settingsPath = Path.Combine(options.ContentRoot, id, ContentTree.RegionFile);
        var (source, decodeProblem) = SourceText.Read(ContentTree.Reader(options.ContentRoot), settingsPath, ContentTree.DisplayPath(Path.GetFullPath(settingsPath)));
        if (decodeProblem is not null) problems.Add(decodeProblem);
        var region = source is null ? null : RegionSettingsReader.Read(id, source, problems);
        if (region is not null && options.BaseUrl is not null) region = region with { BaseUrl = options.BaseUrl };
        var theme = region is null ? null : Theme.Load(options.ThemesRoot, region.Theme, region.ThemeAt, problems);
        if (region is null || theme is null) return null;
        var files = ContentTree.ListFiles(options.ContentRoot, region, problems);
        return new RegionBuild(options, region, theme, files) { SettingsText = source!.Text };
    }

    /// <summary>The execution context of a region's build: its diagnostics and the services every stage may ask for.</summary>
    public static ExecutionContext<Document> CreateContext(RegionBuild build, DiagnosticBag diagnostics, MarkdownRenderer markdown) =>
        new(diagnostics, [build, markdown, new RegionFactRenderer(build.Region), new TemplateCache(diagnostics, build.Theme.Files), new RegionGlossary(), new RegionImages(),
            new RegionTranslations(), LoadText(build, diagnostics), new RegionTemplateModel(), new RegionOutput(), new RegionBuildCache()], Environment.ProcessorCount);

    private static ThemeText LoadText(RegionBuild build, DiagnosticBag diagnostics)
    {
        var problems = new List<Diagnostic>();
        var text = ThemeText.Load(build.Theme, build.Region.Languages, problems);
        diagnostics.AddRange(problems);
        return text;
    }
}
