namespace StaticSite.Search.Lunr;

/// <summary>A vector of term scores for one field of one document, keyed <c>field/ref</c>.</summary>
/// <param name="FieldRef">The lunr field reference, field name then <c>/</c> then document reference.</param>
/// <param name="Elements">(term ordinal, score) pairs, ascending by term ordinal.</param>
public sealed record LunrFieldVector(string FieldRef, IReadOnlyList<(int TermIndex, double Score)> Elements);

/// <summary>A built lunr 2.3.9 index, ready to serialize for <c>lunr.Index.load</c>.</summary>
/// <param name="Fields">Field names in declaration order.</param>
/// <param name="FieldVectors">One vector per document and field, in the order documents were added.</param>
/// <param name="InvertedIndex">Terms in ordinal (UTF-16) order with their postings.</param>
/// <param name="Pipeline">Labels of the search pipeline lunr.js rebuilds for queries.</param>
public sealed record LunrIndex(
    IReadOnlyList<string> Fields,
    IReadOnlyList<LunrFieldVector> FieldVectors,
    IReadOnlyList<KeyValuePair<string, LunrPosting>> InvertedIndex,
    IReadOnlyList<string> Pipeline)
{
    /// <summary>The lunr version the format belongs to.</summary>
    public const string Version = "2.3.9";

    /// <summary>The index as node's <c>JSON.stringify(index)</c> writes it, byte for byte.</summary>
    public string ToJson() => LunrIndexJsonWriter.Write(this).ToString();

    /// <summary>The same JSON text as <see cref="ToJson"/>, in UTF-8 (in the buffer it was written into: a 10,000-page body index is 32 MB).</summary>
    public ReadOnlyMemory<byte> ToUtf8Json() => LunrIndexJsonWriter.Write(this).Utf8;
}
