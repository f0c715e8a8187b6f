using System.Globalization;
using Microsoft.Win32.SafeHandles;
using StaticSite.Pipeline.Diagnostics;

namespace StaticSite.Content.Sources;

/// <summary>What reading a file gave: its bytes, or the diagnostic that says why it was not read.</summary>
/// <param name="Bytes">The file's content (empty when <paramref name="Problem"/> is set).</param>
/// <param name="Problem">Why the file was not read, at the file.</param>
public readonly record struct FileRead(ReadOnlyMemory<byte> Bytes, Diagnostic? Problem);

/// <summary>
/// Reads files of one source folder (<c>content/</c> or <c>themes/</c>) and nothing else: only
/// ordinary files whose real path (every link resolved) lies inside the real path of the folder,
/// and never more than a given number of bytes. A link out of the folder (<c>/etc/shadow</c>,
/// <c>/proc/self/environ</c>), a named pipe, a socket, a device (<c>/dev/zero</c>) or an
/// unreadable file becomes a diagnostic at the file; nothing waits on a pipe and nothing reads
/// past the limit, whatever size the file claims.
/// </summary>
/// <remarks>
/// Links that stay inside the folder are followed: a maintainer may link one region's image to
/// another's. The folder itself may be a link (a checkout elsewhere); its real path is the root.
/// On Linux the file's kind is asked before opening and checked again on the open file, and the
/// file is opened without blocking. Elsewhere .NET cannot tell a FIFO from a file: folders and
/// links are still refused, and reading stays bounded.
/// </remarks>
public sealed class SafeFileReader
{
    private SafeFileReader(string root, string realRoot, string label) => (Root, RealRoot, Label) = (root, realRoot, label);

    /// <summary>The folder as given, as a full path.</summary>
    public string Root { get; }

    /// <summary>The folder's real path: where its files must really be.</summary>
    public string RealRoot { get; }

    /// <summary>How messages name the folder (<c>content/</c>).</summary>
    public string Label { get; }

    /// <summary>A reader for <paramref name="root"/>, named <paramref name="label"/> in messages.</summary>
    public static SafeFileReader For(string root, string label)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        return new SafeFileReader(full, RealPath.Of(full) ?? full, label);
    }

    /// <summary>
    /// The real path of <paramref name="path"/> (a path inside <see cref="Root"/>), or the problem
    /// when its links lead outside the folder or round in a circle.
    /// </summary>
    public (string? RealPath, Diagnostic? Problem) Locate(string path, string displayPath)
    {
        var full = Path.GetFullPath(path);
        var real = RealPath.IsInside(full, Root) ? RealPath.Below(RealRoot, full[Root.Length..]) : RealPath.Of(full);
        if (real is null) return (null, LinkLoop(displayPath));
        if (!RealPath.IsInside(real, RealRoot)) return (null, Outside(displayPath, real));
        return (real, null);
    }

    /// <summary>True when the real path <paramref name="realPath"/> lies inside the folder.</summary>
    public bool Contains(string realPath) => RealPath.IsInside(realPath, RealRoot);

    /// <summary>
    /// Reads <paramref name="path"/> when it is an ordinary file inside the folder of at most
    /// <paramref name="maxBytes"/> bytes. <paramref name="tooLarge"/> words the diagnostic of a
    /// larger file (given its size when known).
    /// </summary>
    public FileRead Read(string path, string displayPath, long maxBytes, Func<long?, Diagnostic>? tooLarge = null)
    {
        tooLarge ??= size => TooLarge(displayPath, size, maxBytes);
        var (real, problem) = Locate(path, displayPath);
        if (problem is not null) return new FileRead(default, problem);
        try
        {
            return LinuxFiles.Available ? ReadOnLinux(real!, displayPath, maxBytes, tooLarge) : ReadPortably(real!, displayPath, maxBytes, tooLarge);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FileRead(default, Unreadable(displayPath, e.Message));
        }
    }

    private FileRead ReadOnLinux(string real, string displayPath, long maxBytes, Func<long?, Diagnostic> tooLarge)
    {
        if (LinuxFiles.Stat(real) is not { } before) return ReadPortably(real, displayPath, maxBytes, tooLarge);
        if (Refuse(before, real, displayPath, maxBytes, tooLarge) is { } refused) return new FileRead(default, refused);
        var (handle, errno) = LinuxFiles.OpenForReading(real);
        if (handle is null) return new FileRead(default, errno == 2 ? Vanished(displayPath) : Unreadable(displayPath, LinuxFiles.Describe(errno)));
        using (handle)
        {
            // The entry may have been swapped between the look and the open: check what was opened.
            if (LinuxFiles.Stat(handle) is not { } opened || !opened.SameFileAs(before) || opened.Kind != EntryKind.RegularFile)
                return new FileRead(default, Vanished(displayPath));
            return ReadBounded(handle, opened.Size, maxBytes, tooLarge);
        }
    }

    private Diagnostic? Refuse(EntryStat stat, string real, string displayPath, long maxBytes, Func<long?, Diagnostic> tooLarge) => stat.Kind switch
    {
        EntryKind.RegularFile when stat.Size > maxBytes => tooLarge(stat.Size),
        EntryKind.RegularFile => null,
        EntryKind.Missing => Vanished(displayPath),
        EntryKind.Unknown when stat.Errno != 0 => Unreadable(displayPath, LinuxFiles.Describe(stat.Errno)),
        EntryKind.SymbolicLink => Vanished(displayPath),
        _ => NotAFile(displayPath, stat.Kind),
    };

    private FileRead ReadPortably(string real, string displayPath, long maxBytes, Func<long?, Diagnostic> tooLarge)
    {
        var info = new FileInfo(real);
        if ((int)info.Attributes == -1) return new FileRead(default, Vanished(displayPath));
        if (info.Attributes.HasFlag(FileAttributes.Directory)) return new FileRead(default, NotAFile(displayPath, EntryKind.Directory));
        if (info.Length > maxBytes) return new FileRead(default, tooLarge(info.Length));
        using var handle = File.OpenHandle(real, FileMode.Open, FileAccess.Read, FileShare.Read);
        return ReadBounded(handle, info.Length, maxBytes, tooLarge);
    }

    /// <summary>Reads at most one byte more than allowed, whatever length the file claims (files in /proc claim 0).</summary>
    private static FileRead ReadBounded(SafeFileHandle handle, long claimed, long maxBytes, Func<long?, Diagnostic> tooLarge)
    {
        var buffer = new byte[(int)Math.Min(maxBytes + 1, Math.Max(claimed + 1, 4096))];
        var total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (total > maxBytes) return new FileRead(default, tooLarge(claimed > maxBytes ? claimed : null));
                Array.Resize(ref buffer, (int)Math.Min(maxBytes + 1, (long)buffer.Length * 2));
            }
            var read = RandomAccess.Read(handle, buffer.AsSpan(total), total);
            if (read == 0) break;
            total += read;
        }
        return new FileRead(buffer.AsMemory(0, total), null);
    }

    /// <summary>The diagnostic for a link at <paramref name="displayPath"/> to <paramref name="target"/>, outside the folder.</summary>
    internal Diagnostic Outside(string displayPath, string target) =>
        Diagnostic.Error(SourceLocation.File(displayPath), DiagnosticCodes.LinkOutsideSources,
            $"this is a link to '{target}', which is outside {Label}. Only files inside {Label} are read: put a copy here instead of the link, or remove it.");

    /// <summary>The diagnostic for a link whose links lead back to itself.</summary>
    internal static Diagnostic LinkLoop(string displayPath) =>
        Diagnostic.Error(SourceLocation.File(displayPath), DiagnosticCodes.BrokenFileLink,
            "this link leads round in a circle (through other links back to itself). Remove the link, or let it point at a real file or folder.");

    private Diagnostic NotAFile(string displayPath, EntryKind kind) =>
        Diagnostic.Error(SourceLocation.File(displayPath), DiagnosticCodes.NotAFile,
            $"this is {Describe(kind)}, not an ordinary file, so it cannot be read. Remove it from {Label}, or put the file itself here.");

    private static Diagnostic Unreadable(string displayPath, string reason) =>
        Diagnostic.Error(SourceLocation.File(displayPath), DiagnosticCodes.FileUnreadable,
            $"the file cannot be read ({reason.TrimEnd('.')}). Check that it exists and that the build may read it (its permissions).");

    private static Diagnostic Vanished(string displayPath) =>
        Diagnostic.Error(SourceLocation.File(displayPath), DiagnosticCodes.FileUnreadable,
            "the file changed or disappeared while the site was being built. Build again when nobody is changing files.");

    private Diagnostic TooLarge(string displayPath, long? size, long maxBytes) =>
        Diagnostic.Error(SourceLocation.File(displayPath), DiagnosticCodes.NotAPage,
            $"the file is {(size is { } s ? Megabytes(s) + " MB" : "more than " + Megabytes(maxBytes) + " MB")}; files in {Label} can be at most {Megabytes(maxBytes)} MB. Make it smaller or leave it out.");

    /// <summary>A size in megabytes with one decimal, for messages.</summary>
    public static string Megabytes(long bytes) => (bytes / 1024 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>How a message names an entry that is not an ordinary file.</summary>
    public static string Describe(EntryKind kind) => kind switch
    {
        EntryKind.Directory => "a folder",
        EntryKind.NamedPipe => "a named pipe (FIFO)",
        EntryKind.Socket => "a socket",
        EntryKind.CharacterDevice => "a device (like /dev/zero)",
        EntryKind.BlockDevice => "a disk device",
        EntryKind.SymbolicLink => "a link",
        _ => "something other than a file",
    };
}
