using System.Text.RegularExpressions;

namespace StaticSite.Content.Readability;

/// <summary>A sentence of a page's prose with the line of the file it starts on.</summary>
/// <param name="Text">The sentence without Markdown markup.</param>
/// <param name="Line">1-based line in the source file.</param>
/// <param name="Words">The words of the sentence.</param>
public sealed record Sentence(string Text, int Line, IReadOnlyList<string> Words);

/// <summary>
/// Turns a Markdown body into the sentences a reader reads: markup, link targets, images, code,
/// tables, HTML and headings are left out; a paragraph or list item is split at '.', '!', '?'
/// and ':' followed by a space; a list item or paragraph end closes a sentence too.
/// </summary>
public static partial class MarkdownProse
{
    /// <summary>The sentences of <paramref name="markdown"/>, whose first line is line <paramref name="firstLine"/> of the file.</summary>
    public static IReadOnlyList<Sentence> Sentences(string markdown, int firstLine)
    {
        var sentences = new List<Sentence>();
        var pending = new List<(string Text, int Line)>();
        var fence = "";
        var lines = markdown.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.TrimStart();
            if (fence.Length > 0)
            {
                if (trimmed.StartsWith(fence, StringComparison.Ordinal)) fence = "";
                continue;
            }
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                Flush(pending, sentences);
                fence = trimmed[..3];
                continue;
            }
            var isHeading = trimmed.StartsWith('#') || (i + 1 < lines.Length && SetextUnderline().IsMatch(lines[i + 1]) && trimmed.Length > 0);
            if (trimmed.Length == 0 || isHeading || trimmed.StartsWith('|') || trimmed.StartsWith('<') || SetextUnderline().IsMatch(line) || line.StartsWith("    ", StringComparison.Ordinal) && pending.Count == 0)
            {
                Flush(pending, sentences);
                continue;
            }
            if (ListMarker().IsMatch(trimmed)) Flush(pending, sentences);
            pending.Add((Strip(trimmed), firstLine + i));
        }
        Flush(pending, sentences);
        return sentences;
    }

    /// <summary>The words of a text: runs of letters, digits, apostrophes and hyphens that hold a letter or digit.</summary>
    public static IReadOnlyList<string> Words(string text) =>
        [.. WordPattern().Matches(text).Select(m => m.Value).Where(w => w.Any(char.IsLetterOrDigit))];

    private static void Flush(List<(string Text, int Line)> pending, List<Sentence> sentences)
    {
        if (pending.Count == 0) return;
        var text = "";
        var line = pending[0].Line;
        foreach (var (part, partLine) in pending)
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
        pending.Clear();
    }

    private static void Add(string text, int line, List<Sentence> sentences)
    {
        var words = Words(text);
        if (words.Count > 0) sentences.Add(new Sentence(text.Trim(), line, words));
    }

    private static string Strip(string line)
    {
        line = ListMarker().Replace(line, "");
        line = line.TrimStart('>', ' ');
        line = Image().Replace(line, "");
        line = Link().Replace(line, "$1");
        line = Html().Replace(line, "");
        line = Shortcode().Replace(line, "");
        return line.Replace("**", "").Replace("__", "").Replace("`", "").Replace("*", "").Trim();
    }

    [GeneratedRegex(@"^\s*(=+|-+)\s*$")] private static partial Regex SetextUnderline();
    [GeneratedRegex(@"^([-*+]|\d+[.)])\s+")] private static partial Regex ListMarker();
    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")] private static partial Regex Image();
    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")] private static partial Regex Link();
    [GeneratedRegex(@"<[^>]+>")] private static partial Regex Html();
    [GeneratedRegex(@"\{\{.*?\}\}")] private static partial Regex Shortcode();
    [GeneratedRegex(@"(?<=[.!?:])\s+")] private static partial Regex SentenceEnd();
    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")] private static partial Regex WordPattern();
}
