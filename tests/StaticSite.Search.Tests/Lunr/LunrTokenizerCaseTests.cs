using System.Text;
using System.Text.Json;
using StaticSite.Search.Lunr;

namespace StaticSite.Search.Tests.Lunr;

/// <summary>
/// The tokenizer lower-cases as node's <c>toLowerCase</c> does, for every code point: alone and
/// around a capital sigma, which becomes ς or σ depending on the code points next to it.
/// </summary>
/// <remarks>
/// Each context is one text of every assigned code point (planes 0 to 3 and 14 and the ends of
/// the private-use planes: planes 4 to 13 hold nothing), surrogates aside (text read from UTF-8
/// never holds them), separated by spaces, which end a sigma's context as the end of a text does.
/// </remarks>
public sealed class LunrTokenizerCaseTests
{
    private static readonly Func<string, string>[] Contexts = [x => x, x => x + "Σ", x => "a" + x + "Σ", x => "aΣ" + x];

    private static string Text(Func<string, string> context)
    {
        var text = new StringBuilder(12_000_000);
        for (var cp = 0; cp <= 0x10FFFF; cp++)
        {
            if (cp is (< 0xD800 or > 0xDFFF) and (< 0x40000 or (>= 0xE0000 and <= 0xF00FF) or >= 0x10FF00))
            {
                text.Append(context(char.ConvertFromUtf32(cp))).Append(' ');
            }
        }

        return text.ToString(0, text.Length - 1);
    }

    private static string Hex(ReadOnlySpan<char> s)
    {
        var hex = new StringBuilder();
        foreach (var c in s)
        {
            hex.Append(((int)c).ToString("X4")).Append(' ');
        }

        return hex.ToString().TrimEnd();
    }

    [Fact]
    public void Lower_cases_every_code_point_and_every_final_sigma_context_like_node()
    {
        var node = JsonSerializer.Deserialize<string[]>(NodeRunner.Run("lower-case.js"))!;
        for (var i = 0; i < Contexts.Length; i++)
        {
            // Every token stands where node's lower-cased text has it, with only separators between tokens.
            var lowered = node[i];
            var position = 0;
            foreach (var token in LunrTokenizer.Tokenize(Text(Contexts[i])))
            {
                var separatorsOnly = token.Start <= lowered.Length && lowered.AsSpan(position, token.Start - position).ContainsAnyExcept(Separators) is false;
                var same = token.Start + token.Length <= lowered.Length && lowered.AsSpan(token.Start, token.Length).SequenceEqual(token.Text);
                if (!separatorsOnly || !same)
                {
                    Assert.Fail($"Context {i}, token {token.Index}: .NET '{token.Text}' ({Hex(token.Text)}), node " +
                                $"'{lowered.Substring(position, Math.Min(lowered.Length - position, token.Start + token.Length - position + 4))}'");
                }

                position = token.Start + token.Length;
            }

            Assert.False(lowered.AsSpan(position).ContainsAnyExcept(Separators), $"Context {i}: node's text goes on after .NET's last token at {position}");
        }
    }

    private static readonly System.Buffers.SearchValues<char> Separators =
        System.Buffers.SearchValues.Create([.. Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(LunrTokenizer.IsSeparator)]);
}
