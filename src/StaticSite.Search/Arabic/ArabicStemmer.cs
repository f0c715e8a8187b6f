using System.Text;

namespace StaticSite.Search.Arabic;

/// <summary>
/// <c>lunr.ar.stemmer</c> of lunr-languages 1.22.0 (after Taghva et al. 2005 and Hadni et al.
/// 2012): normalizes a word, strips prefixes and suffixes by the word's length and maps
/// words of five to seven letters that fit a pattern of the Arabic root system onto their
/// root form. Every step below is the JavaScript's, in its order and with its quirks, so that
/// terms stemmed at build time equal what lunr.js derives from a query.
/// </summary>
/// <remarks>
/// Quirks kept on purpose: lunr.ar.js means to leave words with non-Arabic letters unstemmed
/// but tests an always-empty variable, so every word is stemmed; alef variants, ؤ, ئ and ة
/// are replaced only at their first occurrence (its regular expressions have no <c>g</c>
/// flag); the search pipeline is the stemmer alone, without the trimmer.
/// </remarks>
public static class ArabicStemmer
{
    private const char Alef = '\u0627';
    private const char Waw = '\u0648';
    private const char Hamza = '\u0621';
    private const char TaaMarbuta = '\u0629';
    private const char Tatweel = '\u0640';

    private static readonly string[] Prefixes1 = Words("ف ك ب و س ل ن ا ي ت");
    private static readonly string[] Prefixes2 = Words("ال لل");
    private static readonly string[] Prefixes3 = Words("بال وال فال تال كال ولل");
    private static readonly string[] Prefixes4 = Words("فبال كبال وبال وكال");
    private static readonly HashSet<string> Suffixes1 = [.. Words("ه ك ت ن ا ي")];
    private static readonly HashSet<string> Suffixes2 = [.. Words("نك نه ها وك يا اه ون ين تن تم نا وا ان كم كن ني نن ما هم هن تك ته ات يه")];
    private static readonly HashSet<string> Suffixes3 = [.. Words("تين كهم نيه نهم ونه وها يهم ونا ونك وني وهم تكم تنا تها تني تهم كما كها ناه نكم هنا تان يها")];
    private static readonly HashSet<string> Suffixes4 = [.. Words("كموه ناها ونني ونهم تكما تموه تكاه كماه ناكم ناهم نيها وننا")];

    private static string[] Words(string spaceSeparated) => spaceSeparated.Split(' ');

    /// <summary>
    /// A word pattern: letters required at positions, and the root form the word is rewritten
    /// to, where a digit stands for the word's letter at that position (no template: the word
    /// stays as it is). A matching pattern ends the stemming.
    /// </summary>
    private sealed record Pattern((int At, string Letters)[] Conditions, string? Template);

    private static readonly Pattern[] FourLetters =
    [
        new([(1, "ا")], null),
        new([(0, "اتني")], "123"),
        new([(2, "و")], "013"),
        new([(2, "ا")], null),
        new([(2, "ي")], "01ا3"),
        new([(0, "م")], null),
    ];

    private static readonly Pattern[] FiveLettersThreeRoot =
    [
        new([(0, "ت"), (2, "ا")], null),
        new([(0, "انتي"), (2, "ت")], "ا1ت3ا4"),
        new([(0, "ا"), (2, "ا")], "ا134ا4"),
        new([(0, "ا"), (3, "ا")], "124"),
        new([(3, "ا"), (4, "ن")], null),
        new([(0, "ت"), (3, "ي")], null),
        new([(0, "م"), (3, "و")], null),
        new([(1, "ا"), (3, "و")], null),
        new([(1, "و"), (2, "ا")], null),
        new([(0, "م"), (3, "ا")], null),
        new([(0, "م"), (3, "ي")], null),
        new([(2, "ا"), (3, "ن")], null),
        new([(0, "م"), (1, "ن")], "ان23ا4"),
        new([(0, "م"), (2, "ت")], "ا1ت3ا4"),
        new([(0, "م"), (2, "ا")], null),
        new([(1, "م"), (3, "ا")], null),
        new([(0, "يتان"), (1, "ت")], "23ا4"),
        new([(0, "تيان"), (2, "ت")], "ا1ت3ا4"),
        new([(2, "ا"), (3, "ي")], null),
        new([(0, "ايتن"), (1, "ن")], "ان23ا4"),
        new([(3, "ا"), (4, "ء")], null),
    ];

    private static readonly Pattern[] SixLettersThreeRoot =
    [
        new([(0, "ا"), (2, "ت"), (4, "ا")], null),
        new([(0, "اتني"), (1, "س"), (2, "ت")], "است34ا5"),
        new([(0, "انتي"), (3, "و")], null),
        new([(0, "م"), (1, "س"), (2, "ت")], "است34ا5"),
        new([(1, "ي"), (3, "ي"), (4, "ا"), (5, "ء")], null),
        new([(0, "ا"), (1, "ن"), (4, "ا")], null),
    ];

    private static readonly Pattern[] FiveLettersFourRoot =
    [
        new([(0, "ت")], null),
        new([(0, "ايتن")], "ا1234ا4"),
        new([(0, "م")], "ا1234ا4"),
        new([(2, "ا")], null),
        new([(0, "ا"), (2, "ن")], null),
    ];

    private static readonly Pattern[] SixLettersFourRoot =
    [
        new([(0, "ا"), (4, "ا")], null),
        new([(0, "م"), (1, "ت")], null),
    ];

    private static readonly Pattern[] SevenLettersThreeRoot =
    [
        new([(0, "ا"), (1, "س"), (2, "ت"), (5, "ا")], null),
    ];

    /// <summary>Returns the stem of <paramref name="word"/>.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return new Run(word).Stem();
    }

    /// <summary>One word on its way through the steps, with the flags lunr.ar.js keeps per word.</summary>
    private sealed class Run(string word)
    {
        private string _word = word;
        private bool _done;
        private bool _prefixRemoved;
        private bool _suffixRemoved;

        public string Stem()
        {
            _word = _word.Replace(Tatweel.ToString(), "", StringComparison.Ordinal);
            _word = RemoveHarakat(_word);
            _word = ReplaceFirst(_word, c => c is '\u0622' or '\u0623' or '\u0625' or '\u0671' or '\u0649', Alef);
            if (ArabicStopWords.StemmerList.Contains(_word))
            {
                return _word;
            }

            _word = ReplaceFirst(_word, c => c == '\u0624', Hamza);
            _word = ReplaceFirst(_word, c => c == '\u0626', Hamza);
            _word = CollapseAlefs(_word);
            if (_word.Length > 3 && _word[0] == Waw && _word[1] == Waw)
            {
                _word = _word[1..];
            }

            RemovePrefixes432();
            if (_word.Length <= 2)
            {
                return _word;
            }

            if (_word[^1] == Alef)
            {
                _word = _word[..^1];
            }

            var taa = _word.IndexOf(TaaMarbuta);
            if (taa >= 0)
            {
                _word = _word.Remove(taa, 1);
            }

            CheckWordByLength();
            return _word;
        }

        /// <summary>Removes the harakat and other marks U+064B to U+065B everywhere.</summary>
        private static string RemoveHarakat(string s)
        {
            if (!s.AsSpan().ContainsAnyInRange('\u064B', '\u065B'))
            {
                return s;
            }

            var result = new StringBuilder(s.Length);
            foreach (var c in s)
            {
                if (c is < '\u064B' or > '\u065B')
                {
                    result.Append(c);
                }
            }

            return result.ToString();
        }

        private static string ReplaceFirst(string s, Func<char, bool> match, char by)
        {
            for (var i = 0; i < s.Length; i++)
            {
                if (match(s[i]))
                {
                    return string.Create(s.Length, (s, i, by), static (span, state) =>
                    {
                        state.s.AsSpan().CopyTo(span);
                        span[state.i] = state.by;
                    });
                }
            }

            return s;
        }

        /// <summary>Runs of two or more alefs become one.</summary>
        private static string CollapseAlefs(string s)
        {
            if (!s.Contains("\u0627\u0627", StringComparison.Ordinal))
            {
                return s;
            }

            var result = new StringBuilder(s.Length);
            for (var i = 0; i < s.Length; i++)
            {
                if (s[i] != Alef || i == 0 || s[i - 1] != Alef)
                {
                    result.Append(s[i]);
                }
            }

            return result.ToString();
        }

        private static string? FirstPrefix(string s, string[] prefixes)
        {
            foreach (var prefix in prefixes)
            {
                if (s.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return prefix;
                }
            }

            return null;
        }

        private static bool EndsWithOneOf(string s, HashSet<string> suffixes, int length) =>
            s.Length >= length && suffixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(s.AsSpan(s.Length - length));

        /// <summary>Removes a prefix of four letters (words of 7+), else three (6+), else two (5+).</summary>
        private void RemovePrefixes432()
        {
            var before = _word;
            if (_word.Length >= 7 && FirstPrefix(_word, Prefixes4) is { } p4)
            {
                _word = _word[p4.Length..];
            }

            if (_word == before && _word.Length >= 6 && FirstPrefix(_word, Prefixes3) is { } p3)
            {
                _word = _word[p3.Length..];
            }

            if (_word == before && _word.Length >= 5 && FirstPrefix(_word, Prefixes2) is { } p2)
            {
                _word = _word[p2.Length..];
            }

            if (_word != before)
            {
                _prefixRemoved = true;
            }
        }

        /// <summary>Removes a one-letter prefix from words longer than three letters, once per word.</summary>
        private void RemovePrefix1()
        {
            if (!_prefixRemoved && _word.Length > 3 && FirstPrefix(_word, Prefixes1) is { } p1)
            {
                _word = _word[p1.Length..];
                _prefixRemoved = true;
            }
        }

        /// <summary>Removes a one-letter suffix from words longer than three letters, once per word.</summary>
        private void RemoveSuffix1()
        {
            if (!_suffixRemoved && _word.Length > 3 && EndsWithOneOf(_word, Suffixes1, 1))
            {
                _word = _word[..^1];
                _suffixRemoved = true;
            }
        }

        /// <summary>Removes a suffix of four letters (words of 6+), else three (5+), else two (4+).</summary>
        private void RemoveSuffixes432()
        {
            var before = _word;
            if (_word.Length >= 6 && EndsWithOneOf(_word, Suffixes4, 4))
            {
                _word = _word[..^4];
            }

            if (_word == before && _word.Length >= 5 && EndsWithOneOf(_word, Suffixes3, 3))
            {
                _word = _word[..^3];
            }

            if (_word == before && _word.Length >= 4 && EndsWithOneOf(_word, Suffixes2, 2))
            {
                _word = _word[..^2];
            }

            if (_word != before)
            {
                _suffixRemoved = true;
            }
        }

        /// <summary>The first pattern whose letters the word has is applied, and stemming ends.</summary>
        private void CheckPatterns(Pattern[] patterns)
        {
            foreach (var pattern in patterns)
            {
                if (!pattern.Conditions.All(c => c.At < _word.Length && c.Letters.Contains(_word[c.At])))
                {
                    continue;
                }

                if (pattern.Template is { } template)
                {
                    var root = new StringBuilder(template.Length);
                    foreach (var t in template)
                    {
                        if (t is >= '0' and <= '9')
                        {
                            // A position past the word's end adds nothing, as joining undefined does.
                            if (t - '0' < _word.Length)
                            {
                                root.Append(_word[t - '0']);
                            }
                        }
                        else
                        {
                            root.Append(t);
                        }
                    }

                    _word = root.ToString();
                }

                _done = true;
                return;
            }
        }

        /// <summary>
        /// lunr.ar.js's <c>wordCheck</c>: the steps tried for words of seven or more letters, then
        /// of six, five and four, each list until the word changes length or a pattern matched.
        /// </summary>
        private void CheckWordByLength()
        {
            Action[] longSteps = [RemoveSuffixes432, RemoveSuffix1, RemovePrefix1];
            var step = 0;
            var patternChecked = false;
            while (_word.Length >= 7 && !_done && step < longSteps.Length)
            {
                if (_word.Length == 7 && !patternChecked)
                {
                    CheckPatterns(SevenLettersThreeRoot);
                    patternChecked = true;
                }
                else
                {
                    longSteps[step++]();
                    patternChecked = false;
                }
            }

            RunWhileLength(6, () => CheckPatterns(SixLettersThreeRoot), RemoveSuffixes432, RemoveSuffix1, RemovePrefix1, () => CheckPatterns(SixLettersFourRoot));
            RunWhileLength(5, () => CheckPatterns(FiveLettersThreeRoot), RemoveSuffixes432, RemoveSuffix1, RemovePrefix1, () => CheckPatterns(FiveLettersFourRoot));
            RunWhileLength(4, () => CheckPatterns(FourLetters), RemoveSuffix1, RemovePrefix1, RemoveSuffixes432);
        }

        private void RunWhileLength(int length, params Action[] steps)
        {
            for (var step = 0; _word.Length == length && !_done && step < steps.Length; step++)
            {
                steps[step]();
            }
        }
    }
}
