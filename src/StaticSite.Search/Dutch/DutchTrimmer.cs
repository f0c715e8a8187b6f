using StaticSite.Search.LunrLanguages;

namespace StaticSite.Search.Dutch;

/// <summary>
/// <c>trimmer-nl</c> of lunr-languages: strips characters that are not word characters from
/// both ends of a token. Word characters are the Latin letters of lunr-languages'
/// <c>lunr.nl.wordCharacters</c> plus the ASCII digits its trimmer support adds.
/// </summary>
public static class DutchTrimmer
{
    /// <summary>True for a character lunr-languages' Dutch trimmer keeps.</summary>
    public static bool IsWordCharacter(char c) => WordCharacterTrimmer.Latin.IsWordCharacter(c);

    /// <summary>Removes leading and trailing non-word characters; a token of none but those becomes empty.</summary>
    public static string Trim(string token) => WordCharacterTrimmer.Latin.Trim(token);
}
