using StaticSite.Tests.Harness;
using static StaticSite.Tests.BadInput.BadInputAssert;

namespace StaticSite.Tests.Languages;

/// <summary>
/// Issue 11's diagnostics, golden: languages in region.yml, translations without their Dutch page or into
/// a language the region does not offer, a translation's own slug, a shared translation of a replaced page,
/// a Dutch folder where a language's pages go, missing interface text and stale translations.
/// </summary>
public class LanguageDiagnosticsTests
{
    [Fact]
    public void Unknown_and_misspelt_language_codes_are_errors_at_their_line_naming_the_code_meant()
    {
        using var site = TestSite.Create(LanguageSites.Utrecht);
        var before = BuildGood(site);
        site.Write("content/utrecht/region.yml", """
            name: Steunpunt Utrecht
            baseUrl: https://utrecht.example.org/
            languages:
              - EN
              - ua
              - Arabic
              - en-GB
              - xx
              - nl
              - ar
              - ar
            """);
        FailedKeepingPrevious(site, site.Build(), before, "language_codes", "amersfoort");
    }

    [Fact]
    public void A_translation_without_its_dutch_page_is_an_error_naming_the_page_it_needs()
    {
        using var site = TestSite.Create(LanguageSites.Utrecht);
        var before = BuildGood(site);
        site.Write("content/utrecht/ouders/tlv-aanvragen.en.md", "---\ntitle: Applying for a TLV\n---\nText.\n");
        FailedKeepingPrevious(site, site.Build(), before, "translation_without_page", "amersfoort");
    }

    [Fact]
    public void A_translation_into_a_language_the_region_does_not_offer_is_a_warning_and_a_dutch_page_named_nl_an_error()
    {
        using var site = TestSite.Create(LanguageSites.Utrecht);
        site.Write("content/utrecht/ouders/opp.tr.md", "---\ntitle: Gelişim perspektifi\n---\nMetin.\n");
        var warned = site.Build();
        Assert.True(warned.ExitCode == 0, warned.ToString());
        Golden.AssertDiagnostics("translation_not_offered", warned);
        Assert.False(site.Exists("dist/utrecht/tr"));
        var before = site.Snapshot();
        site.Write("content/utrecht/ouders/inloop.nl.md", "---\ntitle: Inloop\n---\nTekst.\n");
        FailedKeepingPrevious(site, site.Build(), before, "dutch_page_named_nl", "amersfoort");
    }

    [Fact]
    public void A_translation_with_another_slug_than_its_dutch_page_is_an_error_at_the_slug()
    {
        using var site = TestSite.Create(LanguageSites.Utrecht);
        var before = BuildGood(site);
        site.Write("content/_shared/ouders/tlv.en.md", "---\ntitle: Admission statement\nslug: admission\nupdated: 2026-03-01\n---\nText.\n");
        FailedKeepingPrevious(site, site.Build(), before, "translation_slug_mismatch");
    }

    [Fact]
    public void A_shared_translation_of_a_page_the_region_replaces_is_left_out_with_a_warning()
    {
        using var site = TestSite.Create(LanguageSites.Utrecht + """

            -- content/utrecht/ouders/opp.md --
            ---
            title: OPP in Utrecht
            ---
            Eigen tekst.
            -- content/_shared/ouders/opp.en.md --
            ---
            title: Development perspective
            ---
            National text.
            """);
        var result = site.Build();
        Assert.True(result.ExitCode == 0, result.ToString());
        Golden.AssertDiagnostics("translation_of_replaced_page", result);
        Assert.False(site.Exists("dist/utrecht/en/ouders/opp"));
        site.AssertFileContains("dist/amersfoort/en/ouders/opp/index.html", "Development perspective");
    }

    [Fact]
    public void A_dutch_folder_named_like_a_language_of_the_site_is_an_error()
    {
        using var site = TestSite.Create(LanguageSites.Utrecht);
        var before = BuildGood(site);
        site.Write("content/utrecht/en/brochure.md", "---\ntitle: Engelse brochure\n---\nTekst.\n");
        FailedKeepingPrevious(site, site.Build(), before, "language_folder_taken", "amersfoort");
    }

    [Fact]
    public void A_key_the_dutch_interface_text_has_and_another_language_lacks_is_a_warning_naming_file_and_key()
    {
        using var site = TestSite.Create(LanguageSites.Utrecht.Replace("languages: [en, ar]", "languages: [en, ar, so]").Replace("name: Steunpunt Utrecht", "name: Steunpunt Utrecht\ntheme: kind") + """

            -- themes/kind/theme.yml --
            name: kind
            parent: default
            -- themes/kind/i18n/nl.yml --
            nav:
              skip: Direct naar de tekst
            home:
              welcome: Fijn dat u er bent
            -- themes/kind/i18n/en.yml --
            home:
              welcome: Good to see you
              welcom: Typo
            """);
        var result = site.Build();
        Assert.True(result.ExitCode == 0, result.ToString());
        Golden.AssertDiagnostics("interface_text_missing", result);
        // The child's Dutch key wins over its parent's; the English text of the parent is kept.
        site.AssertFileContains("dist/utrecht/index.html", "Direct naar de tekst", "! Naar de inhoud");
        site.AssertFileContains("dist/utrecht/en/index.html", "Skip to content");
        // Somali has no interface text at all: its pages show Dutch.
        site.AssertFileContains("dist/utrecht/so/index.html", "<html lang=\"so\" dir=\"ltr\">", "Direct naar de tekst");
    }

    [Fact]
    public void Check_warns_when_a_translation_is_older_than_its_dutch_page_or_has_no_date()
    {
        using var site = TestSite.Create(LanguageSites.Utrecht);
        site.Write("content/_shared/ouders/tlv.en.md", "---\ntitle: Admission statement\nupdated: 2026-02-01\n---\nText.\n");
        site.Write("content/_shared/ouders/tlv.ar.md", "---\ntitle: إعلان القبول\n---\nنص.\n");
        var result = site.Check("--region", "utrecht");
        Assert.True(result.ExitCode == 0, result.ToString());
        Golden.AssertDiagnostics("stale_translation", result);
    }
}
