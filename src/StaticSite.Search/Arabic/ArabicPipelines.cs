using StaticSite.Search.Lunr;
using StaticSite.Search.LunrLanguages;

namespace StaticSite.Search.Arabic;

/// <summary>The Arabic pipeline functions of lunr-languages 1.22.0 under their labels, and the pipelines <c>lunr.ar</c> sets.</summary>
public static class ArabicPipelines
{
    /// <summary>
    /// <c>lunr.ar.wordCharacters</c> (U+0621 to U+065B, ٱ and the tatweel) plus ASCII digits:
    /// Latin letters, Arabic-Indic digits and punctuation are trimmed, so a Latin word becomes
    /// empty and the stop word list's empty entry drops it.
    /// </summary>
    public static WordCharacterTrimmer WordCharacters { get; } = new(('\u0621', '\u065B'), ('\u0671', '\u0671'), ('\u0640', '\u0640'));

    /// <summary>lunr-languages' <c>trimmer-ar</c>.</summary>
    public static PipelineFunction Trimmer { get; } = new("trimmer-ar", WordCharacters.Trim);

    /// <summary>lunr-languages' <c>stopWordFilter-ar</c>.</summary>
    public static PipelineFunction StopWordFilter { get; } = ArabicStopWords.List.Filter("stopWordFilter-ar");

    /// <summary>lunr-languages' <c>stemmer-ar</c>.</summary>
    public static PipelineFunction Stemmer { get; } = new("stemmer-ar", ArabicStemmer.Stem);

    /// <summary>What <c>builder.use(lunr.ar)</c> sets as the index pipeline.</summary>
    public static LunrPipeline Index() => new(Trimmer, StopWordFilter, Stemmer);

    /// <summary>What <c>builder.use(lunr.ar)</c> sets as the search pipeline: the stemmer alone, no trimmer.</summary>
    public static LunrPipeline Search() => new(Stemmer);
}
