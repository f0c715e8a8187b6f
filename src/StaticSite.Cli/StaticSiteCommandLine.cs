using System.CommandLine;
using StaticSite.Cli.Commands;

namespace StaticSite.Cli;

/// <summary>The <c>staticsite</c> command line: parses arguments, runs a command, returns the exit code.</summary>
public static class StaticSiteCommandLine
{
    /// <summary>Runs <paramref name="args"/>; wrong usage prints the problem and help and returns 2.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("staticsite: builds the websites of ouder- en jeugdsteunpunten from Markdown.")
        {
            BuildCommand.Create(output, error),
            CheckCommand.Create(output, error),
            ServeCommand.Create(output, error),
            NewCommand.Create(output, error),
            SchemaCommand.Create(output, error),
            RegionsCommand.Create(output, error),
        };
        // No response files: "@..." is text (a title like "@Home"), never a file whose lines become arguments.
        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) error.WriteLine($"staticsite: error: {e.Message}");
            error.WriteLine("Run 'staticsite --help' to see the commands and options.");
            return ExitCodes.Usage;
        }
        if (parse.CommandResult.Command == root && !args.Any(a => a is "--help" or "-h" or "-?" or "--version"))
        {
            error.WriteLine("staticsite: error: name a command: build, check, serve, new, schema or regions. Run 'staticsite --help' for more.");
            return ExitCodes.Usage;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A bug in the tool, not in the content: say so plainly, without a stack trace.
            error.WriteLine($"staticsite: error SS9001: the tool failed unexpectedly ({ex.GetType().Name}: {ex.Message}). Please report this to the maintainers.");
            return ExitCodes.ContentErrors;
        }
    }
}
