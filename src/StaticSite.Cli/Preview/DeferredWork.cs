using System.Collections.Immutable;
using StaticSite.Build;
using StaticSite.Build.Pipelines;
using StaticSite.Build.Stages.Generate;
using StaticSite.Build.Stages.Process;
using StaticSite.Content.Model;
using StaticSite.Pipeline.Diagnostics;
using StaticSite.Pipeline.Engine;
using StaticSite.Rendering.Themes;

namespace StaticSite.Cli.Preview;

/// <summary>What deferred work reads: the preview's documents and renderers as they were when it was planned. All immutable or thread-safe.</summary>
/// <param name="Build">The region's build.</param>
/// <param name="Cache">Its parsed templates.</param>
/// <param name="Text">The theme's interface text.</param>
/// <param name="Images">The sizes of the images pages show.</param>
/// <param name="Markdown">The Markdown pipeline's documents.</param>
/// <param name="Assets">The theme's files.</param>
/// <param name="Search">The search index's files the search page was last rendered with.</param>
/// <param name="Layouts">The renderer and template model of every page but the search page.</param>
/// <param name="SearchLayouts">The same with the search index's files, for the search page.</param>
public sealed record DeferredInputs(RegionBuild Build, TemplateCache Cache, ThemeText Text, RegionImages Images, ImmutableArray<Document> Markdown,
    ImmutableArray<Document> Assets, ImmutableArray<Document> Search, PageLayouts Layouts, PageLayouts SearchLayouts);

/// <summary>One step of <see cref="DeferredWork"/>, for <see cref="RegionPreviewBuilder.Apply"/>.</summary>
public sealed class DeferredStep
{
    internal DeferredStep(DeferredInputs inputs) => Inputs = inputs;

    /// <summary>What the step was computed from.</summary>
    public DeferredInputs Inputs { get; }

    /// <summary>Pages rendered, each with its place in <see cref="DeferredInputs.Markdown"/>.</summary>
    public List<(int At, Document Page)> Pages { get; } = [];

    /// <summary>The search index's, feeds' and JSON API's files, when the step made them.</summary>
    public IReadOnlyList<Document>? Generated { get; internal set; }

    /// <summary>The search index's files alone, when the step made them.</summary>
    public ImmutableArray<Document> Search { get; internal set; }

    /// <summary>The search page's renderer with those files, when the step made them.</summary>
    public PageLayouts? SearchLayouts { get; internal set; }

    /// <summary>Problems found (template errors stop the preview's updates until fixed).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; internal set; } = [];
}

/// <summary>
/// Work an edit left for later (<see cref="RegionPreviewBuilder.PlanDeferredWork"/>): the pages to
/// render again, a batch per step, then the search index, feeds and JSON API with the search page.
/// Reads only its <see cref="DeferredInputs"/>, so it runs beside edits on one thread of its own
/// (single-threaded, so an edit has the other core), and never changes what is served itself.
/// </summary>
public sealed class DeferredWork
{
    private readonly DeferredInputs _inputs;
    private readonly IReadOnlyList<int> _pages;
    private readonly int _batch;
    private bool _generate;
    private int _next;

    internal DeferredWork(DeferredInputs inputs, IReadOnlyList<int> pages, int batch, bool generate)
    {
        _inputs = inputs;
        _pages = pages;
        _batch = batch;
        _generate = generate;
    }

    /// <summary>True when every step has been computed.</summary>
    public bool IsDone => _next >= _pages.Count && !_generate;

    /// <summary>Computes the next step: a batch of pages, or at the end the generated files.</summary>
    public DeferredStep ComputeNext()
    {
        var step = new DeferredStep(_inputs);
        var bag = new DiagnosticBag();
        var context = new ExecutionContext<Document>(bag, [_inputs.Build, _inputs.Cache, _inputs.Text, _inputs.Images], 1);
        if (_next < _pages.Count)
        {
            var places = _pages.Skip(_next).Take(_batch).ToList();
            _next += places.Count;
            foreach (var at in places) Render(step, at, _inputs.Markdown[at].Kind == PageKind.Search ? _inputs.SearchLayouts : _inputs.Layouts, context);
        }
        else if (_generate)
        {
            _generate = false;
            Generate(step, context);
        }
        step.Diagnostics = bag.Sorted();
        return step;
    }

    private void Generate(DeferredStep step, ExecutionContext<Document> context)
    {
        new Engine<Document>([
            new Pipeline<Document>(SitePipelines.Markdown, [], [new ReplayDocuments(_inputs.Markdown)]),
            new Pipeline<Document>(SitePipelines.Search, [SitePipelines.Markdown], [new GenerateSearchIndex()], [SitePipelines.Markdown]),
            new Pipeline<Document>(SitePipelines.Feeds, [SitePipelines.Markdown], [new GenerateFeeds()], [SitePipelines.Markdown]),
            new Pipeline<Document>(SitePipelines.Api, [SitePipelines.Markdown], [new GenerateApiIndex(), new GenerateApiItems()], [SitePipelines.Markdown]),
        ]).Run(context);
        var search = context.OutputsOf(SitePipelines.Search);
        step.Search = search;
        step.Generated = [.. search, .. context.OutputsOf(SitePipelines.Feeds), .. context.OutputsOf(SitePipelines.Api)];
        // The index's files have hashed names: the search page links to them, so it is rendered again.
        step.SearchLayouts = search.Select(s => s.OutputPath).SequenceEqual(_inputs.Search.Select(s => s.OutputPath))
            ? _inputs.SearchLayouts
            : ApplyLayouts.Prepare(_inputs.Build, _inputs.Cache, _inputs.Text, _inputs.Layouts.Model, _inputs.Assets.Concat(search));
        for (var at = 0; at < _inputs.Markdown.Length; at++)
            if (_inputs.Markdown[at].Kind == PageKind.Search) Render(step, at, step.SearchLayouts, context);
    }

    private void Render(DeferredStep step, int at, PageLayouts layouts, ExecutionContext<Document> context)
    {
        var page = new AddResponsiveImages().Execute([_inputs.Markdown[at]], context);
        if (page.Length == 1 && layouts.Render(page[0], context.Diagnostics) is { } rendered) step.Pages.Add((at, rendered));
    }
}
