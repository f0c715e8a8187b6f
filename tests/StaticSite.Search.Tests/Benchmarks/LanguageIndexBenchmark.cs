using System.Diagnostics;
using System.Text;
using StaticSite.Search.Tests.Languages;
using Xunit.Abstractions;

namespace StaticSite.Search.Tests.Benchmarks;

/// <summary>
/// Search build time and asset sizes per page language for the same number of pages: every
/// language gets a seeded corpus of the same shape made from its hand-written pages (Dutch from
/// HandWrittenDutchDocuments), plus Dutch on gen_corpus.py's pages for reference. Figures only.
/// </summary>
[Trait("Category", "Benchmark")]
public sealed class LanguageIndexBenchmark(ITestOutputHelper output)
{
    private const int Rounds = 5;

    [Theory]
    [InlineData(1000)]
    [InlineData(300)]
    public void Report_build_time_and_bytes_per_language(int pages)
    {
        var corpora = new List<(string Name, SearchLanguage Language, IReadOnlyList<SearchDocument> Pages, IReadOnlyList<GlossaryEntry> Glossary)>
        {
            ("nl", SearchLanguage.Dutch, LanguageCorpus.Generate(HandWrittenDutchDocuments.All, HandWrittenDutchDocuments.Glossary, "/pagina/", pages, LanguageCorpus.CorpusLengthPages), HandWrittenDutchDocuments.Glossary),
        };
        corpora.AddRange(LanguageSample.All.Select(s => (s.Code, s.Language, LanguageCorpus.Generate(s.Pages, s.Glossary, $"/{s.Code}/pagina/", pages, LanguageCorpus.CorpusLengthPages), s.Glossary)));
        corpora.Add(("nl gen_corpus", SearchLanguage.Dutch, GeneratedCorpus.Load(pages), HandWrittenDutchDocuments.Glossary));

        // Warm up every pipeline once, then interleave the rounds so that machine noise hits every language alike.
        var times = corpora.ToDictionary(c => c.Name, _ => new List<double>());
        foreach (var c in corpora)
        {
            SiteSearchIndex.Build(c.Pages, c.Glossary, c.Language);
        }

        for (var round = 0; round < Rounds; round++)
        {
            foreach (var c in corpora)
            {
                var clock = Stopwatch.StartNew();
                SiteSearchIndex.Build(c.Pages, c.Glossary, c.Language);
                times[c.Name].Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        var report = new StringBuilder($"{"language",-14} {"pages",5} {"words",9} {"terms",7} {"build ms",9} {"index.json raw/gzip/br KB",27} {"body.json raw/gzip/br KB",27} {"scripts br KB",13}").AppendLine();
        var dutch = 0.0;
        foreach (var c in corpora)
        {
            var assets = SiteSearchIndex.Build(c.Pages, c.Glossary, c.Language);
            var sizes = SearchAssetSizes.Measure(assets);
            var median = times[c.Name].Order().ElementAt(Rounds / 2);
            dutch = c.Name == "nl" ? median : dutch;
            var words = c.Pages.Sum(p => SiteSearchIndex.FieldValues(p).Values.Sum(v => StaticSite.Search.Lunr.LunrTokenizer.Tokenize(v).Count));
            var terms = SiteSearchIndex.BuildIndex(c.Pages, SiteSearchFields.BodyOnly, c.Language).InvertedIndex.Count;
            var scripts = c.Language.Scripts.Sum(s => SearchAssetSizes.Measure(s.Asset, File.ReadAllBytes(Path.Combine(TestPaths.ThemeDirectory, s.ThemeSource))).Brotli);
            string Kb(SearchAssetSize s) => $"{s.Raw / 1024.0,7:0.0} {s.Gzip / 1024.0,7:0.0} {s.Brotli / 1024.0,7:0.0}";
            report.AppendLine($"{c.Name,-14} {c.Pages.Count,5} {words,9:N0} {terms,7:N0} {median,9:0} {Kb(sizes[0]),27} {Kb(sizes[1]),27} {scripts / 1024.0,13:0.0}");
        }

        report.AppendLine($"build ms: median of {Rounds} interleaved rounds after a warm-up; words: tokens of all fields; terms: distinct terms of body.json");
        output.WriteLine(report.ToString());
        Assert.True(dutch > 0);
    }
}
