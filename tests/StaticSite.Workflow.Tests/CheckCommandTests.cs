using System.Text.Json;

namespace StaticSite.Workflow.Tests;

public sealed class CheckCommandTests
{
    private const string HardText =
        "De toelaatbaarheidsverklaring voor het voortgezet speciaal onderwijs wordt door het samenwerkingsverband afgegeven na multidisciplinair overleg met deskundigen. " +
        "Daarbij beoordeelt de commissie de ondersteuningsbehoefte aan de hand van het ontwikkelingsperspectiefplan en aanvullende rapportages. " +
        "Vervolgens ontvangen ouders schriftelijk een gemotiveerde beslissing.\n";

    private static TestSite CleanSite() => new(
        ("test/region.yml", TestSite.RegionYml),
        ("test/index.md", TestSite.Page("Welkom", "Wij helpen u graag.\n")),
        ("test/ouders/tlv.md", TestSite.Page("TLV", "## Wat is het\n\nEen papier van school.\n", "review_by: 2999-01-01\n")));

    [Fact]
    public void Clean_site_passes_with_summary()
    {
        using var site = CleanSite();
        var (exit, output, error) = site.Run("check");
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("content health:", output);
        Assert.Matches(@"test: \d+ pages, 0 stale, 0 errors, no warnings", output);
        Assert.Contains("check passed: 0 errors, 0 warnings", output);
    }

    [Fact]
    public void Stale_page_is_a_warning_at_its_review_by_line()
    {
        using var site = CleanSite();
        site.Write("test/ouders/oud.md", TestSite.Page("Oud", "Tekst.\n", "description: \"x\"\nreview_by: 2000-01-01\n"));
        var (exit, output, error) = site.Run("check");
        Assert.Equal(0, exit);
        Assert.Contains("oud.md(4,1): warning SS4001:", error);
        Assert.Contains("2000-01-01", error);
        Assert.Contains("1 stale", output);
        Assert.Contains("SS4001 1", output);
    }

    [Fact]
    public void Image_without_alt_text_is_a_warning()
    {
        using var site = CleanSite();
        site.Write("test/ouders/foto.png", "not really a png");
        site.Write("test/ouders/beeld.md", TestSite.Page("Beeld", "Kijk.\n\n![](/ouders/foto.png)\n"));
        var (_, _, error) = site.Run("check");
        Assert.Contains("beeld.md(6,1): warning SS4002:", error);
    }

    [Fact]
    public void Heading_level_one_and_skipped_levels_are_warnings_at_their_lines()
    {
        using var site = CleanSite();
        site.Write("test/ouders/koppen.md", TestSite.Page("Koppen", "# Tweede titel\n\nTekst.\n\n## Goed\n\n#### Te diep\n"));
        var (_, _, error) = site.Run("check");
        Assert.Contains("koppen.md(4,1): warning SS4003:", error);
        Assert.Contains("koppen.md(10,1): warning SS4003: heading 'Te diep' jumps from level 2 to level 4", error);
        Assert.DoesNotContain("koppen.md(8,", error);
    }

    [Fact]
    public void Organisation_without_contact_details_is_a_warning()
    {
        using var site = CleanSite();
        site.Write("test/organisaties/stil.md", TestSite.Page("Stille organisatie", "Wij helpen.\n"));
        site.Write("test/organisaties/bereikbaar.md", TestSite.Page("Bereikbaar", "Wij helpen.\n", "phone: \"030 123 45 67\"\n"));
        var (_, _, error) = site.Run("check");
        Assert.Contains("stil.md(1,1): warning SS4004:", error);
        Assert.DoesNotContain("bereikbaar.md", error);
    }

    [Fact]
    public void Hard_text_names_its_longest_sentences_and_the_threshold_comes_from_region_yml()
    {
        using var site = CleanSite();
        site.Write("test/ouders/moeilijk.md", TestSite.Page("Moeilijk", HardText));
        var (_, _, error) = site.Run("check");
        Assert.Contains("moeilijk.md(4,1): warning SS4005:", error);
        Assert.Contains("at least 60", error);
        Assert.Contains("line 4: 'De toelaatbaarheidsverklaring voor het voortgezet speciaal", error);

        site.Write("test/region.yml", TestSite.RegionYml + "readability:\n  min_score: -100\n");
        Assert.DoesNotContain("SS4005", site.Run("check").Error);
    }

    [Fact]
    public void Warnaserror_fails_on_warnings_only()
    {
        using var site = CleanSite();
        Assert.Equal(0, site.Run("check", "--warnaserror").Exit);
        site.Write("test/ouders/oud.md", TestSite.Page("Oud", "Tekst.\n", "review_by: 2000-01-01\n"));
        var (exit, output, _) = site.Run("check", "--warnaserror");
        Assert.Equal(1, exit);
        Assert.Contains("check failed", output);
        Assert.Equal(0, site.Run("check").Exit);
    }

    [Fact]
    public void Errors_exit_1_and_lints_never_fail_build()
    {
        using var site = CleanSite();
        site.Write("test/ouders/oud.md", TestSite.Page("Oud", "Tekst.\n", "review_by: 2000-01-01\n"));
        var (buildExit, _, buildError) = site.Run("build", "--output", Path.Combine(site.Root, "dist"));
        Assert.Equal(0, buildExit);
        Assert.DoesNotContain("SS4", buildError);
        site.Write("test/ouders/kapot.md", TestSite.Page("Kapot", "[weg](/nergens/)\n"));
        Assert.Equal(1, site.Run("check").Exit);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "dist", "test", "ouders", "kapot")));
    }

    [Fact]
    public void Json_format_is_one_document_with_diagnostics_and_region_summary()
    {
        using var site = CleanSite();
        site.Write("test/ouders/oud.md", TestSite.Page("Oud", "Tekst.\n", "review_by: 2000-01-01\n"));
        var (exit, output, error) = site.Run("check", "--format", "json");
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        using var json = JsonDocument.Parse(output);
        var d = Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.EndsWith("content/test/ouders/oud.md", d.GetProperty("path").GetString());
        Assert.Equal(3, d.GetProperty("line").GetInt32());
        Assert.Equal(1, d.GetProperty("column").GetInt32());
        Assert.Equal("warning", d.GetProperty("severity").GetString());
        Assert.Equal("SS4001", d.GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(d.GetProperty("message").GetString()));
        var region = Assert.Single(json.RootElement.GetProperty("regions").EnumerateArray());
        Assert.Equal("test", region.GetProperty("id").GetString());
        Assert.Equal(1, region.GetProperty("stalePages").GetInt32());
        Assert.Equal(1, region.GetProperty("warningsByCode").GetProperty("SS4001").GetInt32());
        Assert.True(json.RootElement.GetProperty("passed").GetBoolean());
    }

    [Fact]
    public void Unknown_region_and_format_are_usage_errors()
    {
        using var site = CleanSite();
        Assert.Equal(2, site.Run("check", "--region", "nope").Exit);
        Assert.Equal(2, site.Run("check", "--format", "xml").Exit);
    }
}
