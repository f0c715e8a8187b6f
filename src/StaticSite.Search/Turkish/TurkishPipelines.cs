using StaticSite.Search.Lunr;
using StaticSite.Search.LunrLanguages;

namespace StaticSite.Search.Turkish;

/// <summary>The Turkish pipeline functions of lunr-languages 1.22.0 under their labels, and the pipelines <c>lunr.tr</c> sets.</summary>
public static class TurkishPipelines
{
    /// <summary>lunr-languages' <c>trimmer-tr</c> (the Latin word characters Dutch and Polish use too).</summary>
    public static PipelineFunction Trimmer { get; } = new("trimmer-tr", WordCharacterTrimmer.Latin.Trim);

    /// <summary>lunr-languages' <c>stopWordFilter-tr</c>.</summary>
    public static PipelineFunction StopWordFilter { get; } = TurkishStopWords.List.Filter("stopWordFilter-tr");

    /// <summary>lunr-languages' <c>stemmer-tr</c>.</summary>
    public static PipelineFunction Stemmer { get; } = new("stemmer-tr", TurkishStemmer.Stem);

    /// <summary>What <c>builder.use(lunr.tr)</c> sets as the index pipeline.</summary>
    public static LunrPipeline Index() => new(Trimmer, StopWordFilter, Stemmer);

    /// <summary>What <c>builder.use(lunr.tr)</c> sets as the search pipeline.</summary>
    public static LunrPipeline Search() => new(Trimmer, Stemmer);
}
