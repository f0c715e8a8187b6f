using System.IO.Compression;

namespace StaticSite.Search;

/// <summary>What one search asset costs to download.</summary>
/// <param name="LogicalName">The asset.</param>
/// <param name="Raw">UTF-8 bytes.</param>
/// <param name="Gzip">Bytes gzip-compressed at the optimal level.</param>
/// <param name="Brotli">Bytes Brotli-compressed at the smallest size level.</param>
public sealed record SearchAssetSize(string LogicalName, long Raw, long Gzip, long Brotli)
{
    /// <summary>One line for a build log or test output.</summary>
    public override string ToString() =>
        $"{LogicalName}: {Raw / 1024.0:0.0} KB raw, {Gzip / 1024.0:0.0} KB gzip, {Brotli / 1024.0:0.0} KB brotli";
}

/// <summary>Measures search assets for the size budget (BENCHMARKS.md: under 100 KB compressed at 300 pages).</summary>
public static class SearchAssetSizes
{
    /// <summary>Sizes of each asset, as a build step or benchmark reports them.</summary>
    public static IReadOnlyList<SearchAssetSize> Measure(IEnumerable<SearchAsset> assets) =>
        assets.Select(a => Measure(a.LogicalName, a.Utf8)).ToList();

    /// <summary>Sizes of arbitrary bytes, e.g. the lunr scripts shipped beside the assets.</summary>
    public static SearchAssetSize Measure(string name, ReadOnlyMemory<byte> content)
    {
        return new SearchAssetSize(name, content.Length, Compressed(content, s => new GZipStream(s, CompressionLevel.SmallestSize, leaveOpen: true)),
            Compressed(content, s => new BrotliStream(s, CompressionLevel.SmallestSize, leaveOpen: true)));
    }

    private static long Compressed(ReadOnlyMemory<byte> content, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream();
        using (var stream = compressor(output))
        {
            stream.Write(content.Span);
        }

        return output.Length;
    }
}
