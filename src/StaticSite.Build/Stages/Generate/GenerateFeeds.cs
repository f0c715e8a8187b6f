using System.Collections.Immutable;
using System.Text;
using StaticSite.Content.Model;
using StaticSite.Output.Feeds;
using StaticSite.Pipeline.Engine;
using StaticSite.Rendering.Themes;

namespace StaticSite.Build.Stages.Generate;

/// <summary>Generates <c>sitemap.xml</c>, <c>robots.txt</c> and the Atom feed of news.</summary>
public sealed class GenerateFeeds : IStage<Document>
{
    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, ExecutionContext<Document> context)
    {
        var build = context.Service<RegionBuild>();
        var region = build.Region;
        return
        [
            File("sitemap.xml", SitemapWriter.Write(region, documents)),
            File("robots.txt", SitemapWriter.RobotsTxt(region, build.Options.IsStaging)),
            File(TemplateModel.FeedPath.TrimStart('/'), AtomFeedWriter.Write(region, documents.Where(d => d.Kind == PageKind.News), TemplateModel.FeedPath)),
        ];
    }

    private static Document File(string path, string text) => new()
    {
        DisplayPath = $"(generated /{path})", Layer = ContentLayer.Generated, Kind = PageKind.File,
        RelativePath = path, OutputPath = path, Output = Encoding.UTF8.GetBytes(text),
    };
}
