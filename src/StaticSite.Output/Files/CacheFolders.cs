namespace StaticSite.Output.Files;

/// <summary>
/// Makes the build's cache folders (<c>&lt;output&gt;/.cache</c> and its folders) real folders before anything is
/// read from or written to them: a symbolic link, file or anything else found in the place of one is removed (a link
/// itself, never what it points at) and a folder is created.
/// </summary>
/// <remarks>
/// The caches are the one part of the output a build reuses as it finds it, and CI restores them from elsewhere
/// (<c>actions/cache</c> of <c>dist/.cache</c>). A link planted there, by a poisoned cache or by hand, would make
/// every cache write go where the link points: outside the output, which a build must never write. Checked once per
/// build, under the <see cref="OutputLock"/> (no other build writes here meanwhile); below these folders each cache
/// creates its files exclusively or replaces them by renaming, so no link inside is followed either. Removing a link
/// loses nothing: a cache is only ever a shortcut, and a missing one is made again.
/// </remarks>
public static class CacheFolders
{
    /// <summary>Makes <paramref name="root"/> and then each of <paramref name="folders"/> (inside it) a real folder.</summary>
    /// <exception cref="IOException">A folder could not be made (no permission, a full disk).</exception>
    public static void Prepare(string root, IEnumerable<string> folders)
    {
        MakeReal(root);
        foreach (var folder in folders) MakeReal(folder);
    }

    /// <summary>
    /// The name of a new temporary file for <paramref name="path"/> (a cache file), with whatever was left under such
    /// names removed first: files of builds that were killed while writing, or a link or folder put there. The caller
    /// holds the output lock, creates the file exclusively (<see cref="FileMode.CreateNew"/>) and renames it over
    /// <paramref name="path"/>.
    /// </summary>
    public static string FreshTemporaryFile(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        foreach (var leftover in Directory.EnumerateFileSystemEntries(folder, Path.GetFileName(path) + ".tmp-*"))
            AtomicSiteWriter.DeleteTree(leftover);
        return $"{path}.tmp-{Environment.ProcessId}";
    }

    private static void MakeReal(string path)
    {
        // FileInfo reads the entry itself (lstat): a link to a folder is a reparse point, not a folder.
        var attributes = new FileInfo(path).Attributes;
        var missing = (int)attributes == -1;
        if (!missing && (attributes & FileAttributes.ReparsePoint) == 0 && (attributes & FileAttributes.Directory) != 0) return;
        // unlink: removes a link (to a folder or a file, dangling or not), a file, a pipe; never follows.
        if (!missing) File.Delete(path);
        Directory.CreateDirectory(path);
    }
}
