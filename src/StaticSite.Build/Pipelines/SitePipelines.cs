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
/// Assets    CopyThemeAssets → MinifyThemeAssets → PublishFiles
/// Search    (Markdown) GenerateSearchIndex → PublishFiles
/// Images    (Markdown) ResizeImages → PublishFiles        the images pages show, cached by content hash
/// Pages     (Markdown; after Assets, Images) AddResponsiveImages → ApplyLayouts → PublishFiles → GenerateRedirects → PublishFiles
/// SearchPage (Markdown; after Assets, Search, Images) AddResponsiveImages → ApplyLayouts of the search page alone → PublishFiles
/// Feeds     (Markdown) GenerateFeeds → PublishFiles
/// Api       (Markdown) GenerateApiIndex → GenerateApiItems → PublishFiles
/// Editor    GenerateEditor (admin/, only for a region with cms:)
/// Deploy    (Content files, Pages, SearchPage, Assets, Images, Search, Feeds, Api, Editor) GenerateHostingFiles
/// Write     (Deploy) WriteSite                           the rest of the files, then the staged site is put in place
/// Lint      (Markdown; only for staticsite check) CheckContentHealth → CheckTranslations
/// </code>
/// PublishFiles writes a pipeline's finished files (and their Brotli and gzip copies) into the region's
/// staged site while other pipelines still run; nothing is published unless the whole region succeeds.
/// Document stages that follow each other run document by document (a page is rendered, written and
/// let go before the next), so a region's pages are never all held at once.
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
        new(Assets, [], [new CopyThemeAssets(), new MinifyThemeAssets(), new PublishFiles()]),
        new(Search, [Markdown], [new GenerateSearchIndex(), new PublishFiles()], [Markdown]),
        new(Images, [Markdown], [new ResizeImages(), new PublishFiles()], [Markdown]),
        new(Pages, [Markdown, Assets, Images], [new AddResponsiveImages(), new ApplyLayouts(searchPage: false), new PublishFiles(), new GenerateRedirects(), new PublishFiles()], [Markdown]),
        new(SearchPage, [Markdown, Assets, Search, Images], [new AddResponsiveImages(), new ApplyLayouts(searchPage: true), new PublishFiles()], [Markdown]),
        new(Feeds, [Markdown], [new GenerateFeeds(), new PublishFiles()], [Markdown]),
        new(Api, [Markdown], [new GenerateApiIndex(), new GenerateApiItems(), new PublishFiles()], [Markdown]),
        new(Editor, [], [new GenerateEditor()]),
        new(Deploy, [Markdown, Pages, SearchPage, Assets, Images, Search, Feeds, Api, Editor],
            [new GenerateHostingFiles()], [Markdown, Pages, SearchPage, Assets, Images, Search, Feeds, Api, Editor]),
        new(Write, [Deploy], [new WriteSite()], [Deploy]),
        .. lint ? [new Pipeline<Document>(Lint, [Markdown], [new CheckContentHealth(), new CheckTranslations()], [Markdown])] : Array.Empty<Pipeline<Document>>(),
    ];
}
