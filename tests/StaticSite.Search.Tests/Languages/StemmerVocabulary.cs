using System.Text;
using System.Text.RegularExpressions;
using StaticSite.Search.Lunr;

namespace StaticSite.Search.Tests.Languages;

/// <summary>
/// Word lists to compare each language's pipeline functions with node's on: every token of the
/// language's texts, stems of those words with one to three suffixes from the stemmer's own
/// tables (read from the JavaScript files the browser runs, not from the C# under test),
/// prefixes and marks where the language has them, and random strings over its alphabet and
/// over a mixed alphabet of other scripts, digits, punctuation and emoji. Seeded: the same
/// words every run.
/// </summary>
internal static partial class StemmerVocabulary
{
    private const int Combinations = 24_000;
    private const int RandomWords = 8_000;

    private static string LunrLanguagesFile(string name) =>
        File.ReadAllText(Path.Combine(TestPaths.ThemeDirectory, "node_modules", "lunr-languages", name));

    private static string LunrFile() => File.ReadAllText(Path.Combine(TestPaths.ThemeDirectory, "node_modules", "lunr", "lunr.js"));

    private static IEnumerable<string> Quoted(string source) =>
        DoubleQuoted().Matches(source).Select(m => Regex.Unescape(m.Groups[1].Value));

    private static string Between(string source, string start, string end)
    {
        var from = source.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"'{start}' not found: has the lunr-languages file changed?");
        var to = source.IndexOf(end, from + start.Length, StringComparison.Ordinal);
        return source[(from + start.Length)..to];
    }

    /// <summary>The suffixes (and for Arabic, prefixes) each stemmer knows, read from its JavaScript.</summary>
    public static (string[] Prefixes, string[] Suffixes) Affixes(string code)
    {
        switch (code)
        {
            case "en":
            {
                var lunr = LunrFile();
                var lists = Quoted(Between(lunr, "var step2list = {", "c = \"[^aeiou]\""))
                    .Where(s => s.Length > 0 && s.All(char.IsAsciiLetterLower));
                var step4 = Between(lunr, "var re_4 = /^(.+?)(", ")$/;").Split('|');
                return ([], [.. lists, .. step4, "s", "es", "ies", "sses", "ss", "eed", "ed", "ing", "y", "e", "ll", "ion", "sion", "tion", "ly", "ful", "at", "bl", "iz"]);
            }

            case "ar":
            {
                var ar = LunrLanguagesFile("lunr.ar.js");
                string[] Group(string key) => Regex.Match(ar, key + @": '([^']*)'").Groups[1].Value.Split(' ');
                return ([.. Group("pre1"), .. Group("pre2"), .. Group("pre3"), .. Group("pre4"), "وو"],
                    [.. Group("suf1"), .. Group("suf2"), .. Group("suf3"), .. Group("suf4"), "ة", "ا", "ات", "اء"]);
            }

            case "tr":
                return ([], [.. AmongStrings().Matches(LunrLanguagesFile("lunr.tr.js")).Select(m => Regex.Unescape(m.Groups[1].Value)).Distinct()]);

            case "pl":
                return ([], [.. Quoted(Between(LunrLanguagesFile("lunr.pl.js"), "var derivationalSuffixes = [", "current = \"\"")).Distinct()]);

            default:
                // No stemmer: Ukrainian case endings, apostrophes and marks only to vary the words.
                return (["з", "пре", "не"], ["а", "я", "у", "ю", "і", "и", "ів", "ами", "ями", "ах", "ях", "ові", "ом", "ою", "ій", "ий", "ого", "ому", "'я", "’я", "ʼя", "\u0301"]);
        }
    }

    private static string Alphabet(string code) => code switch
    {
        "en" => "abcdefghijklmnopqrstuvwxyzaeiouyyss",
        "ar" => "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيٱـًٌٍَُِّْاويلمنت",
        "tr" => "abcçdefgğhıijklmnoöprsştuüvyzâîûaeıioöuü",
        "pl" => "aąbcćdeęfghijklłmnńoóprsśtuwyzźżaeiouy",
        _ => "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'ʼ’",
    };

    private const string Mixed = "aZ09_-.,;:!?'\"«»()[]{}<>/\\@#%&*+=~^|§°€$ €…–—‘’“”·•éüßİıŁłĳøçñ" +
                                 "абвгЇїЁёЪ αβγΣςΟ ابتثءأـًّ\u200F\u200E\u061C\u200D\u200C\u00AD\u0301\u0308 ١٢٣ 😀🇳🇱👍🏽 𐐀𝒜 ﷲﻻ ﬁ";

    /// <summary>The word list for <paramref name="code"/> (en, ar, tr, pl or uk for the fallback).</summary>
    public static IReadOnlyList<string> For(string code)
    {
        var sample = LanguageSample.Get(code);
        var random = new Random(code.Aggregate(17, (h, c) => (h * 31) + c));
        var words = new HashSet<string>(StringComparer.Ordinal);

        var texts = sample.Pages.SelectMany(p => (string[])[p.Title, p.Description ?? "", p.Body, .. p.Headings, .. p.Synonyms])
            .Concat(sample.EdgeCases.SelectMany(e => new[] { e.Title, e.Body }))
            .Concat(LanguageSample.CommonEdgeCases.SelectMany(e => new[] { e.Title, e.Body }));
        foreach (var text in texts)
        {
            foreach (var token in LunrTokenizer.Tokenize(text))
            {
                words.Add(token.Text);
                words.Add(CoreOf(token.Text));
            }
        }

        var (prefixes, suffixes) = Affixes(code);
        words.UnionWith(prefixes);
        words.UnionWith(suffixes);
        var stems = words.Select(CoreOf).Where(w => w.Length >= 2)
            .SelectMany(w => Enumerable.Range(0, Math.Min(4, w.Length - 1)).Select(cut => w[..^cut]))
            .Distinct().ToArray();
        var alphabet = Alphabet(code);

        for (var i = 0; i < Combinations; i++)
        {
            var word = new StringBuilder(random.Next(3) == 0 ? RandomLetters(random, alphabet, 2, 6) : stems[random.Next(stems.Length)]);
            if (prefixes.Length > 0 && random.Next(2) == 0)
            {
                word.Insert(0, prefixes[random.Next(prefixes.Length)]);
            }

            for (var n = random.Next(suffixes.Length == 0 ? 0 : 1, 4); n > 0; n--)
            {
                word.Append(suffixes[random.Next(suffixes.Length)]);
            }

            if (code == "ar")
            {
                Decorate(word, random);
            }

            words.Add(word.ToString());
        }

        for (var i = 0; i < RandomWords; i++)
        {
            words.Add(RandomLetters(random, alphabet, 1, 14));
            if (i % 3 == 0)
            {
                words.Add(RandomLetters(random, Mixed, 1, 10));
            }

            if (i % 10 == 0)
            {
                // Upper case never reaches the index (lunr lower-cases first), but the functions must agree on it too.
                words.Add(RandomLetters(random, alphabet, 2, 10).ToUpperInvariant());
            }
        }

        // Cutting stems can split a surrogate pair; JSON cannot carry a lone surrogate to node (FallbackTableTests makes them there).
        return [.. words.Where(IsWellFormed).Order(StringComparer.Ordinal)];
    }

    private static bool IsWellFormed(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (char.IsHighSurrogate(word[i]) && i + 1 < word.Length && char.IsLowSurrogate(word[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(word[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A word without the punctuation around it, for use as a stem.</summary>
    private static string CoreOf(string token) => token.Trim('.', ',', ';', ':', '!', '?', '(', ')', '«', '»', '"', '\'', '،', '؛', '؟');

    /// <summary>Tatweel, harakat and alef, hamza and taa variants, as Arabic text has them.</summary>
    private static void Decorate(StringBuilder word, Random random)
    {
        const string marks = "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0640";
        if (random.Next(4) == 0 && word.Length > 1)
        {
            word.Insert(random.Next(1, word.Length), marks[random.Next(marks.Length)]);
        }

        if (random.Next(6) == 0 && word.Length > 0)
        {
            word[random.Next(word.Length)] = "آأإٱىؤئة"[random.Next(8)];
        }
    }

    private static readonly Dictionary<string, string[]> CodePoints = [];

    private static string RandomLetters(Random random, string alphabet, int min, int max)
    {
        string[] units;
        lock (CodePoints)
        {
            if (!CodePoints.TryGetValue(alphabet, out units!))
            {
                units = [.. alphabet.EnumerateRunes().Select(r => r.ToString())];
                CodePoints.Add(alphabet, units);
            }
        }

        var length = random.Next(min, max + 1);
        var text = new StringBuilder(length * 2);
        for (var i = 0; i < length; i++)
        {
            text.Append(units[random.Next(units.Length)]);
        }

        return text.ToString();
    }

    [GeneratedRegex("\"((?:[^\"\\\\]|\\\\.)*)\"")]
    private static partial Regex DoubleQuoted();

    [GeneratedRegex("new Among\\(\"((?:[^\"\\\\]|\\\\.)*)\"")]
    private static partial Regex AmongStrings();
}
