using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics;
using StaticSite.Build;
using StaticSite.Build.Pipelines;
using StaticSite.Build.Stages.Generate;
using StaticSite.Build.Stages.Input;
using StaticSite.Build.Stages.Lint;
using StaticSite.Build.Stages.Process;
using StaticSite.Content.Pages;
using StaticSite.Content.Regions;
using StaticSite.Content.Sources;
using StaticSite.Content.Languages;
using StaticSite.Content.Model;
using StaticSite.Pipeline.Diagnostics;
using StaticSite.Pipeline.Engine;
using StaticSite.Rendering.Markdown;
using StaticSite.Rendering.RegionFacts;
using StaticSite.Rendering.Themes;

namespace StaticSite.Cli.Preview;

/// <summary>The outcome of checking an unsaved page (<see cref="RegionPreviewBuilder.Draft"/>).</summary>
/// <param name="Diagnostics">Errors (anywhere in the site) and warnings (of the page), as the build reports them.</param>
/// <param name="Html">The page rendered with the region's theme; null when it has errors that stop rendering.</param>
public sealed record DraftResult(IReadOnlyList<Diagnostic> Diagnostics, ReadOnlyMemory<byte>? Html)
{
    /// <summary>True when saving this version would fail the build.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>What one update did, for the console and the benchmark.</summary>
/// <param name="Kind">"full", "page" (the edited page only) or "page+dependents" (edited page first, the rest deferred).</param>
/// <param name="Elapsed">Time from the start of the update until the edited page was published.</param>
/// <param name="Errors">Number of errors (the last good pages stay served).</param>
public sealed record PreviewUpdate(string Kind, TimeSpan Elapsed, int Errors);

/// <summary>
/// Builds one region in memory for the preview server and keeps every pipeline's documents, so an
/// edit to an existing page re-runs only that file through the per-document stages
/// (read, parse front matter, URL, region facts, Markdown), checks links across the site, and
/// renders that page again. When the edit changed what other pages show of it (title,
/// description, summary, date, ...) the edited page is published first and every other page
/// is rendered again as deferred work; so are the feeds, the JSON API and the search index.
/// Anything else (a new, deleted or renamed file, region.yml, the theme, a changed URL or draft
/// flag) is a full in-memory build. Never writes to disk. Not thread-safe: one caller at a time.
/// </summary>
public sealed class RegionPreviewBuilder
{
    private readonly string _regionId;
    private readonly BuildOptions _options;
    private readonly MarkdownRenderer _markdown = new();
    /// <summary>Pages rendered between two checks for a new edit during deferred work.</summary>
    private const int DeferredBatch = 32;

    private State? _state;
    private long _version;
    // Files whose last edit failed: they go through the next update again, so their errors stay
    // shown until they are fixed, whatever file is saved next.
    private readonly HashSet<string> _failed = new(StringComparer.Ordinal);
    private bool _needsFullBuild = true;

    /// <summary>Prepares a preview of <paramref name="regionId"/>; <paramref name="options"/> name the content and themes folders.</summary>
    public RegionPreviewBuilder(string regionId, BuildOptions options)
    {
        _regionId = regionId;
        _options = options with { Regions = [regionId], WriteOutput = false, Lint = false, IncludeDrafts = true };
    }

    /// <summary>The snapshot to serve: the last good files with the latest errors.</summary>
    public SiteSnapshot Snapshot { get; private set; } = SiteSnapshot.Empty;

    /// <summary>True when pages or generated files still have to be brought up to date after an edit.</summary>
    public bool HasDeferredWork => _state is { StaleLayouts: true } or { StaleGenerated: true };

    /// <summary>Builds the whole region in memory.</summary>
    public PreviewUpdate BuildAll()
    {
        var clock = Stopwatch.StartNew();
        var problems = new List<Diagnostic>();
        var build = SiteBuilder.LoadRegion(_regionId, _options, problems);
        _needsFullBuild = true;
        _failed.Clear();
        if (build is null) return Fail(problems, "full", clock);
        var bag = new DiagnosticBag();
        bag.AddRange(problems);
        var context = SiteBuilder.CreateContext(build, bag, _markdown);
        new Engine<Document>(SitePipelines.Create()).Run(context);
        if (bag.HasErrors) return Fail(bag.Sorted(), "full", clock);

        var markdown = context.OutputsOf(SitePipelines.Markdown);
        var assets = context.OutputsOf(SitePipelines.Assets);
        var search = context.OutputsOf(SitePipelines.Search);
        _state = new State(build, context, context.OutputsOf(SitePipelines.Content), markdown, assets, search,
            ApplyLayouts.Prepare(build, context.Service<TemplateCache>(), context.Service<ThemeText>(), markdown.Where(d => d.IsPage).ToList(), assets.Concat(search)))
        {
            Files = Files(context.OutputsOf(SitePipelines.Write)),
        };
        _needsFullBuild = false;
        return Publish([], "full", clock);
    }

    /// <summary>
    /// Brings the preview up to date after <paramref name="changedPaths"/> (absolute paths) changed:
    /// incrementally when every path is an existing page of the region, else a full build. Null when
    /// nothing of the site changed (temporary files of editors).
    /// </summary>
    public PreviewUpdate? Update(IReadOnlyCollection<string> changedPaths)
    {
        var clock = Stopwatch.StartNew();
        if (_state is null || _needsFullBuild) return BuildAll();
        var known = _state.Build.Files.ToDictionary(f => Path.GetFullPath(f.FullPath), StringComparer.Ordinal);
        // Paths that are gone and were never part of the site are editors' temporary files (sed -i,
        // atomic saves); folders change whenever a file in them does.
        var paths = changedPaths.Select(Path.GetFullPath)
            .Where(p => known.ContainsKey(p) || File.Exists(p))
            .Union(_failed).ToList();
        if (paths.Count == 0) return null;
        _failed.Clear();
        _failed.UnionWith(paths);
        var files = paths.Select(p => known.GetValueOrDefault(p)).ToList();
        if (files.Any(f => f is null || !f.IsPage || !File.Exists(f.FullPath))) return BuildAll();

        var bag = new DiagnosticBag();
        var single = new ExecutionContext<Document>(bag,
            [_state.Build with { Files = [.. files!] }, _markdown, _state.Context.Service<RegionFactRenderer>(), _state.Context.Service<TemplateCache>(),
                // The glossary, translations and images made by the last full build (they read pipelines this context lacks).
                _state.Context.Service<RegionGlossary>(), _state.Context.Service<RegionTranslations>(), _state.Context.Service<ThemeText>(),
                _state.Context.Service<RegionImages>()], 1);
        var parsed = Run(single, [], new ReadContentFiles(), new ParseFrontMatter(), new AssignUrls());
        if (bag.HasErrors) return Fail(bag.Sorted(), "page", clock);
        var olds = parsed.Select(p => _state.Content.FirstOrDefault(c => c.DisplayPath == p.DisplayPath)).ToList();
        if (parsed.Length != files.Count || olds.Zip(parsed).Any(x => x.First is null || !SamePlace(x.First, x.Second)))
            return BuildAll();
        // A translation takes its Dutch page's address and facts, and their other languages show a page's
        // title: an edit of either goes through the whole build.
        if (olds.Any(o => o!.IsTranslation || !o.Alternates.IsEmpty)) return BuildAll();
        // Every page's Markdown is rendered with the glossary's terms: an edit of one is a full build.
        if (olds.Zip(parsed).Any(x => x.First!.Kind == PageKind.Term && GlossaryEntryOf(x.First) != GlossaryEntryOf(x.Second)))
            return BuildAll();

        var rendered = Run(single, parsed, new SkipDrafts(), new RenderRegionFacts(), new RenderMarkdown());
        var content = Swap(_state.Content, parsed);
        var markdown = Swap(_state.Markdown, rendered);
        var links = new ExecutionContext<Document>(bag, [_state.Build], 1);
        new Engine<Document>([
            new Pipeline<Document>(SitePipelines.Content, [], [new ReplayDocuments(content)]),
            new Pipeline<Document>(SitePipelines.Markdown, [SitePipelines.Content], [new ReplayDocuments(markdown), new CheckLinks()]),
        ]).Run(links);
        if (bag.HasErrors) return Fail(bag.Sorted(), "page", clock);

        var oldMarkdown = rendered.Select(r => _state.Markdown.First(m => m.DisplayPath == r.DisplayPath)).ToList();
        var othersChange = oldMarkdown.Zip(rendered).Any(x => SummaryOf(x.First) != SummaryOf(x.Second));
        var layouts = othersChange
            ? ApplyLayouts.Prepare(_state.Build, _state.Context.Service<TemplateCache>(), _state.Context.Service<ThemeText>(), markdown.Where(d => d.IsPage).ToList(), _state.Assets.Concat(_state.Search))
            : _state.Layouts;
        // Images the page shows for the first time get their size, as the Images pipeline gives it.
        new ResizeImages().Execute([.. rendered, .. _state.Markdown.Where(d => d.Kind == PageKind.File)], single);
        var pages = new AddResponsiveImages().Execute(rendered, single).Select(r => layouts.Render(r, bag)).ToList();
        if (bag.HasErrors || pages.Any(p => p is null)) return Fail(bag.Sorted(), "page", clock);

        var updated = new Dictionary<string, ReadOnlyMemory<byte>>(_state.Files, StringComparer.Ordinal);
        foreach (var p in pages) updated[p!.OutputPath] = p.Output;
        _failed.Clear();
        _state = _state with
        {
            Content = content, Markdown = markdown, Layouts = layouts, Files = updated.ToFrozenDictionary(StringComparer.Ordinal),
            StaleLayouts = _state.StaleLayouts || othersChange, StaleGenerated = true,
        };
        return Publish([], othersChange ? "page+dependents" : "page", clock);
    }

    /// <summary>
    /// Does the work an edit left for later: renders every page again when other pages show what
    /// changed, and regenerates the search index, feeds, sitemap and JSON API. Returns null when
    /// there was nothing to do or <paramref name="interrupted"/> said a new edit is waiting (the
    /// work then stays pending).
    /// </summary>
    public PreviewUpdate? CompleteDeferredWork(Func<bool> interrupted)
    {
        if (_state is null || !HasDeferredWork) return null;
        var clock = Stopwatch.StartNew();
        var bag = new DiagnosticBag();
        var context = new ExecutionContext<Document>(bag, [_state.Build, _state.Context.Service<TemplateCache>(), _state.Context.Service<ThemeText>(), _state.Context.Service<RegionImages>()], Environment.ProcessorCount);
        new Engine<Document>([
            new Pipeline<Document>(SitePipelines.Markdown, [], [new ReplayDocuments(_state.Markdown)]),
            new Pipeline<Document>(SitePipelines.Search, [SitePipelines.Markdown], [new GenerateSearchIndex()], [SitePipelines.Markdown]),
            new Pipeline<Document>(SitePipelines.Feeds, [SitePipelines.Markdown], [new GenerateFeeds()], [SitePipelines.Markdown]),
            new Pipeline<Document>(SitePipelines.Api, [SitePipelines.Markdown], [new GenerateJsonApi()], [SitePipelines.Markdown]),
        ]).Run(context);
        var search = context.OutputsOf(SitePipelines.Search);
        var searchChanged = !search.Select(s => s.OutputPath).SequenceEqual(_state.Search.Select(s => s.OutputPath));
        var layouts = searchChanged
            ? ApplyLayouts.Prepare(_state.Build, _state.Context.Service<TemplateCache>(), _state.Context.Service<ThemeText>(), _state.Markdown.Where(d => d.IsPage).ToList(), _state.Assets.Concat(search))
            : _state.Layouts;
        var updated = new Dictionary<string, ReadOnlyMemory<byte>>(_state.Files, StringComparer.Ordinal);
        foreach (var old in _state.Search) updated.Remove(old.OutputPath);
        foreach (var d in search.Concat(context.OutputsOf(SitePipelines.Feeds)).Concat(context.OutputsOf(SitePipelines.Api)))
            updated[d.OutputPath] = d.Output;
        var toRender = _state.StaleLayouts ? _state.Markdown.Where(d => d.IsPage).ToList()
            : searchChanged ? _state.Markdown.Where(d => d.Kind == PageKind.Search).ToList() : [];
        // In batches, so a new edit waits for one batch at most: the edited page comes first,
        // then this work starts over (pages rendered so far are kept; they are newer than before).
        for (var start = 0; start < toRender.Count; start += DeferredBatch)
        {
            if (start > 0 && interrupted())
            {
                _state = _state with { Files = updated.ToFrozenDictionary(StringComparer.Ordinal) };
                return null;
            }
            var batch = new AddResponsiveImages().Execute([.. toRender.Skip(start).Take(DeferredBatch)], context);
            var rendered = new Document?[batch.Length];
            Parallel.For(0, batch.Length, i => rendered[i] = layouts.Render(batch[i], bag));
            if (bag.HasErrors) return Fail(bag.Sorted(), "deferred", clock);
            foreach (var p in rendered.OfType<Document>()) updated[p.OutputPath] = p.Output;
        }
        _state = _state with { Search = search, Layouts = layouts, Files = updated.ToFrozenDictionary(StringComparer.Ordinal), StaleLayouts = false, StaleGenerated = false };
        return Publish([], "deferred", clock);
    }

    /// <summary>
    /// Checks an unsaved version of a page (<paramref name="bytes"/>, to be saved at
    /// <paramref name="file"/>) as the build would, against the last good build of the region, and
    /// renders it with the region's theme: front matter, URL, region facts, Markdown, the links of the
    /// whole site with the page in it, and (when <paramref name="lint"/>) the content-health lints of
    /// <c>check</c> for the page. Never writes anything and never changes what is served.
    /// </summary>
    /// <param name="file">Where the page would be saved.</param>
    /// <param name="bytes">Its text.</param>
    /// <param name="lint">Also run the content-health lints.</param>
    /// <param name="alsoSaved">Media saved together with the page (the page may show them).</param>
    /// <param name="pagesSaved">Other pages saved together with it: a translation's Dutch page may be one of them.</param>
    public DraftResult Draft(ContentFile file, ReadOnlyMemory<byte> bytes, bool lint, IReadOnlyList<ContentFile>? alsoSaved = null,
        IReadOnlyList<(ContentFile File, byte[] Bytes)>? pagesSaved = null)
    {
        var bag = new DiagnosticBag();
        var (source, problem) = SourceText.Decode(file.DisplayPath, bytes.ToArray());
        if (problem is not null) return new DraftResult([problem], null);
        if (_state is null || !file.IsPage)
        {
            var problems = new List<Diagnostic>();
            if (file.IsPage) PageParser.Parse(source!, file.RelativePath, problems);
            return new DraftResult(problems, null);
        }
        var document = ReadContentFiles.Page(file, source!);
        var single = new ExecutionContext<Document>(bag,
            [_state.Build with { Files = [file] }, _markdown, _state.Context.Service<RegionFactRenderer>(), _state.Context.Service<TemplateCache>(),
                _state.Context.Service<RegionGlossary>(), _state.Context.Service<RegionTranslations>(), _state.Context.Service<ThemeText>()], 1);
        var parsed = Run(single, [document], new ParseFrontMatter(), new AssignUrls());
        if (bag.HasErrors || parsed.Length == 0) return new DraftResult(bag.Sorted(), null);
        Document? dutch = null;
        if (document.IsTranslation)
        {
            dutch = DutchPageOf(document, pagesSaved ?? [], single);
            if (dutch is null)
                bag.Add(ContentTree.TranslationWithoutPage(SourceLocation.File(file.DisplayPath), TranslationName.Parse(file.RelativePath), _state.Build.Region));
            // A shared translation of a page this region replaces is not part of its site (SS2043): its front matter is all there is to check.
            if (dutch is null || (file.Layer == ContentLayer.Shared && dutch.Layer == ContentLayer.Region)) return new DraftResult(bag.Sorted(), null);
            parsed = [PairTranslations.Pair(parsed[0], dutch, bag)];
            if (bag.HasErrors) return new DraftResult(bag.Sorted(), null);
        }
        var rendered = Run(single, parsed, new RenderRegionFacts(), new RenderMarkdown());
        if (bag.HasErrors || rendered.Length == 0) return new DraftResult(bag.Sorted(), null);

        // The site as it would be with this version saved: it replaces the file it is saved over, and a
        // region page replaces the shared page at the same path (the inheritance rules).
        bool Replaced(Document d) => d.DisplayPath == file.DisplayPath
            || (file.Layer == ContentLayer.Region && d.Layer == ContentLayer.Shared && d.RelativePath == file.RelativePath);
        var media = (alsoSaved ?? []).Select(m => new Document
        {
            DisplayPath = m.DisplayPath, Layer = m.Layer, RelativePath = m.RelativePath, Kind = PageKind.File, OutputPath = m.RelativePath,
        }).ToList();
        var content = _state.Content.Where(d => !Replaced(d)).Append(parsed[0]).Concat(media).ToImmutableArray();
        var markdown = _state.Markdown.Where(d => !Replaced(d)).Append(rendered[0]).Concat(media).ToImmutableArray();
        var site = new ExecutionContext<Document>(bag, [_state.Build], 1);
        new Engine<Document>([
            new Pipeline<Document>(SitePipelines.Content, [], [new ReplayDocuments(content), new CheckUrls()]),
            new Pipeline<Document>(SitePipelines.Markdown, [SitePipelines.Content], [new ReplayDocuments(markdown), new CheckLinks()]),
        ]).Run(site);
        var page = _state.Layouts.Render(rendered[0], bag);
        if (lint && !bag.HasErrors)
        {
            new CheckContentHealth().Execute(rendered, new ExecutionContext<Document>(bag, [_state.Build], 1));
            if (dutch is not null) CheckTranslations.Check(rendered[0], dutch, bag);
        }
        // Errors anywhere count (a changed URL breaks other pages' links); warnings only of this page.
        var diagnostics = bag.Sorted().Where(d => d.IsError || d.Path == file.DisplayPath).ToList();
        return new DraftResult(diagnostics, page?.Output);
    }

    /// <summary>
    /// The Dutch page of the translation <paramref name="translation"/>: the one saved with it (a new page and its
    /// translations are saved at once), else the site's. Null when there is none, or the one saved with it has errors
    /// (its own check reports them).
    /// </summary>
    private Document? DutchPageOf(Document translation, IReadOnlyList<(ContentFile File, byte[] Bytes)> pagesSaved, ExecutionContext<Document> context)
    {
        foreach (var (file, bytes) in pagesSaved)
        {
            var name = TranslationName.Parse(file.RelativePath);
            if (name.HasCode || name.DutchPath != translation.DutchPath) continue;
            var (source, problem) = SourceText.Decode(file.DisplayPath, bytes);
            if (problem is not null) return null;
            var quiet = new ExecutionContext<Document>(new DiagnosticBag(), [context.Service<RegionBuild>() with { Files = [file] }], 1);
            return Run(quiet, [ReadContentFiles.Page(file, source!)], new ParseFrontMatter(), new AssignUrls()).FirstOrDefault();
        }
        return _state!.Content.FirstOrDefault(d => d.Source is not null && !d.IsTranslation && d.DutchPath == translation.DutchPath);
    }

    /// <summary>The region's settings and build, when a good build exists (for the editor's lists and checks).</summary>
    public RegionBuild? CurrentBuild => _state?.Build;

    /// <summary>Site URLs of the published pages of the last good build.</summary>
    public IReadOnlySet<string> PageUrls => _state is null ? new HashSet<string>() : _state.Markdown.Where(d => d.IsPage).Select(d => d.Url).ToHashSet(StringComparer.Ordinal);

    private PreviewUpdate Publish(IReadOnlyList<Diagnostic> errors, string kind, Stopwatch clock)
    {
        Snapshot = new SiteSnapshot(++_version, _state?.Files ?? Snapshot.Files, errors, _state?.Build.Region.BasePath ?? Snapshot.BasePath);
        return new PreviewUpdate(kind, clock.Elapsed, errors.Count);
    }

    private PreviewUpdate Fail(IReadOnlyList<Diagnostic> diagnostics, string kind, Stopwatch clock) =>
        Publish([.. diagnostics.Where(d => d.IsError)], kind, clock);

    private static ImmutableArray<Document> Run(ExecutionContext<Document> context, ImmutableArray<Document> documents, params IStage<Document>[] stages)
    {
        foreach (var stage in stages) documents = stage.Execute(documents, context);
        return documents;
    }

    private static ImmutableArray<Document> Swap(ImmutableArray<Document> all, ImmutableArray<Document> changed)
    {
        var byPath = changed.ToDictionary(d => d.DisplayPath, StringComparer.Ordinal);
        return [.. all.Select(d => byPath.GetValueOrDefault(d.DisplayPath) ?? d)];
    }

    /// <summary>True when an edit left a page where it was: same URL, kind, draft flag and aliases.</summary>
    private static bool SamePlace(Document old, Document now) =>
        old.Url == now.Url && old.Kind == now.Kind && old.ListVariant == now.ListVariant && old.Meta.Draft == now.Meta.Draft
        && old.Meta.Aliases.SequenceEqual(now.Meta.Aliases) && old.Meta.Type == now.Meta.Type;

    /// <summary>What the glossary takes from a term page (RegionGlossary), as one comparable string.</summary>
    private static string GlossaryEntryOf(Document d) =>
        string.Join('\u0001', d.Url, d.Meta.Title, d.Meta.Abbreviation, string.Join(',', d.Meta.Synonyms), d.Meta.Description, d.Meta.Draft);

    /// <summary>Everything other pages' templates can see of a page (TemplateModel's summary), as one comparable string.</summary>
    private static string SummaryOf(Document d)
    {
        var m = d.Meta;
        return string.Join('\u0001', m.Title, m.Description, d.Summary, m.Weight, m.Date, m.Updated, m.ReviewBy,
            string.Join(',', m.Audience), string.Join(',', m.Topics), m.Phone, m.Email, m.Website, m.Address,
            string.Join(',', m.Municipalities), m.Abbreviation, string.Join(',', m.Synonyms),
            string.Join(',', m.Steps.Select(s => $"{s.Title}\u0002{s.Description}\u0002{s.Organisation}")));
    }

    private static FrozenDictionary<string, ReadOnlyMemory<byte>> Files(ImmutableArray<Document> documents)
    {
        var files = new Dictionary<string, ReadOnlyMemory<byte>>(StringComparer.Ordinal);
        foreach (var d in documents.Where(d => d.OutputPath.Length > 0 && (d.Kind == PageKind.File || !d.Output.IsEmpty)))
            files[d.OutputPath] = d.Output;
        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private sealed record State(RegionBuild Build, ExecutionContext<Document> Context, ImmutableArray<Document> Content,
        ImmutableArray<Document> Markdown, ImmutableArray<Document> Assets, ImmutableArray<Document> Search, PageLayouts Layouts)
    {
        public required FrozenDictionary<string, ReadOnlyMemory<byte>> Files { get; init; }
        public bool StaleLayouts { get; init; }
        public bool StaleGenerated { get; init; }
    }
}

/// <summary>A stage that returns documents kept from an earlier build, so later stages can run on them again.</summary>
internal sealed class ReplayDocuments(ImmutableArray<Document> documents) : IStage<Document>
{
    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> input, ExecutionContext<Document> context) => documents;
}
