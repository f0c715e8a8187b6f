using System.IO.Compression;
using StaticSite.Output.Compression;
using StaticSite.Output.Memory;

namespace StaticSite.Tests.Output;

/// <summary>
/// The per-thread buffers results are made in (<see cref="ScratchBuffers"/>) are reused by their thread, and let go for
/// every thread between the regions of a build, also for a thread that is not the one asking; Brotli copies are whole
/// whether their working room came from the shared pool (small files) or was made for them (large ones).
/// Run alone: a build of several regions elsewhere in the suite releases every thread's buffers, which would make
/// "reused until released" fail by chance.
/// </summary>
[Collection(nameof(ScratchBuffersTests))]
public sealed class ScratchBuffersTests
{
    [Fact]
    public void A_thread_reuses_its_buffers_until_they_are_released()
    {
        var stream = ScratchBuffers.Stream();
        var writer = ScratchBuffers.Writer();
        Assert.Same(stream, ScratchBuffers.Stream());
        Assert.Same(writer, ScratchBuffers.Writer());

        ScratchBuffers.ReleaseAll();

        Assert.NotSame(stream, ScratchBuffers.Stream());
        Assert.NotSame(writer, ScratchBuffers.Writer());
    }

    [Fact]
    public void Releasing_reaches_the_buffers_other_threads_kept()
    {
        using var kept = new ManualResetEventSlim();
        using var released = new ManualResetEventSlim();
        MemoryStream? before = null, after = null, again = null;
        var worker = new Thread(() =>
        {
            before = ScratchBuffers.Stream();
            before.Write(new byte[1024 * 1024]); // grown, as by a large file's copy
            kept.Set();
            released.Wait();
            after = ScratchBuffers.Stream();
            again = ScratchBuffers.Stream();
        });
        worker.Start();
        Assert.True(kept.Wait(TimeSpan.FromSeconds(30)));

        ScratchBuffers.ReleaseAll();
        released.Set();
        Assert.True(worker.Join(TimeSpan.FromSeconds(30)));

        Assert.NotSame(before, after);
        Assert.Equal(64 * 1024, after!.Capacity);
        Assert.Same(after, again);
    }

    [Fact]
    public void A_stream_in_use_while_buffers_are_released_keeps_what_was_written()
    {
        var stream = ScratchBuffers.Stream();
        stream.Write("steunpunt"u8);

        ScratchBuffers.ReleaseAll();
        stream.Write(" passend onderwijs"u8);

        Assert.Equal("steunpunt passend onderwijs", System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Theory]
    [InlineData(1_000)] // room from the shared pool
    [InlineData(200_000)] // still pooled
    [InlineData(3_000_000)] // room made for the file (a search index's size)
    public void Brotli_copies_decompress_to_the_file_whatever_room_they_were_made_in(int length)
    {
        var random = new Random(length);
        var words = new[] { "ouder", "school", "passend", "onderwijs", "steunpunt", "leerplicht", "zorg", "jeugd" };
        var text = new System.Text.StringBuilder();
        while (text.Length < length) text.Append(words[random.Next(words.Length)]).Append(random.Next(1000)).Append(' ');
        var content = System.Text.Encoding.UTF8.GetBytes(text.ToString(0, length));

        var copy = Precompressor.Brotli(content);

        var decoded = new byte[content.Length];
        Assert.True(BrotliDecoder.TryDecompress(copy, decoded, out var written));
        Assert.Equal(content.Length, written);
        Assert.Equal(content, decoded);
        Assert.True(copy.Length < content.Length / 2);
    }
}

/// <summary>Runs <see cref="ScratchBuffersTests"/> while no other test runs.</summary>
[CollectionDefinition(nameof(ScratchBuffersTests), DisableParallelization = true)]
public sealed class ScratchBuffersCollection;
