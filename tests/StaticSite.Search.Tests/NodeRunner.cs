using System.Diagnostics;

namespace StaticSite.Search.Tests;

/// <summary>Runs the node scripts of <c>tests/StaticSite.Search.Tests/node</c> against the theme's lunr.</summary>
internal static class NodeRunner
{
    /// <summary>Runs <paramref name="script"/> with <paramref name="arguments"/> and returns its standard output.</summary>
    public static string Run(string script, params string[] arguments)
    {
        var modules = Path.Combine(TestPaths.ThemeDirectory, "node_modules");
        Assert.True(
            Directory.Exists(Path.Combine(modules, "lunr")) && Directory.Exists(Path.Combine(modules, "lunr-languages")),
            $"{modules} is missing lunr or lunr-languages: run `npm ci` in themes/default first.");

        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            WorkingDirectory = TestPaths.NodeScripts,
        };
        start.ArgumentList.Add(Path.Combine(TestPaths.NodeScripts, script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start; is node on PATH?");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"node {script} failed with exit code {process.ExitCode}:\n{stderr.Result}");
        return stdout;
    }

    /// <summary>Writes <paramref name="content"/> to a temporary file, runs the script on it and deletes the file.</summary>
    public static string RunOnFile(string script, string content, params string[] moreArguments)
    {
        var file = Path.Combine(Path.GetTempPath(), $"staticsite-search-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, content, new System.Text.UTF8Encoding(false));
        try
        {
            return Run(script, [file, .. moreArguments]);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
