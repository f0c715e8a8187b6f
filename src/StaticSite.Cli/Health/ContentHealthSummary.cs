using StaticSite.Build;
using StaticSite.Pipeline.Diagnostics;

namespace StaticSite.Cli.Health;

/// <summary>One region's content health after <c>staticsite check</c>.</summary>
/// <param name="Region">Region id.</param>
/// <param name="Pages">Published pages (including generated overviews).</param>
/// <param name="StalePages">Pages past their review_by date.</param>
/// <param name="Errors">Number of errors.</param>
/// <param name="WarningsByCode">Number of warnings per diagnostic code, sorted by code.</param>
public sealed record RegionHealth(string Region, int Pages, int StalePages, int Errors, IReadOnlyDictionary<string, int> WarningsByCode)
{
    /// <summary>The health of <paramref name="report"/>'s region.</summary>
    public static RegionHealth From(RegionReport report)
    {
        var diagnostics = report.Diagnostics ?? [];
        return new RegionHealth(report.Id, report.Pages,
            diagnostics.Count(d => d.Code == DiagnosticCodes.StalePage),
            diagnostics.Count(d => d.IsError),
            new SortedDictionary<string, int>(diagnostics.Where(d => !d.IsError).GroupBy(d => d.Code).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal));
    }

    /// <summary>One line for people: <c>utrecht: 48 pages, 2 stale, warnings: SS4001 2, SS4005 3</c>.</summary>
    public override string ToString()
    {
        var warnings = WarningsByCode.Count == 0 ? "no warnings" : "warnings: " + string.Join(", ", WarningsByCode.Select(w => $"{w.Key} {w.Value}"));
        return $"{Region}: {Pages} pages, {StalePages} stale, {Errors} error{(Errors == 1 ? "" : "s")}, {warnings}";
    }
}
