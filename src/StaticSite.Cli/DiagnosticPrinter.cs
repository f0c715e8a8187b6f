using StaticSite.Pipeline.Diagnostics;

namespace StaticSite.Cli;

/// <summary>Prints diagnostics one per line in the MSBuild canonical format, then a one-line summary.</summary>
public static class DiagnosticPrinter
{
    /// <summary>Writes every diagnostic to <paramref name="error"/>.</summary>
    public static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter error)
    {
        foreach (var d in diagnostics) error.WriteLine(d.ToString());
    }

    /// <summary>"2 errors, 1 warning".</summary>
    public static string Count(IReadOnlyCollection<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        return $"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}";
    }
}
