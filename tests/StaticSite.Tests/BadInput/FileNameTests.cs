using StaticSite.Tests.Harness;
using static StaticSite.Tests.BadInput.BadInputAssert;

namespace StaticSite.Tests.BadInput;

/// <summary>
/// Issue 9, items 12 and 13: file names. Names saved decomposed (NFD, as macOS does) give the same
/// page and URL as composed ones; twins that differ only in accents or case, and every name that
/// cannot be stored, published or put in an address (too long, not UTF-8, control characters,
/// Windows' forbidden characters and device names) is a diagnostic at the file, never SS9001.
/// </summary>
public class FileNameTests
{
    private const string Nfd = "clie\u0308nt";
    private const string Nfc = "cli\u00ebnt";

    [Fact]
    public void Decomposed_file_name_gets_the_url_of_the_composed_one()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        site.Write($"content/_shared/ouders/{Nfd}-rechten.md", "---\ntitle: Rechten\n---\nTekst.\n");
        site.Write($"content/_shared/{Nfd}en/uitleg.md", "---\ntitle: Uitleg\n---\nTekst.\n");
        var result = site.Build();
        Assert.True(result.ExitCode == 0 && result.ErrorLines.Count == 0, result.ToString());
        Assert.True(site.Exists("dist/utrecht/ouders/client-rechten/index.html"));
        Assert.True(site.Exists("dist/utrecht/clienten/uitleg/index.html"));
        Assert.False(site.Exists("dist/utrecht/ouders/clie-nt-rechten"));
    }

    [Fact]
    public void Decomposed_region_page_replaces_the_composed_shared_page_and_exclude_matches_either_form()
    {
        using var site = TestSite.Create(Sites.TwoRegions.Replace("municipalities: [Amersfoort, Leusden]",
            $"municipalities: [Amersfoort, Leusden]\nexclude: [\"ouders/{Nfc}.md\"]"));
        site.Write($"content/_shared/ouders/{Nfd}.md", "---\ntitle: Landelijk\n---\nLandelijke tekst.\n");
        site.Write($"content/utrecht/ouders/{Nfc}.md", "---\ntitle: Regionaal\n---\nUtrechtse tekst.\n");
        var result = site.Build();
        Assert.True(result.ExitCode == 0 && result.ErrorLines.Count == 0, result.ToString());
        site.AssertFileContains("dist/utrecht/ouders/client/index.html", "Utrechtse tekst.", "! Landelijke tekst.");
        Assert.False(site.Exists("dist/amersfoort/ouders/client"));
    }

    [Fact]
    public void Twins_that_differ_only_in_accents_or_case_are_reported_naming_both_files()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var before = BuildGood(site);
        site.Write($"content/utrecht/ouders/{Nfc}.md", "---\ntitle: Samengesteld\n---\nTekst.\n")
            .Write($"content/utrecht/ouders/{Nfd}.md", "---\ntitle: Ontleed\n---\nTekst.\n")
            .Write("content/utrecht/ouders/TLV.md", "---\ntitle: Hoofdletters\n---\nTekst.\n")
            .Write("content/utrecht/ouders/tlv.md", "---\ntitle: Kleine letters\n---\nTekst.\n")
            .Write("content/utrecht/Plaatjes/a.png", "png\n")
            .Write("content/utrecht/plaatjes/b.png", "png\n");
        FailedKeepingPrevious(site, site.Build(), before, "file_name_twins", "amersfoort");
    }

    [Fact]
    public void Names_that_cannot_be_stored_published_or_addressed_are_reported_at_the_file()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var before = BuildGood(site);
        const string page = "---\ntitle: X\n---\nTekst.\n";
        site.Write($"content/utrecht/{new string('a', 249)}.md", page)          // 252 characters: the name of item 13
            .Write($"content/utrecht/{new string('b', 248)}.png", "png\n")
            .Write($"content/utrecht/{string.Concat(Enumerable.Repeat("ë", 101))}.md", page) // 205 UTF-8 bytes
            .Write($"content/utrecht/{string.Join('/', Enumerable.Repeat(new string('d', 190), 6))}/diep.md", page)
            .Write("content/utrecht/tab\there.md", page)
            .Write("content/utrecht/regel\nbreuk.md", page)
            .Write("content/utrecht/kleur\u001b[31m.md", page)
            .Write("content/utrecht/del\u007f.md", page)
            .Write("content/utrecht/vraag?.md", page)
            .Write("content/utrecht/ster*.png", "png\n")
            .Write("content/utrecht/pijp|.md", page)
            .Write("content/utrecht/dubbel\"punt.md", page)
            .Write("content/utrecht/<hoek>.md", page)
            .Write("content/utrecht/tijd 10:30.md", page)
            .Write("content/utrecht/schuin\\streep.md", page)
            .Write("content/utrecht/kamp #1.jpg", "jpg\n")
            .Write("content/utrecht/100%.png", "png\n")
            .Write("content/utrecht/punt.md.", page)
            .Write("content/utrecht/spatie.md ", page)
            .Write("content/utrecht/con.md", page)
            .Write("content/utrecht/NUL.png", "png\n")
            .Write("content/utrecht/com1.txt", "tekst\n")
            .Write("content/utrecht/Lpt9.md", page)
            .Write("content/utrecht/aux/pagina.md", page)
            .RawName("content/utrecht", [.. "caf"u8, 0xE9, .. ".md"u8], page)              // Latin-1
            .RawName("content/utrecht/ouders", [.. "prijs-"u8, 0x80, .. ".md"u8], page);  // Windows-1252 euro sign
        FailedKeepingPrevious(site, site.Build(), before, "file_names", "amersfoort");
    }

    [Fact]
    public void Slug_too_long_for_a_folder_name_is_reported_at_its_line()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var before = BuildGood(site);
        site.Write("content/utrecht/lang.md", $"---\ntitle: Lang\nslug: {new string('s', 251)}\n---\nTekst.\n");
        var result = site.Build();
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["content/utrecht/lang.md(3,7): error SS1210: slug is 251 characters long; a slug can be at most 200 (it becomes a folder name, and file systems stop at 255). Write a shorter one."],
            result.ErrorLines);
        TestSite.AssertSameFiles(before, site.Snapshot());
        NoLeftovers(site);
        Assert.DoesNotContain("SS9001", result.Stderr);
    }
}
