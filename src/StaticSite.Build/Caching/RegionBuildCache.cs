using System.Collections.Concurrent;
using StaticSite.Build.Pipelines;
using StaticSite.Content.Model;
using StaticSite.Content.Sources;
using StaticSite.Output.Files;
using StaticSite.Pipeline.Engine;
using StaticSite.Search.Lunr;

namespace StaticSite.Build.Caching;

/// <summary>How much of a region's build came from the build cache.</summary>
/// <param name="MarkdownReused">Pages whose Markdown results were taken from the cache.</param>
/// <param name="MarkdownRendered">Pages whose Markdown was rendered.</param>
/// <param name="LayoutsReused">Pages whose HTML file was taken from the previous site.</param>
/// <param name="LayoutsRendered">Pages rendered with the theme (the search pages always are).</param>
/// <param name="SearchFilesReused">Search index files taken from the previous site.</param>
/// <param name="SearchFilesMade">Search index files made.</param>
public sealed record BuildCacheUse(int MarkdownReused, int MarkdownRendered, int LayoutsReused, int LayoutsRendered, int SearchFilesReused = 0, int SearchFilesMade = 0);

/// <summary>
/// The incremental build of one region: results of the last successful build, used again where their
/// inputs are unchanged, kept in <c>&lt;output&gt;/.cache/build/&lt;region&gt;</c> (<see cref="BuildCacheFile"/>).
/// Only builds that write a site use it (never <c>check</c> or the preview server), and not with
/// <see cref="BuildOptions.UseCache"/> off.
/// <list type="bullet">
/// <item><b>Markdown</b> (<c>RenderMarkdown</c>): keyed by every input of the renderer: the page's body after region
/// facts, its path, first body line, URL and language, the site's address, the theme (its reserved ids), the
/// glossary terms of the page's language, for a translation the pages of its language, and the tool. A body edit
/// renders one page again; a title edit too, unless the page is a glossary term (then every page of its language).</item>
/// <item><b>Layouts</b> (<c>ApplyLayouts</c>): keyed by the <see cref="LayoutDigest">site's digest</see> (every page's
/// front matter, URL and summary, every other content file, region.yml, the theme and its asset URLs, the options,
/// the tool) and the page's own rendered body. Any page can show any other's title or summary in a list, so a
/// change to either renders every page again: a safe over-approximation. A reused page is the file of the previous
/// site, used only when it still has the bytes recorded.</item>
/// </list>
/// <item><b>Search index</b> (<c>GenerateSearchIndex</c>): each language's files keyed by every document and glossary entry
/// they index, the site's base path, the language and the tool; unchanged, they are the previous site's files, checked by
/// their hash, kept beside the layouts. Any change to an indexed page makes the language's index again.</item>
/// <item><b>Analysed search fields</b> (<c>GenerateSearchIndex</c>): what a page's longer field (its body) became through a
/// language's index pipeline (its distinct terms and counts), keyed by the text, the pipeline and the tool. When an index has
/// to be made again (a page was edited), only the changed pages are tokenized and stemmed.</item>
/// <item><b>Minified theme code</b> (<c>MinifyThemeAssets</c>): keyed by the file's path and bytes and the tool.</item>
/// Feeds, sitemap, JSON API, redirects, host files and the search pages are made each build.
/// </summary>
public sealed class RegionBuildCache
{
    private readonly Lock _lock = new();
    private readonly ConcurrentDictionary<UInt128, ReadOnlyMemory<byte>> _markdown = new();
    private readonly ConcurrentDictionary<UInt128, CachedLayout> _layouts = new();
    private readonly ConcurrentDictionary<UInt128, ReadOnlyMemory<byte>> _analysed = new();
    private BuildCacheFile? _previous;
    private UInt128? _theme, _content, _layout;
    private SafeFileReader? _site;
    private int _markdownReused, _markdownRendered, _layoutsReused, _layoutsRendered, _generatedMade, _searchReused, _searchMade, _analysedMade;

    /// <summary>True when this build uses and keeps the cache.</summary>
    public static bool IsUsed(RegionBuild build) =>
        build.Options is { WriteOutput: true, UseCache: true, Lint: false } && build.SettingsText is not null;

    /// <summary>Where the cache of <paramref name="build"/>'s region is kept.</summary>
    public static string PathOf(RegionBuild build) => Path.Combine(build.Options.BuildCacheFolder, build.Region.Id);

    /// <summary>Starts reading the previous build's cache beside the first stages, so rendering does not wait for it.</summary>
    public void Prefetch(RegionBuild build)
    {
        if (IsUsed(build)) _ = Task.Run(() => Previous(build));
    }

    /// <summary>How much of the build came from the cache so far.</summary>
    public BuildCacheUse Use => new(_markdownReused, _markdownRendered, _layoutsReused, _layoutsRendered, _searchReused, _searchMade);

    /// <summary>The key of <paramref name="page"/>'s Markdown results: every input of <c>RenderMarkdown</c>.</summary>
    public UInt128 MarkdownKey(Document page, ExecutionContext<Document> context)
    {
        var build = context.Service<RegionBuild>();
        var key = new KeyHasher().Add("markdown").Add(Identity(build)).Add(ThemeDigest(build))
            .Add(build.Region.BaseUrl.ToString()).Add(build.Options.IncludeDrafts)
            .Add(page.Body).Add(page.DisplayPath).Add(page.BodyLine).Add(page.RelativePath).Add(page.Url).Add(page.Language).Add(page.IsTranslation);
        var terms = context.Service<RegionGlossary>().Terms(context, page.Language);
        key.Add(terms.Count);
        foreach (var term in terms) key.Add(term.Url).Add(term.Title).Add(term.Abbreviation).Add(term.Synonyms).Add(term.Definition);
        if (page.IsTranslation) key.Add([.. context.Service<RegionTranslations>().Urls(context, page.Language).Order(StringComparer.Ordinal)]);
        return key.Key;
    }

    /// <summary>The cached Markdown results of <paramref name="key"/>, or null (then render and <see cref="Keep(UInt128, CachedMarkdown)"/>).</summary>
    public CachedMarkdown? FindMarkdown(UInt128 key, RegionBuild build)
    {
        if (!IsUsed(build) || !Previous(build).TryGetMarkdown(key, out var encoded) || BuildCacheFile.Decode(encoded) is not { } entry) return null;
        _markdown[key] = encoded;
        Interlocked.Increment(ref _markdownReused);
        return entry;
    }

    /// <summary>Keeps Markdown results rendered in this build.</summary>
    public void Keep(UInt128 key, CachedMarkdown entry)
    {
        Interlocked.Increment(ref _markdownRendered);
        _markdown[key] = BuildCacheFile.Encode(entry);
    }

    /// <summary>
    /// The analysed search fields of <paramref name="build"/> through the index pipeline named <paramref name="pipeline"/>: those of
    /// the last build, and those this build makes (kept for the next). Null when the build does not use the cache.
    /// </summary>
    public IAnalysedFieldCache? AnalysedFields(RegionBuild build, string pipeline) => IsUsed(build) ? new CachedAnalysis(this, build, pipeline) : null;

    /// <summary>
    /// Keeps every analysed search field of the last build for the next: called when a language's index files are taken over
    /// unchanged (no field is looked up then, and the next index to be made again needs them). An index that is made again keeps
    /// only the fields it used, so what an edit made obsolete goes once every language's index has been made again.
    /// </summary>
    public void KeepPreviousAnalysed(RegionBuild build)
    {
        if (!IsUsed(build)) return;
        foreach (var (key, encoded) in Previous(build).Analysed) _analysed.TryAdd(key, encoded);
    }

    private sealed class CachedAnalysis(RegionBuildCache cache, RegionBuild build, string pipeline) : IAnalysedFieldCache
    {
        private UInt128 Key(string text) => new KeyHasher().Add("analysed").Add(Identity(build)).Add(pipeline).Add(text).Key;

        public ReadOnlyMemory<byte>? Find(string text)
        {
            var key = Key(text);
            if (!cache.Previous(build).TryGetAnalysed(key, out var encoded)) return null;
            cache._analysed[key] = encoded;
            return encoded;
        }

        public void Keep(string text, ReadOnlyMemory<byte> analysed)
        {
            Interlocked.Increment(ref cache._analysedMade);
            cache._analysed[Key(text)] = analysed;
        }
    }

    /// <summary>The key of <paramref name="page"/>'s HTML file: the site's <see cref="LayoutDigest"/> and what the page itself shows.</summary>
    public UInt128 LayoutKey(Document page, ExecutionContext<Document> context)
    {
        var key = new KeyHasher().Add("layout").Add(LayoutDigest(context))
            .Add(page.DisplayPath).Add(page.Url).Add(page.Language).Add(page.OutputPath).Add((int)page.Kind).Add((int)page.ListVariant)
            .Add(page.Html).Add(page.Summary).Add(page.Headings.Length);
        foreach (var h in page.Headings) key.Add(h.Level).Add(h.Id).Add(h.Text);
        return key.Key;
    }

    /// <summary>
    /// The file the previous site has for <paramref name="page"/> when the cache recorded it under <paramref name="key"/>
    /// and the file still holds exactly the bytes recorded; else null (then render and <see cref="Keep(UInt128, CachedLayout)"/>).
    /// </summary>
    public (ReadOnlyMemory<byte> Output, CachedLayout Entry)? FindLayout(UInt128 key, Document page, RegionBuild build)
    {
        if (!IsUsed(build) || !Previous(build).Layouts.TryGetValue(key, out var entry) || entry.OutputPath != page.OutputPath
            || !SafeOutputPath.IsSafe(page.OutputPath))
            return null;
        var site = PreviousSite(build);
        var read = site.Read(Path.Combine(site.Root, page.OutputPath), page.OutputPath, entry.Length);
        if (read.Problem is not null || read.Bytes.Length != entry.Length || KeyHasher.HashOf(read.Bytes.Span) != entry.ContentHash) return null;
        _layouts[key] = entry;
        Interlocked.Increment(ref _layoutsReused);
        return (read.Bytes, entry);
    }

    /// <summary>Keeps a page rendered in this build.</summary>
    public void Keep(UInt128 key, CachedLayout entry)
    {
        Interlocked.Increment(ref _layoutsRendered);
        _layouts[key] = entry;
    }

    /// <summary>
    /// A generated file of the previous site kept under <paramref name="key"/> (every input of the file, see
    /// <c>GenerateSearchIndex</c>) when it still holds exactly the bytes recorded; else null (then make it and
    /// <see cref="KeepGenerated"/>).
    /// </summary>
    public byte[]? FindGenerated(UInt128 key, RegionBuild build)
    {
        if (!IsUsed(build) || !Previous(build).Layouts.TryGetValue(key, out var entry) || !SafeOutputPath.IsSafe(entry.OutputPath)) return null;
        var site = PreviousSite(build);
        var read = site.Read(Path.Combine(site.Root, entry.OutputPath), entry.OutputPath, entry.Length);
        return read.Problem is not null || read.Bytes.Length != entry.Length || KeyHasher.HashOf(read.Bytes.Span) != entry.ContentHash
            ? null : read.Bytes.ToArray();
    }

    /// <summary>Keeps a generated file of this build, <paramref name="reused"/> from the previous site or made (kept beside the rendered pages, by its own key).</summary>
    public void KeepGenerated(UInt128 key, string outputPath, ReadOnlySpan<byte> content, bool reused)
    {
        if (!reused) Interlocked.Increment(ref _generatedMade);
        _layouts[key] = new CachedLayout(outputPath, content.Length, KeyHasher.HashOf(content), []);
    }

    /// <summary>Counts search index files of this build, <paramref name="reused"/> from the previous site or made (<see cref="Use"/>).</summary>
    public void CountSearchFiles(int files, bool reused) => Interlocked.Add(ref reused ? ref _searchReused : ref _searchMade, files);

    /// <summary>The start of a generated file's key: the tool, and what names it.</summary>
    public static KeyHasher GeneratedKey(RegionBuild build, string what) => new KeyHasher().Add("generated").Add(Identity(build)).Add(what);

    /// <summary>
    /// Writes the cache of this build, once its site is in place: the entries it used or made, no others, so the
    /// cache stays the size of one site. A cache that cannot be written is left out: the next build renders more.
    /// </summary>
    public void Save(RegionBuild build)
    {
        if (!IsUsed(build)) return;
        // Every entry was taken from the previous cache and every one of its entries was used: the file would come out the same.
        if (_markdownRendered == 0 && _layoutsRendered == 0 && _generatedMade == 0 && _analysedMade == 0 && _previous is { } previous
            && previous.MarkdownCount == _markdown.Count && previous.Layouts.Count == _layouts.Count && previous.AnalysedCount == _analysed.Count
            && (_markdown.Count > 0 || _layouts.Count > 0))
            return;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            BuildCacheFile.Write(PathOf(build), Identity(build), _markdown, _layouts, _analysed);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        Timing("Write", clock);
    }

    /// <summary>
    /// The digest of everything a page's template model can show besides the page's own body: the content digest
    /// (every file of the region's site, pages by their front matter) and every published page's summary, with the
    /// URLs of the theme's assets.
    /// </summary>
    public UInt128 LayoutDigest(ExecutionContext<Document> context)
    {
        lock (_lock)
        {
            if (_layout is { } done) return done;
            var key = new KeyHasher().Add("site").Add(ContentDigest(context));
            foreach (var page in context.OutputsOf(SitePipelines.Markdown).Where(d => d.IsPage)
                         .OrderBy(d => d.Url, StringComparer.Ordinal).ThenBy(d => d.DisplayPath, StringComparer.Ordinal))
                key.Add(page.Url).Add(page.DisplayPath).Add(page.Summary);
            foreach (var asset in context.OutputsOf(SitePipelines.Assets).OrderBy(d => d.RelativePath, StringComparer.Ordinal))
                key.Add(asset.RelativePath).Add(asset.OutputPath);
            _layout = key.Key;
            return key.Key;
        }
    }

    /// <summary>
    /// The digest of the region's content and settings as the Content pipeline read them: each page's path, URL,
    /// language and front matter (not its body), each other file's path and bytes, the generated pages, region.yml,
    /// the theme, the build options and the tool. Everything in a page's template model but the bodies' results
    /// follows from these.
    /// </summary>
    private UInt128 ContentDigest(ExecutionContext<Document> context)
    {
        if (_content is { } done) return done;
        var build = context.Service<RegionBuild>();
        var key = new KeyHasher().Add("content").Add(Identity(build)).Add(ThemeDigest(build)).Add(build.Region.Id).Add(build.SettingsText)
            .Add(build.Region.BaseUrl.ToString()).Add(build.Options.IncludeDrafts).Add(build.Options.Environment);
        foreach (var d in context.OutputsOf(SitePipelines.Content)
                     .OrderBy(d => d.DisplayPath, StringComparer.Ordinal).ThenBy(d => d.Url, StringComparer.Ordinal).ThenBy(d => d.OutputPath, StringComparer.Ordinal))
        {
            key.Add(d.DisplayPath).Add((int)d.Layer).Add(d.RelativePath).Add(d.Language).Add(d.DutchPath).Add(d.Url).Add(d.OutputPath)
                .Add((int)d.Kind).Add((int)d.ListVariant).Add(d.Alternates.Length);
            foreach (var a in d.Alternates) key.Add(a.Language).Add(a.Url);
            if (d.Source is { } source) key.Add(FrontMatter(source.Text, d.BodyLine));
            else if (d.Kind == PageKind.File) key.Add(KeyHasher.HashOf(d.Output.Span));
            else key.Add(d.Meta.Title).Add(d.Html);
        }
        _content = key.Key;
        return key.Key;
    }

    /// <summary>The lines of <paramref name="text"/> before line <paramref name="bodyLine"/>: the front matter.</summary>
    private static string FrontMatter(string text, int bodyLine)
    {
        var end = 0;
        for (var line = 1; line < bodyLine && end >= 0; line++)
        {
            end = text.IndexOf('\n', end);
            if (end >= 0) end++;
        }
        return end < 0 ? text : text[..end];
    }

    /// <summary>Every file of the theme chain (its templates, interface text, assets and settings) but node_modules, and the vendor files it takes from there.</summary>
    private UInt128 ThemeDigest(RegionBuild build)
    {
        lock (_lock)
        {
            if (_theme is { } done) return done;
            var key = new KeyHasher().Add("theme");
            var options = new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = false };
            foreach (var folder in build.Theme.Folders)
            {
                key.Add(folder);
                // Links inside a theme are followed, as the theme's reader follows them; the depth bound ends a circle.
                var pending = new Stack<(string Path, int Depth)>([(folder, 0)]);
                while (pending.TryPop(out var current))
                {
                    foreach (var file in Directory.EnumerateFiles(current.Path, "*", options).Order(StringComparer.Ordinal))
                    {
                        key.Add(Path.GetRelativePath(folder, file));
                        // Through the theme's own reader: a pipe, a device or a link out of the themes is never opened
                        // (it would block or read outside); such a file makes the theme count as changed.
                        var read = build.Theme.Files.Read(file, file, MaxThemeFileBytes);
                        if (read.Problem is null) key.Add(KeyHasher.HashOf(read.Bytes.Span));
                        else key.Add(Guid.NewGuid().ToString());
                    }
                    foreach (var sub in Directory.EnumerateDirectories(current.Path, "*", options).Order(StringComparer.Ordinal).Reverse())
                    {
                        key.Add(Path.GetRelativePath(folder, sub));
                        if (Path.GetFileName(sub) == "node_modules") continue;
                        if (current.Depth >= MaxThemeDepth) key.Add(Guid.NewGuid().ToString());
                        else pending.Push((sub, current.Depth + 1));
                    }
                }
            }
            foreach (var vendor in build.Theme.Vendor) key.Add(vendor.From).Add(vendor.To);
            _theme = key.Key;
            return key.Key;
        }
    }

    // Deeper than any theme's folders; past it (a link leading round in a circle) the theme is never taken as unchanged.
    private const int MaxThemeDepth = 32;

    // Larger than any template, text file or asset a theme has; a larger file makes the theme count as changed.
    private const long MaxThemeFileBytes = 64L * 1024 * 1024;

    private static string Identity(RegionBuild build) => build.Options.ToolIdentity ?? ToolIdentity.Current;

    private BuildCacheFile Previous(RegionBuild build)
    {
        lock (_lock)
        {
            if (_previous is not null) return _previous;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            _previous = BuildCacheFile.Read(PathOf(build), Identity(build));
            Timing("Read", clock);
            return _previous;
        }
    }

    // Printed beside the stages' timings (STATICSITE_TIMINGS=1, see Engine).
    private static void Timing(string step, System.Diagnostics.Stopwatch clock)
    {
        if (Environment.GetEnvironmentVariable("STATICSITE_TIMINGS") == "1") Console.Error.WriteLine($"timing: BuildCache/{step} {clock.Elapsed.TotalMilliseconds:0} ms");
    }

    private SafeFileReader PreviousSite(RegionBuild build)
    {
        lock (_lock) return _site ??= SafeFileReader.For(SafeOutputPath.Combine(build.Options.OutputRoot, build.Region.Id), "dist/");
    }
}
