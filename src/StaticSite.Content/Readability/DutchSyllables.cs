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
        // Called for every word of every page by the readability lint: no allocation for ordinary words.
        var run = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        var length = 0;
        var count = 0;
        var hasLetterOrDigit = false;
        foreach (var c in word)
        {
            hasLetterOrDigit |= char.IsLetterOrDigit(c);
            var (letter, breaks) = Letter(c);
            var vowel = IsVowel(letter) || (letter == 'j' && length > 0 && run[length - 1] == 'i');
            if (vowel && breaks && length > 0) { count += CountRun(run[..length]); length = 0; }
            if (vowel) run[length++] = letter;
            else if (length > 0) { count += CountRun(run[..length]); length = 0; }
        }
        if (length > 0) count += CountRun(run[..length]);
        return Math.Max(count, hasLetterOrDigit ? 1 : 0);
    }

    private static int CountRun(ReadOnlySpan<char> run)
    {
        var count = 0;
        for (var i = 0; i < run.Length; count++)
        {
            var step = 1;
            foreach (var sound in Sounds)
                if (run[i..].StartsWith(sound, StringComparison.Ordinal)) { step = sound.Length; break; }
            i += step;
        }
        return count;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>The lower-case letter without accent, flagged when a diaeresis made it start a new syllable.</summary>
    /// <remarks>An explicit table, not Unicode decomposition: the build runs with invariant globalization, where <c>Normalize</c> leaves accents alone.</remarks>
    private static (char Letter, bool Breaks) Letter(char c)
    {
        c = char.ToLowerInvariant(c);
        var i = Accented.IndexOf(c);
        return i < 0 ? (c, false) : (Plain[i], Diaeresis.Contains(c));
    }

    private const string Accented = "áàâäãåéèêëíìîïóòôöõúùûüýÿç";
    private const string Plain = "aaaaaaeeeeiiiiooooouuuuyyc";
    private const string Diaeresis = "äëïöüÿ";
}
