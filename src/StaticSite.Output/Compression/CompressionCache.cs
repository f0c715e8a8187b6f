using System.Buffers.Binary;
using System.IO.Hashing;
using Microsoft.Win32.SafeHandles;
using StaticSite.Output.Files;

namespace StaticSite.Output.Compression;

/// <summary>
/// Keeps a region's Brotli and gzip copies between builds, by a hash of the original's bytes, in two files:
/// <c>&lt;region&gt;.pack</c> holds the copies, <c>&lt;region&gt;.index</c> one fixed-size record per original (its hash,
/// where its copies are, their lengths and checksum). Compressing costs about 1 s of one core for the 23 MB of text of a
/// 1,000-page region, while most files are the same as in the last build; and CI runners restore this cache without the
/// site.
/// <para>
/// Two files, not one file per original: a cold build of 1,000 pages wrote 2,000 small files here, and on ext4 without a
/// journal every new file right after a site was deleted costs a scan of the recently deleted inodes (20% of all CPU of a
/// cold build on disk). Writing is appending: the copies at a reserved place in the pack, then their record. A record
/// that is cut short or damaged ends the index where it starts; copies whose checksum does not match are made again;
/// an index of another pack or of other settings starts both over. Nothing here can fail a build: after an I/O
/// problem copies are made without the cache. When less than half of the pack is still used by the site (what this
/// build compressed or took over), <see cref="Finish"/> writes the used copies into a new pack, so it does not only grow.
/// </para>
/// <para>
/// The key is the caller's XxHash128 of the original (with its length checked too): a cache only the build writes,
/// inside its own output folder, needs no defence against forged entries (whoever can write it can write the site itself).
/// </para>
/// </summary>
/// <param name="folder">The cache folder; created on first write.</param>
/// <param name="name">The file name of this cache's pack and index, without extension (the region).</param>
public sealed class CompressionCache(string folder, string name) : IDisposable
{
    private const int RecordLength = 16 + 8 + 4 + 4 + 8 + 8 + 8;
    private const int IndexHeaderLength = 24, PackHeaderLength = 16;
    private const ulong IndexMagic = 0x0100_7864_6973_7373, PackMagic = 0x0100_6b63_6170_7373; // "sssidx", "sspack", version 1
    private static readonly ulong SettingsHash = XxHash3.HashToUInt64(System.Text.Encoding.UTF8.GetBytes($"{Precompressor.Settings}-net{Environment.Version.Major}"));

    private readonly Lock _lock = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<UInt128, Entry> _entries = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<UInt128, byte> _used = new();
    private SafeFileHandle? _pack, _index;
    private ulong _packId;
    private long _packEnd, _indexEnd;
    private bool _opened;
    private volatile bool _broken;

    private string PackPath => Path.Combine(folder, name + ".pack");
    private string IndexPath => Path.Combine(folder, name + ".index");

    private readonly record struct Entry(long Offset, int Brotli, int Gzip, long OriginalLength, ulong Checksum);

    /// <summary>The Brotli and gzip copies of <paramref name="content"/> (whose XxHash128 is <paramref name="hash"/>), from the cache or made now (and kept).</summary>
    public (byte[] Brotli, byte[] Gzip) Compress(ReadOnlyMemory<byte> content, UInt128 hash)
    {
        Open();
        if (Read(hash, content.Length) is { } cached) return cached;
        byte[] brotli = [], gzip = [];
        EncoderHeap.Prepare(content.Length);
        // A large file (the search index) is often the last one a build waits for: its two copies are made side by side.
        if (content.Length >= SideBySideFrom)
            Parallel.Invoke(() => brotli = Precompressor.Brotli(content.Span), () => gzip = Precompressor.Gzip(content.Span));
        else
            (brotli, gzip) = (Precompressor.Brotli(content.Span), Precompressor.Gzip(content.Span));
        Append(hash, brotli, gzip, content.Length);
        return (brotli, gzip);
    }

    // From this size making a copy takes tens of milliseconds, more than handing it to another thread costs.
    private const int SideBySideFrom = 256 * 1024;

    /// <summary>Keeps the copies of the original with <paramref name="hash"/> in the pack although this build did not ask for them (its file was taken over unchanged).</summary>
    public void Keep(UInt128 hash)
    {
        Open();
        if (_entries.ContainsKey(hash)) _used.TryAdd(hash, 0);
    }

    private (byte[], byte[])? Read(UInt128 hash, int originalLength)
    {
        if (_broken || !_entries.TryGetValue(hash, out var entry) || entry.OriginalLength != originalLength) return null;
        var bytes = new byte[entry.Brotli + entry.Gzip];
        try
        {
            if (RandomAccess.Read(_pack!, bytes, entry.Offset) != bytes.Length || XxHash3.HashToUInt64(bytes) != entry.Checksum) return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ObjectDisposedException) { return null; }
        _used.TryAdd(hash, 0);
        return (bytes[..entry.Brotli], bytes[entry.Brotli..]);
    }

    private void Append(UInt128 hash, byte[] brotli, byte[] gzip, int originalLength)
    {
        if (_broken) return;
        var length = brotli.Length + gzip.Length;
        var offset = Interlocked.Add(ref _packEnd, length) - length;
        var checksum = new XxHash3();
        checksum.Append(brotli);
        checksum.Append(gzip);
        var entry = new Entry(offset, brotli.Length, gzip.Length, originalLength, checksum.GetCurrentHashAsUInt64());
        try
        {
            RandomAccess.Write(_pack!, [brotli, gzip], offset);
            var record = Record(hash, entry);
            lock (_lock)
            {
                RandomAccess.Write(_index!, record, _indexEnd);
                _indexEnd += RecordLength;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            _broken = true;
            return;
        }
        _entries[hash] = entry;
        _used.TryAdd(hash, 0);
    }

    private static byte[] Record(UInt128 hash, Entry entry)
    {
        var record = new byte[RecordLength];
        var span = record.AsSpan();
        BinaryPrimitives.WriteUInt128LittleEndian(span, hash);
        BinaryPrimitives.WriteInt64LittleEndian(span[16..], entry.Offset);
        BinaryPrimitives.WriteInt32LittleEndian(span[24..], entry.Brotli);
        BinaryPrimitives.WriteInt32LittleEndian(span[28..], entry.Gzip);
        BinaryPrimitives.WriteInt64LittleEndian(span[32..], entry.OriginalLength);
        BinaryPrimitives.WriteUInt64LittleEndian(span[40..], entry.Checksum);
        BinaryPrimitives.WriteUInt64LittleEndian(span[48..], XxHash3.HashToUInt64(span[..48]));
        return record;
    }

    // Opens the pack and reads its index once, on first use; a missing, damaged or other-settings cache starts over.
    private void Open()
    {
        if (Volatile.Read(ref _opened)) return;
        lock (_lock)
        {
            if (_opened) return;
            try
            {
                Directory.CreateDirectory(folder);
                if (!TryReuse()) StartOver();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                _broken = true;
            }
            Volatile.Write(ref _opened, true);
        }
    }

    private bool TryReuse()
    {
        // Only ordinary files are read and appended to: a link at either name (it would lead writes out of the output
        // folder) or anything else starts the cache over, which removes what is there.
        if (FileStamp.Of(IndexPath) is null || FileStamp.Of(PackPath) is null) return false;
        var index = File.ReadAllBytes(IndexPath);
        if (index.Length < IndexHeaderLength || BinaryPrimitives.ReadUInt64LittleEndian(index) != IndexMagic
            || BinaryPrimitives.ReadUInt64LittleEndian(index.AsSpan(16)) != SettingsHash) return false;
        _packId = BinaryPrimitives.ReadUInt64LittleEndian(index.AsSpan(8));
        _pack = File.OpenHandle(PackPath, FileMode.Open, FileAccess.ReadWrite);
        Span<byte> header = stackalloc byte[PackHeaderLength];
        _packEnd = RandomAccess.GetLength(_pack);
        if (RandomAccess.Read(_pack, header, 0) != PackHeaderLength || BinaryPrimitives.ReadUInt64LittleEndian(header) != PackMagic
            || BinaryPrimitives.ReadUInt64LittleEndian(header[8..]) != _packId)
        {
            _pack.Dispose();
            return false;
        }
        var at = IndexHeaderLength;
        for (; at + RecordLength <= index.Length; at += RecordLength)
        {
            var record = index.AsSpan(at, RecordLength);
            if (BinaryPrimitives.ReadUInt64LittleEndian(record[48..]) != XxHash3.HashToUInt64(record[..48])) break;
            var entry = new Entry(BinaryPrimitives.ReadInt64LittleEndian(record[16..]), BinaryPrimitives.ReadInt32LittleEndian(record[24..]),
                BinaryPrimitives.ReadInt32LittleEndian(record[28..]), BinaryPrimitives.ReadInt64LittleEndian(record[32..]), BinaryPrimitives.ReadUInt64LittleEndian(record[40..]));
            if (entry.Offset < PackHeaderLength || entry.Brotli < 0 || entry.Gzip < 0 || entry.Offset + entry.Brotli + entry.Gzip > _packEnd) continue;
            _entries[BinaryPrimitives.ReadUInt128LittleEndian(record)] = entry;
        }
        // New records go where the first damaged one was.
        _indexEnd = at;
        _index = File.OpenHandle(IndexPath, FileMode.Open, FileAccess.Write);
        return true;
    }

    private void StartOver()
    {
        _entries.Clear();
        // Entries of the cache before packs (a file each, in folders 00 to ff) are no longer read.
        foreach (var old in Directory.EnumerateDirectories(folder).Where(d => Path.GetFileName(d) is { Length: 2 } n && n.All(char.IsAsciiHexDigitLower)))
            Directory.Delete(old, recursive: true);
        _packId = (ulong)Random.Shared.NextInt64();
        (_pack, _packEnd) = Create(PackPath, PackHeader(_packId));
        (_index, _indexEnd) = Create(IndexPath, IndexHeader(_packId));
    }

    // A new file in place of whatever is at the path: a link is removed, never followed (CreateNew is O_EXCL).
    private static (SafeFileHandle, long) Create(string path, byte[] header)
    {
        File.Delete(path);
        var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite);
        RandomAccess.Write(handle, header, 0);
        return (handle, header.Length);
    }

    private static byte[] PackHeader(ulong id)
    {
        var header = new byte[PackHeaderLength];
        BinaryPrimitives.WriteUInt64LittleEndian(header, PackMagic);
        BinaryPrimitives.WriteUInt64LittleEndian(header.AsSpan(8), id);
        return header;
    }

    private static byte[] IndexHeader(ulong id)
    {
        var header = new byte[IndexHeaderLength];
        BinaryPrimitives.WriteUInt64LittleEndian(header, IndexMagic);
        BinaryPrimitives.WriteUInt64LittleEndian(header.AsSpan(8), id);
        BinaryPrimitives.WriteUInt64LittleEndian(header.AsSpan(16), SettingsHash);
        return header;
    }

    /// <summary>
    /// Ends the build's use of the cache. When less than half of the pack is used by this build (and the rest is more than
    /// <see cref="CompactFrom"/>), the used copies are written into a new pack and index that replace the old ones.
    /// </summary>
    public void Finish()
    {
        lock (_lock)
        {
            if (!_opened || _broken || _pack is null) { Close(); return; }
            var used = _used.Keys.Where(_entries.ContainsKey).Select(k => (Key: k, Entry: _entries[k])).OrderBy(e => e.Entry.Offset).ToList();
            var usedBytes = used.Sum(e => (long)e.Entry.Brotli + e.Entry.Gzip);
            var packEnd = Interlocked.Read(ref _packEnd);
            if (packEnd - PackHeaderLength - usedBytes > Math.Max(usedBytes, CompactFrom))
            {
                try { Compact(used); }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
            }
            Close();
        }
    }

    /// <summary>Garbage in the pack below this size is left there.</summary>
    public const long CompactFrom = 4 * 1024 * 1024;

    private void Compact(List<(UInt128 Key, Entry Entry)> used)
    {
        var id = (ulong)Random.Shared.NextInt64();
        var suffix = $".{Environment.ProcessId}.tmp";
        var (pack, _) = Create(PackPath + suffix, PackHeader(id));
        var (index, _) = Create(IndexPath + suffix, []);
        using (pack)
        using (index)
        {
            var records = new byte[IndexHeaderLength + used.Count * RecordLength];
            IndexHeader(id).CopyTo(records, 0);
            long packAt = PackHeaderLength;
            var recordAt = IndexHeaderLength;
            foreach (var (key, entry) in used)
            {
                var bytes = new byte[entry.Brotli + entry.Gzip];
                if (RandomAccess.Read(_pack!, bytes, entry.Offset) != bytes.Length) continue;
                RandomAccess.Write(pack, bytes, packAt);
                Record(key, entry with { Offset = packAt }).CopyTo(records, recordAt);
                packAt += bytes.Length;
                recordAt += RecordLength;
            }
            RandomAccess.Write(index, records.AsSpan(0, recordAt), 0);
        }
        // The pack first: should the process end between the two, the old index names another pack and both start over.
        File.Move(PackPath + suffix, PackPath, overwrite: true);
        File.Move(IndexPath + suffix, IndexPath, overwrite: true);
    }

    private void Close()
    {
        _pack?.Dispose();
        _index?.Dispose();
        _pack = _index = null;
        _broken = true;
    }

    /// <summary>Closes the pack and index (without compacting) when <see cref="Finish"/> was not called.</summary>
    public void Dispose()
    {
        lock (_lock) Close();
    }
}
