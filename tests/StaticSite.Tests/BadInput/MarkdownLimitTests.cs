using System.Text;
using StaticSite.Tests.Harness;
using static StaticSite.Tests.BadInput.BadInputAssert;

namespace StaticSite.Tests.BadInput;

/// <summary>
/// Issue 9 item 6: pages built to make the renderer super-linear (100,000 headings, 100,000
/// nested divs, 200,000 open spans, deep block quotes, lists, brackets and emphasis) end in a
/// diagnostic at the line where the limit is passed (as do 20,000 bare web addresses in one
/// paragraph, which Markdig's auto-links extension links in quadratic time),, instead of hanging the build or crashing
/// it with an internal error.
/// </summary>
public class MarkdownLimitTests
{
    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();

    [Fact]
    public void Pathological_nesting_and_heading_counts_are_errors_at_the_line_not_hangs()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var before = BuildGood(site);
        string Page(string body) => "---\ntitle: Veel\n---\n" + body;
        site.Write("content/utrecht/veel/koppen.md", Page(Repeat("## Kop\n\n", 100_000)));
        site.Write("content/utrecht/veel/setext.md", Page(Repeat("Kop\n===\n\n", 20_000)));
        site.Write("content/utrecht/veel/divs.md", Page(Repeat("<div>\n", 100_000)));
        site.Write("content/utrecht/veel/spans.md", Page("Tekst " + Repeat("<span>", 200_000) + "\n"));
        site.Write("content/utrecht/veel/citaten.md", Page("Intro.\n\n" + Repeat(">", 20_000) + " diep\n"));
        site.Write("content/utrecht/veel/lijsten.md", Page("Intro.\n\n" + Repeat("- ", 10_000) + "diep\n"));
        site.Write("content/utrecht/veel/haken.md", Page("Intro.\n\n" + Repeat("[", 20_000) + "a" + Repeat("](/x/)", 20_000) + "\n"));
        site.Write("content/utrecht/veel/nadruk.md", Page("Intro.\n\n" + Repeat("*a **a ", 20_000) + "\n"));
        site.Write("content/utrecht/veel/adressen.md", Page("Intro.\n\n" + Repeat("www.voorbeeld.nl ", 20_000) + "\n"));
        site.Write("content/utrecht/veel/adressen-regels.md", Page("Intro.\n\n" + Repeat("https://voorbeeld.nl/\n", 20_000)));
        site.Write("content/utrecht/veel/mix.md", Page("Intro.\n\n" + Repeat("> - ", 5_000) + "diep\n"));
        var result = site.Build();
        FailedKeepingPrevious(site, result, before, "markdown_limits", "amersfoort");
    }

    [Fact]
    public void A_page_just_within_the_limits_renders_every_heading_with_its_own_id()
    {
        using var site = TestSite.Create(Sites.TwoRegions + "\n-- content/utrecht/veel/koppen.md --\n---\ntitle: Veel koppen\n---\n" + Repeat("## Kop\n\nTekst.\n\n", 1000)
            + "\n-- content/utrecht/veel/diep.md --\n---\ntitle: Diep\n---\n" + Repeat("<div>", 100) + "diep" + Repeat("</div>", 100) + "\n");
        var result = site.Build();
        Assert.True(result.ExitCode == 0 && result.ErrorLines.Count == 0, result.ToString());
        site.AssertFileContains("dist/utrecht/veel/koppen/index.html", "<h2 id=\"kop\">", "<h2 id=\"kop-1\">", "<h2 id=\"kop-999\">", "! kop-1000");
        site.AssertFileContains("dist/utrecht/veel/diep/index.html", "diep</div>");
    }
}
