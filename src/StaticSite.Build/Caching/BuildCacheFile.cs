using System.Collections.Immutable;
using System.Text;
using StaticSite.Content.Model;
using StaticSite.Content.Sources;
using StaticSite.Output.Hosting;
using StaticSite.Pipeline.Diagnostics;

namespace StaticSite.Build.Caching;

/// <summary>What rendering one page's Markdown gave, kept to be used again (<c>RenderMarkdown</c>).</summary>
/// <param name="Html">The rendered body.</param>
/// <param name="Headings">Its headings.</param>
/// <param name="Links">Its links and images.</param>
/// <param name="PlainText">Its plain text.</param>
/// <param name="Diagnostics">What rendering reported, reported again when the result is used.</param>
public sealed record CachedMarkdown(string Html, ImmutableArray<Heading> Headings, ImmutableArray<LinkReference> Links, string PlainText,
    ImmutableArray<Diagnostic> Diagnostics);

/// <summary>One page rendered with the theme, kept as the hash of the file the site has (<c>ApplyLayouts</c>).</summary>
/// <param name="OutputPath">The file in the region's site.</param>
/// <param name="Length">Its length in bytes.</param>
/// <param name="ContentHash">XxHash128 of its bytes: the file is used only when it still has exactly these.</param>
/// <param name="Diagnostics">What rendering reported.</param>
/// <param name="Security">What the page needs from the Content-Security-Policy (null for files that are not pages), so a page taken
/// over unchanged is not read and scanned again.</param>
public sealed record CachedLayout(string OutputPath, int Length, UInt128 ContentHash, ImmutableArray<Diagnostic> Diagnostics, PageSecurity? Security = null);

/// <summary>
/// The build cache of one region on disk (<c>dist/.cache/build/&lt;region&gt;</c>): a header with the format
/// version and the <see cref="ToolIdentity"/> of the tool that wrote it, the Markdown and layout entries
/// by key, and a checksum of all of it. Written with <see cref="BinaryWriter"/> (no reflection, the same
/// in the NativeAOT build) to a temporary file that is then renamed over the old one, so a reader sees a
/// whole file or the previous one. Read defensively: a file that is cut short, damaged, of another
/// format or written by another tool reads as no cache at all, and the build renders everything.
/// A Markdown entry is kept as its encoded bytes (<see cref="Encode"/>) and decoded only when a page asks
/// for it, on that page's worker: reading a 1,000-page cache is then one file read and an index, not
/// some 10 MB of strings made on one thread while every worker waits; an entry used again is written
/// back as the same bytes.
/// </summary>
public sealed class BuildCacheFile
{
    private static ReadOnlySpan<byte> Magic => "SSBUILD\n"u8;
    private const int FormatVersion = 4;
    private const int ChecksumLength = 16;

    /// <summary>Largest cache file read (a 10,000-page region's is about 200 MB).</summary>
    public const long MaxBytes = 2L * 1024 * 1024 * 1024 - 1;

    /// <summary>An empty cache.</summary>
    public static readonly BuildCacheFile Empty = new(new Dictionary<UInt128, ReadOnlyMemory<byte>>(), new Dictionary<UInt128, CachedLayout>(),
        new Dictionary<UInt128, ReadOnlyMemory<byte>>());

    private readonly IReadOnlyDictionary<UInt128, ReadOnlyMemory<byte>> _markdown;
    private readonly IReadOnlyDictionary<UInt128, ReadOnlyMemory<byte>> _analysed;

    private BuildCacheFile(IReadOnlyDictionary<UInt128, ReadOnlyMemory<byte>> markdown, IReadOnlyDictionary<UInt128, CachedLayout> layouts,
        IReadOnlyDictionary<UInt128, ReadOnlyMemory<byte>> analysed) =>
        (_markdown, Layouts, _analysed) = (markdown, layouts, analysed);

    /// <summary>How many Markdown entries the cache holds.</summary>
    public int MarkdownCount => _markdown.Count;

    /// <summary>How many analysed search fields the cache holds.</summary>
    public int AnalysedCount => _analysed.Count;

    /// <summary>Every analysed search field by key.</summary>
    public IReadOnlyDictionary<UInt128, ReadOnlyMemory<byte>> Analysed => _analysed;

    /// <summary>The analysed search field kept under <paramref name="key"/>, as the index builder wrote it (<see cref="Search.Lunr.IAnalysedFieldCache"/>).</summary>
    public bool TryGetAnalysed(UInt128 key, out ReadOnlyMemory<byte> encoded) => _analysed.TryGetValue(key, out encoded);

    /// <summary>Rendered pages by key.</summary>
    public IReadOnlyDictionary<UInt128, CachedLayout> Layouts { get; }

    /// <summary>The encoded Markdown results kept under <paramref name="key"/> (<see cref="Decode"/> them).</summary>
    public bool TryGetMarkdown(UInt128 key, out ReadOnlyMemory<byte> encoded) => _markdown.TryGetValue(key, out encoded);

    /// <summary>
    /// The cache at <paramref name="path"/> when it is whole, of this format and written by the tool
    /// <paramref name="identity"/>; else <see cref="Empty"/>. Reads only an ordinary file (never a pipe or a
    /// link out of the cache folder).
    /// </summary>
    public static BuildCacheFile Read(string path, string identity)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!File.Exists(path)) return Empty;
        var read = SafeFileReader.For(folder, "cache").Read(path, path, MaxBytes);
        if (read.Problem is not null || read.Bytes.Length < Magic.Length + ChecksumLength) return Empty;
        var bytes = read.Bytes.Span;
        var body = bytes[..^ChecksumLength];
        if (!bytes.StartsWith(Magic) || KeyHasher.HashOf(body) != System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(bytes[^ChecksumLength..]))
            return Empty;
        var data = read.Bytes[..^ChecksumLength];
        try
        {
            using var reader = new BinaryReader(StreamOver(data), Encoding.UTF8);
            reader.ReadBytes(Magic.Length);
            if (reader.ReadInt32() != FormatVersion || ReadText(reader) != identity) return Empty;
            var markdown = ReadEntries(reader, data);
            var layouts = new Dictionary<UInt128, CachedLayout>();
            for (var n = Count(reader); n > 0; n--)
                layouts[ReadKey(reader)] = new CachedLayout(ReadText(reader), reader.ReadInt32(), ReadKey(reader), ReadList(reader, ReadDiagnostic), ReadSecurity(reader));
            var analysed = ReadEntries(reader, data);
            return reader.BaseStream.Position == reader.BaseStream.Length ? new BuildCacheFile(markdown, layouts, analysed) : Empty;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException or ArgumentException or OverflowException or InvalidDataException)
        {
            return Empty;
        }
    }

    // Encoded entries by key, each a slice of the file's bytes (decoded only when used).
    private static Dictionary<UInt128, ReadOnlyMemory<byte>> ReadEntries(BinaryReader reader, ReadOnlyMemory<byte> data)
    {
        var entries = new Dictionary<UInt128, ReadOnlyMemory<byte>>();
        for (var n = Count(reader); n > 0; n--)
        {
            var key = ReadKey(reader);
            var length = Count(reader);
            entries[key] = data.Slice((int)reader.BaseStream.Position, length);
            reader.BaseStream.Seek(length, SeekOrigin.Current);
        }
        return entries;
    }

    private static void WriteEntries(BinaryWriter writer, IReadOnlyDictionary<UInt128, ReadOnlyMemory<byte>> entries)
    {
        writer.Write(entries.Count);
        foreach (var (key, entry) in entries.OrderBy(e => e.Key))
        {
            WriteKey(writer, key);
            writer.Write(entry.Length);
            writer.Write(entry.Span);
        }
    }

    /// <summary>The bytes <paramref name="entry"/> is kept as.</summary>
    public static byte[] Encode(CachedMarkdown entry)
    {
        var stream = Output.Memory.ScratchBuffers.Stream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            WriteText(writer, entry.Html);
            WriteList(writer, entry.Headings, WriteHeading);
            WriteList(writer, entry.Links, WriteLink);
            WriteText(writer, entry.PlainText);
            WriteList(writer, entry.Diagnostics, WriteDiagnostic);
        }
        return stream.ToArray();
    }

    /// <summary>The Markdown results <paramref name="encoded"/> holds, or null when they are not whole (then the page is rendered).</summary>
    public static CachedMarkdown? Decode(ReadOnlyMemory<byte> encoded)
    {
        try
        {
            using var reader = new BinaryReader(StreamOver(encoded), Encoding.UTF8);
            var entry = new CachedMarkdown(ReadText(reader), ReadList(reader, ReadHeading), ReadList(reader, ReadLink), ReadText(reader), ReadList(reader, ReadDiagnostic));
            return reader.BaseStream.Position == reader.BaseStream.Length ? entry : null;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException or ArgumentException or OverflowException or InvalidDataException)
        {
            return null;
        }
    }

    // Publicly visible, so texts are decoded straight from the bytes (see Take).
    private static MemoryStream StreamOver(ReadOnlyMemory<byte> bytes) =>
        System.Runtime.InteropServices.MemoryMarshal.TryGetArray(bytes, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false, publiclyVisible: true)
            : new MemoryStream(bytes.ToArray(), 0, bytes.Length, writable: false, publiclyVisible: true);

    /// <summary>
    /// Writes a cache of the encoded <paramref name="markdown"/> entries, <paramref name="layouts"/> and <paramref name="analysed"/> search fields
    /// for the tool <paramref name="identity"/> at <paramref name="path"/>: to a temporary file first, then renamed over the old one.
    /// </summary>
    public static void Write(string path, string identity, IReadOnlyDictionary<UInt128, ReadOnlyMemory<byte>> markdown, IReadOnlyDictionary<UInt128, CachedLayout> layouts,
        IReadOnlyDictionary<UInt128, ReadOnlyMemory<byte>> analysed)
    {
        // Created exclusively after leftovers of killed builds (or a link put there) were removed: never written through a link.
        // Written straight to the file, the checksum taken on the way: a 10,000-page cache is about 130 MB, which a buffer
        // of the whole file had added to the build's peak memory at its very end.
        var temp = Output.Files.CacheFolders.FreshTemporaryFile(path);
        try
        {
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20))
            {
                var checksummed = new ChecksummedStream(file);
                using (var writer = new BinaryWriter(checksummed, Encoding.UTF8, leaveOpen: true))
                {
                    writer.Write(Magic);
                    writer.Write(FormatVersion);
                    WriteText(writer, identity);
                    WriteEntries(writer, markdown);
                    writer.Write(layouts.Count);
                    foreach (var (key, entry) in layouts.OrderBy(e => e.Key))
                    {
                        WriteKey(writer, key);
                        WriteText(writer, entry.OutputPath);
                        writer.Write(entry.Length);
                        WriteKey(writer, entry.ContentHash);
                        WriteList(writer, entry.Diagnostics, WriteDiagnostic);
                        WriteSecurity(writer, entry.Security);
                    }
                    WriteEntries(writer, analysed);
                }
                Span<byte> checksum = stackalloc byte[ChecksumLength];
                System.Buffers.Binary.BinaryPrimitives.WriteUInt128LittleEndian(checksum, checksummed.Checksum);
                file.Write(checksum);
            }
            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            try { File.Delete(temp); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            throw;
        }
    }

    /// <summary>Passes writes on to a file and takes their XxHash128 (the same as <see cref="KeyHasher.HashOf"/> of all of them).</summary>
    private sealed class ChecksummedStream(Stream inner) : Stream
    {
        private readonly System.IO.Hashing.XxHash128 _hash = new();

        public UInt128 Checksum => _hash.GetCurrentHashAsUInt128();

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _hash.Append(buffer);
            inner.Write(buffer);
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));
        public override void WriteByte(byte value) => Write([value]);
        public override void Flush() => inner.Flush();
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }

    private static PageSecurity? ReadSecurity(BinaryReader reader)
    {
        if (!reader.ReadBoolean()) return null;
        string[] Strings() => [.. ReadList(reader, ReadText)];
        return new PageSecurity(Strings(), Strings(), Strings(), Strings(), Strings(), reader.ReadBoolean());
    }

    private static void WriteSecurity(BinaryWriter writer, PageSecurity? security)
    {
        writer.Write(security is not null);
        if (security is null) return;
        foreach (var strings in new[] { security.Scripts, security.Styles, security.StyleAttributes, security.ImageHosts, security.MediaHosts })
            WriteList(writer, [.. strings], WriteText);
        writer.Write(security.NoIndex);
    }

    private static int Count(BinaryReader reader)
    {
        var n = reader.ReadInt32();
        // Every entry takes at least a byte: a larger count is a damaged file, not a reason to allocate.
        if (n < 0 || n > reader.BaseStream.Length - reader.BaseStream.Position) throw new InvalidDataException("count out of range");
        return n;
    }

    private static ImmutableArray<T> ReadList<T>(BinaryReader reader, Func<BinaryReader, T> item)
    {
        var n = Count(reader);
        var items = ImmutableArray.CreateBuilder<T>(n);
        for (var i = 0; i < n; i++) items.Add(item(reader));
        return items.MoveToImmutable();
    }

    private static void WriteList<T>(BinaryWriter writer, ImmutableArray<T> items, Action<BinaryWriter, T> item)
    {
        writer.Write(items.Length);
        foreach (var x in items) item(writer, x);
    }

    private static UInt128 ReadKey(BinaryReader reader)
    {
        var high = reader.ReadUInt64();
        return new UInt128(high, reader.ReadUInt64());
    }

    private static void WriteKey(BinaryWriter writer, UInt128 key)
    {
        writer.Write((ulong)(key >> 64));
        writer.Write((ulong)key);
    }

    // Strings go as UTF-8 when they are valid UTF-16, else as their UTF-16 code units: a lone surrogate
    // (which BinaryWriter's UTF-8 would turn into U+FFFD) must come back as it was.
    private static string ReadText(BinaryReader reader)
    {
        var utf16 = reader.ReadBoolean();
        var length = Count(reader);
        if (!utf16) return Encoding.UTF8.GetString(Take(reader, length));
        return new string(System.Runtime.InteropServices.MemoryMarshal.Cast<byte, char>(Take(reader, checked(length * 2))));
    }

    // The next `length` bytes where they lie, without a copy: a cached page's texts are most of what an edit build
    // decodes (at 10,000 pages a copy of each before decoding was 130 MB of short-lived arrays).
    private static ReadOnlySpan<byte> Take(BinaryReader reader, int length)
    {
        // Every reader here reads a stream made by StreamOver.
        var stream = (MemoryStream)reader.BaseStream;
        if (!stream.TryGetBuffer(out var buffer)) throw new InvalidOperationException("the cache is read from a stream made by StreamOver");
        var position = (int)stream.Position;
        if (length < 0 || length > buffer.Count - position) throw new EndOfStreamException();
        stream.Position = position + length;
        return buffer.AsSpan(position, length);
    }

    private static void WriteText(BinaryWriter writer, string text)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var status = System.Text.Unicode.Utf8.FromUtf16(text, buffer, out _, out var written, replaceInvalidSequences: false);
            writer.Write(status != System.Buffers.OperationStatus.Done);
            if (status == System.Buffers.OperationStatus.Done)
            {
                writer.Write(written);
                writer.Write(buffer, 0, written);
            }
            else
            {
                writer.Write(text.Length);
                writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(text.AsSpan()));
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static SourceLocation ReadLocation(BinaryReader reader) => new(ReadText(reader), reader.ReadInt32(), reader.ReadInt32());

    private static void WriteLocation(BinaryWriter writer, SourceLocation at)
    {
        WriteText(writer, at.Path);
        writer.Write(at.Line);
        writer.Write(at.Column);
    }

    private static Heading ReadHeading(BinaryReader reader) => new(reader.ReadInt32(), ReadText(reader), ReadText(reader), ReadLocation(reader));

    private static void WriteHeading(BinaryWriter writer, Heading heading)
    {
        writer.Write(heading.Level);
        WriteText(writer, heading.Id);
        WriteText(writer, heading.Text);
        WriteLocation(writer, heading.At);
    }

    private static LinkReference ReadLink(BinaryReader reader) => new(ReadText(reader), ReadLocation(reader), reader.ReadBoolean(), reader.ReadBoolean());

    private static void WriteLink(BinaryWriter writer, LinkReference link)
    {
        WriteText(writer, link.Url);
        WriteLocation(writer, link.At);
        writer.Write(link.IsImage);
        writer.Write(link.HasAltText);
    }

    private static Diagnostic ReadDiagnostic(BinaryReader reader)
    {
        var at = ReadLocation(reader);
        var severity = reader.ReadByte() switch
        {
            0 => Severity.Warning,
            1 => Severity.Error,
            _ => throw new InvalidDataException("unknown severity"),
        };
        return new Diagnostic(at.Path, at.Line, at.Column, severity, ReadText(reader), ReadText(reader));
    }

    private static void WriteDiagnostic(BinaryWriter writer, Diagnostic diagnostic)
    {
        WriteLocation(writer, new SourceLocation(diagnostic.Path, diagnostic.Line, diagnostic.Column));
        writer.Write((byte)(diagnostic.Severity == Severity.Error ? 1 : 0));
        WriteText(writer, diagnostic.Code);
        WriteText(writer, diagnostic.Message);
    }
}
