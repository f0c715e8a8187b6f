using System.Buffers;

namespace StaticSite.Output.Memory;

/// <summary>
/// One growable buffer per thread for making a result whose size is known only when it is done (a gzip copy, a JSON
/// item, a cache entry): the result is written into the thread's buffer, then copied once into an array of its exact
/// size. Made afresh for each result, such a buffer grows by doubling (every step a new array, cleared by the runtime,
/// and the old one copied), and the result keeps the unused end alive: at 1,000 pages that was about 70 MB of the
/// ~500 MB a build allocates, and the clearing of fresh memory is the largest single cost of allocating.
/// </summary>
/// <remarks>
/// A caller uses the buffer only between taking it and copying the result out, calls nothing that could take it
/// again on the same thread meanwhile, and never waits there (no other work runs on the thread in between).
/// </remarks>
public static class ScratchBuffers
{
    // A buffer grown past this (a huge page) is not kept for the next result.
    private const int KeptBytes = 4 * 1024 * 1024;

    [ThreadStatic] private static MemoryStream? _stream;
    [ThreadStatic] private static ArrayBufferWriter<byte>? _writer;

    /// <summary>This thread's empty stream, to write a result into and <see cref="MemoryStream.ToArray"/> it.</summary>
    public static MemoryStream Stream()
    {
        if (_stream is not { } stream || stream.Capacity > KeptBytes) _stream = stream = new MemoryStream(64 * 1024);
        stream.SetLength(0);
        return stream;
    }

    /// <summary>This thread's empty buffer writer, to write a result into and copy its <see cref="ArrayBufferWriter{T}.WrittenSpan"/>.</summary>
    public static ArrayBufferWriter<byte> Writer()
    {
        if (_writer is not { } writer || writer.Capacity > KeptBytes) _writer = writer = new ArrayBufferWriter<byte>(64 * 1024);
        writer.ResetWrittenCount();
        return writer;
    }
}
