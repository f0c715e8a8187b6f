using StaticSite.Search.Json;

namespace StaticSite.Search;

/// <summary>
/// The <c>search/docs.json</c> asset: what the result list shows for each document reference,
/// and the glossary's synonym groups for query expansion.
/// </summary>
/// <remarks>
/// Shape: <c>{"documents":[[url, title, summary, type, [audience…]], …], "synonyms":[["tlv",
/// "toelaatbaarheidsverklaring"], …]}</c>; a document's position is its lunr reference.
/// </remarks>
public static class DocumentStore
{
    /// <summary>Writes the store as compact JSON (UTF-8).</summary>
    public static byte[] ToJson(IReadOnlyList<SearchDocument> documents, IReadOnlyList<IReadOnlyList<string>> synonymGroups)
    {
        var json = new JsJsonWriter(documents.Count * 160).StartObject().Key("documents").StartArray();
        foreach (var d in documents)
        {
            json.StartArray().String(d.Url).String(d.Title).String(Shorten(d.Summary)).String(d.Type).StartArray();
            foreach (var audience in d.Audience)
            {
                json.String(audience);
            }

            json.EndArray().EndArray();
        }

        json.EndArray().Key("synonyms").StartArray();
        foreach (var group in synonymGroups)
        {
            json.StartArray();
            foreach (var phrase in group)
            {
                json.String(phrase);
            }

            json.EndArray();
        }

        return json.EndArray().EndObject().ToUtf8();
    }

    /// <summary>The longest summary the result list shows; the rest would only cost download.</summary>
    public const int MaxSummaryLength = 160;

    private static string Shorten(string summary)
    {
        if (summary.Length <= MaxSummaryLength)
        {
            return summary;
        }

        var cut = summary.LastIndexOf(' ', MaxSummaryLength);
        if (cut <= MaxSummaryLength / 2)
        {
            // Text without spaces (Chinese, a row of emoji) is cut by length: never inside a surrogate pair.
            cut = char.IsHighSurrogate(summary[MaxSummaryLength - 1]) ? MaxSummaryLength - 1 : MaxSummaryLength;
        }

        return summary[..cut].TrimEnd(' ', ',', ';', ':') + "…";
    }
}
