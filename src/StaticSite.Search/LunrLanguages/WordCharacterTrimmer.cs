namespace StaticSite.Search.LunrLanguages;

/// <summary>
/// The trimmer lunr-languages generates from a language's <c>wordCharacters</c>
/// (<c>lunr.trimmerSupport.generateTrimmer</c>): strips every character outside those ranges and
/// the ASCII digits from both ends of a token. Its regexes have no <c>u</c> flag, so a character
/// is one UTF-16 code unit here too.
/// </summary>
public sealed class WordCharacterTrimmer
{
    // One bit per UTF-16 code unit: a lookup instead of a range scan at every token end.
    private readonly ulong[] _bits = new ulong[65536 / 64];

    /// <summary>Creates a trimmer keeping <paramref name="wordRanges"/> (inclusive) and <c>0-9</c>.</summary>
    public WordCharacterTrimmer(params (char From, char To)[] wordRanges)
    {
        foreach (var (from, to) in wordRanges.Append(('0', '9')))
        {
            for (int c = from; c <= to; c++)
            {
                _bits[c >> 6] |= 1UL << (c & 63);
            }
        }
    }

    /// <summary>
    /// The Latin <c>wordCharacters</c> that lunr-languages 1.22.0 gives Dutch, Turkish and Polish
    /// alike (<c>lunr.nl</c>, <c>lunr.tr</c>, <c>lunr.pl</c>).
    /// </summary>
    public static WordCharacterTrimmer Latin { get; } = new(
        ('A', 'Z'), ('a', 'z'), ('\u00AA', '\u00AA'), ('\u00BA', '\u00BA'), ('\u00C0', '\u00D6'),
        ('\u00D8', '\u00F6'), ('\u00F8', '\u02B8'), ('\u02E0', '\u02E4'), ('\u1D00', '\u1D25'),
        ('\u1D2C', '\u1D5C'), ('\u1D62', '\u1D65'), ('\u1D6B', '\u1D77'), ('\u1D79', '\u1DBE'),
        ('\u1E00', '\u1EFF'), ('\u2071', '\u2071'), ('\u207F', '\u207F'), ('\u2090', '\u209C'),
        ('\u212A', '\u212B'), ('\u2132', '\u2132'), ('\u214E', '\u214E'), ('\u2160', '\u2188'),
        ('\u2C60', '\u2C7F'), ('\uA722', '\uA787'), ('\uA78B', '\uA7AD'), ('\uA7B0', '\uA7B7'),
        ('\uA7F7', '\uA7FF'), ('\uAB30', '\uAB5A'), ('\uAB5C', '\uAB64'), ('\uFB00', '\uFB06'),
        ('\uFF21', '\uFF3A'), ('\uFF41', '\uFF5A'));

    /// <summary>True for a code unit the trimmer keeps.</summary>
    public bool IsWordCharacter(char c) => (_bits[c >> 6] & (1UL << (c & 63))) != 0;

    /// <summary>Removes leading and trailing non-word characters; a token of none but those becomes empty.</summary>
    public string Trim(string token)
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
