using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using StaticSite.Build.Pipelines;
using StaticSite.Content.Model;
using StaticSite.Pipeline.Diagnostics;
using StaticSite.Pipeline.Engine;
using StaticSite.Rendering.Themes;

namespace StaticSite.Build.Stages.Generate;

/// <summary>
/// Renders pages with the region's theme (kind layout inside <c>base.html</c>), in parallel.
/// The template model is built from all pages. The search page is rendered on its own, after the
/// search index: it alone needs the index's hashed URLs, and every other page can be rendered
/// while the index is still being built.
/// </summary>
/// <param name="searchPage">True: render only the search page (with the search assets); false: every other page.</param>
public sealed class ApplyLayouts(bool searchPage) : IStage<Document>
{
    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, ExecutionContext<Document> context)
    {
        var build = context.Service<RegionBuild>();
        var pages = documents.Where(d => d.IsPage).ToList();
        var assetDocuments = searchPage
            ? context.OutputsOf(SitePipelines.Assets).Concat(context.OutputsOf(SitePipelines.Search))
            : context.OutputsOf(SitePipelines.Assets);
        var assets = assetDocuments.ToDictionary(a => a.RelativePath, a => build.Region.BasePath + a.OutputPath, StringComparer.Ordinal);
        var newest = pages.Select(p => p.Meta.Updated ?? p.Meta.Date).Max();
        var buildDate = newest?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        var model = new TemplateModel(build.Region, pages, buildDate);
        var renderer = new ThemeRenderer(build.Theme, context.Service<TemplateCache>(),
            TemplateFunctions.Create(build.Region.BasePath, build.Region.BaseUrl, assets));

        var selected = pages.Where(p => (p.Kind == PageKind.Search) == searchPage).ToList();
        var results = new Document?[selected.Count];
        Parallel.For(0, selected.Count, new ParallelOptions { MaxDegreeOfParallelism = context.MaxParallelism }, i =>
        {
            var diagnostics = new List<Diagnostic>();
            var html = renderer.Render(selected[i], model, diagnostics);
            context.Diagnostics.AddRange(diagnostics);
            if (html is not null) results[i] = selected[i] with { Output = Encoding.UTF8.GetBytes(html) };
        });
        return [.. results.OfType<Document>()];
    }
}
