using System.Globalization;
using StaticSite.Search.Dutch;
using StaticSite.Search.Lunr;

namespace StaticSite.Search;

/// <summary>
/// Builds the search files of one region's site: two lunr indexes over the same document
/// references and a document store.
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

    /// <summary>Builds everything the browser needs; deterministic output for identical input.</summary>
    /// <remarks>
    /// Document references are the positions in <paramref name="documents"/> ("0", "1", …): short
    /// references shrink an index several times compared with URLs.
    /// </remarks>
    public static IReadOnlyList<SearchAsset> Build(IReadOnlyList<SearchDocument> documents, IReadOnlyList<GlossaryEntry> glossary)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(glossary);
        // The two indexes share nothing but the documents, so they are built side by side.
        string index = "", body = "";
        Parallel.Invoke(
            () => index = BuildIndex(documents, SiteSearchFields.Primary).ToJson(),
            () => body = BuildIndex(documents, SiteSearchFields.BodyOnly).ToJson());
        return
        [
            new SearchAsset(IndexAsset, index),
            new SearchAsset(BodyIndexAsset, body),
            new SearchAsset(DocumentsAsset, DocumentStore.ToJson(documents, SynonymGroups.From(glossary))),
        ];
    }

    /// <summary>A lunr index of <paramref name="fields"/> (names from <see cref="SiteSearchFields"/>) with the site's Dutch pipelines.</summary>
    public static LunrIndex BuildIndex(IReadOnlyList<SearchDocument> documents, IReadOnlyList<(string Name, double Boost)> fields)
    {
        var builder = new LunrIndexBuilder(DutchPipelines.SiteIndex(), DutchPipelines.SiteSearch());
        foreach (var (name, boost) in fields)
        {
            builder.Field(name, boost);
        }

        for (var i = 0; i < documents.Count; i++)
        {
            builder.Add(i.ToString(CultureInfo.InvariantCulture), FieldValues(documents[i]));
        }

        return builder.Build();
    }

    /// <summary>The text of each field of <see cref="SiteSearchFields"/> for one document.</summary>
    public static IReadOnlyDictionary<string, string?> FieldValues(SearchDocument document) => new Dictionary<string, string?>
    {
        [SiteSearchFields.Title] = document.Title,
        [SiteSearchFields.Description] = document.Description,
        [SiteSearchFields.Headings] = string.Join("\n", document.Headings),
        [SiteSearchFields.Body] = document.Body,
        [SiteSearchFields.Synonyms] = string.Join("\n", document.Synonyms),
    };
}
