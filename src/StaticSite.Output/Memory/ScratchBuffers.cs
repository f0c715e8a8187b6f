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

    // A thread's buffers, in a slot that ReleaseAll can reach from any thread.
    private sealed class Slot
    {
        public MemoryStream? Stream;
        public ArrayBufferWriter<byte>? Writer;
    }

    [ThreadStatic] private static Slot? _slot;
    private static readonly Lock SlotsLock = new();
    private static readonly List<WeakReference<Slot>> Slots = [];

    private static Slot Mine()
    {
        if (_slot is { } slot) return slot;
        _slot = slot = new Slot();
        lock (SlotsLock)
        {
            Slots.RemoveAll(s => !s.TryGetTarget(out _));
            Slots.Add(new WeakReference<Slot>(slot));
        }
        return slot;
    }

    /// <summary>This thread's empty stream, to write a result into and <see cref="MemoryStream.ToArray"/> it.</summary>
    public static MemoryStream Stream()
    {
        var slot = Mine();
        if (slot.Stream is not { } stream || stream.Capacity > KeptBytes) slot.Stream = stream = new MemoryStream(64 * 1024);
        stream.SetLength(0);
        return stream;
    }

    /// <summary>This thread's empty buffer writer, to write a result into and copy its <see cref="ArrayBufferWriter{T}.WrittenSpan"/>.</summary>
    public static ArrayBufferWriter<byte> Writer()
    {
        var slot = Mine();
        if (slot.Writer is not { } writer || writer.Capacity > KeptBytes) slot.Writer = writer = new ArrayBufferWriter<byte>(64 * 1024);
        writer.ResetWrittenCount();
        return writer;
    }

    /// <summary>
    /// Lets go of every thread's kept buffers, when a region's site is done and before the next one is built.
    /// </summary>
    /// <remarks>
    /// The thread pool's threads live through all regions of a build, and each kept what it last grew (up to 4 MB a
    /// buffer, for the JSON API's list or a search index's gzip copy), carried into every later region's peak. Ten regions
    /// of 1,000 pages: the heap live after the tenth region's final collection was 32 MB, 27 MB once these buffers were let
    /// go, and 6 MB once large Brotli rooms no longer came from the shared pool (see <c>Precompressor.Brotli</c>). A thread
    /// that is using its buffer keeps its own reference; it only gets a new buffer the next time.
    /// </remarks>
    public static void ReleaseAll()
    {
        lock (SlotsLock)
        {
            foreach (var reference in Slots)
            {
                if (!reference.TryGetTarget(out var slot)) continue;
                slot.Stream = null;
                slot.Writer = null;
            }
        }
    }
}
