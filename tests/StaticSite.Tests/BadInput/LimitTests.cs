using StaticSite.Tests.Harness;
using static StaticSite.Tests.BadInput.BadInputAssert;

namespace StaticSite.Tests.BadInput;

/// <summary>
/// SPEC "never a hang, never a stack trace": input built to exhaust the build (nesting, aliases,
/// backtracking regexes, endless template work) is a diagnostic at its line (issue 9, item 6).
/// </summary>
public class LimitTests
{
    [Fact]
    public void Yaml_nested_50000_deep_is_SS1009_at_its_line_not_a_stack_overflow()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var before = BuildGood(site);
        site.Write("content/utrecht/ouders/diep.md", "---\ntitle: Diep\ntopics: " + new string('[', 50_000) + "\n---\nTekst.\n");
        FailedKeepingPrevious(site, site.Build(), before, "yaml_too_deep", "amersfoort");
    }

    [Fact]
    public void Yaml_nested_in_region_yml_is_SS1009_for_that_region_only()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var before = BuildGood(site);
        site.Write("content/utrecht/region.yml", "name: Steunpunt Utrecht\nbaseUrl: https://utrecht.example.org/\nmunicipalities: " + string.Concat(Enumerable.Repeat("{a: ", 70)) + "\n");
        FailedKeepingPrevious(site, site.Build(), before, "yaml_too_deep_region", "amersfoort");
    }

    [Fact]
    public void Yaml_alias_bomb_is_SS1009_where_it_expands_too_far()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var before = BuildGood(site);
        var lines = new List<string> { "---", "title: Bom", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]" };
        for (var i = 1; i < 9; i++) lines.Add($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]");
        lines.AddRange(["---", "Tekst."]);
        site.Write("content/utrecht/ouders/bom.md", string.Join("\n", lines) + "\n");
        FailedKeepingPrevious(site, site.Build(), before, "yaml_alias_bomb", "amersfoort");
    }

    [Fact]
    public void Yaml_the_representation_model_rejects_without_a_position_is_SS1001_not_an_internal_error()
    {
        // Found by the fuzzer: YamlDotNet's parser accepts these, its node model then throws ArgumentException.
        using var site = TestSite.Create(Sites.TwoRegions);
        var before = BuildGood(site);
        site.Write("content/utrecht/ouders/tag.md", "---\ntitle: Tag\ntopics: !![\n---\nTekst.\n");
        site.Write("content/utrecht/ouders/leeg.md", "---\ntitle: Leeg\nsteps:\n  - :\n---\nTekst.\n");
        site.Write("content/amersfoort/region.yml", "- :\n");
        FailedKeepingPrevious(site, site.Build(), before, "yaml_model_rejects");
    }

    [Fact]
    public void Nested_quantifier_regex_in_a_region_fact_stops_at_its_timeout_with_SS3006()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var before = BuildGood(site);
        site.Write("content/utrecht/ouders/regex.md", """
            ---
            title: Regex
            ---
            Tekst.

            {{ for i in 1..999 }}{{ "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!" | regex.match "(a+)+$" }}{{ end }}
            """);
        FailedKeepingPrevious(site, site.Build(), before, "regex_timeout", "amersfoort");
    }

    [Fact]
    public void Huge_number_literal_in_a_region_fact_is_SS2010_not_minutes_of_parsing()
    {
        // Found by the fuzzer: Scriban parses 5e555555 into an exact big number before any limit applies.
        using var site = TestSite.Create(Sites.TwoRegions);
        var before = BuildGood(site);
        site.Write("content/utrecht/ouders/getal.md", """
            ---
            title: Getal
            ---
            De tekst 5e555555 zelf mag.

            | a | {{5555555555555e555555tiep
            """);
        site.Write("content/utrecht/ouders/cijfers.md", "---\ntitle: Cijfers\n---\n{{ " + new string('9', 400) + " }}\n");
        FailedKeepingPrevious(site, site.Build(), before, "region_fact_huge_number", "amersfoort");
    }

    [Fact]
    public void Endless_work_in_a_theme_layout_stops_at_the_page_budget_with_SS3006()
    {
        // Within the loop limit, each step allocates 8 MB: far past the budget of a page on any machine.
        using var site = TestSite.Create(Sites.TwoRegions + """

            -- themes/default/layouts/organisation.html --
            <article>
            <h1>{{ page.title | html.escape }}</h1>
            {{ for i in 1..90000 }}{{ x = "ab" | string.pad_left 4000000 }}{{ end }}
            </article>
            """);
        var before = site.Snapshot();
        FailedKeepingPrevious(site, site.Build(), before, "template_page_budget");
    }
}
