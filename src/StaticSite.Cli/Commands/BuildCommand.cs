using System.CommandLine;
using StaticSite.Build;

namespace StaticSite.Cli.Commands;

/// <summary><c>staticsite build</c>: builds every region (or those named) into the output folder.</summary>
public static class BuildCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var region = CommonOptions.Region();
        var content = CommonOptions.Content();
        var themes = CommonOptions.Themes();
        var outputDir = CommonOptions.Output();
        var drafts = CommonOptions.Drafts();
        var command = new Command("build", "Build one complete static site per region into the output folder.") { region, content, themes, outputDir, drafts };
        command.SetAction(parse =>
        {
            var options = new BuildOptions(parse.GetValue(content)!, parse.GetValue(themes)!, parse.GetValue(outputDir)!,
                parse.GetValue(region), parse.GetValue(drafts));
            var report = SiteBuilder.Build(options);
            if (report.UsageError is not null)
            {
                error.WriteLine($"staticsite: error{(report.UsageCode is null ? "" : " " + report.UsageCode)}: {report.UsageError}");
                return ExitCodes.Usage;
            }
            DiagnosticPrinter.Print(report.Diagnostics, error);
            foreach (var r in report.Regions)
                output.WriteLine(r.Written
                    ? $"{r.Id}: {r.Pages} pages written to {Path.Combine(options.OutputRoot, r.Id)} in {r.Elapsed.TotalSeconds:0.00} s"
                    : $"{r.Id}: not written because of errors; the previous site (if any) was kept");
            output.WriteLine($"build {(report.HasErrors ? "failed" : "succeeded")}: {DiagnosticPrinter.Count(report.Diagnostics)}");
            return report.HasErrors ? ExitCodes.ContentErrors : ExitCodes.Success;
        });
        return command;
    }
}
