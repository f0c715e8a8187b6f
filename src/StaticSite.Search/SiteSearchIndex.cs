using System.Globalization;
using StaticSite.Search.Lunr;

namespace StaticSite.Search;

/// <summary>
/// Builds the search files of one region's site (of one language of it): two lunr indexes over
/// the same document references and a document store.
/// </summary>
/// <remarks>
/// The whole text of a region does not fit the download budget (BENCHMARKS.md), so the index is
/// split by field: <see cref="IndexAsset"/> (title, description, headings, synonyms) is small and
/// gives the first results; <see cref="BodyIndexAsset"/> (body text) is fetched after them and
/// its scores are added per document. Each file is exactly the index lunr.js builds for its fields.
/// </remarks>
public static class SiteSearchIndex
{
    /// <summary>Logical name of the first lunr index (title, description, headings, synonyms).</summary>
    public const string IndexAsset = "search/index.json";

    /// <summary>Logical name of the body lunr index.</summary>
    public const string BodyIndexAsset = "search/body.json";

    /// <summary>Logical name of the document store and the glossary's synonym groups.</summary>
    public const string DocumentsAsset = "search/docs.json";

    /// <summary>The logical names of the files <see cref="Build(IReadOnlyList{SearchDocument}, IReadOnlyList{GlossaryEntry}, SearchLanguage, IAnalysedFieldCache)"/> makes, in its order (Dutch names).</summary>
    public static IReadOnlyList<string> AssetNames { get; } = [IndexAsset, BodyIndexAsset, DocumentsAsset];

    /// <summary>Builds everything the browser needs for Dutch pages; deterministic output for identical input.</summary>
    /// <remarks>
    /// Document references are the positions in <paramref name="documents"/> ("0", "1", …): short
    /// references shrink an index several times compared with URLs.
    /// </remarks>
    public static IReadOnlyList<SearchAsset> Build(IReadOnlyList<SearchDocument> documents, IReadOnlyList<GlossaryEntry> glossary) =>
        Build(documents, glossary, SearchLanguage.Dutch);

    /// <summary>
    /// Builds the search files of the pages of one language with that language's pipelines and
    /// glossary normalization; Dutch assets keep their names, the others' are in a folder named
    /// by the code (<see cref="SearchLanguage.AssetName"/>).
    /// </summary>
    /// <param name="documents">The pages of the language, in index order.</param>
    /// <param name="glossary">The language's glossary.</param>
    /// <param name="language">The language.</param>
    /// <param name="analysed">What fields' texts became through this language's index pipeline in an earlier build (<see cref="IAnalysedFieldCache"/>).</param>
    public static IReadOnlyList<SearchAsset> Build(IReadOnlyList<SearchDocument> documents, IReadOnlyList<GlossaryEntry> glossary, SearchLanguage language,
        IAnalysedFieldCache? analysed = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(glossary);
        ArgumentNullException.ThrowIfNull(language);
        // The two indexes share nothing but the documents, so they are built side by side.
        ReadOnlyMemory<byte> index = default, body = default;
        Parallel.Invoke(
            () => index = BuildIndex(documents, SiteSearchFields.Primary, language, analysed).ToUtf8Json(),
            () => body = BuildIndex(documents, SiteSearchFields.BodyOnly, language, analysed).ToUtf8Json());
        return
        [
            new SearchAsset(language.AssetName(IndexAsset), index),
            new SearchAsset(language.AssetName(BodyIndexAsset), body),
            new SearchAsset(language.AssetName(DocumentsAsset), DocumentStore.ToJson(documents, SynonymGroups.From(glossary, language))),
        ];
    }

    /// <summary>A lunr index of <paramref name="fields"/> (names from <see cref="SiteSearchFields"/>) with the site's Dutch pipelines.</summary>
    public static LunrIndex BuildIndex(IReadOnlyList<SearchDocument> documents, IReadOnlyList<(string Name, double Boost)> fields) =>
        BuildIndex(documents, fields, SearchLanguage.Dutch);

    /// <summary>A lunr index of <paramref name="fields"/> with the pipelines of <paramref name="language"/>, taking analysed fields from <paramref name="analysed"/> where it has them.</summary>
    public static LunrIndex BuildIndex(IReadOnlyList<SearchDocument> documents, IReadOnlyList<(string Name, double Boost)> fields, SearchLanguage language,
        IAnalysedFieldCache? analysed = null)
    {
        var builder = new LunrIndexBuilder(language.CreateIndexPipeline(), language.CreateSearchPipeline());
        foreach (var (name, boost) in fields)
        {
            builder.Field(name, boost);
        }

        // Only the fields this index has: the body index does not join every page's headings and synonyms.
        builder.AddAll([.. documents.Select((d, i) => (i.ToString(CultureInfo.InvariantCulture),
            (IReadOnlyDictionary<string, string?>)fields.ToDictionary(f => f.Name, f => FieldValue(d, f.Name))))], analysed);
        return builder.Build();
    }

    /// <summary>The text of each field of <see cref="SiteSearchFields"/> for one document.</summary>
    public static IReadOnlyDictionary<string, string?> FieldValues(SearchDocument document) =>
        new[] { SiteSearchFields.Title, SiteSearchFields.Description, SiteSearchFields.Headings, SiteSearchFields.Body, SiteSearchFields.Synonyms }
            .ToDictionary(name => name, name => FieldValue(document, name));

    /// <summary>The text of the field <paramref name="name"/> (of <see cref="SiteSearchFields"/>) for one document.</summary>
    public static string? FieldValue(SearchDocument document, string name) => name switch
    {
        SiteSearchFields.Title => document.Title,
        SiteSearchFields.Description => document.Description,
        SiteSearchFields.Headings => string.Join("\n", document.Headings),
        SiteSearchFields.Body => document.Body,
        SiteSearchFields.Synonyms => string.Join("\n", document.Synonyms),
        _ => null,
    };
}
