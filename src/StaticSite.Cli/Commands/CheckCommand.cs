using System.CommandLine;
using StaticSite.Build;

namespace StaticSite.Cli.Commands;

/// <summary><c>staticsite check</c>: every validation of a build, without writing a site.</summary>
public static class CheckCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var region = CommonOptions.Region();
        var content = CommonOptions.Content();
        var themes = CommonOptions.Themes();
        var drafts = CommonOptions.Drafts();
        var command = new Command("check", "Validate and lint the content without writing a site.") { region, content, themes, drafts };
        command.SetAction(parse =>
        {
            var options = new BuildOptions(parse.GetValue(content)!, parse.GetValue(themes)!, "dist",
                parse.GetValue(region), parse.GetValue(drafts), WriteOutput: false, Lint: true);
            var report = SiteBuilder.Build(options);
            if (report.UsageError is not null)
            {
                error.WriteLine($"staticsite: error: {report.UsageError}");
                return ExitCodes.Usage;
            }
            DiagnosticPrinter.Print(report.Diagnostics, error);
            output.WriteLine($"check {(report.HasErrors ? "failed" : "passed")}: {DiagnosticPrinter.Count(report.Diagnostics)}");
            return report.HasErrors ? ExitCodes.ContentErrors : ExitCodes.Success;
        });
        return command;
    }
}
