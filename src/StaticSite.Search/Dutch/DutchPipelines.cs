using StaticSite.Search.Lunr;

namespace StaticSite.Search.Dutch;

/// <summary>The Dutch pipeline functions under their lunr labels, and the pipelines built from them.</summary>
public static class DutchPipelines
{
    /// <summary>lunr-languages' <c>trimmer-nl</c>.</summary>
    public static PipelineFunction Trimmer { get; } = new("trimmer-nl", DutchTrimmer.Trim);

    /// <summary>lunr-languages' <c>stopWordFilter-nl</c>.</summary>
    public static PipelineFunction StopWordFilter { get; } =
        new("stopWordFilter-nl", token => DutchStopWords.Contains(token) ? null : token);

    /// <summary>lunr-languages' <c>stemmer-nl</c>.</summary>
    public static PipelineFunction Stemmer { get; } = new("stemmer-nl", DutchStemmer.Stem);

    /// <summary>The site's <c>diacritics-nl</c> (see <see cref="DiacriticsFolding"/>).</summary>
    public static PipelineFunction Diacritics { get; } = new("diacritics-nl", DiacriticsFolding.Fold);

    /// <summary>What <c>builder.use(lunr.nl)</c> sets as the index pipeline.</summary>
    public static LunrPipeline LunrLanguagesIndex() => new(Trimmer, StopWordFilter, Stemmer);

    /// <summary>What <c>builder.use(lunr.nl)</c> sets as the search pipeline (serialized with the index).</summary>
    public static LunrPipeline LunrLanguagesSearch() => new(Trimmer, Stemmer);

    /// <summary>The site's index pipeline: lunr-languages' with diacritics folded before stemming.</summary>
    public static LunrPipeline SiteIndex() => new(Trimmer, StopWordFilter, Diacritics, Stemmer);

    /// <summary>The site's search pipeline, serialized with the index.</summary>
    public static LunrPipeline SiteSearch() => new(Trimmer, Diacritics, Stemmer);
}
