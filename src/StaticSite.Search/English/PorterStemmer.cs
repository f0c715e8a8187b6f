namespace StaticSite.Search.English;

/// <summary>
/// <c>lunr.stemmer</c> of lunr.js 2.3.9: Martin Porter's stemmer as lunr writes it with regular
/// expressions, so that terms stemmed at build time equal what lunr.js derives from a query.
/// </summary>
/// <remarks>
/// lunr tests "measure" with patterns over its own letter classes: a consonant starts with any
/// letter but a e i o u and continues with letters other than a e i o u y, a vowel starts with
/// a e i o u y and continues with a e i o u. Those patterns are matched here by
/// <see cref="Matches"/> (the same existence test a regular expression makes); the suffix
/// steps find the suffix a lazy <c>^(.+?)(…)$</c> finds: the longest listed one that leaves at
/// least one letter. An initial y is written Y while stemming, which makes it a consonant.
/// </remarks>
public static class PorterStemmer
{
    private static readonly (string Suffix, string Replacement)[] Step2 =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("bli", "ble"),
        ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
        ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
        ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3 =
    [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ];

    private static readonly string[] Step4 =
    [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ou", "ism", "ate", "iti", "ous",
        "ive", "ize",
    ];

    /// <summary>Returns the stem of a lower-case word; words shorter than three letters are left alone.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < 3)
        {
            return word;
        }

        var initialY = word[0] == 'y';
        var w = initialY ? "Y" + word[1..] : word;

        w = Step1A(w);
        w = Step1B(w);
        w = Step1C(w);
        w = ReplaceLongestSuffix(w, Step2, MeasureAboveZero);
        w = ReplaceLongestSuffix(w, Step3, MeasureAboveZero);
        w = Step4Remove(w);
        w = Step5(w);

        return initialY ? "y" + w[1..] : w;
    }

    // ---- the steps ----------------------------------------------------------------------------

    /// <summary>-sses → -ss, -ies → -i, -s → (nothing) unless -ss.</summary>
    private static string Step1A(string w)
    {
        if ((w.Length >= 5 && w.EndsWith("sses", StringComparison.Ordinal)) || (w.Length >= 4 && w.EndsWith("ies", StringComparison.Ordinal)))
        {
            return w[..^2];
        }

        return w.Length >= 3 && w[^1] == 's' && w[^2] != 's' ? w[..^1] : w;
    }

    /// <summary>-eed → -ee when measured; -ed and -ing go after a vowel, with the e, doubling and short-syllable repairs.</summary>
    private static string Step1B(string w)
    {
        if (w.Length >= 4 && w.EndsWith("eed", StringComparison.Ordinal))
        {
            return MeasureAboveZero(w[..^3]) ? w[..^1] : w;
        }

        var suffix = w.Length >= 3 && w.EndsWith("ed", StringComparison.Ordinal) ? 2
            : w.Length >= 4 && w.EndsWith("ing", StringComparison.Ordinal) ? 3
            : 0;
        if (suffix == 0)
        {
            return w;
        }

        var stem = w[..^suffix];
        if (!HasVowel(stem))
        {
            return w;
        }

        if (stem.EndsWith("at", StringComparison.Ordinal) || stem.EndsWith("bl", StringComparison.Ordinal) || stem.EndsWith("iz", StringComparison.Ordinal))
        {
            return stem + "e";
        }

        if (stem.Length >= 2 && stem[^1] == stem[^2] && !"aeiouylsz".Contains(stem[^1]))
        {
            return stem[..^1];
        }

        return IsShortSyllableWord(stem) ? stem + "e" : stem;
    }

    /// <summary>A final y after a consonant that is not the first letter becomes i.</summary>
    private static string Step1C(string w) =>
        w.Length >= 3 && w[^1] == 'y' && !IsAeiou(w[^2]) ? w[..^1] + "i" : w;

    private static string ReplaceLongestSuffix(string w, (string Suffix, string Replacement)[] table, Func<string, bool> condition)
    {
        var best = -1;
        for (var i = 0; i < table.Length; i++)
        {
            var suffix = table[i].Suffix;
            if (suffix.Length < w.Length && w.EndsWith(suffix, StringComparison.Ordinal) && (best < 0 || suffix.Length > table[best].Suffix.Length))
            {
                best = i;
            }
        }

        if (best < 0)
        {
            return w;
        }

        var stem = w[..^table[best].Suffix.Length];
        return condition(stem) ? stem + table[best].Replacement : w;
    }

    /// <summary>Removes a derivational suffix, or -ion after s or t, where the measure exceeds one.</summary>
    private static string Step4Remove(string w)
    {
        var longest = 0;
        foreach (var suffix in Step4)
        {
            if (suffix.Length < w.Length && suffix.Length > longest && w.EndsWith(suffix, StringComparison.Ordinal))
            {
                longest = suffix.Length;
            }
        }

        if (longest > 0)
        {
            var stem = w[..^longest];
            return MeasureAboveOne(stem) ? stem : w;
        }

        if (w.Length >= 5 && w.EndsWith("ion", StringComparison.Ordinal) && w[^4] is 's' or 't')
        {
            var stem = w[..^3];
            return MeasureAboveOne(stem) ? stem : w;
        }

        return w;
    }

    /// <summary>A final e goes where the measure exceeds one, or is one without a short last syllable; then -ll → -l.</summary>
    private static string Step5(string w)
    {
        if (w.Length >= 2 && w[^1] == 'e')
        {
            var stem = w[..^1];
            if (MeasureAboveOne(stem) || (MeasureIsOne(stem) && !IsShortSyllableWord(stem)))
            {
                w = stem;
            }
        }

        return w.EndsWith("ll", StringComparison.Ordinal) && MeasureAboveOne(w) ? w[..^1] : w;
    }

    // ---- lunr's letter classes and measure patterns -----------------------------------------

    private static bool IsAeiou(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool IsAeiouy(char c) => IsAeiou(c) || c == 'y';

    /// <summary>One element of a measure pattern: a first letter and optionally a run of further letters.</summary>
    private readonly record struct Unit(Func<char, bool> First, Func<char, bool>? Rest);

    // C: [^aeiou][^aeiouy]*   V: [aeiouy][aeiou]*   v: [aeiouy]   w: [^aeiouwxy]
    private static readonly Unit C = new(c => !IsAeiou(c), c => !IsAeiouy(c));
    private static readonly Unit V = new(IsAeiouy, IsAeiou);
    private static readonly Unit SingleVowel = new(IsAeiouy, null);
    private static readonly Unit NotAeiouwxy = new(c => !IsAeiouy(c) && c is not ('w' or 'x'), null);

    private static readonly Unit[] CVC = [C, V, C];
    private static readonly Unit[] VC = [V, C];
    private static readonly Unit[] CVCV = [C, V, C, V];
    private static readonly Unit[] VCV = [V, C, V];
    private static readonly Unit[] CVCVC = [C, V, C, V, C];
    private static readonly Unit[] VCVC = [V, C, V, C];
    private static readonly Unit[] CSingleVowel = [C, SingleVowel];
    private static readonly Unit[] OnlySingleVowel = [SingleVowel];
    private static readonly Unit[] ShortSyllable = [C, SingleVowel, NotAeiouwxy];

    /// <summary>lunr's <c>mgr0</c>, <c>^(C)?VC</c>: measure above zero.</summary>
    private static bool MeasureAboveZero(string s) => Matches(s, CVC, false) || Matches(s, VC, false);

    /// <summary>lunr's <c>mgr1</c>, <c>^(C)?VCVC</c>: measure above one.</summary>
    private static bool MeasureAboveOne(string s) => Matches(s, CVCVC, false) || Matches(s, VCVC, false);

    /// <summary>lunr's <c>meq1</c>, <c>^(C)?VC(V)?$</c>: measure exactly one.</summary>
    private static bool MeasureIsOne(string s) =>
        Matches(s, CVC, true) || Matches(s, CVCV, true) || Matches(s, VC, true) || Matches(s, VCV, true);

    /// <summary>lunr's <c>s_v</c>, <c>^(C)?v</c>: a vowel in the stem.</summary>
    private static bool HasVowel(string s) => Matches(s, CSingleVowel, false) || Matches(s, OnlySingleVowel, false);

    /// <summary>lunr's <c>^C v [^aeiouwxy]$</c>: consonant-vowel-consonant that ends the word.</summary>
    private static bool IsShortSyllableWord(string s) => Matches(s, ShortSyllable, true);

    /// <summary>
    /// Whether <paramref name="units"/> match from the start of <paramref name="s"/> (to its end
    /// when <paramref name="toEnd"/>): every position each unit can end at is followed, as a
    /// backtracking regular expression would try them all.
    /// </summary>
    private static bool Matches(string s, Unit[] units, bool toEnd)
    {
        var n = s.Length;
        Span<bool> at = n < 256 ? stackalloc bool[n + 1] : new bool[n + 1];
        Span<bool> next = n < 256 ? stackalloc bool[n + 1] : new bool[n + 1];
        at.Clear();
        at[0] = true;
        foreach (var unit in units)
        {
            next.Clear();
            var any = false;
            for (var p = 0; p < n; p++)
            {
                if (!at[p] || !unit.First(s[p]))
                {
                    continue;
                }

                var q = p + 1;
                next[q] = any = true;
                while (unit.Rest is not null && q < n && unit.Rest(s[q]))
                {
                    next[++q] = true;
                }
            }

            if (!any)
            {
                return false;
            }

            var swap = at;
            at = next;
            next = swap;
        }

        return !toEnd || at[n];
    }
}
