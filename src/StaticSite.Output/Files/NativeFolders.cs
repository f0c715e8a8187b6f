using System.Runtime.InteropServices;

namespace StaticSite.Output.Files;

/// <summary>
/// The file-system operations .NET does not offer: swapping two folders in one step
/// (Linux <c>renameat2(RENAME_EXCHANGE)</c>), a hard link (<c>linkat</c>), and an advisory lock on a folder itself
/// (<c>flock</c>), which the kernel drops when the process ends, even by <c>kill -9</c>, and which
/// needs no lock file that a deploy of the output folder would publish.
/// </summary>
/// <remarks>Hand-written P/Invoke for the reasons given on the content side (LinuxFiles): five libc calls.</remarks>
internal static class NativeFolders
{
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;
    private const int LockExclusive = 2, LockNonBlocking = 4;

    private static bool _noExchange;

    /// <summary>
    /// Swaps the folders <paramref name="a"/> and <paramref name="b"/> in one step; false where the
    /// system or file system cannot (then nothing happened).
    /// </summary>
    public static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux() || _noExchange || FaultInjection.NoExchange) return false;
        try
        {
            if (renameat2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0) return true;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            _noExchange = true;
            return false;
        }
        var errno = Marshal.GetLastPInvokeError();
        // EINVAL: the file system cannot exchange; ENOSYS: the kernel is too old. Either way: fall back.
        if (errno is 22 or 38) return false;
        throw new IOException($"could not swap '{a}' and '{b}': {Marshal.GetPInvokeErrorMessage(errno)}");
    }

    /// <summary>
    /// Makes <paramref name="link"/> a hard link to the file <paramref name="existing"/> (never following a symbolic link):
    /// true when made, false when not for this file (missing, already there), null where this system or file system
    /// has no hard links (then nothing was made and none should be tried again).
    /// </summary>
    public static bool? TryHardLink(string existing, string link)
    {
        if (!(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD()) || _noHardLinks) return null;
        try
        {
            if (linkat(AtFdCwd, existing, AtFdCwd, link, 0) == 0) return true;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            _noHardLinks = true;
            return null;
        }
        // EPERM/EOPNOTSUPP/ENOTSUP (no hard links here; also protected_hardlinks), EXDEV (another file system); any other error (EMLINK: too many links to one file) is this file's.
        return Marshal.GetLastPInvokeError() is 1 or 95 or 45 or 18 ? null : false;
    }

    private static bool _noHardLinks;

    /// <summary>Opens <paramref name="folder"/> for locking; null where folders cannot be locked this way (Windows).</summary>
    public static int? OpenForLock(string folder)
    {
        if (!(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD())) return null;
        // O_RDONLY, plus O_CLOEXEC where its value is known, so that no child process inherits the lock.
        var flags = OperatingSystem.IsLinux() ? 0x80000 : OperatingSystem.IsMacOS() ? 0x1000000 : 0;
        var fd = open(folder, flags);
        if (fd < 0) throw new IOException($"could not open '{folder}' to lock it: {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}");
        return fd;
    }

    /// <summary>Takes the exclusive lock on <paramref name="fd"/> if nobody holds it; false when another process does.</summary>
    public static bool TryLock(int fd)
    {
        if (flock(fd, LockExclusive | LockNonBlocking) == 0) return true;
        var errno = Marshal.GetLastPInvokeError();
        // EWOULDBLOCK is 11 on Linux and 35 on macOS and FreeBSD; EINTR (4): try again later.
        if (errno is 11 or 35 or 4) return false;
        // ENOLCK, EOPNOTSUPP, EINVAL: this file system (some network mounts) cannot lock. Building
        // unlocked is better than not building; the unique staging names still keep builds apart.
        if (errno is 37 or 95 or 45 or 22) return true;
        throw new IOException($"could not lock the output folder: {Marshal.GetPInvokeErrorMessage(errno)}");
    }

    /// <summary>Closes a descriptor from <see cref="OpenForLock"/>, which releases the lock.</summary>
    public static void Close(int fd) => close(fd);

    [DllImport("libc", SetLastError = true)]
    private static extern int renameat2(int olddirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldpath, int newdirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string newpath, uint flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int linkat(int olddirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldpath, int newdirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string newpath, int flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int flock(int fd, int operation);

    [DllImport("libc", SetLastError = true)]
    private static extern int close(int fd);
}
