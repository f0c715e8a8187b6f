namespace StaticSite.Search.Lunr;

/// <summary>
/// Analysed fields kept between builds. What a field's text becomes through the index pipeline (its distinct terms in the
/// order first met, with their counts) depends on nothing but the text and the pipeline, so a page whose text did not
/// change need not be tokenized and stemmed again: at 10,000 pages that was most of making the body index after a
/// one-page edit. The entries are bytes <see cref="LunrIndexBuilder"/> writes and reads itself; the cache names the
/// pipeline and the tool in its keys. Called from several threads.
/// </summary>
public interface IAnalysedFieldCache
{
    /// <summary>Fields shorter than this many characters are analysed, not looked up: that is cheaper than the lookup.</summary>
    public const int MinLength = 256;

    /// <summary>What <paramref name="text"/> became in an earlier build, as kept by <see cref="Keep"/>; null when not known.</summary>
    ReadOnlyMemory<byte>? Find(string text);

    /// <summary>Keeps what <paramref name="text"/> became in this build.</summary>
    void Keep(string text, ReadOnlyMemory<byte> analysed);
}
