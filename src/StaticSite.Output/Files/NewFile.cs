using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace StaticSite.Output.Files;

/// <summary>
/// Writes a file of a staged site, which must not exist yet, with the fewest system calls: on Linux
/// <c>open(O_CREAT|O_EXCL)</c>, <c>write</c>, <c>fstat</c> for the time recorded, then <c>close</c>.
/// </summary>
/// <remarks>
/// A build writes about 6,000 files per 1,000 pages (each page and API item with its <c>.br</c> and <c>.gz</c>
/// copies). .NET's file API makes nine to eleven calls for each: an <c>flock</c> to emulate
/// <see cref="FileShare"/>, an <c>fstatfs</c> to see whether the file system can lock, an <c>fallocate</c> for the
/// length given as preallocation (on ext4 real work: an extent is reserved, then converted when written), an
/// <c>fstat</c> to refuse a folder, an <c>lseek</c>. None of it is wanted for a file in the build's own locked output folder.
/// Hand-written P/Invoke (three libc functions, whose flags here have the same values on every Linux architecture);
/// elsewhere the .NET API is used. <c>O_EXCL</c> also means a symbolic link at the path is never followed.
/// </remarks>
public static class NewFile
{
    private const int OWrOnly = 0x1, OCreat = 0x40, OExcl = 0x80, OCloExec = 0x80000;
    private const int Mode = 0x1B6; // 0666, less the umask, as .NET creates files
    private const int EIntr = 4, EPerm = 1, EAcces = 13, ERofs = 30;

    private static bool _unavailable;

    /// <summary>
    /// Writes <paramref name="content"/> to the new file <paramref name="path"/> and returns its length and write time as the
    /// file system recorded them; throws <see cref="IOException"/> when something is there.
    /// </summary>
    public static FileStamp WriteStamped(string path, ReadOnlySpan<byte> content)
    {
        if (!OperatingSystem.IsLinux() || _unavailable) return WriteManaged(path, content);
        int fd;
        try
        {
            do fd = open(path, OWrOnly | OCreat | OExcl | OCloExec, Mode);
            while (fd < 0 && Marshal.GetLastPInvokeError() == EIntr);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            _unavailable = true;
            return WriteManaged(path, content);
        }
        if (fd < 0) throw Failure(path, Marshal.GetLastPInvokeError());
        using var handle = new SafeFileHandle(fd, ownsHandle: true);
        WriteAll(handle, path, content);
        return new FileStamp(content.Length, File.GetLastWriteTimeUtc(handle).Ticks);
    }

    private static void WriteAll(SafeFileHandle handle, string path, ReadOnlySpan<byte> content)
    {
        for (var rest = content; !rest.IsEmpty;)
        {
            var n = write(handle, in MemoryMarshal.GetReference(rest), rest.Length);
            if (n >= 0) rest = rest[(int)n..];
            else if (Marshal.GetLastPInvokeError() is var errno && errno != EIntr) throw Failure(path, errno);
        }
    }

    // The exceptions .NET's own file API throws for these errors, so callers handle one kind of failure.
    private static Exception Failure(string path, int errno)
    {
        var message = $"{Marshal.GetPInvokeErrorMessage(errno)} : '{path}'";
        return errno is EPerm or EAcces or ERofs ? new UnauthorizedAccessException(message) : new IOException(message, errno);
    }

    private static FileStamp WriteManaged(string path, ReadOnlySpan<byte> content)
    {
        using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, FileOptions.None, content.Length);
        RandomAccess.Write(handle, content, 0);
        return new FileStamp(content.Length, File.GetLastWriteTimeUtc(handle).Ticks);
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, int mode);

    [DllImport("libc", SetLastError = true)]
    private static extern nint write(SafeFileHandle fd, in byte buffer, nint count);
}
