using System.Security.Cryptography;
using StaticSite.Content.Sources;
using StaticSite.Output.Files;

namespace StaticSite.Output.Images;

/// <summary>
/// Keeps encoded copies between builds, by the SHA-256 of the original's bytes and the encoder's
/// settings, so an unchanged image is never encoded again (encoding is most of an image's cost).
/// The folder is outside every deployed site (<c>dist/.cache/images</c> by default) and is safe to
/// delete; CI can keep it between runs. A damaged or half-written entry is simply encoded again.
/// </summary>
/// <param name="folder">The cache folder; created on first write.</param>
public sealed class ImageCache(string folder)
{
    // Encoded copies are at most a few hundred kB; a larger file in the cache is not one of ours.
    private const long MaxCopyBytes = 64L * 1024 * 1024;

    // Cached copies are published: read only ordinary files really inside the cache folder, never through a link out of it.
    private readonly SafeFileReader _reader = SafeFileReader.For(folder, "the image cache");

    /// <summary>The cache key of an image's bytes under the current encoder settings.</summary>
    public static string Key(ReadOnlySpan<byte> bytes) =>
        Convert.ToHexStringLower(SHA256.HashData([.. bytes, .. System.Text.Encoding.UTF8.GetBytes(ImageEncoder.Settings)]));

    /// <summary>Cached copies of the image with key <paramref name="key"/>, or null when there are none (or they are unreadable).</summary>
    public IReadOnlyList<ImageCopy>? Get(string key)
    {
        var manifest = Path.Combine(folder, key, "copies.txt");
        try
        {
            if (!File.Exists(manifest) || Read(manifest) is not { } list) return null;
            var copies = new List<ImageCopy>();
            foreach (var line in System.Text.Encoding.UTF8.GetString(list).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var parts = line.Split(' ');
                if (parts.Length != 4 || parts[3].Contains('/') || Read(Path.Combine(folder, key, parts[3])) is not { } bytes) return null;
                if (Convert.ToHexStringLower(SHA256.HashData(bytes))[..16] != Path.GetFileNameWithoutExtension(parts[3])) return null;
                copies.Add(new ImageCopy(int.Parse(parts[0]), int.Parse(parts[1]), parts[2], bytes));
            }
            return copies;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException) { return null; }
    }

    private byte[]? Read(string path)
    {
        var read = _reader.Read(path, path, MaxCopyBytes);
        return read.Problem is null ? read.Bytes.ToArray() : null;
    }

    /// <summary>Stores the copies of the image with key <paramref name="key"/>; a cache that cannot be written is left alone.</summary>
    public void Put(string key, IReadOnlyList<ImageCopy> copies)
    {
        var entry = Path.Combine(folder, key);
        var staging = entry + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            Directory.CreateDirectory(staging);
            var lines = new List<string>();
            foreach (var copy in copies)
            {
                var name = Convert.ToHexStringLower(SHA256.HashData(copy.Bytes))[..16] + "." + copy.Format;
                File.WriteAllBytes(Path.Combine(staging, name), copy.Bytes);
                lines.Add($"{copy.Width} {copy.Height} {copy.Format} {name}");
            }
            // The manifest last: an entry without one is never read.
            File.WriteAllLines(Path.Combine(staging, "copies.txt"), lines);
            // Whatever is in the entry's place (an older entry, a link) is removed, never followed.
            AtomicSiteWriter.DeleteTree(entry);
            Directory.Move(staging, entry);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            try { if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
