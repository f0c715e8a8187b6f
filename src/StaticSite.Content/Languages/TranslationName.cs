namespace StaticSite.Content.Languages;

/// <summary>
/// What a page's file name says about its language: <c>ouders/tlv.en.md</c> is the English translation of
/// <c>ouders/tlv.md</c>, and <c>ouders/tlv.md</c> is a Dutch page. A name is a translation when the part
/// between the last two dots is the code of a <see cref="KnownLanguages">known language</see>; any other
/// dotted name (<c>versie.2.md</c>) is an ordinary Dutch page.
/// </summary>
/// <param name="DutchPath">The path of the Dutch page (<c>ouders/tlv.md</c>); for a Dutch page its own path.</param>
/// <param name="Language">The language's code: <c>nl</c> for a Dutch page.</param>
/// <param name="HasCode">True when the name carries a language code, which <c>nl</c> must not (<c>tlv.nl.md</c>).</param>
public readonly record struct TranslationName(string DutchPath, string Language, bool HasCode)
{
    /// <summary>True for a translation into another language than Dutch.</summary>
    public bool IsTranslation => HasCode && Language != KnownLanguages.DutchCode;

    /// <summary>Reads the language from the page path <paramref name="relativePath"/> (forward slashes, ending in <c>.md</c>).</summary>
    public static TranslationName Parse(string relativePath)
    {
        const string Extension = ".md";
        if (!relativePath.EndsWith(Extension, StringComparison.OrdinalIgnoreCase)) return new(relativePath, KnownLanguages.DutchCode, false);
        var stem = relativePath[..^Extension.Length];
        var dot = stem.LastIndexOf('.');
        var slash = stem.LastIndexOf('/');
        // The code must follow a name: "en.md" is a Dutch page called "en", ".en.md" a hidden file.
        if (dot <= slash + 1) return new(relativePath, KnownLanguages.DutchCode, false);
        var code = stem[(dot + 1)..];
        if (KnownLanguages.Find(code) is null) return new(relativePath, KnownLanguages.DutchCode, false);
        return new(stem[..dot] + relativePath[^Extension.Length..], code, true);
    }

    /// <summary>The path of the translation of the Dutch page <paramref name="dutchPath"/> into <paramref name="language"/> (<c>ouders/tlv.md</c>, <c>en</c> → <c>ouders/tlv.en.md</c>).</summary>
    public static string PathOf(string dutchPath, string language) =>
        language == KnownLanguages.DutchCode ? dutchPath : dutchPath[..^".md".Length] + "." + language + ".md";
}
