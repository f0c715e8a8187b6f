using System.Collections.Concurrent;

namespace StaticSite.Output.Files;

/// <summary>
/// A region's new site while it is being built: a hidden staging folder in the output folder
/// (<c>dist/.utrecht.staging.4242-1a2b3c4d</c>) that files are written into as soon as the build has
/// them, from any thread, so writing overlaps the rest of the build. <see cref="Commit"/> swaps it
/// into place (<see cref="AtomicSiteWriter"/>); disposing it uncommitted deletes it, so a build with
/// errors leaves the previous site exactly as it was.
/// </summary>
public sealed class StagedSite : IDisposable
{
    private readonly string _outputRoot;
    private readonly string _regionId;
    private readonly string _target;
    private readonly string _staging;
    // A folder is made once; other threads writing into it wait until it exists.
    private readonly ConcurrentDictionary<string, Lazy<bool>> _folders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _files = new(StringComparer.Ordinal);
    private bool _committed;

    internal StagedSite(string outputRoot, string regionId, string target, string staging)
    {
        _outputRoot = outputRoot;
        _regionId = regionId;
        _target = target;
        _staging = staging;
    }

    /// <summary>True when a file at <paramref name="path"/> (relative to the site) was written.</summary>
    public bool Contains(string path) => _files.ContainsKey(path);

    /// <summary>
    /// Writes one file at <paramref name="path"/> (relative to the site, forward slashes). Returns false
    /// and writes nothing when the site already has a file there: two files for one path are the
    /// caller's to report.
    /// </summary>
    public bool Write(string path, ReadOnlySpan<byte> content) => WriteStamped(path, content) is not null;

    /// <summary>Like <see cref="Write"/>, and returns the written file's stamp (null when the site already has a file there).</summary>
    public FileStamp? WriteStamped(string path, ReadOnlySpan<byte> content)
    {
        if (!_files.TryAdd(path, 0)) return null;
        return NewFile.WriteStamped(Folder(path), content);
    }

    /// <summary>
    /// Puts a hard link to <paramref name="existing"/> at <paramref name="path"/> when what lands there is a regular file
    /// with the stamp <paramref name="expected"/>; false, leaving nothing, when the site already has a file there, the
    /// file system cannot link, or the file is another (see <see cref="PreviousSite"/>).
    /// </summary>
    public bool TryLink(string path, string existing, FileStamp expected)
    {
        if (_noLinks || !_files.TryAdd(path, 0)) return false;
        var full = Folder(path);
        var linked = NativeFolders.TryHardLink(existing, full);
        if (linked is null) _noLinks = true;
        if (linked == true && FileStamp.Of(full) == expected) return true;
        if (linked == true) File.Delete(full);
        _files.TryRemove(path, out _);
        return false;
    }

    /// <summary>Removes a file this build put at <paramref name="path"/>, so that it can be written instead.</summary>
    public void Unlink(string path)
    {
        File.Delete(SafeOutputPath.Combine(_staging, path));
        _files.TryRemove(path, out _);
    }

    // The full path of `path` in the staging folder, its folder made.
    private string Folder(string path)
    {
        var full = SafeOutputPath.Combine(_staging, path);
        var slash = path.LastIndexOf('/');
        if (slash > 0)
            _ = _folders.GetOrAdd(path[..slash], _ => new Lazy<bool>(() => Directory.CreateDirectory(Path.GetDirectoryName(full)!).Exists)).Value;
        return full;
    }

    // Set once the file system said it has no hard links: every file is written.
    private volatile bool _noLinks;

    /// <summary>Writes <paramref name="files"/> side by side; the first I/O problem is thrown as itself.</summary>
    public void WriteAll(IReadOnlyList<OutputFile> files)
    {
        var half = files.Count / 2;
        try
        {
            Parallel.For(0, files.Count, i =>
            {
                if (i == half) FaultInjection.Reach("writing");
                Write(files[i].Path, files[i].Content.Span);
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.FirstOrDefault(x => x is IOException or UnauthorizedAccessException) is { } first)
        {
            // One clear cause (a name too long, a full disk) instead of "one or more errors occurred".
            throw first is IOException io ? new IOException(io.Message, io) : new UnauthorizedAccessException(first.Message, first);
        }
    }

    /// <summary>
    /// Puts the staged site in place of the region's site (one exchange on Linux), then deletes the old site while
    /// <paramref name="meanwhile"/> runs (what is kept about the new site: deleting thousands of files and writing the
    /// build's records need not wait for each other). The first I/O problem of either is thrown as itself.
    /// </summary>
    public void Commit(Action? meanwhile = null)
    {
        FaultInjection.Reach("staged");
        var old = AtomicSiteWriter.Swap(_outputRoot, _regionId, _target, _staging);
        _committed = true;
        try
        {
            Parallel.Invoke(() => { if (old is not null) AtomicSiteWriter.DeleteTree(old); }, () => meanwhile?.Invoke());
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }

    /// <summary>Deletes the staging folder when the site was not committed.</summary>
    public void Dispose()
    {
        if (!_committed) AtomicSiteWriter.DeleteTree(_staging);
    }
}
