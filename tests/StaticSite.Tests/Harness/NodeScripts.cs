using System.Diagnostics;

namespace StaticSite.Tests.Harness;

/// <summary>Runs the node scripts of <c>tests/ci/</c> with the packages of <c>tests/package.json</c> (<c>npm ci</c> in <c>tests/</c>).</summary>
internal static class NodeScripts
{
    /// <summary>Runs <c>tests/ci/<paramref name="script"/></c>; returns its exit code and its output (stdout, then stderr).</summary>
    public static (int Code, string Output) Run(string script, params string[] arguments)
    {
        var tests = Path.Combine(RepositoryPaths.Root, "tests");
        Assert.True(Directory.Exists(Path.Combine(tests, "node_modules", "ajv")), "tests/node_modules is missing: run `npm ci` in tests/.");
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = tests };
        start.ArgumentList.Add(Path.Combine(tests, "ci", script));
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start; is node on PATH?");
        var output = node.StandardOutput.ReadToEndAsync();
        var error = node.StandardError.ReadToEndAsync();
        node.WaitForExit();
        return (node.ExitCode, output.Result + error.Result);
    }
}
