namespace StaticSite.Search.Lunr;

/// <summary>
/// A token on its way through a pipeline, with the metadata lunr's tokenizer attaches: where it
/// stood in the field text and its ordinal among the field's tokens.
/// </summary>
/// <param name="Text">The token text; pipeline functions replace it.</param>
/// <param name="Start">Offset of the token in the lower-cased field text (UTF-16 units).</param>
/// <param name="Length">Length of the token as tokenized.</param>
/// <param name="Index">Ordinal of the token in the field.</param>
public readonly record struct LunrToken(string Text, int Start, int Length, int Index);
