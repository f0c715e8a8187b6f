namespace StaticSite.Browser.Tests;

/// <summary>One page of each kind the theme renders, per example region.</summary>
/// <param name="Name">Test-facing name (<c>glossary</c>, <c>term</c>, ...).</param>
/// <param name="Path">Root-relative site path without the base path; the search page carries a query.</param>
/// <param name="Kind">Layout kind the page must have (<c>body.kind-…</c>), so a moved page fails loudly instead of testing a 404.</param>
public sealed record PageKind(string Name, string Path, string Kind)
{
    /// <summary>True for the 404 page, which is served with status 404.</summary>
    public bool IsNotFound => Kind == "notfound";
}

public static class PageKinds
{
    public static readonly string[] Regions = ["utrecht", "amersfoort"];

    private static readonly Dictionary<string, string> NewsItem = new()
    {
        ["utrecht"] = "/nieuws/2026-10-expertteam/",
        ["amersfoort"] = "/nieuws/2026-09-clientondersteuning/",
    };

    /// <summary>Every page kind of <paramref name="region"/>, in a stable order.</summary>
    public static IReadOnlyList<PageKind> Of(string region) =>
    [
        new("home", "/", "home"),
        new("section", "/ouders/", "list"),
        new("page", "/ouders/clientondersteuner/", "page"),
        new("organisations", "/organisaties/", "list"),
        new("organisation", "/organisaties/clientondersteuning/", "organisation"),
        new("routes", "/route/", "list"),
        new("route", "/route/vastgelopen/", "route"),
        new("faqs", "/vragen/", "list"),
        new("faq", "/vragen/mag-ik-iemand-meenemen/", "faq"),
        new("glossary", "/begrippen/", "list"),
        new("term", "/begrippen/toelaatbaarheidsverklaring/", "term"),
        new("news-list", "/nieuws/", "list"),
        new("news", NewsItem[region], "news"),
        new("search", "/zoeken/?q=ouders", "search"),
        new("notfound", "/deze-pagina-bestaat-niet/", "notfound"),
        new("contact", "/contact/", "page"),
        new("accessibility", "/toegankelijkheid/", "page"),
    ];

    public static PageKind Get(string region, string name) => Of(region).Single(k => k.Name == name);

    /// <summary>Theory data: (region, page kind name) for every region and kind.</summary>
    public static TheoryData<string, string> All()
    {
        var data = new TheoryData<string, string>();
        foreach (var region in Regions)
            foreach (var kind in Of(region))
                data.Add(region, kind.Name);
        return data;
    }
}
