namespace StaticSite.Search.Lunr;

/// <summary>
/// One step of a lunr pipeline. The label is what a serialized index names it by, so the
/// browser must have registered a function under the same label
/// (<c>lunr.Pipeline.registerFunction(fn, label)</c>) to load the index.
/// </summary>
/// <param name="Label">The registered lunr label, e.g. <c>stemmer-nl</c>.</param>
/// <param name="Transform">Maps a token's text to its new text, or to <see langword="null"/> to drop the token.</param>
public sealed record PipelineFunction(string Label, Func<string, string?> Transform);
