using System.Globalization;

namespace StaticSite.Output.Files;

/// <summary>
/// The exclusive right to write one output folder, held for a whole build, so that two builds into
/// the same <c>dist/</c> take turns instead of mixing their files. On Linux and macOS it is a
/// <c>flock</c> on the folder itself: no lock file appears in the output, and the kernel releases
/// the lock when the build ends in any way, <c>kill -9</c> included. On Windows it is an open
/// <c>.staticsite.lock</c> file, deleted when closed.
/// </summary>
public sealed class OutputLock : IDisposable
{
    /// <summary>Seconds a build waits for another one to finish (default 300).</summary>
    public const string TimeoutVariable = "STATICSITE_LOCK_TIMEOUT";

    private readonly int? _fd;
    private readonly FileStream? _file;

    private OutputLock(int? fd, FileStream? file) => (_fd, _file) = (fd, file);

    /// <summary>How long to wait: <see cref="TimeoutVariable"/> seconds, else five minutes.</summary>
    public static TimeSpan DefaultWait =>
        double.TryParse(Environment.GetEnvironmentVariable(TimeoutVariable), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s >= 0
            ? TimeSpan.FromSeconds(s) : TimeSpan.FromMinutes(5);

    /// <summary>Creates <paramref name="outputRoot"/> if needed and locks it, waiting up to <paramref name="wait"/>; null when another build still holds it.</summary>
    public static OutputLock? Acquire(string outputRoot, TimeSpan wait)
    {
        Directory.CreateDirectory(outputRoot);
        var deadline = DateTime.UtcNow + wait;
        if (NativeFolders.OpenForLock(outputRoot) is { } fd)
        {
            while (true)
            {
                if (NativeFolders.TryLock(fd)) return new OutputLock(fd, null);
                if (DateTime.UtcNow >= deadline)
                {
                    NativeFolders.Close(fd);
                    return null;
                }
                Thread.Sleep(100);
            }
        }
        while (true)
        {
            try
            {
                return new OutputLock(null, new FileStream(Path.Join(outputRoot, ".staticsite.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(100);
            }
            catch (IOException)
            {
                return null;
            }
        }
    }

    /// <summary>Releases the lock.</summary>
    public void Dispose()
    {
        if (_fd is { } fd) NativeFolders.Close(fd);
        _file?.Dispose();
    }
}
