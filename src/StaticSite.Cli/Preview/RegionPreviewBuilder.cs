using System.Collections.Immutable;
using System.Diagnostics;
using StaticSite.Build;
using StaticSite.Build.Pipelines;
using StaticSite.Build.Stages.Generate;
using StaticSite.Build.Stages.Input;
using StaticSite.Build.Stages.Lint;
using StaticSite.Build.Stages.Process;
using StaticSite.Content.Languages;
using StaticSite.Content.Pages;
using StaticSite.Content.Regions;
using StaticSite.Content.Sources;
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
/// renders that page again, which is then published on its own. When the edit changed what other
/// pages show of it (title, description, summary, date, ...) the template model is made again and
/// every other page is left for <see cref="DeferredWork"/>; so are the feeds, the JSON API and the
/// search index. Deferred work is computed without this builder (on a copy of what it needs) and
/// merged by <see cref="Apply"/> only where nothing changed meanwhile, so an edit never waits for it
/// and a page is never replaced by one rendered from an older version. Anything else (a new, deleted
/// or renamed file, region.yml, the theme, a term of the glossary, a changed URL or draft flag) is a
/// full in-memory build. Never writes to disk. Not thread-safe: one caller at a time, apart from
/// <see cref="DeferredWork.ComputeNext"/>, which may run beside any call.
/// </summary>
public sealed class RegionPreviewBuilder
{
    private readonly string _regionId;
    private readonly BuildOptions _options;
    private readonly MarkdownRenderer _markdown = new();
    /// <summary>Pages rendered by one step of deferred work.</summary>
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
    public bool HasDeferredWork => _state is { } s && (s.StalePages.Count > 0 || s.GeneratedFrom != s.Markdown);

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
        var cache = context.Service<TemplateCache>();
        // As the build renders them: the search page alone with the search index's files.
        var text = context.Service<ThemeText>();
        var layouts = ApplyLayouts.Prepare(build, cache, text, context.Service<RegionTemplateModel>().Model(context), assets);
        var content = context.OutputsOf(SitePipelines.Content);
        _state = new State(build, context, Files(context.OutputsOf(SitePipelines.Write)))
        {
            Known = build.Files.ToDictionary(f => Path.GetFullPath(f.FullPath), StringComparer.Ordinal),
            ContentAt = IndexOfSources(content), MarkdownAt = IndexOfSources(markdown),
            Content = content, Markdown = markdown, GeneratedFrom = markdown, Assets = assets, Search = search,
            Layouts = layouts, SearchLayouts = ApplyLayouts.Prepare(build, cache, text, layouts.Model, assets.Concat(search)),
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
        var state = _state;
        // Paths that are gone and were never part of the site are editors' temporary files (sed -i,
        // atomic saves); folders change whenever a file in them does.
        var paths = changedPaths.Select(Path.GetFullPath)
            .Where(p => state.Known.ContainsKey(p) || File.Exists(p))
            .Union(_failed).ToList();
        if (paths.Count == 0) return null;
        _failed.Clear();
        _failed.UnionWith(paths);
        var files = paths.Select(p => state.Known.GetValueOrDefault(p)).ToList();
        if (files.Any(f => f is null || !f.IsPage || !File.Exists(f.FullPath))) return BuildAll();

        var bag = new DiagnosticBag();
        var single = new ExecutionContext<Document>(bag,
            [state.Build with { Files = [.. files!] }, _markdown, state.Context.Service<RegionFactRenderer>(), state.Context.Service<TemplateCache>(),
                // The glossary, translations and images made by the last full build (they read pipelines this context lacks).
                state.Context.Service<RegionGlossary>(), state.Context.Service<RegionTranslations>(), state.Context.Service<ThemeText>(),
                state.Context.Service<RegionImages>()], 1);
        var parsed = Run(single, [], new ReadContentFiles(), new ParseFrontMatter(), new AssignUrls());
        if (bag.HasErrors) return Fail(bag.Sorted(), "page", clock);
        var olds = parsed.Select(p => state.ContentAt.TryGetValue(p.DisplayPath, out var at) ? state.Content[at] : null).ToList();
        if (parsed.Length != files.Count || olds.Zip(parsed).Any(x => x.First is null || !SamePlace(x.First, x.Second)))
            return BuildAll();
        // A translation takes its Dutch page's address and facts, and their other languages show a page's
        // title: an edit of either goes through the whole build.
        if (olds.Any(o => o!.IsTranslation || !o.Alternates.IsEmpty)) return BuildAll();
        // Every page's Markdown is rendered with the glossary's terms: an edit of one is a full build.
        if (olds.Zip(parsed).Any(x => x.First!.Kind == PageKind.Term && GlossaryEntryOf(x.First) != GlossaryEntryOf(x.Second)))
            return BuildAll();

        var rendered = Run(single, parsed, new SkipDrafts(), new RenderRegionFacts(), new RenderMarkdown());
        var content = Swap(state.Content, state.ContentAt, parsed);
        var markdown = Swap(state.Markdown, state.MarkdownAt, rendered);
        var links = new ExecutionContext<Document>(bag, [state.Build], 1);
        new Engine<Document>([
            new Pipeline<Document>(SitePipelines.Content, [], [new ReplayDocuments(content)]),
            new Pipeline<Document>(SitePipelines.Markdown, [SitePipelines.Content], [new ReplayDocuments(markdown), new CheckLinks()]),
        ]).Run(links);
        if (bag.HasErrors) return Fail(bag.Sorted(), "page", clock);

        var othersChange = rendered.Any(r => SummaryOf(state.Markdown[state.MarkdownAt[r.DisplayPath]]) != SummaryOf(r));
        var (layouts, searchLayouts) = (state.Layouts, state.SearchLayouts);
        if (othersChange)
        {
            // The same renderers (the same theme and files) with the model of the pages as they are now.
            var model = RegionTemplateModel.Create(state.Build, state.Context.Service<ThemeText>(), markdown.Where(d => d.IsPage).ToList(), layouts.Model);
            layouts = new PageLayouts(layouts.Renderer, model);
            searchLayouts = new PageLayouts(searchLayouts.Renderer, model);
        }
        // Images the page shows for the first time get their size, as the Images pipeline gives it.
        new ResizeImages().Execute([.. rendered, .. state.Markdown.Where(d => d.Kind == PageKind.File)], single);
        var pages = new AddResponsiveImages().Execute(rendered, single)
            .Select(r => (r.Kind == PageKind.Search ? searchLayouts : layouts).Render(r, bag)).ToList();
        if (bag.HasErrors || pages.Any(p => p is null)) return Fail(bag.Sorted(), "page", clock);

        _failed.Clear();
        if (othersChange)
        {
            state.StalePages.Clear();
            for (var i = 0; i < markdown.Length; i++)
                if (markdown[i].IsPage) state.StalePages.Add(i);
        }
        foreach (var r in rendered) state.StalePages.Remove(state.MarkdownAt[r.DisplayPath]);
        foreach (var p in pages) state.Files[p!.OutputPath] = p.Output;
        state.Content = content;
        state.Markdown = markdown;
        state.Layouts = layouts;
        state.SearchLayouts = searchLayouts;
        return Publish([], othersChange ? "page+dependents" : "page", clock);
    }

    /// <summary>
    /// What an edit left for later, as work that runs without this builder: pages rendered again
    /// (those other pages may show what changed), then the search index, feeds and JSON API. Null
    /// when there is nothing to do. Call <see cref="DeferredWork.ComputeNext"/> anywhere, one step at
    /// a time, and hand each step to <see cref="Apply"/>.
    /// </summary>
    public DeferredWork? PlanDeferredWork()
    {
        if (_state is not { } state || !HasDeferredWork) return null;
        var generate = state.GeneratedFrom != state.Markdown;
        // Search pages are rendered with the new index's files, by the step that makes them.
        var pages = state.StalePages.Where(i => !generate || state.Markdown[i].Kind != PageKind.Search).Order().ToList();
        return new DeferredWork(new DeferredInputs(state.Build, state.Context.Service<TemplateCache>(), state.Context.Service<ThemeText>(), state.Context.Service<RegionImages>(),
            state.Markdown, state.Assets, state.Search, state.Layouts, state.SearchLayouts), pages, DeferredBatch, generate);
    }

    /// <summary>
    /// Merges one step of deferred work into what is served: the pages it rendered whose document and
    /// template model are still the current ones, and the generated files when no page changed since it
    /// was planned. False when the work is out of date (an edit changed the template model, or the pages
    /// the generated files come from): drop it, and plan again. Publishes nothing; see <see cref="PublishDeferredWork"/>.
    /// </summary>
    public bool Apply(DeferredStep step)
    {
        if (_state is not { } state || !ReferenceEquals(step.Inputs.Build, state.Build) || !ReferenceEquals(step.Inputs.Layouts, state.Layouts)) return false;
        if (step.Diagnostics.Any(d => d.IsError))
        {
            // Template errors another page's edit caused: shown until the next full build, which an update does.
            _deferredErrors = step.Diagnostics;
            _needsFullBuild = true;
            state.StalePages.Clear();
            state.GeneratedFrom = state.Markdown;
            return false;
        }
        if (step.Generated is { } generated)
        {
            if (step.Inputs.Markdown != state.Markdown) return false;
            foreach (var old in state.Search) state.Files.Remove(old.OutputPath);
            foreach (var d in generated) state.Files[d.OutputPath] = d.Output;
            state.Search = step.Search;
            state.SearchLayouts = step.SearchLayouts!;
            state.GeneratedFrom = step.Inputs.Markdown;
            _deferredApplied = true;
        }
        foreach (var (at, page) in step.Pages)
        {
            // A page edited meanwhile was rendered by its edit, from its newer version.
            if (!ReferenceEquals(state.Markdown[at], step.Inputs.Markdown[at])) continue;
            if (page.Kind == PageKind.Search && !ReferenceEquals(step.SearchLayouts ?? step.Inputs.SearchLayouts, state.SearchLayouts)) continue;
            state.StalePages.Remove(at);
            // Most pages come out the same: keeping their bytes tells open tabs of them there is nothing to reload.
            if (state.Files.TryGetValue(page.OutputPath, out var served) && served.Span.SequenceEqual(page.Output.Span)) continue;
            state.Files[page.OutputPath] = page.Output;
            _deferredApplied = true;
        }
        return true;
    }

    private IReadOnlyList<Diagnostic>? _deferredErrors;
    private bool _deferredApplied;

    /// <summary>Publishes what deferred work brought up to date once it is all done, or its errors. Null otherwise, and when it did nothing.</summary>
    public PreviewUpdate? PublishDeferredWork(TimeSpan elapsed)
    {
        if (_deferredErrors is { } errors)
        {
            _deferredErrors = null;
            return Fail(errors, "deferred", elapsed);
        }
        if (HasDeferredWork || !_deferredApplied) return null;
        _deferredApplied = false;
        return Publish([], "deferred", elapsed);
    }

    /// <summary>
    /// Does the work an edit left for later here and now (<see cref="PlanDeferredWork"/>, each step
    /// computed and applied in turn) until it is done or <paramref name="interrupted"/> says a new edit
    /// is waiting (the rest then stays pending). The published update, or null when nothing was published.
    /// </summary>
    public PreviewUpdate? CompleteDeferredWork(Func<bool> interrupted)
    {
        var clock = Stopwatch.StartNew();
        while (PlanDeferredWork() is { } work)
        {
            while (!work.IsDone)
            {
                if (interrupted()) return null;
                if (!Apply(work.ComputeNext())) break;
            }
            if (_deferredErrors is not null) break;
        }
        return PublishDeferredWork(clock.Elapsed);
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
        var page = (rendered[0].Kind == PageKind.Search ? _state.SearchLayouts : _state.Layouts).Render(rendered[0], bag);
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

    private PreviewUpdate Publish(IReadOnlyList<Diagnostic> errors, string kind, Stopwatch clock) => Publish(errors, kind, clock.Elapsed);

    private PreviewUpdate Publish(IReadOnlyList<Diagnostic> errors, string kind, TimeSpan elapsed)
    {
        // A copy: the builder goes on changing its own while this one is served.
        IReadOnlyDictionary<string, ReadOnlyMemory<byte>> files = _state is null ? Snapshot.Files : new Dictionary<string, ReadOnlyMemory<byte>>(_state.Files, StringComparer.Ordinal);
        Snapshot = new SiteSnapshot(++_version, files, errors, _state?.Build.Region.BasePath ?? Snapshot.BasePath);
        return new PreviewUpdate(kind, elapsed, errors.Count);
    }

    private PreviewUpdate Fail(IReadOnlyList<Diagnostic> diagnostics, string kind, Stopwatch clock) => Fail(diagnostics, kind, clock.Elapsed);

    private PreviewUpdate Fail(IReadOnlyList<Diagnostic> diagnostics, string kind, TimeSpan elapsed) =>
        Publish([.. diagnostics.Where(d => d.IsError)], kind, elapsed);

    private static ImmutableArray<Document> Run(ExecutionContext<Document> context, ImmutableArray<Document> documents, params IStage<Document>[] stages)
    {
        foreach (var stage in stages) documents = stage.Execute(documents, context);
        return documents;
    }

    private static ImmutableArray<Document> Swap(ImmutableArray<Document> all, IReadOnlyDictionary<string, int> at, ImmutableArray<Document> changed)
    {
        var builder = all.ToBuilder();
        foreach (var d in changed) builder[at[d.DisplayPath]] = d;
        return builder.MoveToImmutable();
    }

    /// <summary>Where each document read from a file is, by its path (generated documents have none to edit).</summary>
    private static Dictionary<string, int> IndexOfSources(ImmutableArray<Document> documents)
    {
        var at = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Length; i++)
            if (documents[i].Source is not null) at.TryAdd(documents[i].DisplayPath, i);
        return at;
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

    private static Dictionary<string, ReadOnlyMemory<byte>> Files(ImmutableArray<Document> documents)
    {
        var files = new Dictionary<string, ReadOnlyMemory<byte>>(StringComparer.Ordinal);
        foreach (var d in documents.Where(d => d.OutputPath.Length > 0 && (d.Kind == PageKind.File || !d.Output.IsEmpty)))
            files[d.OutputPath] = d.Output;
        return files;
    }

    /// <summary>The last good build and what edits made of it since. Changed only by the builder's caller, one at a time.</summary>
    private sealed class State(RegionBuild build, ExecutionContext<Document> context, Dictionary<string, ReadOnlyMemory<byte>> files)
    {
        public RegionBuild Build { get; } = build;
        /// <summary>The last full build's context, for its services.</summary>
        public ExecutionContext<Document> Context { get; } = context;
        /// <summary>Every file served, by output path.</summary>
        public Dictionary<string, ReadOnlyMemory<byte>> Files { get; } = files;
        /// <summary>The region's files by full path.</summary>
        public required Dictionary<string, ContentFile> Known { get; init; }
        public required Dictionary<string, int> ContentAt { get; init; }
        public required Dictionary<string, int> MarkdownAt { get; init; }
        public required ImmutableArray<Document> Content { get; set; }
        /// <summary>The Markdown pipeline's documents as they are now; an edit replaces one at the same place.</summary>
        public required ImmutableArray<Document> Markdown { get; set; }
        /// <summary>The <see cref="Markdown"/> the search index, feeds and JSON API were made from.</summary>
        public required ImmutableArray<Document> GeneratedFrom { get; set; }
        public required ImmutableArray<Document> Assets { get; init; }
        public required ImmutableArray<Document> Search { get; set; }
        /// <summary>Every page but the search page is rendered with these: the template model of the pages as they are now.</summary>
        public required PageLayouts Layouts { get; set; }
        /// <summary>The same model with the search index's files, for the search page.</summary>
        public required PageLayouts SearchLayouts { get; set; }
        /// <summary>Places in <see cref="Markdown"/> of pages whose served HTML is not yet rendered from their document with <see cref="Layouts"/>.</summary>
        public HashSet<int> StalePages { get; } = [];
    }
}

/// <summary>A stage that returns documents kept from an earlier build, so later stages can run on them again.</summary>
internal sealed class ReplayDocuments(ImmutableArray<Document> documents) : IStage<Document>
{
    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> input, ExecutionContext<Document> context) => documents;
}
