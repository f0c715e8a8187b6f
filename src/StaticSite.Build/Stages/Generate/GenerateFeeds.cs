using System.Collections.Immutable;
using System.Text;
using StaticSite.Content.Languages;
using StaticSite.Content.Model;
using StaticSite.Output.Feeds;
using StaticSite.Pipeline.Engine;
using StaticSite.Rendering.Themes;

namespace StaticSite.Build.Stages.Generate;

/// <summary>
/// Generates <c>sitemap.xml</c>, <c>robots.txt</c> and the Atom feeds of news: the Dutch one at
/// <c>/nieuws/feed.xml</c> always, and one per other language that has news (<c>/en/nieuws/feed.xml</c>),
/// titled with the theme's text <c>feed.title</c> in that language.
/// </summary>
public sealed class GenerateFeeds : IStage<Document>
{
    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, ExecutionContext<Document> context)
    {
        var build = context.Service<RegionBuild>();
        var region = build.Region;
        var text = context.Service<ThemeText>();
        var news = documents.Where(d => d.Kind == PageKind.News).ToLookup(d => d.Language, StringComparer.Ordinal);
        return
        [
            File("sitemap.xml", SitemapWriter.Write(region, documents)),
            File("robots.txt", SitemapWriter.RobotsTxt(region, build.Options.IsStaging)),
            .. region.AllLanguages.Where(code => code == KnownLanguages.DutchCode || news.Contains(code)).Select(code =>
            {
                var path = TemplateModel.InLanguage(code, TemplateModel.FeedPath);
                var title = text.Find(code, "feed.title")?.Replace("{name}", region.Name, StringComparison.Ordinal);
                return File(path.TrimStart('/'), AtomFeedWriter.Write(region, news[code], path, code, title, TemplateModel.HomeOf(code)));
            }),
        ];
    }

    private static Document File(string path, string text) => new()
    {
        DisplayPath = $"(generated /{path})", Layer = ContentLayer.Generated, Kind = PageKind.File,
        RelativePath = path, OutputPath = path, Output = Encoding.UTF8.GetBytes(text),
    };
}
