using System.Text;
using StaticSite.Tests.Harness;
using static StaticSite.Tests.BadInput.BadInputAssert;

namespace StaticSite.Tests.BadInput;

/// <summary>SPEC "Bad input": huge and binary files, invalid UTF-8, BOMs and CRLF line endings.</summary>
public class FileTests
{
    [Fact]
    public void Markdown_file_over_2_MB_is_reported_not_read()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var before = BuildGood(site);
        var huge = "---\ntitle: Groot\n---\n" + new string('a', 3 * 1024 * 1024) + "\n";
        site.Write("content/utrecht/ouders/groot.md", huge);
        FailedKeepingPrevious(site, site.Build(), before, "huge_file", "amersfoort");
    }

    [Fact]
    public void Markdown_file_with_a_NUL_byte_is_reported_as_binary_at_the_byte()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var before = BuildGood(site);
        site.WriteBytes("content/utrecht/ouders/binair.md", [.. "---\ntitle: Binair\n---\nab"u8, 0, .. "cd\n"u8]);
        FailedKeepingPrevious(site, site.Build(), before, "binary_file", "amersfoort");
    }

    [Fact]
    public void Invalid_utf8_is_reported_at_the_line_and_column_of_the_bad_byte()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var before = BuildGood(site);
        // Line 4, "Caf" then 0xE9 (é in Windows-1252): column 4. The "ë" before it on line 5 must not count double.
        site.WriteBytes("content/utrecht/ouders/latin1.md", [.. "---\ntitle: Caf\u00e9\n---\nCaf"u8, 0xE9, .. " open.\n"u8]);
        FailedKeepingPrevious(site, site.Build(), before, "invalid_utf8", "amersfoort");
    }

    [Fact]
    public void Invalid_utf8_column_counts_characters_not_bytes()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        // "cliënt " is 7 characters but 8 bytes; the bad byte is the 8th character.
        site.WriteBytes("content/utrecht/ouders/latin1.md", [.. "---\ntitle: X\n---\ncliënt "u8, 0xFF, .. "\n"u8]);
        var result = site.Build();
        Assert.Equal(["content/utrecht/ouders/latin1.md(4,8): error SS1201: the file is not valid UTF-8 text (perhaps saved as Windows-1252 or Latin-1). Save it with the encoding UTF-8."],
            result.WithCode("SS1201"));
    }

    [Fact]
    public void Bom_and_crlf_pages_simply_work()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var text = "---\r\ntitle: Windows pagina\r\ndescription: Met CRLF\r\n---\r\nEerste regel.\r\n\r\n## Kopje\r\n\r\nTweede alinea.\r\n";
        site.WriteBytes("content/utrecht/ouders/windows.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);
        var result = site.Build();
        Assert.True(result.ExitCode == 0 && result.ErrorLines.Count == 0, result.ToString());
        var html = site.File("dist/utrecht/ouders/windows/index.html");
        site.AssertFileContains("dist/utrecht/ouders/windows/index.html", "<h1>Windows pagina</h1>", "Met CRLF", "<h2 id=\"kopje\">Kopje</h2>", "! \r", "! \uFEFF");
        Assert.DoesNotContain("\r", html);
    }

    [Fact]
    public void Crlf_file_with_an_error_on_line_5_is_reported_on_line_5()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var before = BuildGood(site);
        var text = "---\r\ntitle: Windows\r\ndescription: Met CRLF\r\ntopics: [a]\r\ntitel: dubbel\r\n---\r\nTekst.\r\n";
        site.WriteBytes("content/utrecht/ouders/windows.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);
        FailedKeepingPrevious(site, site.Build(), before, "crlf_error_line_5", "amersfoort");
    }

    [Fact]
    public void Crlf_broken_link_in_the_body_is_reported_at_its_line()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var text = "---\r\ntitle: Windows\r\n---\r\nEen.\r\n\r\nZie [kapot](/nergens/).\r\n";
        site.WriteBytes("content/utrecht/ouders/windows.md", Encoding.UTF8.GetBytes(text));
        var result = site.Build();
        Assert.Single(result.WithCode("SS2002"));
        Assert.StartsWith("content/utrecht/ouders/windows.md(6,5): error SS2002: ", result.WithCode("SS2002")[0]);
    }
}
