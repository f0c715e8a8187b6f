using StaticSite.Pipeline.Diagnostics;

namespace StaticSite.Content.Sources;

/// <summary>A page split in its YAML front matter and its Markdown body, with the lines where each starts.</summary>
/// <param name="Yaml">The YAML between the <c>---</c> lines.</param>
/// <param name="YamlLine">1-based line of the file where the YAML starts (the line after the opening <c>---</c>).</param>
/// <param name="Body">The Markdown after the closing <c>---</c>.</param>
/// <param name="BodyLine">1-based line of the file where the body starts.</param>
/// <param name="FrontMatter">The file's text before the body: the front matter with its <c>---</c> lines.</param>
public sealed record SplitPage(string Yaml, int YamlLine, string Body, int BodyLine, string FrontMatter);

/// <summary>Finds the front matter block of a page.</summary>
public static class FrontMatterSplitter
{
    /// <summary>
    /// Splits <paramref name="source"/>. A page must start with a <c>---</c> line and have a closing
    /// <c>---</c> (or <c>...</c>) line; otherwise a diagnostic says what is missing.
    /// </summary>
    public static (SplitPage? Page, Diagnostic? Problem) Split(SourceText source)
    {
        var text = source.Text;
        if (!IsFence(FirstLine(text, 0)))
            return (null, Diagnostic.Error(source.At(1, 1), DiagnosticCodes.FrontMatterNotClosed,
                "the page does not start with front matter. Put a line '---' first, then at least 'title: ...', then another line '---', then the text."));
        var lineStart = text.IndexOf('\n');
        if (lineStart < 0) lineStart = text.Length; else lineStart++;
        var yamlStart = lineStart;
        var line = 2;
        while (lineStart < text.Length)
        {
            var current = FirstLine(text, lineStart);
            if (IsFence(current) || current.TrimEnd() == "...")
            {
                var bodyStart = Math.Min(text.Length, lineStart + current.Length + 1);
                return (new SplitPage(text[yamlStart..lineStart], 2, text[bodyStart..], line + 1, text[..bodyStart]), null);
            }
            lineStart += current.Length + 1;
            line++;
        }
        return (null, Diagnostic.Error(source.At(1, 1), DiagnosticCodes.FrontMatterNotClosed,
            "the front matter that starts on line 1 is never closed. Add a line '---' after the last front matter line (before the text)."));
    }

    private static string FirstLine(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        return end < 0 ? text[start..] : text[start..end];
    }

    private static bool IsFence(string line) => line.TrimEnd() == "---";
}
