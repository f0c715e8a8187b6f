using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace StaticSite.Content.Sources;

/// <summary>What kind of file-system entry a path names.</summary>
public enum EntryKind
{
    /// <summary>Nothing exists at the path.</summary>
    Missing,
    /// <summary>An ordinary file.</summary>
    RegularFile,
    /// <summary>A folder.</summary>
    Directory,
    /// <summary>A symbolic link.</summary>
    SymbolicLink,
    /// <summary>A named pipe (FIFO): reading it waits for a writer.</summary>
    NamedPipe,
    /// <summary>A Unix socket.</summary>
    Socket,
    /// <summary>A character device (<c>/dev/zero</c>, a terminal).</summary>
    CharacterDevice,
    /// <summary>A block device (a disk).</summary>
    BlockDevice,
    /// <summary>Exists, but the kind could not be told.</summary>
    Unknown,
}

/// <summary>Kind, size and identity (device and inode) of a file-system entry; <see cref="Errno"/> when it could not be asked.</summary>
public readonly record struct EntryStat(EntryKind Kind, long Size, ulong Device, ulong Inode, int Errno = 0)
{
    /// <summary>True when both name the same file.</summary>
    public bool SameFileAs(EntryStat other) => Device == other.Device && Inode == other.Inode;
}

/// <summary>
/// The few Linux calls .NET does not offer: the kind of a file (FIFO, device, socket) without
/// opening it, and opening without blocking on a FIFO. .NET's FileAttributes calls FIFOs and
/// devices "Normal", and opening a FIFO for reading blocks until some writer opens it.
/// </summary>
/// <remarks>
/// Hand-written P/Invoke: <c>statx</c> has one layout on every Linux architecture (unlike
/// <c>struct stat</c>), and the open flags used here have the same values on x64 and arm64.
/// The packages that wrap these calls (Mono.Unix, Tmds.LibC) are no longer maintained and
/// lack statx; three functions do not justify a native dependency.
/// </remarks>
internal static class LinuxFiles
{
    private const int AtFdCwd = -100, AtSymlinkNoFollow = 0x100, AtEmptyPath = 0x1000;
    private const uint StatxType = 0x1, StatxIno = 0x100, StatxSize = 0x200;
    private const int ORdOnly = 0, ONoCtty = 0x100, ONonBlock = 0x800, OCloExec = 0x80000;
    private const int ENoEnt = 2, ENotDir = 20, ENoSys = 38;

    private static bool _unavailable;

    /// <summary>True where these calls can be used (Linux with a glibc that has statx).</summary>
    public static bool Available => OperatingSystem.IsLinux() && !_unavailable;

    /// <summary>Kind, size and identity of an entry, without following a final symbolic link; null when statx is not there.</summary>
    public static EntryStat? Stat(string path) => Statx(AtFdCwd, path, AtSymlinkNoFollow);

    /// <summary>Opens <paramref name="path"/> for reading without waiting on a FIFO and without making a terminal the controlling one.</summary>
    public static (Microsoft.Win32.SafeHandles.SafeFileHandle? Handle, int Errno) OpenForReading(string path)
    {
        var fd = open(path, ORdOnly | ONoCtty | ONonBlock | OCloExec);
        if (fd < 0) return (null, Marshal.GetLastPInvokeError());
        return (new Microsoft.Win32.SafeHandles.SafeFileHandle(fd, ownsHandle: true), 0);
    }

    /// <summary>Kind, size and identity of an open file.</summary>
    public static EntryStat? Stat(Microsoft.Win32.SafeHandles.SafeFileHandle handle)
    {
        var added = false;
        handle.DangerousAddRef(ref added);
        try { return Statx((int)handle.DangerousGetHandle(), "", AtEmptyPath); }
        finally { if (added) handle.DangerousRelease(); }
    }

    /// <summary>The system's text for an error number.</summary>
    public static string Describe(int errno) => Marshal.GetPInvokeErrorMessage(errno);

    private static EntryStat? Statx(int dirFd, string path, int flags)
    {
        if (!Available) return null;
        var buffer = new byte[256];
        int result;
        try { result = statx(dirFd, path, flags, StatxType | StatxIno | StatxSize, buffer); }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            _unavailable = true;
            return null;
        }
        if (result != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            if (errno == ENoSys) { _unavailable = true; return null; }
            return new EntryStat(errno is ENoEnt or ENotDir ? EntryKind.Missing : EntryKind.Unknown, 0, 0, 0, errno);
        }
        var mode = BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(28)) & 0xF000;
        var inode = BinaryPrimitives.ReadUInt64LittleEndian(buffer.AsSpan(32));
        var size = (long)BinaryPrimitives.ReadUInt64LittleEndian(buffer.AsSpan(40));
        var device = (ulong)BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(136)) << 32 | BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(140));
        var kind = mode switch
        {
            0x8000 => EntryKind.RegularFile,
            0x4000 => EntryKind.Directory,
            0xA000 => EntryKind.SymbolicLink,
            0x1000 => EntryKind.NamedPipe,
            0xC000 => EntryKind.Socket,
            0x2000 => EntryKind.CharacterDevice,
            0x6000 => EntryKind.BlockDevice,
            _ => EntryKind.Unknown,
        };
        return new EntryStat(kind, size, device, inode);
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);

    [DllImport("libc", SetLastError = true)]
    private static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);
}
