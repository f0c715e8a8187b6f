namespace StaticSite.Cli;

/// <summary>Exit codes of <c>staticsite</c> (SPEC: Command line).</summary>
public static class ExitCodes
{
    /// <summary>Success; warnings allowed.</summary>
    public const int Success = 0;
    /// <summary>Content or theme errors.</summary>
    public const int ContentErrors = 1;
    /// <summary>Wrong usage: unknown command or option, unknown region, missing folder.</summary>
    public const int Usage = 2;
}
