using System.Text.Json;

namespace StaticSite.Search.Tests;

/// <summary>
/// The search page's query logic (search.js) run in node against the .NET-built assets: what a
/// visitor types must find the pages the spec promises.
/// </summary>
public sealed class SiteSearchQueryTests
{
    private sealed record Query(string Q, bool Body = true, string Audience = "", string Type = "");

    private sealed record Answer(string Q, string[] Urls, string[] Html, string Status);

    private static readonly Lazy<string> AssetFolder = new(() =>
    {
        var folder = Path.Combine(Path.GetTempPath(), $"staticsite-search-assets-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        foreach (var asset in SiteSearchIndex.Build(HandWrittenDutchDocuments.All, HandWrittenDutchDocuments.Glossary))
        {
            File.WriteAllText(Path.Combine(folder, Path.GetFileName(asset.LogicalName)), asset.Content);
        }

        return folder;
    });

    private static Answer[] Ask(params Query[] queries)
    {
        var json = JsonSerializer.Serialize(queries.Select(q => new { q = q.Q, body = q.Body, audience = q.Audience, type = q.Type }));
        var output = NodeRunner.RunOnFile("query.js", json, AssetFolder.Value);
        var answers = JsonSerializer.Deserialize<Answer[]>(output, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        return answers;
    }

    private static string[] Urls(string q, bool body = true) => Ask(new Query(q, body))[0].Urls;

    [Theory]
    [InlineData("clientondersteuner", "/ouders/clientondersteuner/")]
    [InlineData("cliëntondersteuner", "/ouders/clientondersteuner/")]
    [InlineData("CLIENTONDERSTEUNING", "/ouders/clientondersteuner/")]
    [InlineData("creche", "/ouders/vervoer/")]
    [InlineData("reunie", "/ouders/financien/")]
    [InlineData("ouder", "/ouders/passend-onderwijs/")]
    [InlineData("scholen", "/ouders/passend-onderwijs/")]
    public void Finds_dutch_forms_and_words_without_diacritics(string query, string url) => Assert.Contains(url, Urls(query));

    [Fact]
    public void Abbreviation_finds_the_full_term_and_back()
    {
        Assert.Equal("/ouders/tlv/", Urls("TLV")[0]);
        Assert.Contains("/organisaties/swv/", Urls("tlv"));
        Assert.Contains("/jongeren/thuiszitten/", Urls("toelaatbaarheidsverklaring"));
        Assert.Contains("/vragen/pgb/", Urls("persoonsgebonden budget"));
        Assert.Contains("/organisaties/cjg/", Urls("consultatiebureau", body: false));
    }

    [Theory]
    [InlineData("toelaatbaarheidsverklarnig", "/ouders/tlv/")]
    [InlineData("clientondersteunr", "/ouders/clientondersteuner/")]
    [InlineData("ontwikelingsperspectief", "/ouders/opp/")]
    [InlineData("leerlingenvevoer", "/ouders/vervoer/")]
    public void Finds_words_despite_one_typo(string query, string url) => Assert.Contains(url, Urls(query));

    [Theory]
    [InlineData("clienton", "/ouders/clientondersteuner/")]
    [InlineData("toelaatb", "/ouders/tlv/")]
    [InlineData("passend onder", "/ouders/passend-onderwijs/")]
    public void Finds_by_prefix_while_typing(string query, string url) => Assert.Equal(url, Urls(query)[0]);

    [Fact]
    public void Pages_with_all_words_rank_first()
    {
        var urls = Urls("passend onderwijs zorgplicht");
        Assert.Equal("/ouders/passend-onderwijs/", urls[0]);
    }

    [Fact]
    public void First_index_alone_finds_titles_and_the_body_index_adds_body_matches()
    {
        Assert.DoesNotContain("/jongeren/thuiszitten/", Urls("leerplichtambtenaar", body: false));
        Assert.Contains("/jongeren/thuiszitten/", Urls("leerplichtambtenaar", body: true));
    }

    [Fact]
    public void Filters_by_audience_and_type()
    {
        var answers = Ask(new Query("school", Audience: "jongeren"), new Query("school", Type: "term"));
        Assert.NotEmpty(answers[0].Urls);
        Assert.All(answers[0].Urls, u => Assert.Contains(u, new[] { "/jongeren/thuiszitten/", "/ouders/clientondersteuner/", "/organisaties/cjg/", "/nieuws/nieuwe-website/" }));
        Assert.NotEmpty(answers[1].Urls);
        Assert.All(answers[1].Urls, u => Assert.Contains(u, new[] { "/ouders/tlv/", "/ouders/clientondersteuner/", "/ouders/opp/" }));
    }

    [Fact]
    public void Renders_links_marks_and_labels_and_a_clear_message_when_nothing_matches()
    {
        var answers = Ask(new Query("cliëntondersteuner"), new Query("xyzzyq"), new Query("title:foo^2 +-~* <b>\"'"));
        Assert.StartsWith("<li class=\"search-result\"><a href=\"/ouders/clientondersteuner/\">Cliëntondersteuner</a>", answers[0].Html[0]);
        Assert.Contains("<mark>cliëntondersteuner</mark>", answers[0].Html[0]);
        Assert.Contains("Begrip", answers[0].Html[0]);
        Assert.Matches(@"^\d+ resulta(at|ten) voor ‘cliëntondersteuner’$", answers[0].Status);
        Assert.Empty(answers[1].Urls);
        Assert.Equal("Geen resultaten voor ‘xyzzyq’. Probeer een ander woord of bekijk de begrippenlijst.", answers[1].Status);
        // The status is set with textContent, so only the result HTML needs escaping.
        Assert.DoesNotContain("<b>", string.Concat(answers[2].Html));
    }
}
