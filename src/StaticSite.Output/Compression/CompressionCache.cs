using System.IO.Compression;
using System.IO.Hashing;

namespace StaticSite.Output.Compression;

/// <summary>
/// Keeps the Brotli and gzip copies between builds, by the SHA-256 of the original's bytes: compressing
/// costs about 1 s of one core for the 23 MB of text of a 1,000-page region, while most files are the
/// same as in the last build. A copy is used only after decompressing it gives the original back, so a
/// damaged or half-written entry is simply compressed again. That check is also why the key can be a
/// fast non-cryptographic hash (XxHash128, a tenth of SHA-256's cost): two files with the same key
/// would each find the other's copy does not decompress to them and be compressed anew.
/// </summary>
/// <param name="folder">The cache folder; created on first write.</param>
public sealed class CompressionCache(string folder)
{
    private static readonly byte[] SettingsBytes = System.Text.Encoding.UTF8.GetBytes($"{Precompressor.Settings}-net{Environment.Version.Major}");

    /// <summary>The Brotli and gzip copies of <paramref name="content"/>, from the cache or made now (and kept).</summary>
    public (byte[] Brotli, byte[] Gzip) Compress(ReadOnlySpan<byte> content)
    {
        var hash = new XxHash128();
        hash.Append(content);
        hash.Append(SettingsBytes);
        var key = Convert.ToHexStringLower(hash.GetCurrentHash());
        var brotli = Read(key + ".br", content, gzip: false) ?? Write(key + ".br", Precompressor.Brotli(content));
        var gz = Read(key + ".gz", content, gzip: true) ?? Write(key + ".gz", Precompressor.Gzip(content));
        return (brotli, gz);
    }

    private byte[]? Read(string name, ReadOnlySpan<byte> original, bool gzip)
    {
        var path = Path.Combine(folder, name[..2], name);
        try
        {
            if (!File.Exists(path)) return null;
            var bytes = File.ReadAllBytes(path);
            using var input = new MemoryStream(bytes);
            using Stream decompressor = gzip ? new GZipStream(input, CompressionMode.Decompress) : new BrotliStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream(original.Length);
            decompressor.CopyTo(output);
            return output.GetBuffer().AsSpan(0, (int)output.Length).SequenceEqual(original) ? bytes : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException) { return null; }
    }

    private byte[] Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name[..2], name);
        var temp = path + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            try { File.Delete(temp); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
        return bytes;
    }
}
