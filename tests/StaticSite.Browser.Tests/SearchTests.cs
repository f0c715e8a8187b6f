using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StaticSite.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StaticSite.Browser.Tests;

/// <summary>How a query reaches the search page.</summary>
public enum QueryEntry
{
    /// <summary>Opening <c>/zoeken/?q=QUERY</c> (a link, the search form of another page, a bookmark).</summary>
    Url,

    /// <summary>Typing into <c>#search-input</c> on <c>/zoeken/</c>, key by key.</summary>
    Typed,
}

/// <summary>
/// The search page of SPEC "Search" in a real browser: <c>/zoeken/?q=…</c> and typed queries fill
/// <c>ol#search-results</c> with one <c>li</c> holding an <c>a</c> per result, best first, and
/// <c>#search-status</c> says how many, or that nothing matched.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("ouders", QueryEntry.Url)]
    [InlineData("ouder", QueryEntry.Typed)]
    public async Task Both_forms_of_ouder_find_the_parents_section_first(string query, QueryEntry entry)
    {
        var results = await SearchAsync("utrecht", query, entry);

        Assert.Equal("/ouders/", results.First());
        Assert.True(results.Hrefs.Take(5).Count(h => h.StartsWith("/ouders/", StringComparison.Ordinal)) >= 2, results.Describe());
    }

    [Theory]
    [InlineData(QueryEntry.Typed)]
    [InlineData(QueryEntry.Url)]
    public async Task Clientondersteuner_without_diaeresis_finds_the_clientondersteuner_page_first(QueryEntry entry)
    {
        var results = await SearchAsync("utrecht", "clientondersteuner", entry);

        Assert.True(results.Titles.FirstOrDefault()?.Contains("cliëntondersteuner", StringComparison.OrdinalIgnoreCase) == true, results.Describe());
    }

    [Fact]
    public async Task Abbreviation_TLV_finds_the_TLV_page_and_the_glossary_term_first()
    {
        var results = await SearchAsync("utrecht", "TLV", QueryEntry.Url);

        Assert.Contains("/ouders/tlv/", results.Hrefs.Take(3));
        Assert.Contains("/begrippen/toelaatbaarheidsverklaring/", results.Hrefs.Take(3));
    }

    [Fact]
    public async Task Full_word_toelaatbaarheidsverklaring_finds_the_TLV_page()
    {
        var results = await SearchAsync("utrecht", "toelaatbaarheidsverklaring", QueryEntry.Typed);

        Assert.Contains("/ouders/tlv/", results.Hrefs.Take(3));
    }

    [Fact]
    public async Task One_typo_still_finds_the_toelaatbaarheidsverklaring()
    {
        var results = await SearchAsync("utrecht", "toelaatbaarheidsverklring", QueryEntry.Typed);

        Assert.Equal("/begrippen/toelaatbaarheidsverklaring/", results.First());
        Assert.Contains("/ouders/tlv/", results.Hrefs.Take(3));
    }

    [Fact]
    public async Task Two_words_find_the_pages_about_each_near_the_top()
    {
        var results = await SearchAsync("utrecht", "thuiszitten leerplicht", QueryEntry.Typed);

        Assert.Contains("/ouders/thuiszitten/", results.Hrefs.Take(5));
        Assert.Contains("/ouders/leerplicht/", results.Hrefs.Take(5));
    }

    [Theory]
    [InlineData(QueryEntry.Url)]
    [InlineData(QueryEntry.Typed)]
    public async Task A_word_that_matches_nothing_says_so_and_lists_nothing(QueryEntry entry)
    {
        var results = await SearchAsync("utrecht", "xyzzyqq", entry);

        Assert.Empty(results.Hrefs);
        Assert.StartsWith("Geen resultaten", results.Status);
    }

    [Fact]
    public async Task Typing_puts_the_query_in_the_address_so_the_results_can_be_shared()
    {
        await using var session = await browser.NewPageAsync();
        await TypeQueryAsync(session.Page, "utrecht", "passend onderwijs");

        await Expect(session.Page).ToHaveURLAsync(new Regex(@"/zoeken/\?q=passend(\+|%20)onderwijs$"));
    }

    [Fact]
    public async Task Under_a_base_path_results_link_inside_it_and_lead_to_the_page()
    {
        await using var session = await browser.NewPageAsync();
        var page = session.Page;
        var results = await SearchByUrlAsync(page, "amersfoort", "clientondersteuner");

        Assert.NotEmpty(results.Hrefs);
        Assert.All(results.Hrefs, href => Assert.StartsWith("/amersfoort/", href));

        var first = page.Locator("#search-results > li a[href]").First;
        var response = await page.RunAndWaitForNavigationAsync(() => first.ClickAsync());
        Assert.Equal(200, response?.Status);
        Assert.Equal(results.First(), new Uri(page.Url).AbsolutePath);
        await Expect(page.Locator("h1")).ToHaveTextAsync(results.Titles[0]);
    }

    [Theory]
    [InlineData("utrecht")]
    [InlineData("amersfoort")]
    public async Task The_search_form_of_a_content_page_leads_to_the_results(string region)
    {
        await using var session = await browser.NewPageAsync();
        var page = session.Page;
        await browser.OpenAsync(page, region, PageKinds.Get(region, "page"));

        await page.Locator("#site-search-q").FillAsync("TLV");
        await page.RunAndWaitForNavigationAsync(() => page.Locator("#site-search-q").PressAsync("Enter"));
        var results = await ResultsAsync(page, "TLV");

        Assert.Equal(browser.Server(region).Url("/zoeken/?q=TLV"), page.Url);
        Assert.Contains(browser.Server(region).Region.BasePath.TrimEnd('/') + "/ouders/tlv/", results.Hrefs.Take(3));
    }

    private sealed record Results(string Status, IReadOnlyList<string> Hrefs, IReadOnlyList<string> Titles)
    {
        public string First() => Hrefs.Count > 0 ? Hrefs[0] : throw new Xunit.Sdk.XunitException("No results: " + Status);

        public string Describe() => Status + Environment.NewLine + string.Join(Environment.NewLine, Hrefs.Zip(Titles).Take(10).Select(r => $"  {r.First}  {r.Second}"));
    }

    /// <summary>
    /// True when the status is about this query and the results are final: the page shows first
    /// results from the small index, then ranks again once the body index is in (search-page.js sets
    /// <c>#search-app[data-state]</c> to <c>complete</c>).
    /// </summary>
    private const string Settled = """
        query => {
          const status = document.getElementById('search-status').textContent;
          if (!/(resultaat|resultaten) voor ‘/.test(status) || !status.includes('‘' + query + '’')) return false;
          return document.getElementById('search-app').dataset.state === 'complete';
        }
        """;

    private async Task<Results> SearchAsync(string region, string query, QueryEntry entry)
    {
        await using var session = await browser.NewPageAsync(375, 800);
        return entry == QueryEntry.Url
            ? await SearchByUrlAsync(session.Page, region, query)
            : await TypeQueryAsync(session.Page, region, query);
    }

    private async Task<Results> SearchByUrlAsync(IPage page, string region, string query)
    {
        await page.GotoAsync(browser.Server(region).Url("/zoeken/?q=" + Uri.EscapeDataString(query)));
        return await ResultsAsync(page, query);
    }

    private async Task<Results> TypeQueryAsync(IPage page, string region, string query)
    {
        await page.GotoAsync(browser.Server(region).Url("/zoeken/"));
        var input = page.Locator("#search-input");
        await input.ClickAsync();
        await input.PressSequentiallyAsync(query, new() { Delay = 20 });
        return await ResultsAsync(page, query);
    }

    /// <summary>Waits until the results of this very query are final, then reads them in one go.</summary>
    private static async Task<Results> ResultsAsync(IPage page, string query)
    {
        await page.WaitForFunctionAsync(Settled, query);
        var read = await page.EvaluateAsync<JsonElement>("""
            () => ({
              status: document.getElementById('search-status').textContent,
              results: [...document.querySelectorAll('#search-results > li')].map(li => {
                const a = li.querySelector('a[href]');
                return [a ? a.getAttribute('href') : '', a ? a.textContent.trim() : ''];
              })
            })
            """);
        var results = read.GetProperty("results").EnumerateArray().Select(r => (Href: r[0].GetString()!, Title: r[1].GetString()!)).ToList();
        return new Results(read.GetProperty("status").GetString()!, [.. results.Select(r => r.Href)], [.. results.Select(r => r.Title)]);
    }
}
