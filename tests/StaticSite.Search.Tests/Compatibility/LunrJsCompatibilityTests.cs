namespace StaticSite.Search.Tests.Compatibility;

/// <summary>The .NET builder must write the same bytes as <c>JSON.stringify</c> of lunr.js's own index.</summary>
public sealed class LunrJsCompatibilityTests
{
    private static readonly (string, double)[] TitleBody = [("title", 10), ("body", 1)];

    private static SpecDocument Doc(string reference, string? title, string? body, double boost = 0) =>
        new(reference, new Dictionary<string, string?> { ["title"] = title, ["body"] = body }, boost);

    private static void AssertSameAsLunrJs(IndexSpec spec) => JsonAssert.Identical(spec.BuildWithLunrJs(), spec.BuildWithDotNet());

    [Theory]
    [InlineData("nl")]
    [InlineData("nlSite")]
    public void Tiny_set(string plugin) => AssertSameAsLunrJs(new IndexSpec(plugin, TitleBody,
    [
        Doc("/ouders/tlv/", "Toelaatbaarheidsverklaring (TLV)", "Een TLV heb je nodig voor het speciaal onderwijs."),
        Doc("/jongeren/hulp/", "Hulp voor jongeren", "Jongeren kunnen bij het steunpunt terecht met vragen over school."),
        Doc("/ouders/clientondersteuning/", "Cliëntondersteuning", "Een onafhankelijke cliëntondersteuner helpt ouders gratis."),
    ]));

    [Theory]
    [InlineData("nl")]
    [InlineData("nlSite")]
    public void Edge_cases(string plugin) => AssertSameAsLunrJs(new IndexSpec(plugin, [("title", 10), ("description", 0), ("body", 1)],
    [
        new("0", new Dictionary<string, string?> { ["title"] = "Nul", ["description"] = null, ["body"] = "" }),
        new("10", new Dictionary<string, string?> { ["title"] = "", ["description"] = "", ["body"] = "de het een en van" }),
        new("2", new Dictionary<string, string?> { ["title"] = "Twee – twee—twee", ["body"] = "school school school scholen scholier" }, 3),
        new("01", new Dictionary<string, string?> { ["title"] = "Leading zero", ["body"] = "... !!! (haakjes) \"aanhalingstekens\" 'enkel' «guillemets» ¿vraag? 50% €12,50 e-mail x--y -" }),
        new("abc", new Dictionary<string, string?> { ["title"] = "Diacrieten", ["body"] = "cliënt één crèche coördinator reünie naïef façade señor Ĳssel ĳs Øresund Łódź" }),
        new("4294967295", new Dictionary<string, string?> { ["title"] = "Grens", ["body"] = "\tTab\nnieuwe\u00A0regel\u2003em\u3000ideo\u200Bzero\u2028ls\uFEFFbom\u0085nel" }),
        new("4294967294", new Dictionary<string, string?> { ["title"] = "Hoofdletters İstanbul ΟΔΟΣ ΣΑΣ Σ", ["body"] = "AIAIA aiaia ooieoi yoghurt Yvonne kooien bayern" }),
        new("lang", new Dictionary<string, string?> { ["title"] = "Lang", ["body"] = new string('x', 300) + " " + string.Concat(Enumerable.Repeat("ondersteuningsbehoefte", 20)) }),
        new("controle", new Dictionary<string, string?> { ["title"] = "Controle\u0001\u001f\\ \"quote\" </script>", ["body"] = "emoji 😀 🙂test 𐐀Deseret" }),
        new("-1", new Dictionary<string, string?> { ["title"] = "Min één", ["body"] = "1 2 3 10 020 3.14 1e5 0x1F" }, 0.5),
    ]));

    [Fact]
    public void Position_index_and_fields_metadata() => AssertSameAsLunrJs(new IndexSpec("nl", TitleBody,
    [
        Doc("a", "Passend onderwijs voor ieder kind", "Passend onderwijs betekent dat scholen zorgplicht hebben, ook voor passend vervoer."),
        Doc("b", "Zorgplicht", "De school moet een passende plek zoeken."),
    ], ["position", "index", "fields"]));

    [Fact]
    public void Field_and_document_boosts_and_many_fields() => AssertSameAsLunrJs(new IndexSpec("nlSite",
        [("title", 10), ("description", 3), ("headings", 2), ("body", 1), ("synonyms", 5)],
        HandWrittenDutchDocuments.All.Select((d, i) => new SpecDocument(
            i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            new Dictionary<string, string?>
            {
                ["title"] = d.Title, ["description"] = d.Description, ["headings"] = string.Join(" ", d.Headings),
                ["body"] = d.Body, ["synonyms"] = string.Join(" ", d.Synonyms),
            },
            i % 4 == 0 ? 2 : 0)).ToArray()));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Site_indexes_of_a_generated_hundred_page_region(bool body)
    {
        var pages = GeneratedCorpus.Load(100);
        var fields = body ? SiteSearchFields.BodyOnly : SiteSearchFields.Primary;
        var spec = new IndexSpec("nlSite", fields, pages.Select((p, i) => new SpecDocument(
            i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            SiteSearchIndex.FieldValues(p).Where(f => fields.Any(x => x.Name == f.Key)).ToDictionary())).ToArray());
        JsonAssert.Identical(spec.BuildWithLunrJs(), SiteSearchIndex.BuildIndex(pages, fields).ToJson());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Site_indexes_of_the_example_content(bool body)
    {
        var pages = ExampleContent.Load();
        Assert.True(pages.Count > 50, "the example content should have been found");
        var fields = body ? SiteSearchFields.BodyOnly : SiteSearchFields.Primary;
        var spec = new IndexSpec("nlSite", fields, pages.Select((p, i) => new SpecDocument(
            i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            SiteSearchIndex.FieldValues(p).Where(f => fields.Any(x => x.Name == f.Key)).ToDictionary())).ToArray());
        JsonAssert.Identical(spec.BuildWithLunrJs(), SiteSearchIndex.BuildIndex(pages, fields).ToJson());
    }

    [Fact]
    public void Stemmer_matches_lunr_nl_on_unusual_words()
    {
        string[] words =
        [
            "aiaia", "aiiia", "oioioi", "yaya", "ayiy", "iyi", "heden", "gemen", "gemenen", "lijkbaar", "baarlijk",
            "ingeving", "eindigend", "zeeën", "idee", "ideeën", "naïeve", "yy", "y", "i", "ee", "eer", "kooien",
            "heidheid", "chocoladeletter", "0123", "a1b2", "ûèàç", "ΟΔΟΣ", "",
        ];
        var expected = NodeRunner.RunOnFile("stem.js", string.Join("\n", words)).Split('\n');
        Assert.Equal(expected, words.Select(Search.Dutch.DutchStemmer.Stem).ToArray());
    }
}
