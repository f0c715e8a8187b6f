using StaticSite.Search.Lunr;

namespace StaticSite.Search.Polish;

/// <summary>
/// <c>lunr.pl.stemmer</c> of lunr-languages 1.22.0: not a Snowball program but four passes of
/// suffix stripping (derivational, adjectival, nominal, final letters), each taking the first
/// suffix of its list that ends the word, leaves the stem long enough and starts in R1.
/// </summary>
public static class PolishStemmer
{
    // The lists in lunr.pl.js's order, duplicates included: the first match wins.
    private static readonly string[] Derivational =
    [
        "owaniami", "owaniach", "owaniem", "owania", "owanie", "owania", "owego", "owemu", "owych", "owym", "owej", "aniem",
        "eniach", "eniami", "aniem", "eniem", "aniu", "eniu", "anie", "enie",
    ];

    private static readonly string[] Adjectival =
    [
        "niejszego", "niejszemu", "niejszym", "niejszej", "niejsi", "niejsza", "niejsze", "niejszy", "iego", "iemu",
        "ymi", "ami", "ach", "ego", "owa", "owe", "owi", "iej", "ych", "owym", "owej", "owy", "owa", "owe", "ymi", "ami",
        "ach", "ym", "im",
    ];

    private static readonly string[] Nominal =
    [
        "owie", "owiek", "kami", "kach", "ami", "ach", "owie", "owie", "owi", "ami", "ach", "ów", "om", "em", "ie",
    ];

    private static readonly string[] Final = ["a", "e", "i", "y", "u", "ą", "ę"];

    /// <summary>Returns the stem of <paramref name="word"/>, lower-cased as JavaScript does first.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = JsLowerCase.ToLower(word);
        if (w.Length < 4)
        {
            return w;
        }

        var r1 = RegionOne(w);
        w = StripSuffix(w, Derivational, r1, 4);
        w = StripSuffix(w, Adjectival, r1, 4);
        w = StripSuffix(w, Nominal, r1, 4);
        return StripSuffix(w, Final, r1, 3);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'ą' or 'ę' or 'ó';

    /// <summary>Just after the first vowel followed by a non-vowel (plus one), or the word's length.</summary>
    private static int RegionOne(string word)
    {
        for (var i = 0; i < word.Length - 1; i++)
        {
            if (IsVowel(word[i]) && !IsVowel(word[i + 1]))
            {
                return i + 2;
            }
        }

        return word.Length;
    }

    private static string StripSuffix(string word, string[] suffixes, int region, int minStemLength)
    {
        foreach (var suffix in suffixes)
        {
            var stemLength = word.Length - suffix.Length;
            if (stemLength < minStemLength || stemLength < region)
            {
                continue;
            }

            if (word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word[..stemLength];
            }
        }

        return word;
    }
}
