using System.Collections.Immutable;
using System.Text;
using StaticSite.Build.Stages.Input;
using StaticSite.Content.Model;
using StaticSite.Output.Files;
using StaticSite.Pipeline.Engine;
using StaticSite.Rendering.Themes;

namespace StaticSite.Build.Stages.Generate;

/// <summary>Writes a redirect page at each alias (old URL) of a page, so old links keep working on any static host.</summary>
public sealed class GenerateRedirects : IStage<Document>
{
    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, ExecutionContext<Document> context)
    {
        var region = context.Service<RegionBuild>().Region;
        var redirects = Aliases(documents)
            .Select(x => new Document
            {
                DisplayPath = x.Page.DisplayPath,
                Layer = ContentLayer.Generated,
                Kind = PageKind.Redirect,
                Url = x.Alias,
                OutputPath = x.Alias.Trim('/') + "/index.html",
                Output = Encoding.UTF8.GetBytes(RedirectPage.Html(
                    TemplateFunctions.SiteUrl(region.BasePath, x.Page.Url),
                    new Uri(region.BaseUrl, x.Page.Url.TrimStart('/')).ToString(),
                    x.Page.Meta.Title)),
            });
        return [.. documents, .. redirects];
    }

    /// <summary>
    /// Each alias that gets a redirect, with its page. An alias that is taken (a page's URL, or an
    /// earlier alias) was reported by CheckUrls; a redirect for it too would report the same problem a
    /// second time as an output clash. The search page is made by a later pipeline, so it is not among
    /// these documents: it is taken all the same.
    /// </summary>
    public static IEnumerable<(Document Page, string Alias)> Aliases(IEnumerable<Document> documents)
    {
        var pages = documents.Where(d => d.IsPage).ToList();
        var taken = pages.Select(d => d.Url).Append(TemplateModel.SearchPath).ToHashSet(StringComparer.Ordinal);
        return pages
            .SelectMany(d => d.Meta.Aliases.Where(CheckUrls.IsValidAlias).Select(alias => (Page: d, Alias: alias)))
            .Where(x => taken.Add(x.Alias.EndsWith('/') ? x.Alias : x.Alias + "/"))
            .ToList();
    }
}
