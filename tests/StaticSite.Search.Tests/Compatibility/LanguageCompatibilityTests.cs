using System.Globalization;
using StaticSite.Search.Tests.Languages;

namespace StaticSite.Search.Tests.Compatibility;

/// <summary>
/// For every pipeline besides Dutch (English, Arabic, Turkish, Polish and the fallback, which
/// Ukrainian stands for), the .NET builder writes the same bytes as lunr.js with lunr-languages
/// in node, on hand-written pages, on edge cases and on a generated region.
/// </summary>
public sealed class LanguageCompatibilityTests
{
    public static TheoryData<string> Codes => [.. LanguageSample.All.Select(s => s.Code)];

    private static readonly (string, double)[] AllSiteFields = [("t", 10), ("d", 3), ("h", 2), ("b", 1), ("s", 5)];

    private static void AssertSameAsLunrJs(IndexSpec spec) => JsonAssert.Identical(spec.BuildWithLunrJs(), spec.BuildWithDotNet());

    private static string Ref(int i) => i.ToString(CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(Codes))]
    public void Hand_written_pages_with_every_site_field_and_document_boosts(string code)
    {
        var sample = LanguageSample.Get(code);
        AssertSameAsLunrJs(new IndexSpec(IndexSpec.PluginFor(sample.Language), AllSiteFields,
            sample.Pages.Select((p, i) => new SpecDocument(Ref(i), new Dictionary<string, string?>
            {
                ["t"] = p.Title, ["d"] = p.Description, ["h"] = string.Join("\n", p.Headings), ["b"] = p.Body,
                ["s"] = string.Join("\n", p.Synonyms),
            }, i % 3 == 0 ? 2 : 0)).ToArray()));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Edge_cases_with_position_index_and_fields_metadata(string code)
    {
        var sample = LanguageSample.Get(code);
        var cases = LanguageSample.CommonEdgeCases.Concat(sample.EdgeCases).ToList();
        var documents = cases.Select((c, i) => new SpecDocument(Ref(i), new Dictionary<string, string?> { ["title"] = c.Title, ["body"] = c.Body })).ToList();
        documents.Add(new SpecDocument("missing", new Dictionary<string, string?> { ["title"] = null, ["body"] = null }, 0.5));
        AssertSameAsLunrJs(new IndexSpec(IndexSpec.PluginFor(sample.Language), [("title", 10), ("body", 1)], documents, ["position", "index", "fields"]));
    }

    [Theory]
    [InlineData("en", false)]
    [InlineData("en", true)]
    [InlineData("ar", false)]
    [InlineData("ar", true)]
    [InlineData("tr", false)]
    [InlineData("tr", true)]
    [InlineData("pl", false)]
    [InlineData("pl", true)]
    [InlineData("uk", false)]
    [InlineData("uk", true)]
    public void Site_indexes_of_a_generated_hundred_page_region(string code, bool body)
    {
        var sample = LanguageSample.Get(code);
        var pages = LanguageCorpus.Generate(sample.Pages, sample.Glossary, $"/{code}/pagina/", 100);
        var fields = body ? SiteSearchFields.BodyOnly : SiteSearchFields.Primary;
        var spec = new IndexSpec(IndexSpec.PluginFor(sample.Language), fields, pages.Select((p, i) => new SpecDocument(
            Ref(i), SiteSearchIndex.FieldValues(p).Where(f => fields.Any(x => x.Name == f.Key)).ToDictionary())).ToArray());
        JsonAssert.Identical(spec.BuildWithLunrJs(), SiteSearchIndex.BuildIndex(pages, fields, sample.Language).ToJson());
    }

    [Theory]
    [InlineData("so")]
    [InlineData("fa")]
    [InlineData("pt-BR")]
    public void Languages_without_a_pipeline_of_their_own_get_the_fallback_built_like_lunr_js(string code)
    {
        var language = SearchLanguage.For(code);
        Assert.True(language.IsFallback);
        var pages = LanguageSample.Get("uk").Pages;
        (string, double)[] fields = [(SiteSearchFields.Title, 10), (SiteSearchFields.Body, 1)];
        var spec = new IndexSpec("fallback", fields, pages.Select((p, i) => new SpecDocument(Ref(i),
            new Dictionary<string, string?> { [SiteSearchFields.Title] = p.Title, [SiteSearchFields.Body] = p.Body })).ToArray());
        JsonAssert.Identical(spec.BuildWithLunrJs(), SiteSearchIndex.BuildIndex(pages, fields, language).ToJson());
    }
}
