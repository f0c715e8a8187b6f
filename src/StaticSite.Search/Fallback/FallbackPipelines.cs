using StaticSite.Search.Lunr;

namespace StaticSite.Search.Fallback;

/// <summary>
/// The pipeline for languages lunr-languages has no support for (Ukrainian, and any other):
/// case and diacritics folding, then a trimmer that knows every script, and no stemmer, so a
/// word is found in the forms it is written in. The browser registers the same functions in
/// <c>lunr-fallback.js</c>.
/// </summary>
public static class FallbackPipelines
{
    /// <summary>The site's <c>fold-fallback</c> (see <see cref="FallbackFolding"/>).</summary>
    public static PipelineFunction Folding { get; } = new("fold-fallback", FallbackFolding.Fold);

    /// <summary>The site's <c>trimmer-fallback</c> (see <see cref="FallbackTrimmer"/>); drops a token with nothing left.</summary>
    public static PipelineFunction Trimmer { get; } = new("trimmer-fallback", token => FallbackTrimmer.Trim(token) is { Length: > 0 } trimmed ? trimmed : null);

    /// <summary>The index pipeline: folding first, so that a folded apostrophe at a word's end is trimmed too.</summary>
    public static LunrPipeline Index() => new(Folding, Trimmer);

    /// <summary>The search pipeline, serialized with the index: the same two steps for query words.</summary>
    public static LunrPipeline Search() => new(Folding, Trimmer);
}
