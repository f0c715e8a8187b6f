using System.Diagnostics;
using System.Text.Json;
using StaticSite.Search.Lunr;
using Xunit.Abstractions;

namespace StaticSite.Search.Tests.Languages;

/// <summary>
/// Every pipeline function of every language (trimmer, stop word filter, stemmer; folding and
/// trimmer for the fallback) gives the same result as the function lunr.js registered under
/// the same label, on tens of thousands of words per language, compared in one node run.
/// </summary>
public sealed class PipelineFunctionVocabularyTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_function_agrees_with_lunr_js_on_a_large_generated_vocabulary_per_language()
    {
        var clock = Stopwatch.StartNew();
        var jobs = new List<(string Code, PipelineFunction[] Functions, IReadOnlyList<string> Words)>();
        foreach (var sample in LanguageSample.All)
        {
            var words = StemmerVocabulary.For(sample.Code);
            Assert.True(words.Count > 30_000, $"{sample.Code}: only {words.Count} words generated");
            var language = sample.Language;
            jobs.Add((sample.Code, [.. language.CreateIndexPipeline().Functions.Concat(language.CreateSearchPipeline().Functions).Distinct()], words));
        }

        var generated = clock.ElapsedMilliseconds;
        var json = JsonSerializer.Serialize(jobs.Select(j => new { labels = j.Functions.Select(f => f.Label), words = j.Words }));
        var expected = JsonSerializer.Deserialize<string?[][][]>(NodeRunner.RunOnFile("run-functions.js", json))!;
        var node = clock.ElapsedMilliseconds - generated;

        var wrong = new List<string>();
        for (var j = 0; j < jobs.Count; j++)
        {
            var (code, functions, words) = jobs[j];
            for (var f = 0; f < functions.Length; f++)
            {
                var function = functions[f];
                var results = expected[j][f];
                int mismatches = 0, changed = 0;
                for (var i = 0; i < words.Count; i++)
                {
                    var actual = function.Transform(words[i]);
                    changed += results[i] == words[i] ? 0 : 1;
                    if (actual != results[i] && mismatches++ < 5)
                    {
                        wrong.Add($"{code} {function.Label}: '{words[i]}' -> '{actual}', lunr.js '{results[i]}'");
                    }
                }

                output.WriteLine($"{code,-3} {function.Label,-18} {words.Count,7:N0} words, {changed,7:N0} changed by lunr.js, {mismatches} differ");
            }
        }

        output.WriteLine($"generated in {generated} ms, node {node} ms, compared in {clock.ElapsedMilliseconds - generated - node} ms");
        Assert.True(wrong.Count == 0, "Differences from lunr.js:\n" + string.Join("\n", wrong));
    }
}
