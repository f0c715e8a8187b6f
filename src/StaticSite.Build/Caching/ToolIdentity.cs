using System.Runtime.InteropServices;

namespace StaticSite.Build.Caching;

/// <summary>
/// What identifies the running build tool for the build cache: the runtime, and the path, size and
/// modification time of the program and of every file beside it (the NativeAOT binary and its native
/// libraries; for the JIT build every assembly, Markdig's and Scriban's included). A newly built or
/// updated tool then never trusts results an older one cached, whether or not its rendering changed.
/// </summary>
public static class ToolIdentity
{
    private static readonly Lazy<string> Computed = new(Compute);

    /// <summary>The identity of the running program (worked out once per process).</summary>
    public static string Current => Computed.Value;

    private static string Compute()
    {
        var text = new System.Text.StringBuilder();
        text.Append(RuntimeInformation.FrameworkDescription).Append('|').Append(RuntimeInformation.RuntimeIdentifier)
            .Append('|').Append(System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported ? "jit" : "aot").Append('\n');
        Describe(Environment.ProcessPath, text);
        try
        {
            foreach (var file in Directory.EnumerateFiles(AppContext.BaseDirectory).Order(StringComparer.Ordinal))
                Describe(file, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Without the list of files the tool cannot be told apart from another build: trust no cache.
            text.Append("unlisted:").Append(Guid.NewGuid());
        }
        return text.ToString();
    }

    private static void Describe(string? path, System.Text.StringBuilder text)
    {
        if (path is null) return;
        var info = new FileInfo(path);
        text.Append(path).Append('|');
        if (info.Exists) text.Append(info.Length).Append('|').Append(info.LastWriteTimeUtc.Ticks);
        else text.Append("missing");
        text.Append('\n');
    }
}
