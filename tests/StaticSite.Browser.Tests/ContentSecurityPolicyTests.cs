using Microsoft.Playwright;
using StaticSite.Browser.Tests.Infrastructure;

namespace StaticSite.Browser.Tests;

/// <summary>
/// The Content-Security-Policy of each built region's <c>_headers</c>, applied by the test server as
/// Netlify and Cloudflare Pages apply it: every page kind loads with no violation at all (the
/// branding <c>&lt;style&gt;</c> by its hash, JSON-LD as data), the branding colour really applies,
/// and search (scripts loaded on demand, the index fetched) works under it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyTests(BrowserFixture browser)
{
    private const string CollectViolations = """
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' ' + e.sourceFile + ':' + e.lineNumber));
        """;

    [Theory]
    [MemberData(nameof(PageKinds.All), MemberType = typeof(PageKinds))]
    public async Task Page_kind_loads_under_the_sites_csp_without_a_single_violation(string region, string kind)
    {
        await using var session = await browser.NewPageAsync();
        var page = session.Page;
        var console = new List<string>();
        page.Console += (_, m) => { if (m.Text.Contains("Content Security Policy", StringComparison.Ordinal)) console.Add(m.Text); };
        await page.AddInitScriptAsync(CollectViolations);
        var pageKind = PageKinds.Get(region, kind);
        var response = await page.GotoAsync(browser.Server(region).Url(pageKind.Path), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        var csp = await response!.HeaderValueAsync("content-security-policy");
        Assert.True(csp is not null && csp.Contains("script-src 'self'", StringComparison.Ordinal), $"{region} {kind}: no Content-Security-Policy header was served");
        Assert.DoesNotContain("unsafe-inline", csp);

        var violations = await page.EvaluateAsync<string[]>("() => window.__violations");
        Assert.True(violations.Length == 0 && console.Count == 0, $"{region} {kind}: {string.Join("; ", violations.Concat(console))}");
        // The inline branding style is allowed by its hash: the page has the region's colour (amersfoort's
        // differs from the theme's default, so a blocked style would show there).
        var brand = await page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).getPropertyValue('--brand').trim()");
        var settings = File.ReadAllText(Path.Combine(RepositoryPaths.Content, region, "region.yml"));
        var color = System.Text.RegularExpressions.Regex.Match(settings, @"^\s+color:\s*""(#[0-9a-fA-F]{6})""", System.Text.RegularExpressions.RegexOptions.Multiline).Groups[1].Value;
        Assert.Equal(color.ToLowerInvariant(), brand.ToLowerInvariant());
    }

    [Theory]
    [InlineData("utrecht")]
    [InlineData("amersfoort")]
    public async Task Search_finds_results_under_the_csp_without_a_violation(string region)
    {
        await using var session = await browser.NewPageAsync();
        var page = session.Page;
        await page.AddInitScriptAsync(CollectViolations);
        await page.GotoAsync(browser.Server(region).Url("/zoeken/"), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await page.Locator("#search-input").PressSequentiallyAsync("ouders");
        await page.Locator("#search-results a").First.WaitForAsync();
        Assert.True(await page.Locator("#search-results a").CountAsync() > 3);
        var violations = await page.EvaluateAsync<string[]>("() => window.__violations");
        Assert.True(violations.Length == 0, string.Join("; ", violations));
    }
}
