using System.Collections.Frozen;
using System.Globalization;
using Scriban.Runtime;
using StaticSite.Content.Model;
using StaticSite.Rendering.Templates;

namespace StaticSite.Rendering.Themes;

/// <summary>
/// Builds the variables templates see (docs/themes.md) for one region: <c>site</c> once, and a
/// <c>page</c> object per page. Every member is set explicitly with its documented snake_case
/// name; objects are read-only so one page's template cannot change what the next one sees.
/// </summary>
public sealed class TemplateModel
{
    /// <summary>Site path of the search page.</summary>
    public const string SearchPath = "/zoeken/";
    /// <summary>Site path of the Atom feed.</summary>
    public const string FeedPath = "/nieuws/feed.xml";
    /// <summary>Site path of the accessibility statement.</summary>
    public const string AccessibilityPath = "/toegankelijkheid/";
    /// <summary>Site path of the privacy statement.</summary>
    public const string PrivacyPath = "/privacy/";

    private readonly RegionSettings _region;
    private readonly string _environment;
    private readonly FrozenDictionary<string, Document> _byUrl;
    private readonly Dictionary<string, ScriptObject> _summaries = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<Document> _pages;
    private readonly ILookup<string, Document> _byParent;
    private readonly ILookup<string, Document> _byTopic;
    private readonly List<Document> _rankedContent;
    private readonly Dictionary<string, int> _contentRank;
    private readonly Dictionary<string, int[]> _topicRanks;

    /// <summary>
    /// Prepares the model of <paramref name="region"/> with its published <paramref name="pages"/>;
    /// <paramref name="environment"/> is <c>production</c> or the name of a test version (<c>staging</c>).
    /// </summary>
    public TemplateModel(RegionSettings region, IReadOnlyList<Document> pages, string buildDate, string environment = "production")
    {
        _environment = environment;
        _region = region;
        _pages = pages.Where(p => p.IsPage).OrderBy(p => p.Meta.Weight).ThenBy(p => p.Meta.Title, DutchOrder.Instance).ThenBy(p => p.Url, StringComparer.Ordinal).ToList();
        _byUrl = _pages.ToFrozenDictionary(p => p.Url, StringComparer.Ordinal);
        // Routes point at organisations' summaries, so those (and all non-routes) are made first.
        foreach (var p in _pages.OrderBy(p => p.Kind == PageKind.Route)) _summaries[p.Url] = Summary(p);
        _byParent = _pages.Where(p => p.Url != "/").ToLookup(p => ParentUrl(p.Url), StringComparer.Ordinal);
        _byTopic = _pages.Where(IsContent).SelectMany(p => p.Meta.Topics.Distinct(StringComparer.Ordinal).Select(t => (Topic: t, Page: p))).ToLookup(x => x.Topic, x => x.Page, StringComparer.Ordinal);
        _rankedContent = _pages.Where(IsContent).OrderBy(p => p.Meta.Title, DutchOrder.Instance).ThenBy(p => p.Url, StringComparer.Ordinal).ToList();
        _contentRank = _rankedContent.Select((p, i) => (p.Url, i)).ToDictionary(x => x.Url, x => x.i, StringComparer.Ordinal);
        _topicRanks = _byTopic.ToDictionary(g => g.Key, g => g.Select(p => _contentRank[p.Url]).ToArray(), StringComparer.Ordinal);
        Site = BuildSite(buildDate);
    }

    /// <summary>The <c>site</c> variable.</summary>
    public ScriptObject Site { get; }

    /// <summary>The parent folder URL of a page URL (<c>/ouders/tlv/</c> → <c>/ouders/</c>).</summary>
    public static string ParentUrl(string url)
    {
        var trimmed = url.TrimEnd('/');
        var slash = trimmed.LastIndexOf('/');
        return slash <= 0 ? "/" : trimmed[..(slash + 1)];
    }

    /// <summary>The full <c>page</c> variable for <paramref name="page"/>.</summary>
    public ScriptObject Page(Document page)
    {
        var o = SummaryMembers(page);
        o["content"] = page.Html;
        o["headings"] = ReadOnly(new ScriptArray(page.Headings.Select(h => Obj(("level", h.Level), ("id", h.Id), ("text", h.Text)))));
        // The 404 page is shown at whatever address was asked for: a trail to its own /404/ would lead nowhere.
        o["breadcrumbs"] = ReadOnly(new ScriptArray(page.Kind == PageKind.NotFound ? [] : Breadcrumbs(page.Url)));
        o["children"] = List(Children(page));
        o["related"] = List(Related(page));
        o["query"] = "";
        o.IsReadOnly = true;
        return o;
    }

    private ScriptObject BuildSite(string buildDate)
    {
        var sections = _pages.Where(p => p.Kind == PageKind.List && p.Url.Count(c => c == '/') == 2).ToList();
        var site = new ScriptObject
        {
            ["id"] = _region.Id,
            ["name"] = _region.Name,
            ["base_url"] = _region.BaseUrl.ToString(),
            ["contact"] = Obj(("phone", _region.Contact.Phone), ("email", _region.Contact.Email), ("address", _region.Contact.Address), ("hours", _region.Contact.Hours)),
            ["municipalities"] = ReadOnly(new ScriptArray(_region.Municipalities)),
            ["branding"] = Obj(("color", _region.Branding.Color), ("color_text", _region.Branding.ColorText)),
            ["nav"] = ReadOnly(new ScriptArray(sections.Select(s => Link(s.Meta.Title, s.Url)))),
            ["top_tasks"] = List(_region.TopTasks.Select(u => _byUrl.GetValueOrDefault(u)).OfType<Document>()),
            ["pages"] = List(_pages.Where(IsContent)),
            ["organisations"] = List(_pages.Where(p => p.Kind == PageKind.Organisation)),
            ["terms"] = List(_pages.Where(p => p.Kind == PageKind.Term).OrderBy(p => p.Meta.Title, DutchOrder.Instance)),
            ["news"] = List(NewestFirst(_pages.Where(p => p.Kind == PageKind.News))),
            ["topics"] = ReadOnly(new ScriptArray(_byTopic.OrderBy(g => g.Key, DutchOrder.Instance)
                .Select(g => Obj(("name", g.Key), ("pages", List(g)))))),
            ["accessibility_url"] = _byUrl.ContainsKey(AccessibilityPath) ? Url(AccessibilityPath) : "",
            ["privacy_url"] = _byUrl.ContainsKey(PrivacyPath) ? Url(PrivacyPath) : "",
            ["search_url"] = Url(SearchPath),
            ["feed_url"] = Url(FeedPath),
            ["build_date"] = buildDate,
            ["environment"] = _environment,
        };
        site.IsReadOnly = true;
        return site;
    }

    private IEnumerable<Document> Children(Document page)
    {
        if (page.Kind is not (PageKind.List or PageKind.Home)) return [];
        var children = _byParent[page.Url].Where(c => c.Kind is not (PageKind.Search or PageKind.NotFound));
        return page.ListVariant == ContentType.News ? NewestFirst(children) : children;
    }

    // Scratch space of Related, one per rendering thread: counts of shared topics by page rank.
    [ThreadStatic] private static int[]? _sharedTopics;
    [ThreadStatic] private static List<int>? _touched;

    /// <summary>
    /// Up to five pages that share the most topics with <paramref name="page"/>, ties in title order.
    /// Counting into an array indexed by title rank keeps this linear in the topics' sizes, which
    /// matters at 10,000 pages where a topic can hold a thousand pages.
    /// </summary>
    private IEnumerable<Document> Related(Document page)
    {
        if (!IsContent(page) || page.Meta.Topics.Length == 0) return [];
        var counts = _sharedTopics is { } c && c.Length >= _rankedContent.Count ? c : _sharedTopics = new int[_rankedContent.Count];
        var touched = _touched ??= [];
        touched.Clear();
        foreach (var topic in page.Meta.Topics.Distinct(StringComparer.Ordinal))
            if (_topicRanks.TryGetValue(topic, out var ranks))
                foreach (var rank in ranks)
                    if (counts[rank]++ == 0) touched.Add(rank);
        var self = _contentRank.GetValueOrDefault(page.Url, -1);
        var best = touched.Where(r => r != self).OrderByDescending(r => counts[r]).ThenBy(r => r).Take(5).Select(r => _rankedContent[r]).ToList();
        foreach (var r in touched) counts[r] = 0;
        return best;
    }

    private IEnumerable<ScriptObject> Breadcrumbs(string url)
    {
        if (url == "/") yield break;
        yield return Link("Home", "/");
        var parent = ParentUrl(url);
        var ancestors = new List<string>();
        for (var u = parent; u != "/"; u = ParentUrl(u)) ancestors.Insert(0, u);
        foreach (var a in ancestors)
            if (_byUrl.TryGetValue(a, out var section)) yield return Link(section.Meta.Title, a);
    }

    private ScriptObject Summary(Document page)
    {
        var o = SummaryMembers(page);
        o.IsReadOnly = true;
        return o;
    }

    private ScriptObject SummaryMembers(Document page)
    {
        var m = page.Meta;
        return new ScriptObject
        {
            ["url"] = Url(page.Url),
            ["permalink"] = new Uri(_region.BaseUrl, page.Url.TrimStart('/')).ToString(),
            ["title"] = m.Title,
            ["description"] = m.Description,
            ["summary"] = page.Summary,
            ["type"] = m.Type.Name(),
            ["kind"] = LayoutResolver.KindName(page.Kind),
            ["audience"] = ReadOnly(new ScriptArray(m.Audience)),
            ["topics"] = ReadOnly(new ScriptArray(m.Topics)),
            ["date"] = Date(m.Date),
            ["updated"] = Date(m.Updated),
            ["review_by"] = Date(m.ReviewBy),
            ["phone"] = m.Phone,
            ["email"] = m.Email,
            ["website"] = m.Website,
            ["address"] = m.Address,
            ["municipalities"] = ReadOnly(new ScriptArray(m.Municipalities)),
            ["abbreviation"] = m.Abbreviation,
            ["synonyms"] = ReadOnly(new ScriptArray(m.Synonyms)),
            ["steps"] = ReadOnly(new ScriptArray(m.Steps.Select((s, i) => Obj(
                ("number", i + 1), ("title", s.Title), ("description", s.Description),
                ("organisation", s.Organisation is null ? null : OrganisationSummary(s.Organisation)))))),
        };
    }

    private ScriptObject? OrganisationSummary(string name) =>
        _pages.Where(p => p.Kind == PageKind.Organisation && Path.GetFileNameWithoutExtension(p.RelativePath) == name)
            .Select(p => _summaries.GetValueOrDefault(p.Url))
            .FirstOrDefault();

    private static bool IsContent(Document p) => p.Kind is not (PageKind.Search or PageKind.NotFound or PageKind.Home);

    private static IEnumerable<Document> NewestFirst(IEnumerable<Document> pages) =>
        pages.OrderByDescending(p => p.Meta.Date).ThenBy(p => p.Meta.Title, DutchOrder.Instance);

    private string Url(string sitePath) => TemplateFunctions.SiteUrl(_region.BasePath, sitePath);

    private ScriptArray List(IEnumerable<Document> pages) => ReadOnly(new ScriptArray(pages.Select(p => _summaries[p.Url])));

    private ScriptObject Link(string title, string url) => Obj(("title", title), ("url", Url(url)));

    private static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static ScriptArray ReadOnly(ScriptArray a)
    {
        a.IsReadOnly = true;
        return a;
    }

    private static ScriptObject Obj(params (string Key, object? Value)[] members)
    {
        var o = new ScriptObject();
        foreach (var (k, v) in members) o[k] = v;
        o.IsReadOnly = true;
        return o;
    }
}
