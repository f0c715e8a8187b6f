using StaticSite.Search.Lunr;
using StaticSite.Search.LunrLanguages;

namespace StaticSite.Search.English;

/// <summary>
/// lunr.js's own English pipeline functions under their labels (<c>trimmer</c>,
/// <c>stopWordFilter</c>, <c>stemmer</c>), and the pipelines <c>lunr()</c> sets up by default.
/// </summary>
public static class EnglishPipelines
{
    /// <summary>lunr's <c>trimmer</c>: strips what JavaScript's <c>\W</c> matches (all but A-Z a-z 0-9 _) from both ends.</summary>
    public static PipelineFunction Trimmer { get; } = new("trimmer", Trim);

    /// <summary>lunr's <c>stopWordFilter</c>.</summary>
    public static PipelineFunction StopWordFilter { get; } = EnglishStopWords.List.Filter("stopWordFilter");

    /// <summary>lunr's <c>stemmer</c> (see <see cref="PorterStemmer"/>).</summary>
    public static PipelineFunction Stemmer { get; } = new("stemmer", PorterStemmer.Stem);

    /// <summary>The index pipeline of <c>lunr(config)</c>: trimmer, stop word filter, stemmer.</summary>
    public static LunrPipeline Index() => new(Trimmer, StopWordFilter, Stemmer);

    /// <summary>Its search pipeline, serialized with the index: the stemmer alone.</summary>
    public static LunrPipeline Search() => new(Stemmer);

    // \W without the u flag: everything but A-Z, a-z, 0-9 (which every word-character trimmer keeps) and _.
    private static readonly WordCharacterTrimmer WordCharacters = new(('A', 'Z'), ('a', 'z'), ('_', '_'));

    /// <summary>Removes leading and trailing non-word characters; the empty token that may leave is kept, as lunr keeps it.</summary>
    public static string Trim(string token) => WordCharacters.Trim(token);
}
