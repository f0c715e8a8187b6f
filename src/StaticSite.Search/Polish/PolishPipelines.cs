using StaticSite.Search.Lunr;
using StaticSite.Search.LunrLanguages;

namespace StaticSite.Search.Polish;

/// <summary>The Polish pipeline functions of lunr-languages 1.22.0 under their labels, and the pipelines <c>lunr.pl</c> sets.</summary>
public static class PolishPipelines
{
    /// <summary>lunr-languages' <c>trimmer-pl</c> (the Latin word characters Dutch and Turkish use too).</summary>
    public static PipelineFunction Trimmer { get; } = new("trimmer-pl", WordCharacterTrimmer.Latin.Trim);

    /// <summary>lunr-languages' <c>stopWordFilter-pl</c>.</summary>
    public static PipelineFunction StopWordFilter { get; } = PolishStopWords.List.Filter("stopWordFilter-pl");

    /// <summary>lunr-languages' <c>stemmer-pl</c>.</summary>
    public static PipelineFunction Stemmer { get; } = new("stemmer-pl", PolishStemmer.Stem);

    /// <summary>What <c>builder.use(lunr.pl)</c> sets as the index pipeline.</summary>
    public static LunrPipeline Index() => new(Trimmer, StopWordFilter, Stemmer);

    /// <summary>What <c>builder.use(lunr.pl)</c> sets as the search pipeline.</summary>
    public static LunrPipeline Search() => new(Trimmer, Stemmer);
}
