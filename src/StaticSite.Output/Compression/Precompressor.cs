using System.IO.Compression;

namespace StaticSite.Output.Compression;

/// <summary>
/// The Brotli (<c>.br</c>) and gzip (<c>.gz</c>) copies written beside every text file, for hosts that
/// serve precompressed files (nginx <c>gzip_static</c>/<c>brotli_static</c>, S3 + CloudFront, ...).
/// Both at the highest quality, since they are made once per build and served many times; both
/// deterministic, so building twice gives byte-identical copies.
/// </summary>
public static class Precompressor
{
    /// <summary>Brotli's highest quality.</summary>
    public const int BrotliQuality = 11;
    /// <summary>Brotli's largest standard window (16 MB): the search index is the one big file and gains from it.</summary>
    public const int BrotliWindow = 24;

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

    /// <summary>The Brotli copy of <paramref name="content"/>.</summary>
    public static byte[] Brotli(ReadOnlySpan<byte> content)
    {
        var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(content.Length)];
        if (!BrotliEncoder.TryCompress(content, buffer, out var written, BrotliQuality, BrotliWindow))
            throw new InvalidOperationException("Brotli compression failed");
        return buffer[..written];
    }

    /// <summary>
    /// The gzip copy of <paramref name="content"/>. The header carries no time stamp; its
    /// operating-system byte is fixed to Unix (3), which .NET would set to the platform it runs on,
    /// so a build on Windows gives the same bytes as one on Linux.
    /// </summary>
    public static byte[] Gzip(ReadOnlySpan<byte> content)
    {
        using var buffer = new MemoryStream(content.Length / 3 + 64);
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
            gzip.Write(content);
        var bytes = buffer.ToArray();
        bytes[4] = bytes[5] = bytes[6] = bytes[7] = 0; // MTIME: none
        bytes[9] = 3; // OS: Unix
        return bytes;
    }
}
