using System.Collections.Frozen;
using System.Text;

namespace StaticSite.Content.Sources;

/// <summary>
/// Unicode canonical composition (the "C" of NFC) for file names. macOS writes names decomposed
/// (<c>e</c> + U+0308 for <c>ë</c>); Linux and Windows keep the form they are given. Composing
/// every name makes <c>cliënt.md</c> one page with one URL, however it was saved.
/// </summary>
/// <remarks>
/// Hand-written because the build runs with invariant globalization (Directory.Build.props),
/// where <see cref="string.Normalize()"/> returns its input unchanged (checked: NFD "cliënt"
/// stays 7 characters and <see cref="string.IsNormalized()"/> answers true). The tables come from
/// the Unicode data (generate-nfc-tables.py) and cover the Basic Multilingual Plane plus
/// Hangul by formula: text is decomposed, its marks put in canonical order and composed again.
/// Not covered (no editor's system saves names so): the few singletons such as U+212B ANGSTROM
/// SIGN, which NFC maps to another character, and characters outside the Basic Multilingual Plane.
/// </remarks>
public static partial class Nfc
{
    private const int HangulS = 0xAC00, HangulL = 0x1100, HangulV = 0x1161, HangulT = 0x11A7;
    private const int VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = 11172;

    private static readonly FrozenDictionary<uint, char> Pairs = BuildPairs();
    private static readonly FrozenDictionary<char, (char First, char Second)> Parts = Pairs.ToFrozenDictionary(p => p.Value, p => ((char)(p.Key >> 16), (char)p.Key));
    private static readonly (char First, char Last, byte Class)[] Classes = BuildClasses();

    /// <summary>The canonically composed form of <paramref name="text"/> (its NFC).</summary>
    public static string Compose(string text)
    {
        if (!NeedsWork(text)) return text;
        var decomposed = new StringBuilder(text.Length + 8);
        foreach (var ch in text) Decompose(ch, decomposed);
        Reorder(decomposed);
        var result = new StringBuilder(decomposed.Length);
        var starter = -1;
        var lastClass = 0;
        for (var i = 0; i < decomposed.Length; i++)
        {
            var ch = decomposed[i];
            var cls = CombiningClass(ch);
            if (starter >= 0 && (lastClass < cls || lastClass == 0) && Combine(result[starter], ch) is { } composite)
            {
                // lastClass stays: a mark that composed away does not block the next one.
                result[starter] = composite;
                continue;
            }
            if (cls == 0)
            {
                starter = result.Length;
                lastClass = 0;
            }
            else
            {
                lastClass = cls;
            }
            result.Append(ch);
        }
        return result.ToString();
    }

    private static void Decompose(char ch, StringBuilder into)
    {
        if (ch is >= (char)HangulS and < (char)(HangulS + SCount))
        {
            var index = ch - HangulS;
            into.Append((char)(HangulL + index / NCount)).Append((char)(HangulV + index % NCount / TCount));
            if (index % TCount != 0) into.Append((char)(HangulT + index % TCount));
            return;
        }
        if (Parts.TryGetValue(ch, out var parts))
        {
            Decompose(parts.First, into);
            into.Append(parts.Second);
            return;
        }
        into.Append(ch);
    }

    /// <summary>Puts every run of combining marks in canonical order: by combining class, keeping the order of equal classes.</summary>
    private static void Reorder(StringBuilder text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            var cls = CombiningClass(text[i]);
            if (cls == 0) continue;
            var j = i;
            while (j > 0 && CombiningClass(text[j - 1]) > cls)
            {
                (text[j - 1], text[j]) = (text[j], text[j - 1]);
                j--;
            }
        }
    }

    private static bool NeedsWork(string text)
    {
        foreach (var ch in text)
            if (ch >= '\u0300') return true;
        return false;
    }

    private static char? Combine(char first, char second)
    {
        if (first is >= (char)HangulL and < (char)(HangulL + 19) && second is >= (char)HangulV and < (char)(HangulV + VCount))
            return (char)(HangulS + ((first - HangulL) * VCount + (second - HangulV)) * TCount);
        if (first is >= (char)HangulS and < (char)(HangulS + SCount) && (first - HangulS) % TCount == 0
            && second is > (char)HangulT and < (char)(HangulT + TCount))
            return (char)(first + (second - HangulT));
        return Pairs.TryGetValue((uint)first << 16 | second, out var c) ? c : null;
    }

    private static int CombiningClass(char ch)
    {
        if (ch < '\u0300') return 0;
        int lo = 0, hi = Classes.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (ch < Classes[mid].First) hi = mid - 1;
            else if (ch > Classes[mid].Last) lo = mid + 1;
            else return Classes[mid].Class;
        }
        return 0;
    }

    private static FrozenDictionary<uint, char> BuildPairs()
    {
        var pairs = new Dictionary<uint, char>(Compositions.Length / 3);
        for (var i = 0; i < Compositions.Length; i += 3)
            pairs[(uint)Compositions[i] << 16 | Compositions[i + 1]] = Compositions[i + 2];
        return pairs.ToFrozenDictionary();
    }

    private static (char, char, byte)[] BuildClasses()
    {
        var classes = new (char, char, byte)[CombiningClasses.Length / 3];
        for (var i = 0; i < classes.Length; i++)
            classes[i] = (CombiningClasses[3 * i], CombiningClasses[3 * i + 1], (byte)CombiningClasses[3 * i + 2]);
        return classes;
    }
}
