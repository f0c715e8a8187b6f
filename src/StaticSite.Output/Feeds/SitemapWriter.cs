using System.Globalization;
using System.Xml.Linq;
using StaticSite.Content.Model;
using StaticSite.Content.Urls;

namespace StaticSite.Output.Feeds;

/// <summary>Writes <c>sitemap.xml</c> (sitemaps.org 0.9) with absolute URLs and last-modified dates.</summary>
public static class SitemapWriter
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>The sitemap of <paramref name="pages"/> (only indexable pages: no 404, no search page).</summary>
    public static string Write(RegionSettings region, IEnumerable<Document> pages)
    {
        var urls = pages
            .Where(p => p.IsPage && p.Kind is not (PageKind.NotFound or PageKind.Search))
            .OrderBy(p => p.Url, StringComparer.Ordinal)
            .Select(p =>
            {
                var element = new XElement(Ns + "url", new XElement(Ns + "loc", UrlAllowList.Require(new Uri(region.BaseUrl, p.Url.TrimStart('/')).ToString(), UrlKind.Absolute)));
                if ((p.Meta.Updated ?? p.Meta.Date) is { } modified)
                    element.Add(new XElement(Ns + "lastmod", modified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
                return element;
            });
        var doc = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Ns + "urlset", urls));
        return doc.Declaration + "\n" + doc.Root!.ToString(SaveOptions.DisableFormatting) + "\n";
    }

    /// <summary>
    /// <c>robots.txt</c> allowing everything and naming the sitemap; for a test version
    /// (<paramref name="staging"/>) one that disallows everything, so a staging deploy is never indexed.
    /// </summary>
    public static string RobotsTxt(RegionSettings region, bool staging = false) => staging
        ? "# Testversie: zoekmachines mogen deze site niet indexeren.\nUser-agent: *\nDisallow: /\n"
        : $"User-agent: *\nAllow: /\n\nSitemap: {UrlAllowList.Require(new Uri(region.BaseUrl, "sitemap.xml").ToString(), UrlKind.Absolute)}\n";
}
