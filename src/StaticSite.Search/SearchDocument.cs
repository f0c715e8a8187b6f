namespace StaticSite.Search;

/// <summary>One published page to index.</summary>
/// <param name="Url">The page's URL as the browser should link it (root-relative, already prefixed for the deployment path).</param>
/// <param name="Title">The page title; the most heavily boosted field.</param>
/// <param name="Description">The front matter description, if any.</param>
/// <param name="Headings">The text of the page's headings.</param>
/// <param name="Body">The page's text without markup.</param>
/// <param name="Synonyms">Other names the page should be found by (a term's abbreviation and synonyms).</param>
/// <param name="Type">The content type: page, organisation, faq, term, route or news.</param>
/// <param name="Audience">ouders, jongeren, both or none.</param>
/// <param name="Summary">A short plain-text summary for the result list; also the text snippets are taken from.</param>
public sealed record SearchDocument(
    string Url,
    string Title,
    string? Description,
    IReadOnlyList<string> Headings,
    string Body,
    IReadOnlyList<string> Synonyms,
    string Type,
    IReadOnlyList<string> Audience,
    string Summary);

/// <summary>A glossary entry whose names must find each other in search.</summary>
/// <param name="Term">The term, e.g. "toelaatbaarheidsverklaring".</param>
/// <param name="Abbreviation">Its abbreviation, e.g. "TLV".</param>
/// <param name="Synonyms">Other words for the same thing.</param>
public sealed record GlossaryEntry(string Term, string? Abbreviation, IReadOnlyList<string> Synonyms);

/// <summary>
/// A file the browser needs for search. The build writes it under a content-hashed file name and
/// gives the search page its URL through a data attribute of <c>#search-app</c>.
/// </summary>
/// <param name="LogicalName">Stable name, e.g. <c>search/index.json</c>.</param>
/// <param name="Utf8">The file's bytes (JSON text in UTF-8), as written.</param>
public sealed record SearchAsset(string LogicalName, ReadOnlyMemory<byte> Utf8)
{
    /// <summary>The file's text.</summary>
    public string Content => System.Text.Encoding.UTF8.GetString(Utf8.Span);

    /// <summary>Equal when the names and the bytes are.</summary>
    public bool Equals(SearchAsset? other) =>
        other is not null && LogicalName == other.LogicalName && Utf8.Span.SequenceEqual(other.Utf8.Span);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(LogicalName, Utf8.Length);
}
