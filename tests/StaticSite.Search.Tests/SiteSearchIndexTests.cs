using System.Text.Json;

namespace StaticSite.Search.Tests;

public sealed class SiteSearchIndexTests
{
    [Fact]
    public void Identical_input_gives_identical_assets()
    {
        var first = SiteSearchIndex.Build(HandWrittenDutchDocuments.All, HandWrittenDutchDocuments.Glossary);
        var second = SiteSearchIndex.Build(HandWrittenDutchDocuments.All.ToList(), HandWrittenDutchDocuments.Glossary.ToList());
        Assert.Equal(first, second);
        Assert.Equal(
            [SiteSearchIndex.IndexAsset, SiteSearchIndex.BodyIndexAsset, SiteSearchIndex.DocumentsAsset],
            first.Select(a => a.LogicalName));
    }

    [Fact]
    public void A_region_without_pages_still_gets_loadable_assets()
    {
        var assets = SiteSearchIndex.Build([], []);
        Assert.Equal("{\"version\":\"2.3.9\",\"fields\":[\"t\",\"d\",\"s\"],\"fieldVectors\":[],\"invertedIndex\":[]," +
                     "\"pipeline\":[\"trimmer-nl\",\"diacritics-nl\",\"stemmer-nl\"]}", assets[0].Content);
        Assert.Equal("{\"documents\":[],\"synonyms\":[]}", assets[2].Content);
    }

    [Fact]
    public void Document_store_holds_what_the_result_list_shows_with_short_summaries()
    {
        var longSummary = string.Join(' ', Enumerable.Repeat("ondersteuning", 40));
        var documents = new[]
        {
            new SearchDocument("/a/", "A", null, [], "tekst", [], "faq", ["ouders", "jongeren"], longSummary),
        };
        var store = JsonDocument.Parse(SiteSearchIndex.Build(documents, [new GlossaryEntry("Cliëntondersteuner", null, ["Onafhankelijke  cliëntondersteuning"]), new GlossaryEntry("Alleen", null, [])])[2].Content);
        var row = store.RootElement.GetProperty("documents")[0];
        Assert.Equal("/a/", row[0].GetString());
        Assert.Equal("A", row[1].GetString());
        Assert.True(row[2].GetString()!.Length <= DocumentStore.MaxSummaryLength + 1);
        Assert.EndsWith("ondersteuning…", row[2].GetString());
        Assert.Equal("faq", row[3].GetString());
        Assert.Equal(["ouders", "jongeren"], row[4].EnumerateArray().Select(a => a.GetString()));
        var groups = store.RootElement.GetProperty("synonyms");
        Assert.Equal(1, groups.GetArrayLength());
        Assert.Equal(["clientondersteuner", "onafhankelijke clientondersteuning"], groups[0].EnumerateArray().Select(a => a.GetString()));
    }

    [Theory]
    [InlineData("😀")]
    [InlineData("𝒜")]
    [InlineData("学")]
    [InlineData("مدرسة")]
    public void Document_store_never_cuts_a_summary_without_spaces_inside_a_character(string repeated)
    {
        for (var offset = 0; offset < 3; offset++)
        {
            var summary = new string('x', offset) + string.Concat(Enumerable.Repeat(repeated, 200));
            var documents = new[] { new SearchDocument("/a/", "A", null, [], "tekst", [], "page", [], summary) };
            var shortened = JsonDocument.Parse(DocumentStore.ToJson(documents, [])).RootElement.GetProperty("documents")[0][2].GetString()!;
            Assert.EndsWith("…", shortened);
            Assert.True(shortened.Length <= DocumentStore.MaxSummaryLength + 1);
            // A lone surrogate does not survive UTF-8 (it becomes U+FFFD), as it would not in the written file.
            Assert.Equal(shortened, System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(shortened)));
        }
    }
}
