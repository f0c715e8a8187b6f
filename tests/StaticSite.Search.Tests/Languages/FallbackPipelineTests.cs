using System.Globalization;
using System.Text.Json;
using StaticSite.Search.Fallback;

namespace StaticSite.Search.Tests.Languages;

/// <summary>
/// The fallback pipeline's folding and trimmer agree with <c>lunr-fallback.js</c> on every
/// code point, and their tables are what they claim to be in node's and .NET's Unicode data.
/// </summary>
public sealed class FallbackPipelineTests
{
    private sealed record Tables(JsonElement[][] Folded, int[][] NonWord, int[][] Lmn, JsonElement[][] Nfd);

    private static readonly Lazy<Tables> Node = new(() =>
        JsonSerializer.Deserialize<Tables>(NodeRunner.Run("fallback-tables.js"), new JsonSerializerOptions(JsonSerializerDefaults.Web))!);

    private static string Text(int cp) => cp is >= 0xD800 and <= 0xDFFF ? ((char)cp).ToString() : char.ConvertFromUtf32(cp);

    private static System.Collections.BitArray Set(int[][] ranges)
    {
        var set = new System.Collections.BitArray(0x110000);
        foreach (var r in ranges)
        {
            for (var cp = r[0]; cp <= r[1]; cp++)
            {
                set[cp] = true;
            }
        }

        return set;
    }

    [Fact]
    public void Folding_gives_what_lunr_fallback_js_gives_for_every_code_point()
    {
        var expected = Node.Value.Folded.ToDictionary(e => e[0].GetInt32(), e => e[1].GetString()!);
        var wrong = new List<string>();
        var changed = 0;
        for (var cp = 0; cp <= 0x10FFFF; cp++)
        {
            var text = Text(cp);
            var folded = FallbackFolding.Fold(text);
            var node = expected.GetValueOrDefault(cp, text);
            changed += folded == text ? 0 : 1;
            if (folded != node)
            {
                wrong.Add($"U+{cp:X4}: .NET '{folded}', lunr-fallback.js '{node}'");
            }
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} differ:\n" + string.Join("\n", wrong.Take(30)));
        Assert.Equal(expected.Count, changed);
    }

    [Fact]
    public void Trimmer_keeps_and_removes_the_code_points_lunr_fallback_js_does()
    {
        var nonWord = Set(Node.Value.NonWord);
        var wrong = new List<string>();
        for (var cp = 0; cp <= 0x10FFFF; cp++)
        {
            var trimmedAway = FallbackTrimmer.Trim(Text(cp)).Length == 0;
            if (trimmedAway != nonWord[cp])
            {
                wrong.Add($"U+{cp:X4}: .NET {(trimmedAway ? "trims" : "keeps")} it");
            }
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} differ:\n" + string.Join("\n", wrong.Take(30)));
    }

    [Fact]
    public void Trimmer_never_removes_a_letter_mark_or_number_of_node_or_dotnet_unicode_data()
    {
        var lmn = Set(Node.Value.Lmn);
        var wrong = new List<string>();
        for (var cp = 0; cp <= 0x10FFFF; cp++)
        {
            if (cp is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(cp);
            var dotnetWord = category is <= UnicodeCategory.OtherNumber;
            if ((lmn[cp] || dotnetWord) && !FallbackTrimmer.IsWordCodePoint(cp))
            {
                wrong.Add($"U+{cp:X4} ({category}) is trimmed");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(30)));
        foreach (var punctuation in "!?.,;:«»\"'()[]—–…€%№§©®™•·،؛؟।፣።😀\u200F\u00A0")
        {
            Assert.False(FallbackTrimmer.IsWordCodePoint(punctuation), $"U+{(int)punctuation:X4} should be trimmed");
        }
    }

    [Fact]
    public void Folding_table_is_every_letter_with_diacritics_of_latin_greek_and_cyrillic_without_them()
    {
        // Node's NFD is the reference for what the table claims; .NET runs with invariant globalization and cannot normalize.
        var nfd = Node.Value.Nfd.Select(e => (Letter: (char)e[0].GetInt32(), Base: e[1].GetString()!)).ToList();
        Assert.Equal(FallbackFolding.Letters, string.Concat(nfd.Select(e => e.Letter)));
        Assert.Equal(FallbackFolding.Bases, string.Concat(nfd.Select(e => e.Base)));
        Assert.Equal("и", FallbackFolding.Fold("Й"));
        Assert.Equal("іжак", FallbackFolding.Fold("Їжак"));
        Assert.Equal("м'ята м'ята м'ята", FallbackFolding.Fold("м'ята мʼята м’ята"));
        Assert.Equal("strasse ecole ecole οδοσ", FallbackFolding.Fold("Straße École e\u0301cole ΟΔΟΣ"));
    }
}
