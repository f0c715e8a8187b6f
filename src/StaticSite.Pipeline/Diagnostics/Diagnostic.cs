namespace StaticSite.Pipeline.Diagnostics;

/// <summary>How bad a problem is: errors fail the build, warnings do not.</summary>
public enum Severity
{
    /// <summary>The build goes on and succeeds.</summary>
    Warning,
    /// <summary>The build reports everything it finds, then fails with exit code 1.</summary>
    Error,
}

/// <summary>
/// One problem in one file, printed in the MSBuild canonical format that CI systems and editors
/// understand: <c>path(line,col): error CODE: message</c>. This is the only diagnostic type of the
/// product; every stage reports through it.
/// </summary>
/// <param name="Path">Path of the file, relative to the current directory, with forward slashes.</param>
/// <param name="Line">1-based line in that file; 0 only for a folder, which has no lines (<see cref="SourceLocation.Folder"/>).</param>
/// <param name="Column">1-based column (0 when unknown: printed as column 1).</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Code">Stable code from <see cref="DiagnosticCodes"/>.</param>
/// <param name="Message">What is wrong and how to fix it, for a non-programmer.</param>
public sealed record Diagnostic(string Path, int Line, int Column, Severity Severity, string Code, string Message)
{
    /// <summary>Creates an error.</summary>
    public static Diagnostic Error(SourceLocation at, string code, string message) =>
        new(at.Path, at.Line, at.Column, Severity.Error, code, message);

    /// <summary>Creates a warning.</summary>
    public static Diagnostic Warning(SourceLocation at, string code, string message) =>
        new(at.Path, at.Line, at.Column, Severity.Warning, code, message);

    /// <summary>True for errors.</summary>
    public bool IsError => Severity == Severity.Error;

    /// <summary>
    /// The canonical one-line form. A file always gets a line and a column (editors' problem
    /// matchers need both); path and message go through <see cref="DiagnosticText.OneLine"/>, so a
    /// diagnostic is exactly one line and never a CI command, whatever a file name or value holds.
    /// </summary>
    public override string ToString()
    {
        var kind = Severity == Severity.Error ? "error" : "warning";
        var position = Line > 0 ? $"({Line},{Math.Max(Column, 1)})" : "";
        return DiagnosticText.SafeLineStart($"{DiagnosticText.OneLine(Path)}{position}: {kind} {Code}: {DiagnosticText.OneLine(Message)}");
    }
}

/// <summary>A place in a source file: display path plus 1-based line and column.</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    /// <summary>A problem with the whole file: reported at its start, line 1, column 1.</summary>
    public static SourceLocation File(string path) => new(path, 1, 1);

    /// <summary>A folder (a region folder, the output folder): printed without a position, as it has no lines.</summary>
    public static SourceLocation Folder(string path) => new(path, 0, 0);

    /// <summary>The same file, <paramref name="lines"/> further down (for blocks embedded in a file).</summary>
    public SourceLocation Shift(int lines) => this with { Line = Line + lines };
}
