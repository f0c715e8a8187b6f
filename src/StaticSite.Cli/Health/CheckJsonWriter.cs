using System.Text.Json;
using System.Text.Json.Serialization;
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
        var document = new CheckDocument(
            Passed(report, warningsAsErrors),
            report.Diagnostics.Count(d => d.IsError),
            report.Diagnostics.Count(d => !d.IsError),
            report.Diagnostics.Select(d => new CheckDiagnostic(d.Path, d.Line, d.Column,
                d.Severity == Severity.Error ? "error" : "warning", d.Code, d.Message)).ToList(),
            report.Regions.Select(RegionHealth.From).Select(h => new CheckRegion(h.Region, h.Pages, h.StalePages, h.Errors, h.WarningsByCode)).ToList());
        output.WriteLine(JsonSerializer.Serialize(document, CheckJsonContext.Default.CheckDocument));
    }

    /// <summary>True when the check passes: no errors, and no warnings when they count as errors.</summary>
    public static bool Passed(BuildReport report, bool warningsAsErrors) =>
        !report.HasErrors && !(warningsAsErrors && report.Diagnostics.Count > 0);
}

/// <summary>The whole <c>check --format json</c> document.</summary>
internal sealed record CheckDocument(bool Passed, int Errors, int Warnings, IReadOnlyList<CheckDiagnostic> Diagnostics, IReadOnlyList<CheckRegion> Regions);

/// <summary>One diagnostic of the check document.</summary>
internal sealed record CheckDiagnostic(string Path, int Line, int Column, string Severity, string Code, string Message);

/// <summary>One region's summary in the check document.</summary>
internal sealed record CheckRegion(string Id, int Pages, int StalePages, int Errors, IReadOnlyDictionary<string, int> WarningsByCode);

// Source-generated, so the NativeAOT command line writes it without reflection.
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(CheckDocument))]
internal sealed partial class CheckJsonContext : JsonSerializerContext;
