namespace StaticSite.Tests.Harness;

/// <summary>
/// Golden files of expected diagnostics: <c>Golden/&lt;case&gt;.txt</c> next to the tests, one
/// diagnostic per line, exactly as printed (paths relative to the site folder). Run the tests with
/// <c>STATICSITE_UPDATE_GOLDEN=1</c> to (re)write them from the current output; then review the
/// diff — a golden is only a test once a person has checked its lines and columns.
/// </summary>
internal static class Golden
{
    public static bool Updating => Environment.GetEnvironmentVariable("STATICSITE_UPDATE_GOLDEN") == "1";

    /// <summary>Compares <paramref name="result"/>'s stderr with the golden file of <paramref name="name"/>.</summary>
    public static void AssertDiagnostics(string name, BuildResult result)
    {
        var path = Path.Combine(RepositoryPaths.Golden, name + ".txt");
        var actual = string.Join("\n", result.ErrorLines) + "\n";
        if (Updating)
        {
            Directory.CreateDirectory(RepositoryPaths.Golden);
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"no golden file {path}; run with STATICSITE_UPDATE_GOLDEN=1 and review it.\nActual:\n{actual}");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n");
        Assert.Equal(expected, actual);
    }
}
