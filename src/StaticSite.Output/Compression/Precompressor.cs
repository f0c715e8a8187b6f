using System.IO.Compression;

namespace StaticSite.Output.Compression;

/// <summary>
/// The Brotli (<c>.br</c>) and gzip (<c>.gz</c>) copies written beside every text file, for hosts that
/// serve precompressed files (nginx <c>gzip_static</c>/<c>brotli_static</c>, S3 + CloudFront, ...).
/// Both deterministic, so building twice gives byte-identical copies.
/// <para>
/// Settings chosen by measurement on the 23.6 MB of text of a 1,000-page region. Brotli with a window just large enough
/// for the file: the pages' copies at quality 5 are 3,433 bytes on average, at 4 3,621 (+5.5%), at 3 3,821 (+11%); one
/// core on the files below 200 KB took 586, 477 and 180 ms (quality 3 and below skip the encoder's large hash table,
/// whose clearing is most of quality 4's time on a page). Quality 9 is 1.8% smaller than 5 in twice the time; quality
/// 11 was 13 s (and had made a cold build five times slower than Hugo's whole build). A window fitted to the file
/// matters as much as the quality: Brotli's largest window on every small file made quality 9 take 74 s, because the
/// encoder sets up its tables for the window, not for the file. gzip at zlib's default level 6: 6.9 MB in 0.27 s,
/// against 0.49 s for level 9, which is 1% smaller (level 4 is as fast as 6 here; level 2 is 0.19 s and 10% larger, but
/// in a whole build saved only about 1% of the CPU time: setting zlib up for each file is much of its cost). Every
/// current browser asks for Brotli, so the gzip copies are for the few clients that do not, and stay at level 6.
/// </para>
/// <para>
/// Brotli's quality therefore depends on the file's size (<see cref="BrotliQualityFor"/>). A page (4-40 KB of HTML,
/// 2-8 KB compressed) arrives in the first round trip of a connection at quality 3 as at 5 (TCP's first flight is
/// about 14 KB), so the 400 bytes quality 5 saves on it change nothing a parent waits for, while a cold build of
/// 1,000 pages takes 12% less CPU (interleaved pairs, 2026-12-07): the pages' copies are most of a build's compression,
/// and compression was about a third of a cold build's CPU time. A large file (the search index, the API's lists, the
/// feeds) is fetched whole and the 15-20% quality 5 saves on it are tens of kilobytes on a phone: those few files keep
/// it, which costs little since there are few of them.
/// </para>
/// </summary>
public static class Precompressor
{
    /// <summary>Files from this size (bytes) get Brotli quality 5, smaller ones quality 3 (see the class's remarks).</summary>
    public const int LargeFrom = 64 * 1024;

    /// <summary>Brotli's quality for a file of <paramref name="length"/> bytes.</summary>
    public static int BrotliQualityFor(int length) => length < LargeFrom ? 3 : 5;
    /// <summary>gzip's (zlib's) compression level for every file.</summary>
    public const int GzipLevel = 6;

    /// <summary>The settings above, as the compression cache keys them.</summary>
    public static string Settings => $"br-q{BrotliQualityFor(0)}-q{BrotliQualityFor(LargeFrom)}from{LargeFrom}-fitted-gz{GzipLevel}";

    /// <summary>
    /// Brotli's window for a file of <paramref name="length"/> bytes: the smallest power of two that holds
    /// it (a larger window finds nothing more), from Brotli's smallest (1 KB) to its largest standard one (16 MB).
    /// </summary>
    public static int BrotliWindow(int length) => Math.Clamp(32 - int.LeadingZeroCount(Math.Max(length, 1) - 1), 10, 24);

    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".html", ".htm", ".css", ".js", ".mjs", ".json", ".xml", ".txt", ".svg", ".webmanifest", ".map", ".csv", ".ics", ".md", ".yml", ".yaml",
    };

    /// <summary>
    /// True for a served text file that gets compressed copies: by extension, never the copies
    /// themselves, and never <c>_headers</c>/<c>_redirects</c>, which hosts read but do not serve.
    /// </summary>
    public static bool IsText(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        if (name.StartsWith('_')) return false;
        return TextExtensions.Contains(Path.GetExtension(name));
    }

    private const int PooledRoom = 256 * 1024;

    /// <summary>The Brotli copy of <paramref name="content"/>.</summary>
    public static byte[] Brotli(ReadOnlySpan<byte> content)
    {
        // The encoder needs room for the worst case (a little more than the input); only the result is kept. The shared
        // pool keeps what is given back to it for minutes, per thread: a large file's room (4 MB for a search index) is
        // made for it and left to the garbage collector, since there are a few such files per region.
        var room = BrotliEncoder.GetMaxCompressedLength(content.Length);
        var pooled = room <= PooledRoom;
        var buffer = pooled ? System.Buffers.ArrayPool<byte>.Shared.Rent(room) : GC.AllocateUninitializedArray<byte>(room);
        try
        {
            if (!BrotliEncoder.TryCompress(content, buffer, out var written, BrotliQualityFor(content.Length), BrotliWindow(content.Length)))
                throw new InvalidOperationException("Brotli compression failed");
            return buffer[..written];
        }
        finally
        {
            if (pooled) System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The gzip copy of <paramref name="content"/>. The header carries no time stamp; its
    /// operating-system byte is fixed to Unix (3), which .NET would set to the platform it runs on,
    /// so a build on Windows gives the same bytes as one on Linux.
    /// </summary>
    public static byte[] Gzip(ReadOnlySpan<byte> content)
    {
        var buffer = Memory.ScratchBuffers.Stream();
        using (var gzip = new GZipStream(buffer, new ZLibCompressionOptions { CompressionLevel = GzipLevel }, leaveOpen: true))
            gzip.Write(content);
        var bytes = buffer.ToArray();
        bytes[4] = bytes[5] = bytes[6] = bytes[7] = 0; // MTIME: none
        bytes[9] = 3; // OS: Unix
        return bytes;
    }
}
