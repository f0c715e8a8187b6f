using System.Collections.Frozen;
using System.Globalization;
using Scriban.Runtime;
using StaticSite.Content.Languages;
using StaticSite.Content.Model;
using StaticSite.Rendering.Templates;

namespace StaticSite.Rendering.Themes;

/// <summary>
/// Builds the variables templates see (docs/themes.md) for one region: a <c>site</c> object per language
/// of the site, and a <c>page</c> object per page. Every member is set explicitly with its documented
/// snake_case name; objects are read-only so one page's template cannot change what the next one sees.
/// </summary>
/// <remarks>
/// A language's <c>site</c> lists that language's pages; where it links to a page that language does not
/// have (a section of the menu, a top task, the privacy statement) it links to the Dutch page and says so
/// with a <c>lang</c> member, so the theme can mark the Dutch text for screen readers.
/// </remarks>
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
    private readonly ThemeText _text;
    private readonly IReadOnlyDictionary<string, SearchSettings> _search;
    private readonly FrozenDictionary<string, Document> _byUrl;
    private readonly Dictionary<string, ScriptObject> _summaries = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<Document> _pages;
    private readonly ILookup<string, Document> _byParent;
    private readonly ILookup<string, Document> _byTopic;
    private readonly List<Document> _rankedContent;
    private readonly Dictionary<string, int> _contentRank;
    private readonly Dictionary<string, int[]> _topicRanks;
    private readonly IReadOnlyList<SiteLanguage> _languages;
    private readonly FrozenDictionary<string, ScriptObject> _sites;
    private readonly HashSet<string> _feeds;

    /// <summary>
    /// Prepares the model of <paramref name="region"/> with its published <paramref name="pages"/> (of every language);
    /// <paramref name="environment"/> is <c>production</c> or the name of a test version (<c>staging</c>).
    /// <paramref name="text"/> gives the theme's interface text (breadcrumbs' "Home", generated titles) and
    /// <paramref name="search"/> each language's search files. With <paramref name="previous"/>, the model of the
    /// same region before some pages changed (the preview server after an edit), the summaries of the pages that
    /// are the same documents are reused.
    /// </summary>
    public TemplateModel(RegionSettings region, IReadOnlyList<Document> pages, string buildDate, string environment = "production",
        ThemeText? text = null, IReadOnlyDictionary<string, SearchSettings>? search = null, TemplateModel? previous = null)
    {
        _environment = environment;
        _region = region;
        _text = text ?? ThemeText.None;
        _search = search ?? new Dictionary<string, SearchSettings>();
        _languages = [.. region.AllLanguages.Select(KnownLanguages.Get)];
        _pages = pages.Where(p => p.IsPage).OrderBy(p => p.Meta.Weight).ThenBy(p => p.Meta.Title, DutchOrder.Instance).ThenBy(p => p.Url, StringComparer.Ordinal).ToList();
        _byUrl = _pages.ToFrozenDictionary(p => p.Url, StringComparer.Ordinal);
        _feeds = [.. _pages.Where(p => p.Kind == PageKind.News).Select(p => p.Language)];
        // Routes point at organisations' summaries, so those (and all non-routes) are made first.
        if (previous is not null && !ReferenceEquals(previous._region, region)) previous = null;
        foreach (var p in _pages.OrderBy(p => p.Kind == PageKind.Route)) _summaries[p.Url] = previous?.SummaryOfSame(p) ?? Summary(p);
        _byParent = _pages.Where(p => p.Url != "/").ToLookup(p => ParentUrl(p.Url), StringComparer.Ordinal);
        _byTopic = _pages.Where(IsContent).SelectMany(p => p.Meta.Topics.Distinct(StringComparer.Ordinal).Select(t => (Topic: t, Page: p))).ToLookup(x => x.Topic, x => x.Page, StringComparer.Ordinal);
        _rankedContent = _pages.Where(IsContent).OrderBy(p => p.Meta.Title, DutchOrder.Instance).ThenBy(p => p.Url, StringComparer.Ordinal).ToList();
        _contentRank = _rankedContent.Select((p, i) => (p.Url, i)).ToDictionary(x => x.Url, x => x.i, StringComparer.Ordinal);
        // Related pages are of the page's own language: ranks by language and topic, so no page counts another language's.
        _topicRanks = _byTopic.SelectMany(g => g.GroupBy(p => p.Language, StringComparer.Ordinal).Select(l => (Key: TopicKey(l.Key, g.Key), Pages: l)))
            .ToDictionary(x => x.Key, x => x.Pages.Select(p => _contentRank[p.Url]).ToArray(), StringComparer.Ordinal);
        _sites = _languages.ToFrozenDictionary(l => l.Code, l => BuildSite(l, buildDate), StringComparer.Ordinal);
    }

    /// <summary>The <c>site</c> variable of Dutch pages.</summary>
    public ScriptObject Site => _sites[KnownLanguages.DutchCode];

    /// <summary>The <c>site</c> variable of the pages in <paramref name="language"/> (Dutch's for a language the region does not offer).</summary>
    public ScriptObject SiteOf(string language) => _sites.GetValueOrDefault(language) ?? Site;

    /// <summary>The parent folder URL of a page URL (<c>/ouders/tlv/</c> → <c>/ouders/</c>).</summary>
    public static string ParentUrl(string url)
    {
        var trimmed = url.TrimEnd('/');
        var slash = trimmed.LastIndexOf('/');
        return slash <= 0 ? "/" : trimmed[..(slash + 1)];
    }

    /// <summary>The site path of the home page of <paramref name="language"/> (<c>/</c>, <c>/en/</c>).</summary>
    public static string HomeOf(string language) => language == KnownLanguages.DutchCode ? "/" : "/" + language + "/";

    /// <summary>
    /// The site path <paramref name="dutchPath"/> of a Dutch page (<c>/ouders/</c>) in <paramref name="language"/>: the
    /// translation's (<c>/en/ouders/</c>) when the site has it, else the Dutch page's own.
    /// </summary>
    public string Localized(string language, string dutchPath)
    {
        if (language == KnownLanguages.DutchCode || !dutchPath.StartsWith('/') || dutchPath.StartsWith("//", StringComparison.Ordinal)) return dutchPath;
        var hash = dutchPath.IndexOfAny(['#', '?']);
        var path = hash < 0 ? dutchPath : dutchPath[..hash];
        var translated = "/" + language + path;
        return _byUrl.ContainsKey(translated) ? translated + (hash < 0 ? "" : dutchPath[hash..]) : dutchPath;
    }

    /// <summary><see cref="Localized"/> with the region's base path, as templates link it (the <c>lang_url</c> function).</summary>
    public string LocalizedUrl(string language, string dutchPath) => Url(Localized(language, dutchPath));

    /// <summary>The full <c>page</c> variable for <paramref name="page"/>.</summary>
    public ScriptObject Page(Document page)
    {
        var o = SummaryMembers(page);
        o["content"] = page.Html;
        o["headings"] = ReadOnly(new ScriptArray(page.Headings.Select(h => Obj(("level", h.Level), ("id", h.Id), ("text", h.Text)))));
        // The 404 page is shown at whatever address was asked for: a trail to its own /404/ would lead nowhere.
        o["breadcrumbs"] = ReadOnly(new ScriptArray(page.Kind == PageKind.NotFound ? [] : Breadcrumbs(page)));
        o["children"] = List(Children(page));
        o["untranslated"] = List(Untranslated(page));
        o["related"] = List(Related(page));
        o["alternates"] = ReadOnly(new ScriptArray(page.Alternates.Select(a => Obj(
            ("lang", a.Language), ("url", Url(a.Url)), ("permalink", Permalink(a.Url))))));
        o["languages"] = ReadOnly(new ScriptArray(_languages.Count < 2 ? [] : _languages.Select(l =>
        {
            var version = page.Alternates.FirstOrDefault(a => a.Language == l.Code);
            return Obj(("lang", l.Code), ("name", l.NativeName), ("dir", l.Direction),
                ("url", Url(l.Code == page.Language ? page.Url : version?.Url ?? HomeOf(l.Code))),
                ("translated", l.Code == page.Language || version is not null), ("current", l.Code == page.Language));
        })));
        o["query"] = "";
        o.IsReadOnly = true;
        return o;
    }

    private ScriptObject BuildSite(SiteLanguage language, string buildDate)
    {
        var code = language.Code;
        var dutchSections = _pages.Where(p => p.Language == KnownLanguages.DutchCode && p.Kind == PageKind.List && p.Url.Count(c => c == '/') == 2).ToList();
        var site = new ScriptObject
        {
            ["id"] = _region.Id,
            ["name"] = _region.Name,
            ["base_url"] = _region.BaseUrl.ToString(),
            ["lang"] = code,
            ["dir"] = language.Direction,
            ["locale"] = language.Locale,
            ["home_url"] = Url(HomeOf(code)),
            ["languages"] = ReadOnly(new ScriptArray(_languages.Select(l => Obj(("lang", l.Code), ("name", l.NativeName), ("dir", l.Direction), ("url", Url(HomeOf(l.Code))))))),
            ["contact"] = Obj(("phone", _region.Contact.Phone), ("email", _region.Contact.Email), ("address", _region.Contact.Address), ("hours", _region.Contact.Hours)),
            ["municipalities"] = ReadOnly(new ScriptArray(_region.Municipalities)),
            ["branding"] = Obj(("color", _region.Branding.Color), ("color_text", _region.Branding.ColorText)),
            ["nav"] = ReadOnly(new ScriptArray(dutchSections.Select(s => _byUrl.GetValueOrDefault(Localized(code, s.Url)) ?? s)
                .Select(s => Obj(("title", s.Meta.Title), ("url", Url(s.Url)), ("lang", s.Language))))),
            ["top_tasks"] = List(_region.TopTasks.Select(u => _byUrl.GetValueOrDefault(Localized(code, u))).OfType<Document>()),
            ["pages"] = List(_pages.Where(p => p.Language == code && IsContent(p))),
            ["organisations"] = List(_pages.Where(p => p.Language == code && p.Kind == PageKind.Organisation)),
            ["terms"] = List(_pages.Where(p => p.Language == code && p.Kind == PageKind.Term).OrderBy(p => p.Meta.Title, DutchOrder.Instance)),
            ["news"] = List(NewestFirst(_pages.Where(p => p.Language == code && p.Kind == PageKind.News))),
            ["topics"] = ReadOnly(new ScriptArray(_byTopic.Select(g => (g.Key, Pages: g.Where(p => p.Language == code).ToList())).Where(g => g.Pages.Count > 0)
                .OrderBy(g => g.Key, DutchOrder.Instance).Select(g => Obj(("name", g.Key), ("pages", List(g.Pages)))))),
            ["accessibility_url"] = _byUrl.ContainsKey(AccessibilityPath) ? LocalizedUrl(code, AccessibilityPath) : "",
            ["privacy_url"] = _byUrl.ContainsKey(PrivacyPath) ? LocalizedUrl(code, PrivacyPath) : "",
            ["search_url"] = Url(InLanguage(code, SearchPath)),
            ["search"] = _search.TryGetValue(code, out var s) ? Obj(("scripts", ReadOnly(new ScriptArray(s.Scripts))), ("index", s.Index), ("body", s.Body),
                ("documents", s.Documents), ("trimmer", s.Trimmer), ("folding", s.Folding), ("stop_word_filter", s.StopWordFilter)) : null,
            ["feed_url"] = code == KnownLanguages.DutchCode || _feeds.Contains(code) ? Url(InLanguage(code, FeedPath)) : "",
            ["build_date"] = buildDate,
            ["environment"] = _environment,
        };
        site.IsReadOnly = true;
        return site;
    }

    /// <summary>A site path of the Dutch site (<c>/zoeken/</c>) in the folder of <paramref name="language"/> (<c>/en/zoeken/</c>).</summary>
    public static string InLanguage(string language, string sitePath) => language == KnownLanguages.DutchCode ? sitePath : "/" + language + sitePath;

    private IEnumerable<Document> Children(Document page)
    {
        if (page.Kind is not (PageKind.List or PageKind.Home)) return [];
        var children = _byParent[page.Url].Where(c => c.Language == page.Language && c.Kind is not (PageKind.Search or PageKind.NotFound));
        return page.ListVariant == ContentType.News ? NewestFirst(children) : children;
    }

    /// <summary>For the home and section pages of a language other than Dutch: the Dutch pages of that section that have no translation into it.</summary>
    private IEnumerable<Document> Untranslated(Document page)
    {
        if (page.Language == KnownLanguages.DutchCode || page.Kind is not (PageKind.List or PageKind.Home)) return [];
        var dutchUrl = page.Url[(page.Language.Length + 1)..];
        if (!_byUrl.TryGetValue(dutchUrl, out var dutch)) return [];
        var children = Children(dutch).Where(c => !_byUrl.ContainsKey(InLanguage(page.Language, c.Url)));
        return page.Kind == PageKind.Home ? children.Where(c => c.Kind == PageKind.List) : children;
    }

    // Scratch space of Related, one per rendering thread: counts of shared topics by page rank.
    [ThreadStatic] private static int[]? _sharedTopics;
    [ThreadStatic] private static List<int>? _touched;

    /// <summary>
    /// Up to five pages of the same language that share the most topics with <paramref name="page"/>, ties in
    /// title order. Counting into an array indexed by title rank keeps this linear in the topics' sizes, which
    /// matters at 10,000 pages where a topic can hold a thousand pages.
    /// </summary>
    private IEnumerable<Document> Related(Document page)
    {
        if (!IsContent(page) || page.Meta.Topics.Length == 0) return [];
        var counts = _sharedTopics is { } c && c.Length >= _rankedContent.Count ? c : _sharedTopics = new int[_rankedContent.Count];
        var touched = _touched ??= [];
        touched.Clear();
        foreach (var topic in page.Meta.Topics.Distinct(StringComparer.Ordinal))
            if (_topicRanks.TryGetValue(TopicKey(page.Language, topic), out var ranks))
                foreach (var rank in ranks)
                    if (counts[rank]++ == 0) touched.Add(rank);
        var self = _contentRank.GetValueOrDefault(page.Url, -1);
        var best = touched.Where(r => r != self).OrderByDescending(r => counts[r]).ThenBy(r => r).Take(5).Select(r => _rankedContent[r]).ToList();
        foreach (var r in touched) counts[r] = 0;
        return best;
    }

    private IEnumerable<ScriptObject> Breadcrumbs(Document page)
    {
        var home = HomeOf(page.Language);
        if (page.Url == home) yield break;
        yield return Link(_text.Find(page.Language, "breadcrumbs.home") ?? "Home", home);
        var ancestors = new List<string>();
        for (var u = ParentUrl(page.Url); u != home && u != "/"; u = ParentUrl(u)) ancestors.Insert(0, u);
        foreach (var a in ancestors)
            if (_byUrl.TryGetValue(a, out var section)) yield return Link(section.Meta.Title, a);
    }

    /// <summary>This model's summary of <paramref name="page"/> when it was made from that very document; routes' summaries hold their organisations', so never.</summary>
    private ScriptObject? SummaryOfSame(Document page) =>
        page.Kind != PageKind.Route && _byUrl.TryGetValue(page.Url, out var same) && ReferenceEquals(same, page) ? _summaries[page.Url] : null;

    private ScriptObject Summary(Document page)
    {
        var o = SummaryMembers(page);
        o.IsReadOnly = true;
        return o;
    }

    private ScriptObject SummaryMembers(Document page)
    {
        var m = page.Meta;
        var language = KnownLanguages.Find(page.Language) ?? KnownLanguages.Dutch;
        return new ScriptObject
        {
            ["url"] = Url(page.Url),
            ["permalink"] = Permalink(page.Url),
            ["lang"] = language.Code,
            ["dir"] = language.Direction,
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
                ("organisation", s.Organisation is null ? null : OrganisationSummary(s.Organisation, page.Language)))))),
        };
    }

    /// <summary>The organisation named <paramref name="name"/> (its Dutch file name) in <paramref name="language"/>, else in Dutch.</summary>
    private ScriptObject? OrganisationSummary(string name, string language)
    {
        var dutch = _pages.FirstOrDefault(p => p.Kind == PageKind.Organisation && p.Language == KnownLanguages.DutchCode
            && Path.GetFileNameWithoutExtension(p.DutchPath) == name);
        return dutch is null ? null : _summaries.GetValueOrDefault(Localized(language, dutch.Url));
    }

    private static string TopicKey(string language, string topic) => language + "\u0001" + topic;

    private static bool IsContent(Document p) => p.Kind is not (PageKind.Search or PageKind.NotFound or PageKind.Home);

    private static IEnumerable<Document> NewestFirst(IEnumerable<Document> pages) =>
        pages.OrderByDescending(p => p.Meta.Date).ThenBy(p => p.Meta.Title, DutchOrder.Instance);

    private string Url(string sitePath) => TemplateFunctions.SiteUrl(_region.BasePath, sitePath);

    private string Permalink(string sitePath) => new Uri(_region.BaseUrl, sitePath.TrimStart('/')).ToString();

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
