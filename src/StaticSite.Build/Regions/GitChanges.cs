using System.Diagnostics;

namespace StaticSite.Build.Regions;

/// <summary>The files changed in a git work tree since a commit, by asking <c>git</c> itself.</summary>
public static class GitChanges
{
    /// <summary>The repository root that holds <paramref name="folder"/>, or null when it is not inside a git work tree.</summary>
    public static string? RepositoryRoot(string folder)
    {
        var (code, output, _) = Git(folder, "rev-parse", "--show-toplevel");
        return code == 0 ? output.Trim() : null;
    }

    /// <summary>True when <paramref name="reference"/> names a commit of the repository at <paramref name="root"/>.</summary>
    public static bool IsCommit(string root, string reference) =>
        !reference.StartsWith('-') && Git(root, "rev-parse", "--verify", "--quiet", reference + "^{commit}").Code == 0;

    /// <summary>
    /// Paths (relative to <paramref name="root"/>, forward slashes) that differ between <paramref name="reference"/>
    /// and the work tree: committed since, changed and not committed, and new files git does not ignore.
    /// Renames count as the old and the new path, so a page moved between regions affects both.
    /// </summary>
    public static IReadOnlyList<string> Since(string root, string reference)
    {
        var changed = Git(root, "diff", "--name-only", "--no-renames", "-z", reference, "--");
        if (changed.Code != 0) throw new InvalidOperationException($"git diff failed: {changed.Error.Trim()}");
        var untracked = Git(root, "ls-files", "--others", "--exclude-standard", "-z");
        return [.. (changed.Output + untracked.Output).Split('\0', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    private static (int Code, string Output, string Error) Git(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-C");
        start.ArgumentList.Add(directory);
        foreach (var a in arguments) start.ArgumentList.Add(a);
        // Paths exactly as stored (no octal quoting of non-ASCII names).
        start.Environment["GIT_CONFIG_COUNT"] = "1";
        start.Environment["GIT_CONFIG_KEY_0"] = "core.quotePath";
        start.Environment["GIT_CONFIG_VALUE_0"] = "false";
        try
        {
            using var git = Process.Start(start)!;
            var output = git.StandardOutput.ReadToEndAsync();
            var error = git.StandardError.ReadToEndAsync();
            git.WaitForExit();
            return (git.ExitCode, output.Result, error.Result);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, "", $"git could not be started ({ex.Message}); install git");
        }
    }
}
