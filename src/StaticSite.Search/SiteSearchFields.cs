namespace StaticSite.Search;

/// <summary>
/// The fields of the site's search index, their one-letter names and boosts. Names are one
/// letter because every term's posting repeats every field name and every field vector is keyed
/// by one; the browser only ever sees them inside lunr.
/// </summary>
public static class SiteSearchFields
{
    /// <summary>Page title.</summary>
    public const string Title = "t";

    /// <summary>Front matter description.</summary>
    public const string Description = "d";

    /// <summary>Heading texts.</summary>
    public const string Headings = "h";

    /// <summary>Body text.</summary>
    public const string Body = "b";

    /// <summary>Abbreviations and synonyms the page is known by.</summary>
    public const string Synonyms = "s";

    /// <summary>
    /// Fields of the small first index, loaded before the first result: what names a page (title,
    /// description, abbreviations and synonyms). Headings went to the second index: they are as
    /// many words as the descriptions several times over, and the first download must stay within
    /// Pagefind's budget at 1,000 pages (BENCHMARKS.md).
    /// </summary>
    public static IReadOnlyList<(string Name, double Boost)> Primary { get; } =
    [
        (Title, 10), (Description, 3), (Synonyms, 5),
    ];

    /// <summary>The fields of the second index (headings and body), loaded after the first results are shown.</summary>
    public static IReadOnlyList<(string Name, double Boost)> BodyOnly { get; } = [(Headings, 2), (Body, 1)];
}
