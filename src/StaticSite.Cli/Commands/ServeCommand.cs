using System.CommandLine;
using StaticSite.Build;
using StaticSite.Cli.Preview;
using StaticSite.Content.Regions;
using StaticSite.Pipeline.Diagnostics;

namespace StaticSite.Cli.Commands;

/// <summary>
/// <c>staticsite serve [--region ID] [--port N]</c>: a live preview of one region on 127.0.0.1
/// that rebuilds on save and reloads open tabs. Runs until Ctrl+C. Never writes the output folder.
/// </summary>
public static class ServeCommand
{
    /// <summary>Default port.</summary>
    public const int DefaultPort = 5050;

    /// <summary>Creates the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var region = new Option<string?>("--region", "-r") { Description = "Region to preview; default: the first region." };
        var port = new Option<int>("--port", "-p") { Description = $"Port on 127.0.0.1 (default {DefaultPort}).", DefaultValueFactory = _ => DefaultPort };
        var content = CommonOptions.Content();
        var themes = CommonOptions.Themes();
        var command = new Command("serve", "Preview one region on 127.0.0.1 with live reload while you edit.") { region, port, content, themes };
        command.SetAction(async (parse, cancel) =>
        {
            var options = new BuildOptions(parse.GetValue(content)!, parse.GetValue(themes)!);
            if (!Directory.Exists(options.ContentRoot))
                return Usage(error, $"the content folder '{options.ContentRoot}' does not exist. Run the command in the project folder, or pass --content DIR.");
            var regions = ContentTree.FindRegionIds(options.ContentRoot, new List<Diagnostic>());
            var id = parse.GetValue(region) ?? regions.FirstOrDefault();
            if (id is null || !regions.Contains(id))
                return Usage(error, $"{(id is null ? "there is no region" : $"unknown region '{id}'")}. Regions in {options.ContentRoot}: {(regions.Count > 0 ? string.Join(", ", regions) : "none")}.");
            var portNumber = parse.GetValue(port);
            if (portNumber is < 0 or > 65535) return Usage(error, $"--port {portNumber} is not a port number (1-65535).");

            await using var server = new PreviewServer(id, options, output);
            try
            {
                await server.StartAsync(portNumber);
            }
            catch (IOException ex)
            {
                error.WriteLine($"staticsite: error: cannot listen on 127.0.0.1:{portNumber} ({ex.Message}). Pass another --port.");
                return ExitCodes.Usage;
            }
            output.WriteLine($"previewing region '{id}' at {new Uri(server.Address!, server.BasePath)} (live reload on; Ctrl+C to stop)");
            try { await Task.Delay(Timeout.Infinite, cancel); }
            catch (OperationCanceledException) { }
            return ExitCodes.Success;
        });
        return command;
    }

    private static int Usage(TextWriter error, string message)
    {
        error.WriteLine($"staticsite: error: {message}");
        return ExitCodes.Usage;
    }
}
