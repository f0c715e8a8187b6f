using System.Globalization;
using System.Xml.Linq;
using StaticSite.Content.Languages;
using StaticSite.Content.Model;
using StaticSite.Content.Urls;

namespace StaticSite.Output.Feeds;

/// <summary>
/// Writes <c>sitemap.xml</c> (sitemaps.org 0.9) with absolute URLs and last-modified dates. A page published
/// in more than one language lists every version of itself, its own included, as <c>xhtml:link</c>
/// alternates with <c>hreflang</c>, and the Dutch version as <c>x-default</c> (the form search engines read).
/// </summary>
public static class SitemapWriter
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    /// <summary>The sitemap of <paramref name="pages"/> (only indexable pages: no 404, no search page).</summary>
    public static string Write(RegionSettings region, IEnumerable<Document> pages)
    {
        var urls = pages
            .Where(p => p.IsPage && p.Kind is not (PageKind.NotFound or PageKind.Search))
            .OrderBy(p => p.Url, StringComparer.Ordinal)
            .Select(p =>
            {
                var element = new XElement(Ns + "url", new XElement(Ns + "loc", Absolute(region, p.Url)));
                if ((p.Meta.Updated ?? p.Meta.Date) is { } modified)
                    element.Add(new XElement(Ns + "lastmod", modified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
                foreach (var alternate in p.Alternates)
                {
                    element.Add(Alternate(alternate.Language, Absolute(region, alternate.Url)));
                    if (alternate.Language == KnownLanguages.DutchCode) element.Add(Alternate("x-default", Absolute(region, alternate.Url)));
                }
                return element;
            }).ToList();
        var root = new XElement(Ns + "urlset", urls);
        if (urls.Any(u => u.Element(Xhtml + "link") is not null)) root.Add(new XAttribute(XNamespace.Xmlns + "xhtml", Xhtml));
        var doc = new XDocument(new XDeclaration("1.0", "utf-8", null), root);
        return doc.Declaration + "\n" + doc.Root!.ToString(SaveOptions.DisableFormatting) + "\n";
    }

    private static string Absolute(RegionSettings region, string sitePath) =>
        UrlAllowList.Require(new Uri(region.BaseUrl, sitePath.TrimStart('/')).ToString(), UrlKind.Absolute);

    private static XElement Alternate(string language, string href) =>
        new(Xhtml + "link", new XAttribute("rel", "alternate"), new XAttribute("hreflang", language), new XAttribute("href", href));

    /// <summary>
    /// <c>robots.txt</c> allowing everything and naming the sitemap; for a test version
    /// (<paramref name="staging"/>) one that disallows everything, so a staging deploy is never indexed.
    /// </summary>
    public static string RobotsTxt(RegionSettings region, bool staging = false) => staging
        ? "# Testversie: zoekmachines mogen deze site niet indexeren.\nUser-agent: *\nDisallow: /\n"
        : $"User-agent: *\nAllow: /\n\nSitemap: {UrlAllowList.Require(new Uri(region.BaseUrl, "sitemap.xml").ToString(), UrlKind.Absolute)}\n";
}
