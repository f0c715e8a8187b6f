using System.Globalization;
using System.Xml.Linq;
using StaticSite.Content.Model;

namespace StaticSite.Output.Feeds;

/// <summary>Writes the Atom feed (RFC 4287) of a region's news items, newest first.</summary>
public static class AtomFeedWriter
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>The feed at <paramref name="feedPath"/> (site path) of <paramref name="news"/>.</summary>
    public static string Write(RegionSettings region, IEnumerable<Document> news, string feedPath)
    {
        var items = news.OrderByDescending(n => n.Meta.Date).ThenBy(n => n.Url, StringComparer.Ordinal).Take(50).ToList();
        var feedUrl = new Uri(region.BaseUrl, feedPath.TrimStart('/')).ToString();
        var updated = items.Select(n => n.Meta.Updated ?? n.Meta.Date).Max() ?? new DateOnly(2000, 1, 1);
        var feed = new XElement(Atom + "feed",
            new XAttribute(XNamespace.Xml + "lang", "nl"),
            new XElement(Atom + "title", $"Nieuws van {region.Name}"),
            new XElement(Atom + "id", feedUrl),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", feedUrl)),
            new XElement(Atom + "link", new XAttribute("href", region.BaseUrl.ToString())),
            new XElement(Atom + "updated", Timestamp(updated)),
            new XElement(Atom + "author", new XElement(Atom + "name", region.Name)),
            items.Select(n =>
            {
                var url = new Uri(region.BaseUrl, n.Url.TrimStart('/')).ToString();
                return new XElement(Atom + "entry",
                    new XElement(Atom + "title", n.Meta.Title),
                    new XElement(Atom + "id", url),
                    new XElement(Atom + "link", new XAttribute("href", url)),
                    new XElement(Atom + "published", Timestamp(n.Meta.Date!.Value)),
                    new XElement(Atom + "updated", Timestamp(n.Meta.Updated ?? n.Meta.Date!.Value)),
                    new XElement(Atom + "summary", n.Summary),
                    new XElement(Atom + "content", new XAttribute("type", "html"), n.Html));
            }));
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + feed.ToString(SaveOptions.DisableFormatting) + "\n";
    }

    private static string Timestamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
