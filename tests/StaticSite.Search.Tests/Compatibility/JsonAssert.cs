namespace StaticSite.Search.Tests.Compatibility;

internal static class JsonAssert
{
    /// <summary>Asserts byte-identical text and, if not, shows where the two first differ.</summary>
    public static void Identical(string expected, string actual)
    {
        if (expected == actual)
        {
            return;
        }

        var at = 0;
        while (at < expected.Length && at < actual.Length && expected[at] == actual[at])
        {
            at++;
        }

        var from = Math.Max(0, at - 120);
        Assert.Fail(
            $"JSON differs at character {at} (lengths {expected.Length} vs {actual.Length}).\n" +
            $"lunr.js: …{Slice(expected, from, at)}\n.NET:    …{Slice(actual, from, at)}");
    }

    private static string Slice(string s, int from, int at) => s.Substring(from, Math.Min(s.Length, at + 120) - from);
}
