using System.Text;

namespace StaticSite.Content.Readability;

/// <summary>
/// Counts the syllables of Dutch words by their vowel groups. A group of vowels is one syllable
/// when it is one Dutch sound (<c>ij, ei, ui, oe, ou, au, eu, ie, aa, ee, oo, uu</c> and the
/// three-letter <c>aai, ooi, oei, eeu, ieu</c>); other vowels next to each other are separate
/// syllables (<c>theater</c>: the-a-ter). A vowel with a diaeresis (<c>ë, ï, ö, ü</c>) always
/// starts a new syllable (<c>cli-ënt, Bel-gi-ë</c>); other accents (<c>é, è</c>) are plain vowels.
/// </summary>
public static class DutchSyllables
{
    // Longest first, so "aai" wins over "aa".
    private static readonly string[] Sounds = ["aai", "ooi", "oei", "eeu", "ieu", "ij", "ei", "ui", "oe", "ou", "au", "eu", "ie", "aa", "ee", "oo", "uu"];

    /// <summary>The number of syllables of <paramref name="word"/>; at least 1 for any word with a letter or digit.</summary>
    public static int Count(string word)
    {
        var count = 0;
        var run = new StringBuilder();
        foreach (var (letter, breaks) in Letters(word))
        {
            var vowel = IsVowel(letter) || (letter == 'j' && run.Length > 0 && run[^1] == 'i');
            if (vowel && breaks && run.Length > 0) { count += CountRun(run.ToString()); run.Clear(); }
            if (vowel) run.Append(letter);
            else if (run.Length > 0) { count += CountRun(run.ToString()); run.Clear(); }
        }
        if (run.Length > 0) count += CountRun(run.ToString());
        return Math.Max(count, word.Any(char.IsLetterOrDigit) ? 1 : 0);
    }

    private static int CountRun(string run)
    {
        var count = 0;
        for (var i = 0; i < run.Length; count++)
            i += Sounds.FirstOrDefault(s => string.CompareOrdinal(run, i, s, 0, s.Length) == 0)?.Length ?? 1;
        return count;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>Lower-case letters without accents, each flagged when a diaeresis made it start a new syllable.</summary>
    /// <remarks>An explicit table, not Unicode decomposition: the build runs with invariant globalization, where <c>Normalize</c> leaves accents alone.</remarks>
    private static IEnumerable<(char Letter, bool Breaks)> Letters(string word)
    {
        foreach (var c in word.ToLowerInvariant())
        {
            var i = Accented.IndexOf(c);
            if (i < 0) yield return (c, false);
            else yield return (Plain[i], Diaeresis.Contains(c));
        }
    }

    private const string Accented = "áàâäãåéèêëíìîïóòôöõúùûüýÿç";
    private const string Plain = "aaaaaaeeeeiiiiooooouuuuyyc";
    private const string Diaeresis = "äëïöüÿ";
}
