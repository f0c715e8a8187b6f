using System.Text.Json;

namespace StaticSite.Search.Tests.Languages;

/// <summary>
/// The search page's query logic (search.js) in node, with each language's functions in place
/// of Dutch's as <see cref="SearchLanguage"/> names them, against the assets .NET builds for
/// that language: other word forms than the pages use find the pages, glossary names find
/// each other, and node makes the same query words of a text as .NET's glossary normalization.
/// </summary>
public sealed class LanguageQueryTests
{
    public static TheoryData<string> Codes => [.. LanguageSample.All.Select(s => s.Code)];

    private sealed record Answer(string Q, string[] Urls);

    private sealed record Result(Answer[] Answers, string[][] QueryWords);

    private static readonly string[] TrickyNames =
    [
        "  Cliënt-ondersteuning  ", "c++ a:b title:foo^2 +x -y ~z *", "ΟΔΟΣ ΣΑΣ", "İstanbul ISTANBUL", "«Привіт», — сказав він.",
        "TLV/OPP (SWV)", "مدرسة، الطلاب؟ الـمدرسة مَدْرَسَة", "ŻÓŁĆ gęślą", "Şikâyet-İtiraz", "don't o'clock", "м’ята мʼята",
        "e\u0301cole\u200F", "😀 emoji 🙂x", "", "   ", "--",
    ];

    private static Result Ask(LanguageSample sample, IEnumerable<string> queries, IEnumerable<string> names)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"staticsite-search-{sample.Code}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            foreach (var asset in SiteSearchIndex.Build(sample.Pages, sample.Glossary, sample.Language))
            {
                File.WriteAllText(Path.Combine(folder, Path.GetFileName(asset.LogicalName)), asset.Content);
            }

            var language = sample.Language;
            var spec = new
            {
                language = new { trimmer = language.QueryTrimmer.Label, folding = language.QueryFolding?.Label, stopWordFilter = language.StopWordFilter?.Label },
                queries = queries.Select(q => new { q, body = true }),
                names,
            };
            return JsonSerializer.Deserialize<Result>(NodeRunner.RunOnFile("query-lang.js", JsonSerializer.Serialize(spec), folder),
                new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Other_word_forms_and_glossary_names_find_the_pages(string code)
    {
        var sample = LanguageSample.Get(code);
        var expectations = sample.InflectedQueries.Concat(sample.SynonymQueries).ToList();
        Assert.True(sample.InflectedQueries.Count >= 8, "every language needs its word-form queries");
        var answers = Ask(sample, expectations.Select(e => e.Query), []).Answers;
        var missing = expectations.Zip(answers)
            .Where(p => !p.Second.Urls.Contains(p.First.Url))
            .Select(p => $"'{p.First.Query}' did not find {p.First.Url}; found {string.Join(" ", p.Second.Urls)}")
            .ToList();
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Search_page_makes_the_query_words_dotnet_makes_of_glossary_names(string code)
    {
        var sample = LanguageSample.Get(code);
        var names = sample.Glossary.SelectMany(g => new[] { g.Term, g.Abbreviation }.Concat(g.Synonyms)).OfType<string>()
            .Concat(sample.Pages.Select(p => p.Title)).Concat(TrickyNames).ToList();
        var node = Ask(sample, [], names).QueryWords;
        for (var i = 0; i < names.Count; i++)
        {
            Assert.Equal(node[i], sample.Language.QueryWords(names[i]));
        }
    }

    [Fact]
    public void Arabic_glossary_groups_leave_out_latin_abbreviations_which_trimmer_ar_empties()
    {
        var sample = LanguageSample.Get("ar");
        var groups = SynonymGroups.From(sample.Glossary, sample.Language);
        Assert.DoesNotContain(groups.SelectMany(g => g), name => name.Any(char.IsAsciiLetter));
        Assert.Contains(groups, g => g.SequenceEqual(["إعلان القبول", "قبول التعليم الخاص", "تصريح الالتحاق"]));
    }
}
