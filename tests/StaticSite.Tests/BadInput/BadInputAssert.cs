using StaticSite.Tests.Harness;

namespace StaticSite.Tests.BadInput;

/// <summary>The checks every bad-input case shares.</summary>
internal static class BadInputAssert
{
    /// <summary>Builds the (still good) site and returns its output, asserting the build was clean.</summary>
    public static SortedDictionary<string, byte[]> BuildGood(TestSite site)
    {
        var result = site.Build();
        Assert.True(result.ExitCode == 0 && result.ErrorLines.Count == 0, "the site must build cleanly before it is broken:\n" + result);
        return site.Snapshot();
    }

    /// <summary>
    /// The broken build failed with exit code 1, printed exactly the golden diagnostics (and no
    /// stack trace), left the previous output byte-identical, left no staging folders, and
    /// still built the regions named in <paramref name="stillWritten"/>.
    /// </summary>
    public static void FailedKeepingPrevious(TestSite site, BuildResult result, SortedDictionary<string, byte[]> before,
        string golden, params string[] stillWritten)
    {
        Assert.True(result.ExitCode == 1, result.ToString());
        Golden.AssertDiagnostics(golden, result);
        NoStackTrace(result);
        TestSite.AssertSameFiles(before, site.Snapshot());
        NoLeftovers(site);
        foreach (var region in stillWritten)
            Assert.Contains($"{region}: ", result.Stdout.Split('\n').Where(l => l.Contains(" pages written to ")).FirstOrDefault(l => l.StartsWith(region + ":")) ?? "(not written)");
        Assert.Contains("build failed", result.Stdout);
    }

    public static void NoStackTrace(BuildResult result)
    {
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.DoesNotContain("Exception", result.Stderr);
        Assert.DoesNotContain("SS9001", result.Stderr);
    }

    /// <summary>No <c>.x.staging</c> or <c>.x.old</c> folders remain in the output folder (the image cache <c>.cache</c> may).</summary>
    public static void NoLeftovers(TestSite site)
    {
        if (!site.Exists("dist")) return;
        var hidden = Directory.EnumerateFileSystemEntries(site.Full("dist")).Select(Path.GetFileName).Where(n => n!.StartsWith('.') && n != ".cache").ToList();
        Assert.Empty(hidden);
    }
}
