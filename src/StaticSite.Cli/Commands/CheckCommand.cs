using System.CommandLine;
using StaticSite.Build;
using StaticSite.Cli.Health;

namespace StaticSite.Cli.Commands;

/// <summary>
/// <c>staticsite check</c>: every validation of a build plus the content-health lints, without
/// writing a site. Text output ends with a content-health summary per region; <c>--format json</c>
/// prints one JSON document instead; <c>--warnaserror</c> fails on warnings too.
/// </summary>
public static class CheckCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var region = CommonOptions.Region("check");
        var content = CommonOptions.Content();
        var themes = CommonOptions.Themes();
        var drafts = CommonOptions.Drafts("Check draft pages too, as if they were published.");
        var format = new Option<string>("--format") { Description = "Output format: text (default) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var warnAsError = new Option<bool>("--warnaserror") { Description = "Treat warnings as errors: exit code 1 when there is any warning." };
        var command = new Command("check", "Validate and lint the content without writing a site.") { region, content, themes, drafts, format, warnAsError };
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
            var strict = parse.GetValue(warnAsError);
            var passed = CheckJsonWriter.Passed(report, strict);
            if (parse.GetValue(format) == "json")
                CheckJsonWriter.Write(report, strict, output);
            else
            {
                DiagnosticPrinter.Print(report.Diagnostics, error);
                output.WriteLine("content health:");
                foreach (var r in report.Regions) output.WriteLine("  " + RegionHealth.From(r));
                var why = !passed && !report.HasErrors ? " (warnings count as errors with --warnaserror)" : "";
                output.WriteLine($"check {(passed ? "passed" : "failed")}: {DiagnosticPrinter.Count(report.Diagnostics)}{why}");
            }
            return passed ? ExitCodes.Success : ExitCodes.ContentErrors;
        });
        return command;
    }
}
