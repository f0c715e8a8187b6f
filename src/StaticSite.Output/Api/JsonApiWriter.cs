using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using StaticSite.Content.Model;
using StaticSite.Content.Urls;
using StaticSite.Output.Files;

namespace StaticSite.Output.Api;

/// <summary>
/// The headless JSON API of a region, for other sites (a municipality's, a school's) to reuse the
/// content: <c>api/index.json</c> is the catalogue of every published item with its metadata, and
/// <c>api/items/&lt;path&gt;.json</c> holds one item with its rendered body. URLs are absolute, so
/// the JSON can be used from anywhere. Every item says its language (<c>lang</c>) and lists its versions
/// in the site's other languages (<c>translations</c>); a translation's item is at its own path
/// (<c>api/items/en/ouders/tlv.json</c>). Version 1; fields are only ever added.
/// </summary>
public static class JsonApiWriter
{
    /// <summary>Folder of the API in the site.</summary>
    public const string Folder = "api";

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), Indented = false };

    /// <summary>Path of the catalogue in the site.</summary>
    public const string IndexPath = Folder + "/index.json";

    /// <summary>All API files for <paramref name="pages"/>: the catalogue, then one file per item.</summary>
    public static IEnumerable<OutputFile> Write(RegionSettings region, IReadOnlyList<Document> pages) =>
        [Index(region, pages), .. pages.Where(IsItem).OrderBy(p => p.Url, StringComparer.Ordinal).Select(p => Item(region, p))];

    /// <summary>True for the pages that are API items (every published page but the search and 404 pages).</summary>
    public static bool IsItem(Document page) => page.IsPage && page.Kind is not (PageKind.Search or PageKind.NotFound);

    /// <summary>The catalogue (<c>api/index.json</c>): the region and every item's metadata.</summary>
    public static OutputFile Index(RegionSettings region, IReadOnlyList<Document> pages)
    {
        var items = pages.Where(IsItem).OrderBy(p => p.Url, StringComparer.Ordinal).ToList();
        return new OutputFile(IndexPath, Json(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("version", 1);
            w.WriteStartObject("region");
            w.WriteString("id", region.Id);
            w.WriteString("name", region.Name);
            w.WriteString("baseUrl", Safe(region.BaseUrl.ToString()));
            w.WriteStartObject("contact");
            w.WriteString("phone", region.Contact.Phone);
            w.WriteString("email", region.Contact.Email);
            w.WriteString("address", region.Contact.Address);
            w.WriteString("hours", region.Contact.Hours);
            w.WriteEndObject();
            Strings(w, "municipalities", region.Municipalities);
            Strings(w, "languages", region.AllLanguages);
            w.WriteEndObject();
            w.WriteStartArray("items");
            foreach (var p in items)
            {
                w.WriteStartObject();
                Metadata(w, region, p);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }));
    }

    /// <summary>One item's file (<c>api/items/&lt;path&gt;.json</c>): its metadata and rendered body.</summary>
    public static OutputFile Item(RegionSettings region, Document page) => new(ItemPath(page.Url), Json(w =>
    {
        w.WriteStartObject();
        Metadata(w, region, page);
        w.WriteString("contentHtml", page.Html);
        w.WriteEndObject();
    }));

    /// <summary>The API path of the item at site URL <paramref name="url"/> (<c>/ouders/tlv/</c> → <c>api/items/ouders/tlv.json</c>).</summary>
    public static string ItemPath(string url) => $"{Folder}/items/{(url == "/" ? "index" : url.Trim('/'))}.json";

    private static void Metadata(Utf8JsonWriter w, RegionSettings region, Document p)
    {
        var m = p.Meta;
        w.WriteString("id", p.Url == "/" ? "index" : p.Url.Trim('/'));
        w.WriteString("type", p.Kind == PageKind.List ? "list" : p.Kind == PageKind.Home ? "home" : m.Type.Name());
        w.WriteString("lang", p.Language);
        w.WriteString("title", m.Title);
        w.WriteString("description", m.Description);
        w.WriteString("summary", p.Summary);
        w.WriteString("url", Safe(new Uri(region.BaseUrl, p.Url.TrimStart('/')).ToString()));
        w.WriteString("api", Safe(new Uri(region.BaseUrl, ItemPath(p.Url)).ToString()));
        Strings(w, "audience", m.Audience);
        Strings(w, "topics", m.Topics);
        Date(w, "date", m.Date);
        Date(w, "updated", m.Updated);
        Date(w, "reviewBy", m.ReviewBy);
        w.WriteStartArray("translations");
        foreach (var version in p.Alternates.Where(a => a.Language != p.Language))
        {
            w.WriteStartObject();
            w.WriteString("lang", version.Language);
            w.WriteString("url", Safe(new Uri(region.BaseUrl, version.Url.TrimStart('/')).ToString()));
            w.WriteString("api", Safe(new Uri(region.BaseUrl, ItemPath(version.Url)).ToString()));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        switch (m.Type)
        {
            case ContentType.Organisation:
                w.WriteString("phone", m.Phone);
                w.WriteString("email", m.Email);
                w.WriteString("website", Safe(m.Website));
                w.WriteString("address", m.Address);
                Strings(w, "municipalities", m.Municipalities);
                break;
            case ContentType.Term:
                w.WriteString("abbreviation", m.Abbreviation);
                Strings(w, "synonyms", m.Synonyms);
                break;
            case ContentType.Route:
                w.WriteStartArray("steps");
                foreach (var s in m.Steps)
                {
                    w.WriteStartObject();
                    w.WriteString("title", s.Title);
                    w.WriteString("description", s.Description);
                    if (s.Organisation is null) w.WriteNull("organisation"); else w.WriteString("organisation", s.Organisation);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                break;
        }
    }

    // Front matter addresses were checked when read; this keeps any address that slipped past out of the API.
    private static string Safe(string url) => UrlAllowList.Check(url) is { IsAllowed: true } v ? v.Url : "";

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static void Date(Utf8JsonWriter w, string name, DateOnly? date)
    {
        if (date is null) w.WriteNull(name);
        else w.WriteString(name, date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    // Written into the thread's scratch buffer, then copied out at its exact size: the writer asks for room for the worst
    // case of every string (six bytes a character), so a buffer of its own grew several times and kept a multiple of the
    // item's size alive until the build ended.
    private static ReadOnlyMemory<byte> Json(Action<Utf8JsonWriter> write)
    {
        var buffer = Memory.ScratchBuffers.Writer();
        using (var w = new Utf8JsonWriter(buffer, Options)) write(w);
        return buffer.WrittenSpan.ToArray();
    }
}
