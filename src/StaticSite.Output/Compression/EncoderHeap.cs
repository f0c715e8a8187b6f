using System.Runtime.InteropServices;

namespace StaticSite.Output.Compression;

/// <summary>
/// Settings of the C heap (glibc's malloc) that the native Brotli and zlib encoders allocate their working memory from:
/// kept with the process for a large file (a search index of tens of megabytes) instead of handed back to the kernel
/// after each use, shared by fewer threads in a build of several regions, and given back between regions.
/// </summary>
/// <remarks>
/// <see cref="Prepare"/>: for a large input the encoders allocate and free blocks of megabytes again and again (per metablock); glibc maps
/// each such block fresh from the kernel and unmaps it when freed, so every use pays page faults on new memory.
/// Measured at 10,000 pages (edit build to tmpfs, three interleaved pairs): with glibc's defaults 13.1-14.6 s wall,
/// 18.7-20.8 CPU-s and 610,000-624,000 page faults; with blocks up to 32 MB taken from the heap and up to 256 MB of
/// freed heap kept 9.3-9.7 s, 14.5-15.3 CPU-s and 355,000-370,000 faults (the search index's copies: 1.8 s instead of
/// 4.5 s). Keeping 64 MB was as fast (9.0-9.6 s) with less memory kept (peak 1.34-1.36 GB against 1.23-1.29 GB with the
/// defaults); keeping 32 MB gave back half the gain (10.2-10.4 s). The cost is that resident memory (at 1,000 pages
/// +20 MB with no gain in time), so the setting is made only once a large file is compressed. Hand-written P/Invoke of glibc's <c>mallopt</c>; elsewhere (musl, macOS, Windows) nothing changes.
/// </remarks>
public static class EncoderHeap
{
    /// <summary>Inputs from this size get the setting.</summary>
    public const int LargeFrom = 8 * 1024 * 1024;

    private const int TrimThreshold = -1, MmapThreshold = -3, ArenaMax = -8; // M_TRIM_THRESHOLD, M_MMAP_THRESHOLD, M_ARENA_MAX (malloc.h)
    private static int _done;

    /// <summary>Makes the setting once, before a file of <paramref name="length"/> bytes is compressed, when it is large.</summary>
    public static void Prepare(int length)
    {
        if (length < LargeFrom || !OperatingSystem.IsLinux() || Interlocked.Exchange(ref _done, 1) == 1) return;
        try
        {
            mallopt(MmapThreshold, 32 * 1024 * 1024);
            mallopt(TrimThreshold, 64 * 1024 * 1024);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            // Not glibc: its own allocator's behaviour stays.
        }
    }

    /// <summary>
    /// Lets at most two heaps (glibc arenas) per core serve the threads that compress, before a build of several regions.
    /// </summary>
    /// <remarks>
    /// glibc gives each thread that allocates its own arena, up to eight per core, and memory freed in an arena stays
    /// with it. Every region runs its pipelines on threads of their own and the thread pool grows as a build goes on, so
    /// over a build of several regions up to 16 arenas each keep what the encoders last freed in them. Ten regions of
    /// 1,000 pages (interleaved pairs, tmpfs, with pages compressed at Brotli quality 3, whose 512 KB tables are served
    /// from the arenas): peak 226-264 MB with glibc's default, 208-215 MB with four arenas (two cores); thirty regions:
    /// 213-279 MB (mean 252) against 219-245 MB (mean 222), at 2-4% more time (more page faults: the shared arenas are
    /// trimmed more often). A single region is left alone: there the pairs showed no difference (171 against 173 MB).
    /// </remarks>
    public static void ShareArenas()
    {
        if (!OperatingSystem.IsLinux() || Interlocked.Exchange(ref _arenasShared, 1) == 1) return;
        try
        {
            mallopt(ArenaMax, 2 * Environment.ProcessorCount);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            // Not glibc: its own allocator's behaviour stays.
        }
    }

    private static int _arenasShared;

    /// <summary>
    /// Gives the memory the encoders have freed back to the kernel (glibc's <c>malloc_trim</c>), when a region's site is
    /// done and before the next one is built.
    /// </summary>
    /// <remarks>
    /// Each thread that compresses gets its own glibc arena, and freed blocks stay in it: after a few regions the process
    /// holds freed native memory on top of the next region's needs (six regions of 1,000 pages: peak 233 MB; with glibc
    /// trimming after every free 185 MB, but three times slower). Trimming once per region: 222-226 MB → 215-216 MB
    /// (two interleaved pairs, tmpfs), at no measurable cost in time.
    /// </remarks>
    public static void ReleaseFreed()
    {
        if (!OperatingSystem.IsLinux() || _noTrim) return;
        try
        {
            malloc_trim(0);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            _noTrim = true;
        }
    }

    private static bool _noTrim;

    [DllImport("libc")]
    private static extern int mallopt(int param, int value);

    [DllImport("libc")]
    private static extern int malloc_trim(nuint pad);
}
