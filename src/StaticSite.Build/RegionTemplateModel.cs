using System.Globalization;
using StaticSite.Build.Pipelines;
using StaticSite.Content.Model;
using StaticSite.Pipeline.Engine;
using StaticSite.Build.Stages.Generate;
using StaticSite.Rendering.Themes;
using StaticSite.Search;

namespace StaticSite.Build;

/// <summary>
/// The template model of the region's published pages, made once per build from the Markdown
/// pipeline's output the first time a stage asks for it: the pages and the search page are
/// rendered by two pipelines, and the model (every page's summary, the lists, the topics) is the
/// same for both.
/// </summary>
public sealed class RegionTemplateModel
{
    private readonly Lock _lock = new();
    private TemplateModel? _model;

    /// <summary>The model of the pages the Markdown pipeline published.</summary>
    public TemplateModel Model(ExecutionContext<Document> context)
    {
        lock (_lock)
            return _model ??= Create(context.Service<RegionBuild>(), context.Service<ThemeText>(), [.. context.OutputsOf(SitePipelines.Markdown).Where(d => d.IsPage)]);
    }

    /// <summary>
    /// The model of <paramref name="pages"/> (published pages of the region's build) with the theme's interface
    /// <paramref name="text"/>, reusing what it can of <paramref name="previous"/>.
    /// </summary>
    public static TemplateModel Create(RegionBuild build, ThemeText text, IReadOnlyList<Document> pages, TemplateModel? previous = null)
    {
        var newest = pages.Select(p => p.Meta.Updated ?? p.Meta.Date).Max();
        var buildDate = newest?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        var search = build.Region.AllLanguages.ToDictionary(code => code, code => ApplyLayouts.SearchSettingsOf(SearchLanguage.For(code)), StringComparer.Ordinal);
        return new TemplateModel(build.Region, pages, buildDate, build.Options.Environment, text, search, previous);
    }
}
