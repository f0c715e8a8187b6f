using System.IO.Compression;
using System.IO.Hashing;
using StaticSite.Output.Compression;

namespace StaticSite.Tests.Output;

/// <summary>
/// The pack of compressed copies (<see cref="CompressionCache"/>): copies written by many threads are all found by the
/// next build; the pack is made smaller when most of it is no longer used, keeping what the build used or took over.
/// </summary>
public sealed class CompressionCacheTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("compressioncache-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Pack => Path.Combine(_folder, "regio.pack");

    private static byte[] Text(int seed, int length)
    {
        // Words from a small vocabulary: compressible like a page, different per seed.
        var random = new Random(seed);
        var words = new[] { "ouder", "school", "passend", "onderwijs", "steunpunt", "leerplicht", "zorg", "jeugd" };
        var text = new System.Text.StringBuilder();
        while (text.Length < length) text.Append(words[random.Next(words.Length)]).Append(random.Next(100)).Append(' ');
        return System.Text.Encoding.UTF8.GetBytes(text.ToString(0, length));
    }

    private static byte[] Random(int seed, int length)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static UInt128 Hash(byte[] bytes) => XxHash128.HashToUInt128(bytes);

    private static void AssertCopiesOf(byte[] original, (byte[] Brotli, byte[] Gzip) copies)
    {
        using (var br = new BrotliStream(new MemoryStream(copies.Brotli), CompressionMode.Decompress)) Assert.Equal(original, ReadAll(br));
        using (var gz = new GZipStream(new MemoryStream(copies.Gzip), CompressionMode.Decompress)) Assert.Equal(original, ReadAll(gz));
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    [Fact]
    public void Copies_written_side_by_side_are_all_found_by_the_next_build_without_writing()
    {
        var files = Enumerable.Range(0, 300).Select(i => Text(i, 200 + i * 37)).ToList();
        using (var first = new CompressionCache(_folder, "regio"))
        {
            Parallel.ForEach(files, f => AssertCopiesOf(f, first.Compress(f, Hash(f))));
            first.Finish();
        }
        var length = new FileInfo(Pack).Length;

        using var second = new CompressionCache(_folder, "regio");
        Parallel.ForEach(files, f => AssertCopiesOf(f, second.Compress(f, Hash(f))));
        second.Finish();

        Assert.Equal(length, new FileInfo(Pack).Length);
    }

    [Fact]
    public void A_file_of_the_same_hash_but_another_length_is_compressed_itself()
    {
        var original = Text(1, 1000);
        using (var first = new CompressionCache(_folder, "regio"))
        {
            first.Compress(original, 42);
            first.Finish();
        }
        var other = Text(2, 999);

        using var second = new CompressionCache(_folder, "regio");
        AssertCopiesOf(other, second.Compress(other, 42));
    }

    [Fact]
    public void The_pack_is_made_smaller_when_most_of_it_is_unused_keeping_what_was_used_or_kept()
    {
        // Random bytes do not compress: each file puts about twice its length into the pack.
        var used = Random(1, 1_500_000);
        var kept = Random(2, 1_500_000);
        var unused = Enumerable.Range(3, 4).Select(i => Random(i, 1_500_000)).ToList();
        using (var first = new CompressionCache(_folder, "regio"))
        {
            foreach (var file in unused.Append(used).Append(kept)) first.Compress(file, Hash(file));
            first.Finish();
        }
        var full = new FileInfo(Pack).Length;
        Assert.True(full > 6 * 2 * 1_500_000);

        using (var second = new CompressionCache(_folder, "regio"))
        {
            second.Compress(used, Hash(used));
            second.Keep(Hash(kept));
            second.Finish();
        }

        var compacted = new FileInfo(Pack).Length;
        Assert.InRange(compacted, 2 * 2 * 1_500_000, 2 * 2 * 1_500_000 + 100_000);
        using var third = new CompressionCache(_folder, "regio");
        AssertCopiesOf(used, third.Compress(used, Hash(used)));
        AssertCopiesOf(kept, third.Compress(kept, Hash(kept)));
        Assert.Equal(compacted, new FileInfo(Pack).Length);
        AssertCopiesOf(unused[0], third.Compress(unused[0], Hash(unused[0])));
        Assert.True(new FileInfo(Pack).Length > compacted);
    }

    [Fact]
    public void Garbage_below_the_threshold_is_left_in_the_pack()
    {
        var files = Enumerable.Range(0, 20).Select(i => Text(i, 20_000)).ToList();
        using (var first = new CompressionCache(_folder, "regio"))
        {
            foreach (var file in files) first.Compress(file, Hash(file));
            first.Finish();
        }
        var length = new FileInfo(Pack).Length;

        using (var second = new CompressionCache(_folder, "regio"))
        {
            second.Compress(files[0], Hash(files[0]));
            second.Finish();
        }

        Assert.Equal(length, new FileInfo(Pack).Length);
    }
}
