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

    /// <summary>Fields of the small first index, loaded before the first result: everything but the body.</summary>
    public static IReadOnlyList<(string Name, double Boost)> Primary { get; } =
    [
        (Title, 10), (Description, 3), (Headings, 2), (Synonyms, 5),
    ];

    /// <summary>The field of the body index, loaded after the first results are shown.</summary>
    public static IReadOnlyList<(string Name, double Boost)> BodyOnly { get; } = [(Body, 1)];
}
