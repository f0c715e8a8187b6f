namespace StaticSite.Search.Dutch;

/// <summary>
/// <c>trimmer-nl</c> of lunr-languages: strips characters that are not word characters from
/// both ends of a token. Word characters are the Latin letters of lunr-languages'
/// <c>lunr.nl.wordCharacters</c> plus the ASCII digits its trimmer support adds.
/// </summary>
public static class DutchTrimmer
{
    // Inclusive UTF-16 ranges of lunr.nl.wordCharacters; lunr's regex works on code units.
    private static readonly (char From, char To)[] WordRanges =
    [
        ('0', '9'), ('A', 'Z'), ('a', 'z'), ('\u00AA', '\u00AA'), ('\u00BA', '\u00BA'), ('\u00C0', '\u00D6'),
        ('\u00D8', '\u00F6'), ('\u00F8', '\u02B8'), ('\u02E0', '\u02E4'), ('\u1D00', '\u1D25'),
        ('\u1D2C', '\u1D5C'), ('\u1D62', '\u1D65'), ('\u1D6B', '\u1D77'), ('\u1D79', '\u1DBE'),
        ('\u1E00', '\u1EFF'), ('\u2071', '\u2071'), ('\u207F', '\u207F'), ('\u2090', '\u209C'),
        ('\u212A', '\u212B'), ('\u2132', '\u2132'), ('\u214E', '\u214E'), ('\u2160', '\u2188'),
        ('\u2C60', '\u2C7F'), ('\uA722', '\uA787'), ('\uA78B', '\uA7AD'), ('\uA7B0', '\uA7B7'),
        ('\uA7F7', '\uA7FF'), ('\uAB30', '\uAB5A'), ('\uAB5C', '\uAB64'), ('\uFB00', '\uFB06'),
        ('\uFF21', '\uFF3A'), ('\uFF41', '\uFF5A'),
    ];

    /// <summary>True for a character lunr-languages' Dutch trimmer keeps.</summary>
    public static bool IsWordCharacter(char c)
    {
        foreach (var (from, to) in WordRanges)
        {
            if (c >= from && c <= to)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Removes leading and trailing non-word characters; a token of none but those becomes empty.</summary>
    public static string Trim(string token)
    {
        var start = 0;
        while (start < token.Length && !IsWordCharacter(token[start]))
        {
            start++;
        }

        var end = token.Length;
        while (end > start && !IsWordCharacter(token[end - 1]))
        {
            end--;
        }

        return start == 0 && end == token.Length ? token : token[start..end];
    }
}
