using System.Text;

namespace StaticSite.Search.Dutch;

/// <summary>
/// The Snowball Dutch stemmer (Porter variant), behaving exactly like <c>lunr.nl.stemmer</c> of
/// lunr-languages 1.22.0, so that terms stemmed at build time equal the terms lunr.js derives
/// from a query in the browser.
/// </summary>
/// <remarks>
/// Letters the algorithm marks as consonants are kept as upper-case <c>I</c> and <c>Y</c> while
/// stemming and lowered at the end, as the Snowball definition does.
/// </remarks>
public static class DutchStemmer
{
    /// <summary>Returns the stem of a lower-case word.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            w.Append(FoldAccent(c));
        }

        MarkConsonantVowels(w);
        var (r1, r2) = Regions(w);
        var step = new SuffixRemoval(w, r1, r2);
        step.Run();

        w.Replace('I', 'i').Replace('Y', 'y');
        return w.ToString();
    }

    private static char FoldAccent(char c) => c switch
    {
        'á' or 'ä' => 'a',
        'é' or 'ë' => 'e',
        'í' or 'ï' => 'i',
        'ó' or 'ö' => 'o',
        'ú' or 'ü' => 'u',
        _ => c,
    };

    /// <summary>The Snowball Dutch vowels: a e i o u y è.</summary>
    internal static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'è';

    /// <summary>
    /// An initial y, a y after a vowel and an i between vowels act as consonants: mark them
    /// upper-case. The scan restarts at the vowel after each change, as lunr.nl.js does; this
    /// differs from the Snowball reference only for rare runs like "aiaia".
    /// </summary>
    private static void MarkConsonantVowels(StringBuilder w)
    {
        if (w.Length > 0 && w[0] == 'y')
        {
            w[0] = 'Y';
        }

        var pos = 0;
        while (pos < w.Length)
        {
            if (!IsVowel(w[pos]))
            {
                pos++;
                continue;
            }

            var next = pos + 1;
            if (next < w.Length && w[next] == 'i')
            {
                if (next + 1 < w.Length && IsVowel(w[next + 1]))
                {
                    w[next] = 'I';
                }
                else
                {
                    pos = next + 1;
                }
            }
            else if (next < w.Length && w[next] == 'y')
            {
                w[next] = 'Y';
            }
            else
            {
                pos++;
            }
        }
    }

    /// <summary>
    /// R1 starts after the first non-vowel that follows a vowel (at least at 3); R2 is the same
    /// rule applied again after the unadjusted R1 start.
    /// </summary>
    private static (int R1, int R2) Regions(StringBuilder w)
    {
        var r1 = w.Length;
        var r2 = w.Length;
        var end = AfterVowelThenNonVowel(w, 0);
        if (end >= 0)
        {
            r1 = Math.Max(end, 3);
            var end2 = AfterVowelThenNonVowel(w, end);
            if (end2 >= 0)
            {
                r2 = end2;
            }
        }

        return (r1, r2);
    }

    private static int AfterVowelThenNonVowel(StringBuilder w, int from)
    {
        var i = from;
        while (i < w.Length && !IsVowel(w[i]))
        {
            i++;
        }

        if (i >= w.Length)
        {
            return -1;
        }

        i++;
        while (i < w.Length && IsVowel(w[i]))
        {
            i++;
        }

        return i >= w.Length ? -1 : i + 1;
    }

    /// <summary>The suffix steps, working backwards from the end of the word.</summary>
    private sealed class SuffixRemoval(StringBuilder w, int r1, int r2)
    {
        private bool _eRemoved;

        public void Run()
        {
            RemoveInflection();
            RemoveFinalE();
            RemoveHeid();
            RemoveDerivation();
            UndoubleVowel();
        }

        private bool EndsWith(string suffix) => EndsWith(suffix, w.Length);

        private bool EndsWith(string suffix, int end)
        {
            if (end < suffix.Length)
            {
                return false;
            }

            for (var i = 0; i < suffix.Length; i++)
            {
                if (w[end - suffix.Length + i] != suffix[i])
                {
                    return false;
                }
            }

            return true;
        }

        private bool NonVowelBefore(int pos) => pos > 0 && !IsVowel(w[pos - 1]);

        private void Truncate(int length) => w.Length = length;

        /// <summary>Step 1: -heden, -en/-ene, -s/-se.</summary>
        private void RemoveInflection()
        {
            if (EndsWith("heden"))
            {
                var start = w.Length - 5;
                if (start >= r1)
                {
                    Truncate(start);
                    w.Append("heid");
                }
            }
            else if (EndsWith("ene") || EndsWith("en"))
            {
                RemoveEn(w.Length - (EndsWith("ene") ? 3 : 2));
            }
            else if (EndsWith("se") || EndsWith("s"))
            {
                var start = w.Length - (EndsWith("se") ? 2 : 1);
                if (start >= r1 && start > 0 && !IsVowelOrJ(w[start - 1]))
                {
                    Truncate(start);
                }
            }
        }

        private static bool IsVowelOrJ(char c) => IsVowel(c) || c == 'j';

        /// <summary>Removes an -en ending starting at <paramref name="start"/> after a non-vowel, unless that is "gem".</summary>
        private void RemoveEn(int start)
        {
            if (start >= r1 && NonVowelBefore(start) && !EndsWith("gem", start))
            {
                Truncate(start);
                UndoubleConsonant();
            }
        }

        private void UndoubleConsonant()
        {
            if (EndsWith("dd") || EndsWith("kk") || EndsWith("tt"))
            {
                Truncate(w.Length - 1);
            }
        }

        /// <summary>Step 2: a final e after a non-vowel, in R1.</summary>
        private void RemoveFinalE()
        {
            _eRemoved = false;
            var start = w.Length - 1;
            if (EndsWith("e") && start >= r1 && NonVowelBefore(start))
            {
                Truncate(start);
                _eRemoved = true;
                UndoubleConsonant();
            }
        }

        /// <summary>Step 3a: -heid in R2 not after c, then an -en before it.</summary>
        private void RemoveHeid()
        {
            var start = w.Length - 4;
            if (!EndsWith("heid") || start < r2 || EndsWith("c", start))
            {
                return;
            }

            Truncate(start);
            if (EndsWith("en"))
            {
                RemoveEn(w.Length - 2);
            }
        }

        /// <summary>Step 3b: -end, -ing, -ig, -lijk, -baar, -bar in R2.</summary>
        private void RemoveDerivation()
        {
            if (EndsWith("end") || EndsWith("ing"))
            {
                var start = w.Length - 3;
                if (start < r2)
                {
                    return;
                }

                Truncate(start);
                var igStart = w.Length - 2;
                if (EndsWith("ig") && igStart >= r2 && !EndsWith("e", igStart))
                {
                    Truncate(igStart);
                    return;
                }

                UndoubleConsonant();
            }
            else if (EndsWith("ig"))
            {
                var start = w.Length - 2;
                if (start >= r2 && !EndsWith("e", start))
                {
                    Truncate(start);
                }
            }
            else if (EndsWith("lijk"))
            {
                var start = w.Length - 4;
                if (start >= r2)
                {
                    Truncate(start);
                    RemoveFinalE();
                }
            }
            else if (EndsWith("baar"))
            {
                var start = w.Length - 4;
                if (start >= r2)
                {
                    Truncate(start);
                }
            }
            else if (EndsWith("bar"))
            {
                var start = w.Length - 3;
                if (start >= r2 && _eRemoved)
                {
                    Truncate(start);
                }
            }
        }

        /// <summary>Step 4: a non-vowel, a doubled aa/ee/oo/uu and a final non-vowel other than I lose one vowel.</summary>
        private void UndoubleVowel()
        {
            var n = w.Length;
            if (n < 4)
            {
                return;
            }

            var last = w[n - 1];
            if (IsVowel(last) || last == 'I')
            {
                return;
            }

            var v = w[n - 2];
            if (w[n - 3] == v && v is ('a' or 'e' or 'o' or 'u') && !IsVowel(w[n - 4]))
            {
                w.Remove(n - 2, 1);
            }
        }
    }
}
