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

    /// <summary>Lower-cases <paramref name="value"/> like JavaScript.</summary>
    public static string ToLower(string value)
    {
        var lowered = value.ToLowerInvariant();
        if (!NeedsFixUp(value))
        {
            return lowered;
        }

        var result = new StringBuilder(value.Length + 4);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\u0130')
            {
                // Capital I with dot: lower-case i followed by a combining dot above.
                result.Append("i\u0307");
            }
            else if (c == CapitalSigma)
            {
                result.Append(IsFinalSigma(value, i) ? '\u03C2' : '\u03C3');
            }
            else if (NewerUnicodeLower(c) is { } newer)
            {
                result.Append(newer);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                var codePoint = char.ConvertToUtf32(c, value[i + 1]);
                result.Append(codePoint is >= 0x16EA0 and <= 0x16EB8
                    ? char.ConvertFromUtf32(codePoint + 0x1B)
                    : char.ConvertFromUtf32(codePoint).ToLowerInvariant());
                i++;
            }
            else
            {
                result.Append(char.ToLowerInvariant(c));
            }
        }

        return result.ToString();
    }

    private static bool NeedsFixUp(string value)
    {
        foreach (var c in value)
        {
            if (c is '\u0130' or CapitalSigma || char.IsHighSurrogate(c) || NewerUnicodeLower(c) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Letters whose lower case node's ICU knows and .NET's tables do not yet.</summary>
    private static char? NewerUnicodeLower(char c) => c switch
    {
        '\uA7CE' or '\uA7D2' or '\uA7D4' => (char)(c + 1),
        _ => null,
    };

    /// <summary>Unicode's Final_Sigma condition: after a cased letter and not before one.</summary>
    private static bool IsFinalSigma(string s, int at)
    {
        var before = at - 1;
        while (before >= 0 && IsCaseIgnorable(s[before]))
        {
            before--;
        }

        if (before < 0 || !IsCased(s[before]))
        {
            return false;
        }

        var after = at + 1;
        while (after < s.Length && IsCaseIgnorable(s[after]))
        {
            after++;
        }

        return after >= s.Length || !IsCased(s[after]);
    }

    private static bool IsCased(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter;

    private static bool IsCaseIgnorable(char c) =>
        c is '\'' or '.' or ':' or '\u00B7' or '\u0387' or '\u055F' or '\u05F4' or '\u2018' or '\u2019'
            or '\u2024' or '\u2027' or '\uFE13' or '\uFE52' or '\uFE55' or '\uFF07' or '\uFF0E' or '\uFF1A'
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.Format or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol;
}
