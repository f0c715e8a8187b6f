using System.Collections.Immutable;
using StaticSite.Build.Stages.Generate;
using StaticSite.Build.Stages.Input;
using StaticSite.Build.Stages.Lint;
using StaticSite.Build.Stages.Output;
using StaticSite.Build.Stages.Process;
using StaticSite.Content.Model;
using StaticSite.Pipeline.Engine;
using StaticSite.Rendering.Themes;

namespace StaticSite.Build.Pipelines;

/// <summary>
/// The recipe of a region's site: named pipelines, each a list of stages read top to bottom.
/// <code>
/// Content   ReadContentFiles → ParseFrontMatter → AssignUrls → PairTranslations → AddGeneratedPages → LinkAlternates → CheckUrls
/// Markdown  (Content) SkipDrafts → RenderRegionFacts → RenderMarkdown → CheckLinks
/// Assets    CopyThemeAssets
/// Search    (Markdown) GenerateSearchIndex
/// Images    (Markdown) ResizeImages                    the images pages show, cached by content hash
/// Pages     (Markdown; after Assets, Images) AddResponsiveImages → ApplyLayouts → GenerateRedirects
/// SearchPage (Markdown; after Assets, Search, Images) AddResponsiveImages → ApplyLayouts of the search page alone
/// Feeds     (Markdown) GenerateFeeds
/// Api       (Markdown) GenerateJsonApi
/// Editor    GenerateEditor (admin/, only for a region with cms:)
/// Deploy    (Content files, Pages, SearchPage, Assets, Images, Search, Feeds, Api, Editor) MinifyText → GenerateHostingFiles → PrecompressFiles
/// Write     (Deploy) WriteSite
/// Lint      (Markdown; only for staticsite check) CheckContentHealth → CheckTranslations
/// </code>
/// </summary>
public static class SitePipelines
{
    /// <summary>Pipeline names.</summary>
    public const string Content = "Content", Markdown = "Markdown", Assets = "Assets", Search = "Search",
        Pages = "Pages", SearchPage = "SearchPage", Feeds = "Feeds", Api = "Api", Editor = "Editor", Write = "Write", Lint = "Lint",
        Images = "Images", Deploy = "Deploy";

    /// <summary>Site paths of generated files that pages may link to.</summary>
    public static readonly IReadOnlyList<string> GeneratedFiles = ["/sitemap.xml", "/robots.txt", TemplateModel.FeedPath, "/404.html"];

    /// <summary>All pipelines of a region's build; with <paramref name="lint"/> also the content-health lints of <c>check</c>.</summary>
    public static IReadOnlyList<Pipeline<Document>> Create(bool lint = false) =>
    [
        new(Content, [], [new ReadContentFiles(), new ParseFrontMatter(), new AssignUrls(), new PairTranslations(), new AddGeneratedPages(), new LinkAlternates(), new CheckUrls()]),
        new(Markdown, [Content], [new SkipDrafts(), new RenderRegionFacts(), new RenderMarkdown(), new CheckLinks()], [Content]),
        new(Assets, [], [new CopyThemeAssets()]),
        new(Search, [Markdown], [new GenerateSearchIndex()], [Markdown]),
        new(Images, [Markdown], [new ResizeImages()], [Markdown]),
        new(Pages, [Markdown, Assets, Images], [new AddResponsiveImages(), new ApplyLayouts(searchPage: false), new GenerateRedirects()], [Markdown]),
        new(SearchPage, [Markdown, Assets, Search, Images], [new AddResponsiveImages(), new ApplyLayouts(searchPage: true)], [Markdown]),
        new(Feeds, [Markdown], [new GenerateFeeds()], [Markdown]),
        new(Api, [Markdown], [new GenerateJsonApi()], [Markdown]),
        new(Editor, [], [new GenerateEditor()]),
        new(Deploy, [Markdown, Pages, SearchPage, Assets, Images, Search, Feeds, Api, Editor],
            [new MinifyText(), new GenerateHostingFiles(), new PrecompressFiles()], [Markdown, Pages, SearchPage, Assets, Images, Search, Feeds, Api, Editor]),
        new(Write, [Deploy], [new WriteSite()], [Deploy]),
        .. lint ? [new Pipeline<Document>(Lint, [Markdown], [new CheckContentHealth(), new CheckTranslations()], [Markdown])] : Array.Empty<Pipeline<Document>>(),
    ];
}
