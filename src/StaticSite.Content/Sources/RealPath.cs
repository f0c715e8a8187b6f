namespace StaticSite.Content.Sources;

/// <summary>
/// The real path of a file (what <c>realpath(3)</c> gives): every symbolic link in it resolved,
/// no <c>.</c> or <c>..</c>. Parts that do not exist are kept as written, so the real place of a
/// folder that is still to be made can be checked too.
/// </summary>
public static class RealPath
{
    /// <summary>Most links followed for one path, as Linux allows (ELOOP).</summary>
    public const int MaxLinks = 40;

    /// <summary>The real path of <paramref name="path"/>; null when its links lead round in a circle.</summary>
    public static string? Of(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        return Below(root, full[root.Length..]);
    }

    /// <summary>
    /// The real path of <paramref name="relative"/> under <paramref name="realFolder"/>, a folder
    /// whose own path is already real; null when links lead round in a circle.
    /// </summary>
    public static string? Below(string realFolder, string relative)
    {
        var pending = new Stack<string>();
        Push(pending, relative);
        var current = realFolder;
        var links = 0;
        while (pending.Count > 0)
        {
            var part = pending.Pop();
            if (part is "" or ".") continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var next = Path.Join(current, part);
            var info = new FileInfo(next);
            var attributes = info.Attributes;
            if ((int)attributes == -1)
            {
                // Missing: nothing below it can be a link.
                while (pending.Count > 0) next = Path.Join(next, pending.Pop());
                return Path.GetFullPath(next);
            }
            if (!attributes.HasFlag(FileAttributes.ReparsePoint) || info.LinkTarget is not { } target)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks) return null;
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
                target = target[current.Length..];
            }
            Push(pending, target);
        }
        return current;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or inside it (both real, full paths).</summary>
    public static bool IsInside(string path, string folder) =>
        path == folder || path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static void Push(Stack<string> pending, string relative)
    {
        var parts = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        for (var i = parts.Length - 1; i >= 0; i--) pending.Push(parts[i]);
    }
}
