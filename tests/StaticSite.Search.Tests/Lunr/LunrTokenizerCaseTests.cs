using System.Text.Json;
using StaticSite.Search.Lunr;

namespace StaticSite.Search.Tests.Lunr;

/// <summary>
/// The tokenizer lower-cases as node's <c>toLowerCase</c> does, for every code point: alone and
/// around a capital sigma, which becomes ς or σ depending on the code points next to it.
/// </summary>
public sealed class LunrTokenizerCaseTests
{
    private static string Tokens(string text) => string.Join('|', LunrTokenizer.Tokenize(text).Select(t => t.Text));

    private static (int[]? Tokens, int Flags) DotNet(int cp)
    {
        // A surrogate code point stands for itself: a lone surrogate, as String.fromCodePoint makes it.
        var x = cp is >= 0xD800 and <= 0xDFFF ? ((char)cp).ToString() : char.ConvertFromUtf32(cp);
        var own = Tokens(x);
        var flags = (Tokens(x + "Σ").EndsWith('ς') ? 1 : 0)
                    | (Tokens("a" + x + "Σ").EndsWith('ς') ? 2 : 0)
                    | (Tokens("aΣ" + x).Contains('ς') ? 4 : 0);
        return (own == x ? null : [.. own.Select(c => (int)c)], flags);
    }

    [Fact]
    public void Lower_cases_every_code_point_and_every_final_sigma_context_like_node()
    {
        var node = JsonSerializer.Deserialize<JsonElement[][]>(NodeRunner.Run("lower-case.js"))!.ToDictionary(
            e => e[0].GetInt32(),
            e => (Tokens: e[1].ValueKind == JsonValueKind.Null ? null : e[1].EnumerateArray().Select(u => u.GetInt32()).ToArray(), Flags: e[2].GetInt32()));

        var wrong = new List<string>();
        for (var cp = 0; cp <= 0x10FFFF; cp++)
        {
            var expected = node.TryGetValue(cp, out var e) ? e : (null, 4);
            var actual = DotNet(cp);
            if (actual.Flags != expected.Flags || !(actual.Tokens ?? []).SequenceEqual(expected.Tokens ?? []))
            {
                wrong.Add($"U+{cp:X4}: .NET {Show(actual)}, node {Show(expected)}");
            }
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} code points differ:\n" + string.Join("\n", wrong.Take(60)));
    }

    private static string Show((int[]? Tokens, int Flags) r) =>
        $"{(r.Tokens is null ? "unchanged" : string.Join(" ", r.Tokens.Select(u => u.ToString("X4"))))} flags {r.Flags}";
}
