using System.Collections.Concurrent;
using System.IO.Compression;
using Microsoft.Extensions.Primitives;

namespace StaticSite.Browser.Tests.Infrastructure;

/// <summary>
/// Text compression as a CDN or a host with precompressed files serves it: Brotli when the browser
/// accepts it, else gzip. A <c>.br</c> or <c>.gz</c> file beside the file is sent when the build wrote
/// one; otherwise the file is compressed at the smallest size once and kept in memory, so what the
/// browser downloads is what a precompressing deploy would send.
/// </summary>
internal static class ResponseCompressor
{
    public const string Brotli = "br";
    public const string Gzip = "gzip";

    private static readonly ConcurrentDictionary<(string File, string Encoding, DateTime Written), Lazy<byte[]>> Cache = new();

    /// <summary>True for the text types a CDN compresses (HTML, CSS, JavaScript, JSON, XML, SVG, plain text).</summary>
    public static bool Compresses(string contentType) =>
        contentType.StartsWith("text/", StringComparison.Ordinal) ||
        contentType.StartsWith("application/javascript", StringComparison.Ordinal) ||
        contentType.StartsWith("application/json", StringComparison.Ordinal) ||
        contentType.StartsWith("application/xml", StringComparison.Ordinal) ||
        contentType.StartsWith("application/atom+xml", StringComparison.Ordinal) ||
        contentType.StartsWith("image/svg+xml", StringComparison.Ordinal);

    /// <summary>The encoding to send for an <c>Accept-Encoding</c> header, or null for none.</summary>
    public static string? Choose(StringValues acceptEncoding)
    {
        var accepted = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in acceptEncoding)
            foreach (var item in (header ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = item.Split(';', StringSplitOptions.TrimEntries);
                if (!parts.Skip(1).Any(IsQualityZero)) accepted.Add(parts[0]);
            }
        return accepted.Contains(Brotli) ? Brotli : accepted.Contains(Gzip) ? Gzip : null;
    }

    private static bool IsQualityZero(string parameter)
    {
        var pair = parameter.Split('=', 2, StringSplitOptions.TrimEntries);
        return pair.Length == 2 && pair[0] == "q" &&
               double.TryParse(pair[1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var q) && q == 0;
    }

    /// <summary>The body of <paramref name="file"/> in <paramref name="encoding"/>.</summary>
    public static byte[] Compressed(string file, string encoding)
    {
        var precompressed = file + (encoding == Brotli ? ".br" : ".gz");
        if (File.Exists(precompressed)) return File.ReadAllBytes(precompressed);
        var key = (file, encoding, File.GetLastWriteTimeUtc(file));
        return Cache.GetOrAdd(key, k => new Lazy<byte[]>(() => Compress(File.ReadAllBytes(k.File), k.Encoding))).Value;
    }

    private static byte[] Compress(byte[] content, string encoding)
    {
        using var buffer = new MemoryStream();
        using (Stream compressor = encoding == Brotli
                   ? new BrotliStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true)
                   : new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
            compressor.Write(content);
        return buffer.ToArray();
    }
}
