using System.IO.Compression;

namespace StaticSite.Output.Compression;

/// <summary>
/// The Brotli (<c>.br</c>) and gzip (<c>.gz</c>) copies written beside every text file, for hosts that
/// serve precompressed files (nginx <c>gzip_static</c>/<c>brotli_static</c>, S3 + CloudFront, ...).
/// Both deterministic, so building twice gives byte-identical copies. gzip at its highest level;
/// Brotli at its highest quality (11) where that pays: files of 32 KB to 2 MB (the search index, the
/// theme's scripts and styles, long lists), which are few and are what a phone waits for; quality 6
/// for the thousands of small pages and API items and for files over 2 MB (the web editor's 5 MB
/// script, which only editors load). Measured on the 23.4 MB of text of a 1,000-page region, two
/// cores: quality 6 takes 0.45 s and is 1.2% larger than quality 9 (6.5 s) and 9.5% larger than
/// quality 11 (13.3 s); quality 11 on every file made a cold build seven times slower.
/// </summary>
public static class Precompressor
{
    /// <summary>Brotli's highest quality, for files of <see cref="BestFrom"/> to <see cref="BestUpTo"/> bytes.</summary>
    public const int BrotliBest = 11;
    /// <summary>Brotli's quality for smaller and larger files: about 30 times faster than 11, 9.5% larger.</summary>
    public const int BrotliFast = 6;
    /// <summary>Smallest file compressed at <see cref="BrotliBest"/>.</summary>
    public const int BestFrom = 32 * 1024;
    /// <summary>Largest file compressed at <see cref="BrotliBest"/>.</summary>
    public const int BestUpTo = 2 * 1024 * 1024;

    /// <summary>The Brotli quality for a file of <paramref name="length"/> bytes.</summary>
    public static int BrotliQuality(int length) => length is >= BestFrom and <= BestUpTo ? BrotliBest : BrotliFast;

    /// <summary>The rule above, as the compression cache keys it.</summary>
    public static string BrotliSettings => $"q{BrotliBest}-{BestFrom}-{BestUpTo}-q{BrotliFast}";
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
        if (!BrotliEncoder.TryCompress(content, buffer, out var written, BrotliQuality(content.Length), BrotliWindow))
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
