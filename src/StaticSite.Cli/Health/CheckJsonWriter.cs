using System.Text.Json;
using StaticSite.Build;
using StaticSite.Pipeline.Diagnostics;

namespace StaticSite.Cli.Health;

/// <summary>
/// Writes the result of <c>staticsite check --format json</c>: one JSON document with every
/// diagnostic (<c>path, line, column, severity, code, message</c>), a per-region summary and the totals.
/// </summary>
public static class CheckJsonWriter
{
    /// <summary>Writes <paramref name="report"/> as one indented JSON document.</summary>
    public static void Write(BuildReport report, bool warningsAsErrors, TextWriter output)
    {
        var document = new
        {
            passed = Passed(report, warningsAsErrors),
            errors = report.Diagnostics.Count(d => d.IsError),
            warnings = report.Diagnostics.Count(d => !d.IsError),
            diagnostics = report.Diagnostics.Select(d => new
            {
                path = d.Path, line = d.Line, column = d.Column,
                severity = d.Severity == Severity.Error ? "error" : "warning",
                code = d.Code, message = d.Message,
            }),
            regions = report.Regions.Select(RegionHealth.From).Select(h => new
            {
                id = h.Region, pages = h.Pages, stalePages = h.StalePages, errors = h.Errors, warningsByCode = h.WarningsByCode,
            }),
        };
        output.WriteLine(JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true }));
    }

    /// <summary>True when the check passes: no errors, and no warnings when they count as errors.</summary>
    public static bool Passed(BuildReport report, bool warningsAsErrors) =>
        !report.HasErrors && !(warningsAsErrors && report.Diagnostics.Count > 0);
}
