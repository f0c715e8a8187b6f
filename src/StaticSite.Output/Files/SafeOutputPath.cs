namespace StaticSite.Output.Files;

/// <summary>Keeps every written file inside the output folder.</summary>
public static class SafeOutputPath
{
    /// <summary>
    /// True when <paramref name="relativePath"/> (forward slashes) stays inside its root: not
    /// absolute, no '..' or '.' segments, no empty segments, no drive letters or backslashes,
    /// no control characters.
    /// </summary>
    public static bool IsSafe(string relativePath) =>
        relativePath.Length > 0
        && !relativePath.StartsWith('/')
        && !relativePath.Contains('\\')
        && !relativePath.Contains(':')
        && !relativePath.Any(char.IsControl)
        && relativePath.Split('/').All(s => s.Length > 0 && s != "." && s != "..");

    /// <summary>The absolute path of <paramref name="relativePath"/> under <paramref name="root"/>; throws when it would leave it.</summary>
    public static string Combine(string root, string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(root, relativePath));
        var rootFull = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (!IsSafe(relativePath) || !full.StartsWith(rootFull, StringComparison.Ordinal))
            throw new InvalidOperationException($"refusing to write '{relativePath}' outside the output folder");
        return full;
    }
}
