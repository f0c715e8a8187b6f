using System.Diagnostics;
using System.Text;

namespace StaticSite.Tests.Harness;

/// <summary>
/// The real <c>staticsite</c> command as a child process, for what an in-process run cannot show:
/// a <c>kill -9</c> at a chosen moment, two builds at once, another environment. It runs in the
/// site's folder, so diagnostics read as they do in the in-process tests.
/// </summary>
internal sealed class ChildCommand : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();

    private ChildCommand(Process process) => _process = process;

    /// <summary>Starts <c>staticsite</c> with <paramref name="args"/> in <paramref name="site"/>'s folder, with extra environment variables.</summary>
    public static ChildCommand Start(TestSite site, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo(Dotnet, [Path.Combine(AppContext.BaseDirectory, "staticsite.dll"), .. args])
        {
            WorkingDirectory = site.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        var process = new Process { StartInfo = start };
        var child = new ChildCommand(process);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (child._stdout) child._stdout.Append(e.Data).Append('\n'); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (child._stderr) child._stderr.Append(e.Data).Append('\n'); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>A build of <paramref name="site"/> (its content, themes and dist) in a child process.</summary>
    public static ChildCommand Build(TestSite site, IReadOnlyDictionary<string, string>? environment = null, params string[] extra) =>
        Start(site, environment, ["build", "--content", "content", "--themes", site.ThemesRoot, "--output", "dist", .. extra]);

    /// <summary>Waits until standard error holds <paramref name="text"/>; fails the test when the process ends first or the wait is over.</summary>
    public void WaitForError(string text, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!Stderr.Contains(text, StringComparison.Ordinal))
        {
            Assert.False(_process.HasExited && !Stderr.Contains(text, StringComparison.Ordinal), $"the command ended (exit {(_process.HasExited ? _process.ExitCode : 0)}) before printing '{text}':\n{Stdout}\n{Stderr}");
            Assert.True(clock.Elapsed < timeout, $"no '{text}' after {timeout.TotalSeconds} s:\n{Stdout}\n{Stderr}");
            Thread.Sleep(50);
        }
    }

    /// <summary>Ends the process as <c>kill -9</c> does (SIGKILL), and waits until it is gone.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>Waits for the process to end on its own and returns what it printed.</summary>
    public BuildResult WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            KillHard();
            Assert.Fail($"the command did not end within {timeout.TotalSeconds} s:\n{Stdout}\n{Stderr}");
        }
        _process.WaitForExit();
        return new BuildResult(_process.ExitCode, Stdout, Stderr);
    }

    private string Stdout { get { lock (_stdout) return _stdout.ToString(); } }

    private string Stderr { get { lock (_stderr) return _stderr.ToString(); } }

    private static string Dotnet =>
        Path.GetFileNameWithoutExtension(Environment.ProcessPath) is "dotnet" ? Environment.ProcessPath! : "dotnet";

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_process.HasExited) KillHard();
        _process.Dispose();
    }
}
