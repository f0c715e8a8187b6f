using System.Globalization;
using System.Text;

namespace StaticSite.Pipeline.Diagnostics;

/// <summary>
/// Makes text from files (names, YAML values, template messages) safe to print in a CI log. CI
/// systems read commands from their logs: GitHub Actions a line that starts with <c>::</c>, Azure
/// Pipelines <c>##vso[</c> anywhere in a line and <c>##[</c> at its start; terminals obey ANSI
/// escapes; a bidi override makes a line read differently than it is. A diagnostic must only ever
/// report such text, so every character that could end the line, hide text or steer the reader is
/// written as a visible escape.
/// </summary>
public static class DiagnosticText
{
    /// <summary>
    /// <paramref name="text"/> on one line: line breaks as <c>\n</c>, <c>\r</c>, tabs as <c>\t</c>,
    /// every other C0 or C1 control character, DEL, the Unicode line and paragraph separators and
    /// the bidirectional controls as <c>\uXXXX</c>; a backslash before such an escape cannot be
    /// told apart, which is fine for a message meant for people. <c>##vso[</c> becomes <c>#\u0023vso[</c>.
    /// </summary>
    public static string OneLine(string text)
    {
        if (!NeedsEscaping(text)) return text;
        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '#' when text.AsSpan(i).StartsWith("##vso[", StringComparison.OrdinalIgnoreCase):
                    builder.Append("#\\u0023");
                    i++;
                    break;
                default:
                    if (IsUnsafe(c)) builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else builder.Append(c);
                    break;
            }
        }
        return builder.ToString();
    }

    /// <summary>
    /// A whole printed line that cannot be read as a CI command at its start: a line that would
    /// start with <c>::</c>, <c>##</c> or white space (a file under a folder named so) gets
    /// <c>./</c> in front, which names the same path.
    /// </summary>
    public static string SafeLineStart(string line) =>
        line.Length > 0 && (char.IsWhiteSpace(line[0]) || line.StartsWith("::", StringComparison.Ordinal) || line.StartsWith("##", StringComparison.Ordinal))
            ? "./" + line : line;

    /// <summary>True for characters that never appear unescaped in a diagnostic.</summary>
    public static bool IsUnsafe(char c) =>
        c < ' ' || c is >= '\u007F' and <= '\u009F'
        || c is '\u2028' or '\u2029'                     // line and paragraph separators
        || c is '\u061C' or '\u200E' or '\u200F'         // bidi marks
        || c is >= '\u202A' and <= '\u202E'              // bidi embeddings and overrides
        || c is >= '\u2066' and <= '\u2069'              // bidi isolates
        || c is '\uFEFF';                                // zero-width no-break space (a BOM inside text)

    private static bool NeedsEscaping(string text)
    {
        foreach (var c in text)
            if (IsUnsafe(c)) return true;
        return text.Contains("##vso[", StringComparison.OrdinalIgnoreCase);
    }
}
