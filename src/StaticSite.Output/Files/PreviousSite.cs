using System.Collections.Concurrent;
using StaticSite.Content.Sources;

namespace StaticSite.Output.Files;

/// <summary>
/// The region's site as the last build left it, from which the new site takes over every file whose bytes are the
/// same, with its Brotli and gzip copies, as hard links (<see cref="StagedSite.TryLink"/>): no writing, no compressing,
/// and on disk no new file (creating files is most of an edit build's system time on ext4).
/// </summary>
/// <remarks>
/// A file is taken over only when <see cref="PublishedFiles"/> of the last build has it with the same hash and length
/// and the linked file and copies still have the recorded stamps (not racily: see <see cref="PublishedFiles.IsRacy"/>), and only from folders whose real path is inside
/// the previous site (a folder replaced by a link to elsewhere is never linked from). Links are checked where they
/// land, in the staging folder only this build writes: a file swapped for a link meanwhile is refused there. The old
/// site is deleted after the swap as before; a linked file lives on in the new one. Where the file system has no hard
/// links, files are written as before.
/// </remarks>
public sealed class PreviousSite
{
    private readonly string? _realRoot;
    private readonly PublishedFiles _published;
    private readonly SafeFileReader? _reader;
    private readonly ConcurrentDictionary<string, bool> _realFolders = new(StringComparer.Ordinal);

    /// <summary>The site at <paramref name="root"/> as <paramref name="published"/> describes it.</summary>
    public PreviousSite(string root, PublishedFiles published)
    {
        _published = published;
        // Only a real folder (not a link to one) is taken from.
        var info = new DirectoryInfo(root);
        _realRoot = published.Count > 0 && info.Exists && !info.Attributes.HasFlag(FileAttributes.ReparsePoint) ? RealPath.Of(root) : null;
        _reader = _realRoot is null ? null : SafeFileReader.For(_realRoot, "dist/");
    }

    /// <summary>
    /// Links the previous site's file at <paramref name="path"/> (and its copies when <paramref name="copies"/>) into
    /// <paramref name="site"/> when it holds exactly <paramref name="content"/>; returns its record for this build's
    /// <see cref="PublishedFiles"/>, or null (then nothing was linked: write the file).
    /// </summary>
    public PublishedFile? TryTakeOver(StagedSite site, string path, ReadOnlySpan<byte> content, UInt128 hash, bool copies)
    {
        if (_realRoot is null || !_published.TryGet(path, out var file) || file.Hash != hash || file.File.Length != content.Length
            || (copies && (file.Brotli is null || file.Gzip is null)) || (!copies && file.Brotli is not null)
            || !SafeOutputPath.IsSafe(path) || !IsRealFolder(path))
            return null;
        (string Path, FileStamp Stamp)[] parts = copies
            ? [(path, file.File), (path + ".br", file.Brotli!.Value), (path + ".gz", file.Gzip!.Value)]
            : [(path, file.File)];
        if (parts.Any(p => _published.IsRacy(p.Stamp)) && !HoldsExactly(parts.Select(p => p.Path).ToArray(), content)) return null;
        var linked = 0;
        foreach (var (part, stamp) in parts)
        {
            if (!site.TryLink(part, Path.Join(_realRoot, part), stamp)) break;
            linked++;
        }
        if (linked == parts.Length) return file;
        for (var i = 0; i < linked; i++) site.Unlink(parts[i].Path);
        return null;
    }

    // For a racily stamped file: true when the previous file and its copies hold exactly `content` (read through the
    // safe reader: never a link, pipe or device). Making a copy costs far more than reading one back.
    private bool HoldsExactly(string[] parts, ReadOnlySpan<byte> content)
    {
        for (var i = 0; i < parts.Length; i++)
        {
            var read = _reader!.Read(Path.Join(_realRoot, parts[i]), parts[i], content.Length * 2L + 1024);
            if (read.Problem is not null) return false;
            var same = i switch
            {
                0 => read.Bytes.Span.SequenceEqual(content),
                1 => Decompressed(new System.IO.Compression.BrotliStream(Stream(read), System.IO.Compression.CompressionMode.Decompress), content),
                _ => Decompressed(new System.IO.Compression.GZipStream(Stream(read), System.IO.Compression.CompressionMode.Decompress), content),
            };
            if (!same) return false;
        }
        return true;
    }

    private static MemoryStream Stream(FileRead read) => new(read.Bytes.ToArray(), writable: false);

    private static bool Decompressed(Stream decompressing, ReadOnlySpan<byte> content)
    {
        try
        {
            using (decompressing)
            {
                var buffer = new byte[content.Length + 1];
                var total = 0;
                int n;
                while (total < buffer.Length && (n = decompressing.Read(buffer, total, buffer.Length - total)) > 0) total += n;
                return total == content.Length && buffer.AsSpan(0, total).SequenceEqual(content);
            }
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or IOException)
        {
            // Not a valid copy (the Brotli decoder says so with InvalidOperationException).
            return false;
        }
    }

    // True when the folder of `path` is, by its real path, the same folder inside the previous site.
    private bool IsRealFolder(string path)
    {
        var slash = path.LastIndexOf('/');
        var folder = slash < 0 ? "" : path[..slash];
        return _realFolders.GetOrAdd(folder, f => f.Length == 0
            || RealPath.Below(_realRoot!, f) is { } real && real == Path.GetFullPath(Path.Join(_realRoot, f)));
    }
}
