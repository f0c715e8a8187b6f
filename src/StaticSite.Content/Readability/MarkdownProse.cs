using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace StaticSite.Content.Readability;

/// <summary>A sentence of a page's prose with the line of the file it starts on.</summary>
/// <param name="Text">The sentence without Markdown markup.</param>
/// <param name="Line">1-based line in the source file.</param>
/// <param name="Words">The words of the sentence.</param>
public sealed record Sentence(string Text, int Line, IReadOnlyList<string> Words);

/// <summary>The text of one source line of a prose block, without markup.</summary>
/// <param name="Text">What a reader reads on that line (link texts, not their targets; no images, HTML or footnote marks).</param>
/// <param name="Line">1-based line in the source file.</param>
public readonly record struct ProseLine(string Text, int Line);

/// <summary>
/// One paragraph a reader reads (on its own, in a list item, a block quote or a footnote), line by line.
/// Headings, code, HTML blocks and tables are no prose. Made from the Markdown syntax tree when the
/// body is rendered (see <c>MarkdownRenderer</c>), so the Markdown is parsed once.
/// </summary>
/// <param name="Lines">The block's source lines that hold text, in order.</param>
public sealed record ProseBlock(ImmutableArray<ProseLine> Lines);

/// <summary>
/// Splits a page's prose into the sentences a reader reads: a block is split at '.', '!', '?'
/// and ':' followed by a space; the end of a block (a paragraph, a list item) closes a sentence too.
/// </summary>
public static partial class MarkdownProse
{
    /// <summary>The sentences of <paramref name="blocks"/>, each with the file line its first word is on.</summary>
    public static IReadOnlyList<Sentence> Sentences(IEnumerable<ProseBlock> blocks)
    {
        var sentences = new List<Sentence>();
        foreach (var block in blocks) AddSentences(block, sentences);
        return sentences;
    }

    /// <summary>The words of a text: runs of letters, digits, apostrophes and hyphens that hold a letter or digit.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        foreach (var m in WordPattern().EnumerateMatches(text))
        {
            var word = text.AsSpan(m.Index, m.Length);
            if (HasLetterOrDigit(word)) words.Add(word.ToString());
        }
        return words;
    }

    private static void AddSentences(ProseBlock block, List<Sentence> sentences)
    {
        var text = "";
        var line = 0;
        foreach (var (part, partLine) in block.Lines)
        {
            if (text.Length == 0) line = partLine;
            var rest = text.Length == 0 ? part : text + " " + part;
            // Split at sentence ends inside the joined text; a sentence starts on the line its first word is on.
            var pieces = SentenceEnd().Split(rest);
            for (var p = 0; p < pieces.Length - 1; p++) Add(pieces[p], line, sentences);
            text = pieces[^1];
            if (pieces.Length > 1) line = partLine;
        }
        Add(text, line, sentences);
    }

    // \p{N} also matches numbers like '½' that char.IsLetterOrDigit does not count.
    private static bool HasLetterOrDigit(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (char.IsLetterOrDigit(c)) return true;
        return false;
    }

    private static void Add(string text, int line, List<Sentence> sentences)
    {
        var words = Words(text);
        if (words.Count > 0) sentences.Add(new Sentence(text.Trim(), line, words));
    }

    [GeneratedRegex(@"(?<=[.!?:])\s+")] private static partial Regex SentenceEnd();
    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")] private static partial Regex WordPattern();
}
