namespace StaticSite.Output.Files;

/// <summary>
/// A test hook for crash tests, documented in README ("Interrupted builds"): with
/// <c>STATICSITE_FAULT_PAUSE=&lt;point&gt;</c> the writer prints one line to standard error when it
/// reaches that point and then waits until it is killed, so a test can <c>kill -9</c> the real
/// command exactly there. <c>STATICSITE_FAULT_NO_EXCHANGE=1</c> makes it use the two-rename swap
/// that systems without <c>renameat2(RENAME_EXCHANGE)</c> get. Neither changes anything otherwise.
/// </summary>
public static class FaultInjection
{
    /// <summary>Names the point to stop at.</summary>
    public const string PauseVariable = "STATICSITE_FAULT_PAUSE";

    /// <summary>Set to 1 to swap folders with two renames instead of one exchange.</summary>
    public const string NoExchangeVariable = "STATICSITE_FAULT_NO_EXCHANGE";

    /// <summary>Every point the writer can stop at, in the order it passes them.</summary>
    public static readonly IReadOnlyList<string> Points = ["writing", "staged", "old-moved", "swapped", "deleting"];

    /// <summary>True when the two-rename swap is asked for.</summary>
    public static bool NoExchange => Environment.GetEnvironmentVariable(NoExchangeVariable) == "1";

    /// <summary>True when the writer is to stop at <paramref name="point"/>.</summary>
    public static bool Armed(string point) => Environment.GetEnvironmentVariable(PauseVariable) == point;

    /// <summary>Stops here for good when <paramref name="point"/> is the one asked for.</summary>
    public static void Reach(string point)
    {
        if (!Armed(point)) return;
        Console.Error.WriteLine($"staticsite: fault point '{point}' reached; waiting to be killed");
        Console.Error.Flush();
        Thread.Sleep(Timeout.Infinite);
    }
}
