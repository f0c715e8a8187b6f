using System.Globalization;
using System.Xml.Linq;
using StaticSite.Content.Model;
using StaticSite.Content.Text;
using StaticSite.Content.Urls;

namespace StaticSite.Output.Feeds;

/// <summary>
/// Writes the Atom feed (RFC 4287) of a region's news items, newest first. Every text is passed
/// through <see cref="ControlCharacters"/> (XML cannot hold them; the readers of front matter and
/// Markdown already replaced them with a warning) and every link through <see cref="UrlAllowList"/>.
/// </summary>
public static class AtomFeedWriter
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>
    /// The feed at <paramref name="feedPath"/> (site path) of <paramref name="news"/>, in <paramref name="language"/>
    /// (<c>xml:lang</c>) with <paramref name="title"/> (default: the Dutch "Nieuws van ..."), linking to
    /// <paramref name="homePath"/>, that language's home page.
    /// </summary>
    public static string Write(RegionSettings region, IEnumerable<Document> news, string feedPath, string language = "nl", string? title = null, string homePath = "/")
    {
        var items = news.OrderByDescending(n => n.Meta.Date).ThenBy(n => n.Url, StringComparer.Ordinal).Take(50).ToList();
        var feedUrl = UrlAllowList.Require(new Uri(region.BaseUrl, feedPath.TrimStart('/')).ToString(), UrlKind.Absolute);
        var updated = items.Select(n => n.Meta.Updated ?? n.Meta.Date).Max() ?? new DateOnly(2000, 1, 1);
        var feed = new XElement(Atom + "feed",
            new XAttribute(XNamespace.Xml + "lang", language),
            new XElement(Atom + "title", Text(title ?? $"Nieuws van {region.Name}")),
            new XElement(Atom + "id", feedUrl),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", feedUrl)),
            new XElement(Atom + "link", new XAttribute("href", UrlAllowList.Require(new Uri(region.BaseUrl, homePath.TrimStart('/')).ToString(), UrlKind.Absolute))),
            new XElement(Atom + "updated", Timestamp(updated)),
            new XElement(Atom + "author", new XElement(Atom + "name", Text(region.Name))),
            items.Select(n =>
            {
                var url = UrlAllowList.Require(new Uri(region.BaseUrl, n.Url.TrimStart('/')).ToString(), UrlKind.Absolute);
                return new XElement(Atom + "entry",
                    new XElement(Atom + "title", Text(n.Meta.Title)),
                    new XElement(Atom + "id", url),
                    new XElement(Atom + "link", new XAttribute("href", url)),
                    new XElement(Atom + "published", Timestamp(n.Meta.Date!.Value)),
                    new XElement(Atom + "updated", Timestamp(n.Meta.Updated ?? n.Meta.Date!.Value)),
                    new XElement(Atom + "summary", Text(n.Summary)),
                    new XElement(Atom + "content", new XAttribute("type", "html"), Text(n.Html)));
            }));
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + feed.ToString(SaveOptions.DisableFormatting) + "\n";
    }

    private static string Text(string text) => ControlCharacters.Replace(text);

    private static string Timestamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
