using System.Text.RegularExpressions;
using StaticSite.Tests.Harness;

namespace StaticSite.Tests.BadInput;

/// <summary>
/// Diagnostics are read by CI systems and editors (issue 9, items 8 and 14): whatever a file name
/// or a value holds, each diagnostic is exactly one line, never a CI command, and names a line and
/// a column.
/// </summary>
public class DiagnosticTextTests
{
    /// <summary>Every C0 and C1 control, DEL, the line and paragraph separators, the bidi controls and a BOM.</summary>
    private static readonly char[] Unsafe =
    [
        .. Enumerable.Range(0, 0x20).Select(c => (char)c),
        .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c),
        '\u2028', '\u2029', '\u061C', '\u200E', '\u200F',
        .. Enumerable.Range(0x202A, 5).Select(c => (char)c),
        .. Enumerable.Range(0x2066, 4).Select(c => (char)c),
        '\uFEFF',
    ];

    private static readonly Regex OneDiagnostic = new(@"^[^\s][^()]*\(\d+,\d+\): (error|warning) SS\d{4}: .+$");

    [Fact]
    public void Control_and_bidi_characters_in_values_are_escaped_one_line_per_diagnostic()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var keys = Unsafe.Select(c => $"\"k\\u{(int)c:X4}::error file=x::boom ##vso[task.complete]\": 1");
        site.Write("content/utrecht/ouders/sleutels.md", "---\ntitle: Sleutels\n" + string.Join("\n", keys) + "\n---\nTekst.\n");
        var result = site.Build();

        AssertSafe(result, expected: Unsafe.Length);
        foreach (var c in Unsafe.Where(c => c is not ('\n' or '\r' or '\t')))
            Assert.Contains($"k\\u{(int)c:X4}::error", result.Stderr);
    }

    [Fact]
    public void Control_and_bidi_characters_in_file_names_are_escaped_one_line_per_diagnostic()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var names = Unsafe.Where(c => c != '\0').Select(c => $"content/utrecht/ouders/a{c}::error ##vso[x]{(int)c:X4}.md").ToList();
        names.Add("content/utrecht/::error file=a.md::boom/pagina.md");
        names.Add("content/utrecht/##[error]x/pagina.md");
        foreach (var name in names) site.Write(name, "geen front matter\n");
        var result = site.Build();
        AssertSafe(result, expected: names.Count);
    }

    [Fact]
    public void Ci_commands_in_a_key_are_printed_as_text()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var before = BadInputAssert.BuildGood(site);
        site.Write("content/utrecht/ouders/ci.md", """
            ---
            title: CI
            "x\n::error file=content/_shared/index.md::pwned": 1
            "\e[31mrood\e[0m ##vso[task.setvariable variable=x]1": 2
            "\u202Eevil\u202C": 3
            ---
            Tekst.
            """);
        BadInputAssert.FailedKeepingPrevious(site, site.Build(), before, "ci_log_injection", "amersfoort");
    }

    [Fact]
    public void Every_diagnostic_about_a_whole_file_names_line_and_column()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        site.WriteBytes("content/utrecht/ouders/groot.md", new byte[3 * 1024 * 1024]);
        site.WriteBytes("content/utrecht/ouders/binair.md", [0x2D, 0x2D, 0x2D, 0x0A, 0x00, 0x01]);
        site.Write("content/utrecht/ouders/kaal.md", "Geen front matter.\n");
        site.Write("content/utrecht/ouders/open.md", "---\ntitle: Open\n");
        site.Write("content/amersfoort/region.yml", "");
        var result = site.Build();
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.True(result.ErrorLines.Count >= 5, result.ToString());
        foreach (var line in result.ErrorLines)
            Assert.Matches(OneDiagnostic, line);
    }

    private static void AssertSafe(BuildResult result, int expected)
    {
        Assert.True(result.ExitCode == 1, result.ToString());
        BadInputAssert.NoStackTrace(result);
        var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected, lines.Length);
        foreach (var line in lines)
        {
            Assert.Matches(OneDiagnostic, line);
            Assert.False(line.StartsWith("::", StringComparison.Ordinal) || line.StartsWith("##", StringComparison.Ordinal), line);
            Assert.DoesNotContain("##vso[", line, StringComparison.OrdinalIgnoreCase);
            var bad = line.IndexOfAny(Unsafe);
            Assert.True(bad < 0, $"U+{(bad < 0 ? 0 : (int)line[bad]):X4} printed raw in: {line}");
        }
    }
}
