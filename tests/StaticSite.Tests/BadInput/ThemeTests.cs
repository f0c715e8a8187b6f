using StaticSite.Tests.Harness;
using static StaticSite.Tests.BadInput.BadInputAssert;

namespace StaticSite.Tests.BadInput;

/// <summary>SPEC "Bad input": template errors in themes, at the template's file(line,col).</summary>
public class ThemeTests
{
    [Fact]
    public void Syntax_error_in_a_layout_is_reported_at_the_layout()
    {
        // A site with its own copy of the real theme; only utrecht has a FAQ item.
        using var site = TestSite.Create(ownThemes: true, declaration: Sites.TwoRegions + """

            -- content/utrecht/vragen/wat.md --
            ---
            title: Wat?
            ---
            Dit.
            """);
        var before = BuildGood(site);
        site.Write("themes/default/layouts/faq.html", """
            <article>
            <h1>{{ page.title | html.escape }}</h1>
            {{ if page.description != "" }}
            <p>{{ page.description }}</p>
            """);
        FailedKeepingPrevious(site, site.Build(), before, "template_syntax_error", "amersfoort");
    }

    [Fact]
    public void Undefined_variable_in_a_layout_is_an_error_at_its_line_and_column()
    {
        // The real theme is copied into the site, then one layout is broken: strict variables must catch 'titel'.
        using var site = TestSite.Create(Sites.TwoRegions + """

            -- themes/default/layouts/organisation.html --
            <article>
            <h1>{{ page.title | html.escape }}</h1>
            <p>{{ page.titel }}</p>
            </article>
            """);
        var before = site.Snapshot();
        FailedKeepingPrevious(site, site.Build(), before, "template_undefined_variable");
    }
}
