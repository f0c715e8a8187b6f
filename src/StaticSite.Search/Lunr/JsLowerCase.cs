using System.Buffers;
using System.Globalization;
using System.Text;

namespace StaticSite.Search.Lunr;

/// <summary>
/// JavaScript's <c>String.prototype.toLowerCase</c> as node 20 computes it: .NET's invariant
/// lower-casing plus the full (one-to-many and contextual) mappings .NET leaves out.
/// </summary>
internal static class JsLowerCase
{
    private const char CapitalSigma = '\u03A3';

    // What .NET's invariant lower-casing gets wrong: İ, Σ, three BMP letters newer than its tables,
    // and (behind high surrogate U+D81B) the newer capitals U+16EA0 to U+16EB8.
    private static readonly SearchValues<char> Special = SearchValues.Create("\u0130\u03A3\uA7CE\uA7D2\uA7D4\uD81B");

    /// <summary>Lower-cases <paramref name="value"/> like JavaScript.</summary>
    public static string ToLower(string value)
    {
        var lowered = value.ToLowerInvariant();
        // All the special characters are at U+0130 or above; most text (Dutch included) has none there.
        if (value.AsSpan().IndexOfAnyExceptInRange('\u0000', '\u012F') < 0)
        {
            return lowered;
        }

        var at = value.AsSpan().IndexOfAny(Special);
        if (at < 0)
        {
            return lowered;
        }

        // .NET's result keeps every UTF-16 position (its mappings are one to one), so only the
        // special characters are replaced and the runs between them copied.
        StringBuilder? result = null;
        var run = 0;
        for (var i = at; i < value.Length; i++)
        {
            var c = value[i];
            string? replacement;
            var length = 1;
            if (c == '\u0130')
            {
                // Capital I with dot: lower-case i followed by a combining dot above.
                replacement = "i\u0307";
            }
            else if (c == CapitalSigma)
            {
                replacement = IsFinalSigma(value, i) ? "\u03C2" : "\u03C3";
            }
            else if (NewerUnicodeLower(c) is { } newer)
            {
                replacement = newer.ToString();
            }
            else if (c == '\uD81B' && i + 1 < value.Length && value[i + 1] is >= '\uDEA0' and <= '\uDEB8')
            {
                replacement = string.Create(2, value[i + 1], static (span, low) => (span[0], span[1]) = ('\uD81B', (char)(low + 0x1B)));
                length = 2;
            }
            else
            {
                continue;
            }

            result ??= new StringBuilder(value.Length + 4);
            result.Append(lowered, run, i - run).Append(replacement);
            run = i + length;
            i += length - 1;
        }

        return result is null ? lowered : result.Append(lowered, run, lowered.Length - run).ToString();
    }

    /// <summary>Letters whose lower case node's ICU (Unicode 17) knows and .NET's tables do not yet.</summary>
    private static char? NewerUnicodeLower(char c) => c switch
    {
        '\uA7CE' or '\uA7D2' or '\uA7D4' => (char)(c + 1),
        _ => null,
    };

    /// <summary>
    /// Unicode's Final_Sigma condition as ICU (and so node) tests it, code point by code point:
    /// after a cased letter and not before one, skipping case-ignorable characters on both
    /// sides; a character that is both (ʰ, U+0345) is skipped.
    /// </summary>
    private static bool IsFinalSigma(string s, int at)
    {
        var before = at;
        while (true)
        {
            if (before == 0)
            {
                return false;
            }

            var c = CodePointBefore(s, before, out var size);
            before -= size;
            if (IsCaseIgnorable(c))
            {
                continue;
            }

            if (!IsCased(c))
            {
                return false;
            }

            break;
        }

        for (var after = at + 1; after < s.Length;)
        {
            var c = CodePointAt(s, after, out var size);
            after += size;
            if (!IsCaseIgnorable(c))
            {
                return !IsCased(c);
            }
        }

        return true;
    }

    private static int CodePointBefore(string s, int end, out int size)
    {
        if (end >= 2 && char.IsLowSurrogate(s[end - 1]) && char.IsHighSurrogate(s[end - 2]))
        {
            size = 2;
            return char.ConvertToUtf32(s[end - 2], s[end - 1]);
        }

        size = 1;
        return s[end - 1];
    }

    private static int CodePointAt(string s, int at, out int size)
    {
        if (at + 1 < s.Length && char.IsHighSurrogate(s[at]) && char.IsLowSurrogate(s[at + 1]))
        {
            size = 2;
            return char.ConvertToUtf32(s[at], s[at + 1]);
        }

        size = 1;
        return s[at];
    }

    /// <summary>
    /// Unicode's Cased: upper, lower and title case letters and the Other_Lowercase and
    /// Other_Uppercase characters that are not case-ignorable (ª º, Roman numerals, circled and
    /// squared letters).
    /// </summary>
    private static bool IsCased(int c) =>
        c != 0x0295 // ʕ: a lower-case letter for .NET, Lo since Unicode 16
        && (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            || c is 0xAA or 0xBA or (>= 0x2160 and <= 0x217F) or (>= 0x24B6 and <= 0x24E9)
                or (>= 0x1F130 and <= 0x1F149) or (>= 0x1F150 and <= 0x1F169) or (>= 0x1F170 and <= 0x1F189)
            // Cased letters newer than .NET's Unicode data (Unicode 16 and 17).
            || c is 0xA7CE or 0xA7CF or 0xA7D2 or 0xA7D4 or (>= 0x16EA0 and <= 0x16EB8) or (>= 0x16EBB and <= 0x16ED3));

    /// <summary>Unicode's Case_Ignorable: marks, format characters, modifiers and the apostrophes and dots inside words.</summary>
    private static bool IsCaseIgnorable(int c) =>
        c is '\'' or '.' or ':' or '\u00B7' or '\u0387' or '\u055F' or '\u05F4' or '\u2018' or '\u2019'
            or '\u2024' or '\u2027' or '\uFE13' or '\uFE52' or '\uFE55' or '\uFF07' or '\uFF0E' or '\uFF1A'
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.Format or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol
        // Marks and modifier letters newer than .NET's Unicode data (Unicode 16 and 17).
        || c is (>= 0x1ACF and <= 0x1ADD) or (>= 0x1AE0 and <= 0x1AEB) or 0xA7F1 or 0x10EC5 or 0x10EFA or 0x10EFB
            or 0x11B60 or (>= 0x11B62 and <= 0x11B64) or 0x11B66 or 0x11DD9 or 0x16FF2 or 0x16FF3
            or 0x1E6E3 or 0x1E6E6 or 0x1E6EE or 0x1E6EF or 0x1E6F5 or 0x1E6FF;
}
