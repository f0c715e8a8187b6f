using System.Runtime.InteropServices;

namespace StaticSite.Cli.Preview;

/// <summary>
/// Lowers the CPU priority of the calling thread, so work nobody waits for (the preview's deferred
/// work) leaves the cores to work somebody waits for (the page an editor just saved). On a machine
/// with two cores the deferred work of one save is still running when the next save comes.
/// </summary>
internal static partial class BackgroundPriority
{
    /// <summary>Nice value of the thread on Linux: a tenth of a normal thread's share of a busy core.</summary>
    public const int Nice = 10;

    /// <summary>Lowers the calling thread's priority; where that is not possible the thread runs as before.</summary>
    public static void LowerCurrentThread()
    {
        try
        {
            // On Linux a thread id given to setpriority changes that thread alone; .NET's ThreadPriority does nothing there.
            if (OperatingSystem.IsLinux()) _ = SetPriority(PrioProcess, GetTid(), Nice);
            else Thread.CurrentThread.Priority = ThreadPriority.BelowNormal;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or ThreadStateException or PlatformNotSupportedException)
        {
        }
    }

    private const int PrioProcess = 0;

    [LibraryImport("libc", EntryPoint = "setpriority")]
    private static partial int SetPriority(int which, int who, int priority);

    [LibraryImport("libc", EntryPoint = "gettid")]
    private static partial int GetTid();
}
