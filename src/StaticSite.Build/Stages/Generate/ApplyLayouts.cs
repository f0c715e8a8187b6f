using System.Collections.Immutable;
using System.Text;
using StaticSite.Build.Caching;
using StaticSite.Build.Pipelines;
using StaticSite.Content.Model;
using StaticSite.Output.Hosting;
using StaticSite.Pipeline.Diagnostics;
using StaticSite.Pipeline.Engine;
using StaticSite.Rendering.Themes;
using StaticSite.Search;

namespace StaticSite.Build.Stages.Generate;

/// <summary>
/// Renders pages with the region's theme (kind layout inside <c>base.html</c>), in parallel.
/// The template model is built once from all pages (<see cref="RegionTemplateModel"/>). The search page is rendered on its own, after the
/// search index: it alone needs the index's hashed URLs, and every other page can be rendered
/// while the index is still being built. A page whose inputs are all as in the last build is not rendered
/// again: its file is taken from the previous site (<see cref="RegionBuildCache"/>); the search pages always are.
/// </summary>
/// <param name="searchPage">True: render only the search page (with the search assets); false: every other page.</param>
public sealed class ApplyLayouts(bool searchPage) : DocumentStage<Document>
{
    private PageLayouts? _layouts;
    private RegionBuildCache? _cache;

    /// <inheritdoc />
    protected override void Prepare(ExecutionContext<Document> context)
    {
        var assetDocuments = searchPage
            ? context.OutputsOf(SitePipelines.Assets).Concat(context.OutputsOf(SitePipelines.Search))
            : context.OutputsOf(SitePipelines.Assets);
        var build = context.Service<RegionBuild>();
        _layouts = Prepare(build, context.Service<TemplateCache>(), context.Service<ThemeText>(),
            context.Service<RegionTemplateModel>().Model(context), assetDocuments);
        // The search pages name the search index's hashed files, which no key here covers: always rendered.
        _cache = !searchPage && RegionBuildCache.IsUsed(build) ? context.Service<RegionBuildCache>() : null;
    }

    /// <inheritdoc />
    protected override Document? Process(Document document, ExecutionContext<Document> context)
    {
        if (!document.IsPage || (document.Kind == PageKind.Search) != searchPage) return null;
        var output = context.Service<RegionOutput>();
        if (_cache is null)
        {
            var problems = new List<Diagnostic>();
            var rendered = Render(document, _layouts!, output, problems);
            context.Diagnostics.AddRange(problems);
            return rendered?.Page;
        }
        return RenderOrReuse(document, _layouts!, _cache, output, context.Service<RegionBuild>(), context);
    }

    private static Document? RenderOrReuse(Document page, PageLayouts layouts, RegionBuildCache cache, RegionOutput output, RegionBuild build,
        ExecutionContext<Document> context)
    {
        var key = cache.LayoutKey(page, context);
        if (cache.FindLayout(key, page, build) is { } reused)
        {
            context.Diagnostics.AddRange(reused.Entry.Diagnostics);
            if (reused.Entry.Security is { } security) output.KnowSecurity(page.OutputPath, reused.Entry.ContentHash, security);
            return page with { Output = reused.Output };
        }
        var problems = new List<Diagnostic>();
        var rendered = Render(page, layouts, output, problems);
        context.Diagnostics.AddRange(problems);
        if (rendered is { } done)
            cache.Keep(key, new CachedLayout(done.Page.OutputPath, done.Page.Output.Length, done.Hash, [.. problems], done.Security));
        return rendered?.Page;
    }

    // The page rendered, and what it needs from the Content-Security-Policy read from its text while it is at hand (publishing
    // it would otherwise decode its bytes to text again to scan them).
    private static (Document Page, UInt128 Hash, PageSecurity Security)? Render(Document page, PageLayouts layouts, RegionOutput output, List<Diagnostic> problems)
    {
        var html = layouts.Renderer.Render(page, layouts.Model, problems);
        if (html is null) return null;
        var rendered = page with { Output = Encoding.UTF8.GetBytes(html) };
        var hash = Caching.KeyHasher.HashOf(rendered.Output.Span);
        var security = ContentSecurityPolicy.Scan(html);
        output.KnowSecurity(rendered.OutputPath, hash, security);
        return (rendered, hash, security);
    }

    /// <summary>
    /// The theme renderer and template model of a region's published <paramref name="pages"/>, with
    /// asset URLs from <paramref name="assets"/> and the theme's interface <paramref name="text"/>. Also used
    /// by the preview server to render single pages again.
    /// </summary>
    public static PageLayouts Prepare(RegionBuild build, TemplateCache cache, ThemeText text, IReadOnlyList<Document> pages, IEnumerable<Document> assets) =>
        Prepare(build, cache, text, RegionTemplateModel.Create(build, text, pages), assets);

    /// <summary>The theme renderer for <paramref name="model"/>, with asset URLs from <paramref name="assets"/> and the interface <paramref name="text"/>.</summary>
    public static PageLayouts Prepare(RegionBuild build, TemplateCache cache, ThemeText text, TemplateModel model, IEnumerable<Document> assets)
    {
        var assetUrls = assets.ToDictionary(a => a.RelativePath, a => build.Region.BasePath + a.OutputPath, StringComparer.Ordinal);
        var renderer = new ThemeRenderer(build.Theme, cache,
            TemplateFunctions.Create(build.Region.BasePath, build.Region.BaseUrl, assetUrls), text);
        return new PageLayouts(renderer, model);
    }

    /// <summary>What the search page of <paramref name="language"/> loads: its scripts and the search files GenerateSearchIndex writes for it.</summary>
    public static SearchSettings SearchSettingsOf(SearchLanguage language) => new(
        [.. language.Scripts.Select(s => s.Asset)],
        language.AssetName(SiteSearchIndex.IndexAsset), language.AssetName(SiteSearchIndex.BodyIndexAsset), language.AssetName(SiteSearchIndex.DocumentsAsset),
        language.QueryTrimmer.Label, language.QueryFolding?.Label ?? "", language.StopWordFilter?.Label ?? "");
}

/// <summary>A theme renderer with the template model of one set of pages: renders any of them (made by <c>ApplyLayouts.Prepare</c>).</summary>
/// <param name="Renderer">The region's theme renderer.</param>
/// <param name="Model">The template model of the pages.</param>
public sealed record PageLayouts(ThemeRenderer Renderer, TemplateModel Model)
{
    /// <summary>The page with its whole HTML document as <see cref="Document.Output"/>, or null on template errors (reported).</summary>
    public Document? Render(Document page, DiagnosticBag diagnostics)
    {
        var problems = new List<Diagnostic>();
        var rendered = Render(page, problems);
        diagnostics.AddRange(problems);
        return rendered;
    }

    /// <summary>The page with its whole HTML document as <see cref="Document.Output"/>, or null on template errors (added to <paramref name="problems"/>).</summary>
    public Document? Render(Document page, List<Diagnostic> problems)
    {
        var html = Renderer.Render(page, Model, problems);
        return html is null ? null : page with { Output = Encoding.UTF8.GetBytes(html) };
    }
}
