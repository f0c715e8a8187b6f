using System.Collections.Concurrent;

namespace StaticSite.Output.Files;

/// <summary>A file's length and last-write time as the file system reports them (<c>lstat</c>).</summary>
/// <param name="Length">Bytes.</param>
/// <param name="LastWrite">Last write, in ticks (UTC).</param>
public readonly record struct FileStamp(long Length, long LastWrite)
{
    /// <summary>The stamp of the regular file at <paramref name="path"/>; null for anything else (missing, a link, a folder, a device).</summary>
    public static FileStamp? Of(string path)
    {
        var info = new FileInfo(path);
        var attributes = info.Attributes;
        if ((int)attributes == -1 || (attributes & (FileAttributes.ReparsePoint | FileAttributes.Directory | FileAttributes.Device)) != 0) return null;
        return new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks);
    }
}

/// <summary>One file a build published: the hash of its bytes and the stamps of it and of its Brotli and gzip copies (none for a file without copies).</summary>
public sealed record PublishedFile(UInt128 Hash, FileStamp File, FileStamp? Brotli, FileStamp? Gzip);

/// <summary>
/// What the last successful build published in a region's site, by path (<c>&lt;output&gt;/.cache/published/&lt;region&gt;</c>):
/// the next build takes a file whose bytes it would write again, with its compressed copies, over from the previous site
/// (<see cref="PreviousSite"/>) instead of writing and compressing it once more.
/// </summary>
/// <remarks>
/// The stamps are how a file still being the one the build wrote is recognised, as git's index recognises an unchanged
/// work tree: a file changed in place since (a deploy script that edits HTML, a deleted copy) has another length or time
/// and is written again. The file records the compression settings: other settings make other copies, so none is taken.
/// </remarks>
public sealed class PublishedFiles
{
    private const string Magic = "staticsite-published-v1";
    private readonly ConcurrentDictionary<string, PublishedFile> _files = new(StringComparer.Ordinal);

    /// <summary>The number of files.</summary>
    public int Count => _files.Count;

    /// <summary>When the records were written (UTC ticks), after the site was in place.</summary>
    public long Written { get; private set; }

    /// <summary>
    /// True when a file with <paramref name="stamp"/> was written so shortly before the records that a change made
    /// right after the site was in place could carry the same time (file systems stamp from a clock that moves in
    /// steps of milliseconds): its stamp proves nothing, and it is written again (git calls such entries racily clean).
    /// </summary>
    public bool IsRacy(FileStamp stamp) => stamp.LastWrite >= Written - RacyMargin;

    private static readonly long RacyMargin = TimeSpan.FromMilliseconds(100).Ticks;

    /// <summary>Every record by path.</summary>
    public IReadOnlyDictionary<string, PublishedFile> Files => _files;

    /// <summary>The record of <paramref name="path"/> (relative to the site), if the build published it.</summary>
    public bool TryGet(string path, out PublishedFile file) => _files.TryGetValue(path, out file!);

    /// <summary>Records a file of this build (from any thread).</summary>
    public void Add(string path, PublishedFile file) => _files[path] = file;

    /// <summary>The records at <paramref name="path"/> when they were written with <paramref name="settings"/>; empty when missing, other, or damaged.</summary>
    public static PublishedFiles Read(string path, string settings)
    {
        var files = new PublishedFiles();
        try
        {
            // Only an ordinary file: a link in its place is not followed out of the cache folder.
            if (FileStamp.Of(path) is null) return files;
            using var reader = new BinaryReader(File.OpenRead(path));
            if (reader.ReadString() != Magic || reader.ReadString() != settings) return files;
            files.Written = reader.ReadInt64();
            var count = reader.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                var name = reader.ReadString();
                var hash = new UInt128(reader.ReadUInt64(), reader.ReadUInt64());
                var file = Stamp(reader);
                var copies = reader.ReadBoolean();
                files._files[name] = new PublishedFile(hash, file, copies ? Stamp(reader) : null, copies ? Stamp(reader) : null);
            }
            if (reader.ReadString() != Magic) return new PublishedFiles();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentException)
        {
            // Damaged or cut short: nothing is taken over, every file is written.
            return new PublishedFiles();
        }
        return files;
    }

    /// <summary>
    /// Writes the records to <paramref name="path"/>: to a new temporary file (<see cref="CacheFolders.FreshTemporaryFile"/>,
    /// created exclusively, so never written through a link), renamed into place; the caller holds the output lock.
    /// </summary>
    public void Write(string path, string settings)
    {
        var temp = CacheFolders.FreshTemporaryFile(path);
        using (var writer = new BinaryWriter(new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None)))
        {
            writer.Write(Magic);
            writer.Write(settings);
            writer.Write(DateTime.UtcNow.Ticks);
            var files = _files.OrderBy(f => f.Key, StringComparer.Ordinal).ToList();
            writer.Write(files.Count);
            foreach (var (name, file) in files)
            {
                writer.Write(name);
                writer.Write((ulong)(file.Hash >> 64));
                writer.Write((ulong)file.Hash);
                Write(writer, file.File);
                writer.Write(file.Brotli is not null && file.Gzip is not null);
                if (file.Brotli is { } brotli && file.Gzip is { } gzip)
                {
                    Write(writer, brotli);
                    Write(writer, gzip);
                }
            }
            writer.Write(Magic);
        }
        File.Move(temp, path, overwrite: true);
    }

    private static FileStamp Stamp(BinaryReader reader) => new(reader.ReadInt64(), reader.ReadInt64());

    private static void Write(BinaryWriter writer, FileStamp stamp)
    {
        writer.Write(stamp.Length);
        writer.Write(stamp.LastWrite);
    }
}
