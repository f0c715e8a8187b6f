using System.Text;
using System.Text.Json;
using StaticSite.Browser.Tests.Infrastructure;

namespace StaticSite.Browser.Tests;

/// <summary>
/// axe-core with the WCAG 2.1 A and AA rules on every page kind of every example region, plus axe's
/// best-practice rules, which check what issue 4 asks beyond the WCAG tags: one h1, headings in order,
/// every landmark uniquely named, all content inside landmarks.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    private const string RunAxe = """
        async () => {
          const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
          return { passes: result.passes.length, violations: result.violations.map(v => ({
            id: v.id, impact: v.impact || '', help: v.help,
            targets: v.nodes.map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\s+/g, ' '))
          })) };
        }
        """;

    [Theory]
    [MemberData(nameof(PageKinds.All), MemberType = typeof(PageKinds))]
    public async Task Page_kind_has_no_WCAG_21_AA_or_best_practice_violations(string region, string kind)
    {
        // axe is injected as an inline script, which the site's CSP blocks (ContentSecurityPolicyTests check the pages under it).
        await using var session = await browser.NewPageAsync(bypassCsp: true);
        await browser.OpenAsync(session.Page, region, PageKinds.Get(region, kind));
        await session.Page.AddScriptTagAsync(new() { Path = RepositoryPaths.AxeScript });

        var result = await session.Page.EvaluateAsync<JsonElement>(RunAxe);

        Assert.True(result.GetProperty("passes").GetInt32() > 10, $"axe checked almost nothing on {region} {kind}: is the page empty?");
        var violations = result.GetProperty("violations");
        Assert.True(violations.GetArrayLength() == 0, Describe(region, kind, violations));
    }

    private static string Describe(string region, string kind, JsonElement violations)
    {
        var text = new StringBuilder($"axe found {violations.GetArrayLength()} violation(s) on {region} {kind}:");
        foreach (var v in violations.EnumerateArray())
        {
            text.AppendLine().Append($"- {v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}): {v.GetProperty("help").GetString()}");
            foreach (var target in v.GetProperty("targets").EnumerateArray())
                text.AppendLine().Append("    ").Append(target.GetString());
        }
        return text.ToString();
    }
}
