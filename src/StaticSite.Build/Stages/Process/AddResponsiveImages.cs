using StaticSite.Content.Model;
using StaticSite.Output.Images;
using StaticSite.Pipeline.Engine;

namespace StaticSite.Build.Stages.Process;

/// <summary>
/// Gives each image of a page's body its size, lazy loading below the first screen and its resized
/// copies (<see cref="PictureMarkup"/>), from what <see cref="Generate.ResizeImages"/> recorded.
/// </summary>
public sealed class AddResponsiveImages : DocumentStage<Document>
{
    /// <inheritdoc />
    protected override Document? Process(Document document, ExecutionContext<Document> context)
    {
        if (!document.IsPage || !document.Links.Any(l => l.IsImage)) return document;
        var basePath = context.Service<RegionBuild>().Region.BasePath;
        var images = context.Service<RegionImages>();
        var html = PictureMarkup.Rewrite(document.Html, src =>
            src.StartsWith(basePath, StringComparison.Ordinal) ? images.Find("/" + src[basePath.Length..]) : null);
        return ReferenceEquals(html, document.Html) ? document : document with { Html = html };
    }
}
