using Scriban.Parsing;
using Scriban.Syntax;
using StaticSite.Pipeline.Diagnostics;

namespace StaticSite.Rendering.Themes;

/// <summary>Turns Scriban's messages and exceptions into diagnostics at the real file, line and column.</summary>
public static class ScribanErrors
{
    /// <summary>The location of a Scriban span; <paramref name="lineOffset"/> is added for templates embedded in a file.</summary>
    public static SourceLocation Location(SourceSpan span, string displayPath, int lineOffset = 0) =>
        new(string.IsNullOrEmpty(span.FileName) ? displayPath : Path.IsPathRooted(span.FileName) ? StaticSite.Content.Regions.ContentTree.DisplayPath(span.FileName) : span.FileName, span.Start.Line + 1 + lineOffset, span.Start.Column + 1);

    /// <summary>A render-time error as a diagnostic, with a hint for the most common mistakes.</summary>
    public static Diagnostic FromRuntime(ScriptRuntimeException ex, string displayPath, int lineOffset, string code, string context)
    {
        var message = ex.OriginalMessage.TrimEnd('.');
        var hint = message.Contains("not found", StringComparison.OrdinalIgnoreCase) || message.Contains("does not exist", StringComparison.OrdinalIgnoreCase)
            ? " Check the spelling; only the variables listed in docs/themes.md exist. Wrap optional values in 'if' (e.g. {{ if page.phone != \"\" }})."
            : "";
        return Diagnostic.Error(Location(ex.Span, displayPath, lineOffset), code, $"{context}: {message}.{hint}");
    }
}
