using System.Text.Json;
using System.Text.RegularExpressions;
using StaticSite.Search.Dutch;

namespace StaticSite.Search.Tests.Languages;

/// <summary>The entry point the site build uses: which pipeline a code gets, and the scripts a search page of that language loads.</summary>
public sealed partial class SearchLanguageTests
{
    [Theory]
    [InlineData("nl", "nl")]
    [InlineData("NL", "nl")]
    [InlineData("en", "en")]
    [InlineData(" EN-gb ", "en")]
    [InlineData("ar", "ar")]
    [InlineData("tr", "tr")]
    [InlineData("pl", "pl")]
    [InlineData("pl_PL", "pl")]
    [InlineData("uk", "fallback")]
    [InlineData("so", "fallback")]
    [InlineData("fa", "fallback")]
    [InlineData("pt-BR", "fallback")]
    [InlineData("ber", "fallback")]
    public void A_code_gets_its_pipeline_and_every_other_code_the_fallback(string code, string pipeline)
    {
        var language = SearchLanguage.For(code);
        Assert.Equal(pipeline, language.PipelineName);
        Assert.Equal(pipeline == "fallback", language.IsFallback);
        Assert.Equal(code.Trim().Replace('_', '-').ToLowerInvariant(), language.Code);
        Assert.Equal(pipeline == "nl", language.FoldsDutchDiacritics);
    }

    [Theory]
    [InlineData("")]
    [InlineData("n")]
    [InlineData("../en")]
    [InlineData("en/..")]
    [InlineData("e n")]
    [InlineData("en-")]
    [InlineData("nl\u0000")]
    [InlineData("ελ")]
    public void A_code_that_is_no_language_tag_is_refused(string code) =>
        Assert.Throws<ArgumentException>(() => SearchLanguage.For(code));

    [Fact]
    public void Dutch_keeps_the_site_pipelines_and_asset_names_of_today()
    {
        var dutch = SearchLanguage.For("nl");
        Assert.Same(SearchLanguage.Dutch, dutch);
        Assert.Equal(DutchPipelines.SiteIndex().Labels, dutch.CreateIndexPipeline().Labels);
        Assert.Equal(DutchPipelines.SiteSearch().Labels, dutch.CreateSearchPipeline().Labels);
        Assert.Equal(
            SiteSearchIndex.Build(HandWrittenDutchDocuments.All, HandWrittenDutchDocuments.Glossary),
            SiteSearchIndex.Build(HandWrittenDutchDocuments.All, HandWrittenDutchDocuments.Glossary, dutch));
        Assert.Equal(SiteSearchIndex.IndexAsset, dutch.AssetName(SiteSearchIndex.IndexAsset));
        Assert.Equal("search/en/index.json", SearchLanguage.For("en").AssetName(SiteSearchIndex.IndexAsset));
        Assert.Equal("search/pt-br/docs.json", SearchLanguage.For("pt-BR").AssetName(SiteSearchIndex.DocumentsAsset));
    }

    [Fact]
    public void Pipelines_are_exactly_those_lunr_and_lunr_languages_install()
    {
        string[] Index(string code) => [.. SearchLanguage.For(code).CreateIndexPipeline().Labels];
        string[] Search(string code) => [.. SearchLanguage.For(code).CreateSearchPipeline().Labels];
        Assert.Equal(["trimmer", "stopWordFilter", "stemmer"], Index("en"));
        Assert.Equal(["stemmer"], Search("en"));
        Assert.Equal(["trimmer-ar", "stopWordFilter-ar", "stemmer-ar"], Index("ar"));
        Assert.Equal(["stemmer-ar"], Search("ar"));
        Assert.Equal(["trimmer-tr", "stopWordFilter-tr", "stemmer-tr"], Index("tr"));
        Assert.Equal(["trimmer-tr", "stemmer-tr"], Search("tr"));
        Assert.Equal(["trimmer-pl", "stopWordFilter-pl", "stemmer-pl"], Index("pl"));
        Assert.Equal(["trimmer-pl", "stemmer-pl"], Search("pl"));
        Assert.Equal(["fold-fallback", "trimmer-fallback"], Index("uk"));
        Assert.Equal(["fold-fallback", "trimmer-fallback"], Search("uk"));
    }

    [GeneratedRegex(@"-\s*from:\s*(?<from>\S+)\s*\n\s*to:\s*(?<to>\S+)")]
    private static partial Regex VendorEntry();

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    [InlineData("ar")]
    [InlineData("tr")]
    [InlineData("pl")]
    [InlineData("uk")]
    public void Every_script_is_an_asset_of_the_default_theme(string code)
    {
        var vendor = VendorEntry().Matches(File.ReadAllText(Path.Combine(TestPaths.ThemeDirectory, "theme.yml")))
            .ToDictionary(m => m.Groups["to"].Value, m => m.Groups["from"].Value);
        var scripts = SearchLanguage.For(code).Scripts;
        Assert.Equal("js/lunr.js", scripts[0].Asset);
        foreach (var script in scripts)
        {
            Assert.True(File.Exists(Path.Combine(TestPaths.ThemeDirectory, script.ThemeSource)), $"{script.ThemeSource} is missing");
            if (script.ThemeSource.StartsWith("node_modules/", StringComparison.Ordinal))
            {
                Assert.True(vendor.TryGetValue(script.Asset, out var from) && from == script.ThemeSource,
                    $"theme.yml has no vendor entry from {script.ThemeSource} to {script.Asset}");
            }
            else
            {
                Assert.Equal("assets/" + script.Asset, script.ThemeSource);
            }
        }
    }

    [Theory]
    [InlineData("nl", "ondersteuning")]
    [InlineData("en", "complaints")]
    [InlineData("ar", "الشكاوى")]
    [InlineData("tr", "şikâyetler")]
    [InlineData("pl", "skargami")]
    [InlineData("uk", "СКАРГИ")]
    public void A_browser_that_loads_only_the_languages_scripts_in_order_reads_the_index_and_finds_pages(string code, string query)
    {
        var language = SearchLanguage.For(code);
        var pages = code == "nl" ? HandWrittenDutchDocuments.All : LanguageSample.Get(code).Pages;
        var index = SiteSearchIndex.BuildIndex(pages, SiteSearchFields.BodyOnly, language).ToJson();
        var spec = $"{{\"scripts\":{JsonSerializer.Serialize(language.Scripts.Select(s => s.ThemeSource))},\"index\":{index},\"queries\":{JsonSerializer.Serialize(new[] { query })}}}";
        var refs = JsonSerializer.Deserialize<string[][]>(NodeRunner.RunOnFile("browser-load.js", spec))!;
        Assert.NotEmpty(refs[0]);
    }
}
