using StaticSite.Tests.Harness;
using static StaticSite.Tests.BadInput.BadInputAssert;

namespace StaticSite.Tests.BadInput;

/// <summary>SPEC "Bad input": malformed YAML, wrong types, unknown keys, missing fields, invalid dates.</summary>
public class FrontMatterTests
{
    [Fact]
    public void Malformed_yaml_is_reported_at_the_line_of_the_file_not_of_the_yaml_block()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var before = BuildGood(site);
        site.Write("content/utrecht/ouders/kapot.md", """
            ---
            title: Kapot
            description: een: twee
            ---
            Tekst.
            """);
        var result = site.Build();
        // The YAML error is on line 2 of the block, which is line 3 of the file.
        FailedKeepingPrevious(site, result, before, "malformed_yaml", "amersfoort");
    }

    [Fact]
    public void Wrong_types_are_each_reported_at_their_value()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var before = BuildGood(site);
        site.Write("content/utrecht/ouders/types.md", """
            ---
            title: [Een, Twee]
            weight: tien
            draft: misschien
            audience: ouders en jongeren
            topics: {a: b}
            ---
            Tekst.
            """);
        FailedKeepingPrevious(site, site.Build(), before, "wrong_types", "amersfoort");
    }

    [Fact]
    public void Unknown_key_titel_suggests_title()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var before = BuildGood(site);
        site.Write("content/utrecht/ouders/titel.md", """
            ---
            titel: Passend onderwijs
            descriptoin: Wat het is.
            ---
            Tekst.
            """);
        FailedKeepingPrevious(site, site.Build(), before, "unknown_key_titel", "amersfoort");
    }

    [Fact]
    public void Missing_title_date_on_news_and_steps_on_route_are_each_reported()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var before = BuildGood(site);
        site.Write("content/utrecht/ouders/zonder-titel.md", """
            ---
            description: Geen titel.
            ---
            Tekst.
            """);
        site.Write("content/utrecht/nieuws/zonder-datum.md", """
            ---
            title: Nieuws zonder datum
            ---
            Tekst.
            """);
        site.Write("content/utrecht/route/zonder-stappen.md", """
            ---
            title: Route zonder stappen
            ---
            Tekst.
            """);
        FailedKeepingPrevious(site, site.Build(), before, "missing_fields", "amersfoort");
    }

    [Fact]
    public void Invalid_dates_are_reported_with_the_expected_form()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var before = BuildGood(site);
        site.Write("content/utrecht/nieuws/datums.md", """
            ---
            title: Datums
            date: 2026-02-30
            updated: 31-12-2026
            ---
            Tekst.
            """);
        FailedKeepingPrevious(site, site.Build(), before, "invalid_dates", "amersfoort");
    }

    [Fact]
    public void Page_without_front_matter_is_reported_not_silently_dropped()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var before = BuildGood(site);
        site.Write("content/utrecht/ouders/geen-front-matter.md", "# Alleen tekst\n\nZonder front matter.\n");
        FailedKeepingPrevious(site, site.Build(), before, "no_front_matter", "amersfoort");
    }
}
