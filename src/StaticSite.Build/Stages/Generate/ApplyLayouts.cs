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
/// Renders every page with the region's theme (kind layout inside <c>base.html</c>), in parallel.
/// The template model is built once from all pages; asset URLs come from the asset and search
/// pipelines.
/// </summary>
public sealed class ApplyLayouts : IStage<Document>
{
    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, ExecutionContext<Document> context)
    {
        var build = context.Service<RegionBuild>();
        var pages = documents.Where(d => d.IsPage).ToList();
        var assets = context.OutputsOf(SitePipelines.Assets).Concat(context.OutputsOf(SitePipelines.Search))
            .ToDictionary(a => a.RelativePath, a => build.Region.BasePath + a.OutputPath, StringComparer.Ordinal);
        var newest = pages.Select(p => p.Meta.Updated ?? p.Meta.Date).Max();
        var buildDate = newest?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var model = new TemplateModel(build.Region, pages, buildDate);
        if (Environment.GetEnvironmentVariable("STATICSITE_TIMINGS") == "1") Console.Error.WriteLine($"timing: template model {clock.ElapsedMilliseconds} ms");
        var renderer = new ThemeRenderer(build.Theme, context.Service<TemplateCache>(),
            TemplateFunctions.Create(build.Region.BasePath, build.Region.BaseUrl, assets));

        var results = new Document?[pages.Count];
        Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = context.MaxParallelism }, i =>
        {
            var diagnostics = new List<Diagnostic>();
            var html = renderer.Render(pages[i], model, diagnostics);
            context.Diagnostics.AddRange(diagnostics);
            if (html is not null) results[i] = pages[i] with { Output = Encoding.UTF8.GetBytes(html) };
        });
        return [.. results.OfType<Document>()];
    }
}
