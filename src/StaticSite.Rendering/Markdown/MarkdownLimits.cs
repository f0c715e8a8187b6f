using System.Buffers;
using Markdig;

namespace StaticSite.Rendering.Markdown;

/// <summary>
/// Bounds on what one page may contain, so that every page renders in bounded time: Markdig,
/// AngleSharp and the link checks are linear in the size of a page only while its nesting and
/// its number of headings stay within these limits. Found by feeding the renderer pathological
/// pages (100,000 headings, 100,000 nested <c>&lt;div&gt;</c>s, 20,000 <c>&gt;</c>s, …); no
/// real page comes near them.
/// </summary>
public static class MarkdownLimits
{
    /// <summary>Most headings on one page.</summary>
    public const int MaxHeadings = 1000;

    /// <summary>Deepest nesting of raw HTML elements (elements inside elements).</summary>
    public const int MaxHtmlDepth = 100;

    /// <summary>
    /// Most bare web addresses (<c>www.…</c>, <c>https://…</c>) in one paragraph: Markdig's auto-links extension
    /// takes time quadratic in their number within a paragraph (8,000 on one line: seconds; 250,000: an hour).
    /// </summary>
    public const int MaxBareLinksPerParagraph = 500;

    /// <summary>Deepest nesting of Markdown (block quotes, lists, emphasis, links) Markdig accepts.</summary>
    public const int MaxMarkdownDepth = 64;

    // Elements that never have content, or whose end tag may be left out (a new <li> ends the last).
    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rtc", "rp", "thead", "tbody", "tfoot", "colgroup", "caption",
    };

    /// <summary>
    /// The 0-based line and column of the first bare web address past <see cref="MaxBareLinksPerParagraph"/>
    /// in one run of lines without a blank line (a paragraph, or a tight list), or null.
    /// </summary>
    public static (int Line, int Column)? TooManyBareLinks(string markdown)
    {
        // No paragraph can have too many when the whole text has few (nearly every page): counted vectorized.
        if (markdown.AsSpan().Count("://") + CountWww(markdown) <= MaxBareLinksPerParagraph) return null;
        int line = 0, count = 0, lineStart = 0;
        var blank = true;
        for (var i = 0; i < markdown.Length; i++)
        {
            var c = markdown[i];
            if (c == '\n')
            {
                if (blank) count = 0;
                line++; lineStart = i + 1; blank = true;
                continue;
            }
            if (!char.IsWhiteSpace(c)) blank = false;
            var starts = (c is 'w' or 'W' && string.Compare(markdown, i, "www.", 0, 4, StringComparison.OrdinalIgnoreCase) == 0)
                || (c == ':' && string.CompareOrdinal(markdown, i, "://", 0, 3) == 0);
            if (!starts || ++count <= MaxBareLinksPerParagraph) continue;
            var start = i;
            while (start > lineStart && char.IsAsciiLetter(markdown[start - 1])) start--; // the start of "https://"
            return (line, start - lineStart);
        }
        return null;
    }

    private static readonly SearchValues<string> Www = SearchValues.Create(["www."], StringComparison.OrdinalIgnoreCase);

    private static int CountWww(string markdown)
    {
        var count = 0;
        for (var rest = markdown.AsSpan(); rest.IndexOfAny(Www) is var at and >= 0; rest = rest[(at + 4)..]) count++;
        return count;
    }

    /// <summary>
    /// Feeds raw HTML <paramref name="fragments"/> in page order through a simple tag counter; returns the
    /// 0-based line and column (within the body) of the tag that goes deeper than <see cref="MaxHtmlDepth"/>, or null.
    /// </summary>
    public static (int Line, int Column)? TooDeepHtml(IEnumerable<(string Html, int Line, int Column)> fragments)
    {
        var depth = 0;
        foreach (var (html, line, column) in fragments)
        {
            int l = line, c = column;
            for (var i = 0; i < html.Length; i++)
            {
                var ch = html[i];
                if (ch == '\n') { l++; c = 0; continue; }
                c++;
                if (ch != '<' || i + 1 >= html.Length) continue;
                var closing = html[i + 1] == '/';
                var start = closing ? i + 2 : i + 1;
                var end = start;
                while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] == '-')) end++;
                if (end == start || !char.IsAsciiLetter(html[start])) continue;
                var name = html[start..end];
                if (NotNesting.Contains(name)) continue;
                if (closing) { if (depth > 0) depth--; continue; }
                var gt = html.IndexOf('>', end, Math.Min(html.Length - end, 2000));
                if (gt > 0 && html[gt - 1] == '/') continue;
                if (++depth > MaxHtmlDepth) return (l, c - 1);
            }
        }
        return null;
    }

    /// <summary>
    /// The 0-based line of <paramref name="markdown"/> from which Markdig's nesting limit is exceeded:
    /// the shortest run of first lines that still fails (a binary search, so a few parses at most).
    /// </summary>
    public static int TooDeepMarkdownLine(string markdown, MarkdownPipeline pipeline)
    {
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < markdown.Length; i++)
            if (markdown[i] == '\n') lineStarts.Add(i + 1);
        int lo = 1, hi = lineStarts.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            var prefix = mid < lineStarts.Count ? markdown[..lineStarts[mid]] : markdown;
            if (Fails(prefix, pipeline)) hi = mid; else lo = mid + 1;
        }
        return lo - 1;
    }

    /// <summary>True when <paramref name="exception"/> is Markdig saying the input is nested too deeply.</summary>
    public static bool IsDepthLimit(Exception exception) =>
        exception is ArgumentException && exception.Message.Contains("depth limit", StringComparison.Ordinal);

    private static bool Fails(string markdown, MarkdownPipeline pipeline)
    {
        try
        {
            Markdig.Markdown.ToHtml(markdown, pipeline);
            return false;
        }
        catch (Exception e) when (IsDepthLimit(e))
        {
            return true;
        }
    }
}
