using System.Diagnostics;
using Xunit.Abstractions;

namespace StaticSite.Search.Tests.Benchmarks;

/// <summary>Download sizes of the search assets for gen_corpus.py regions; figures only, no assertions on time.</summary>
[Trait("Category", "Benchmark")]
public sealed class SearchSizeBenchmark(ITestOutputHelper output)
{
    [Theory]
    [InlineData(300)]
    [InlineData(1000)]
    public void Report_sizes(int pages)
    {
        var documents = GeneratedCorpus.Load(pages);
        var clock = Stopwatch.StartNew();
        var assets = SiteSearchIndex.Build(documents, HandWrittenDutchDocuments.Glossary);
        output.WriteLine($"{documents.Count} published pages of {pages}; built in {clock.ElapsedMilliseconds} ms");

        var sizes = SearchAssetSizes.Measure(assets).ToList();
        var modules = Path.Combine(TestPaths.ThemeDirectory, "node_modules");
        foreach (var script in new[] { "lunr/lunr.min.js", "lunr-languages/lunr.stemmer.support.js", "lunr-languages/lunr.nl.js" })
        {
            var path = Path.Combine(modules, script);
            if (File.Exists(path))
            {
                sizes.Add(SearchAssetSizes.Measure(script, File.ReadAllBytes(path)));
            }
        }

        foreach (var js in new[] { "lunr-nl-extras.js", "search.js" })
        {
            var path = Path.Combine(TestPaths.ThemeDirectory, "assets", "js", js);
            if (File.Exists(path))
            {
                sizes.Add(SearchAssetSizes.Measure(js, File.ReadAllBytes(path)));
            }
        }

        sizes.ForEach(s => output.WriteLine(s.ToString()));
        output.WriteLine($"total: {sizes.Sum(s => s.Raw) / 1024.0:0.0} KB raw, {sizes.Sum(s => s.Gzip) / 1024.0:0.0} KB gzip, " +
                         $"{sizes.Sum(s => s.Brotli) / 1024.0:0.0} KB brotli");
        var first = sizes.Where(s => s.LogicalName != SiteSearchIndex.BodyIndexAsset).ToList();
        output.WriteLine($"before the first result (all but {SiteSearchIndex.BodyIndexAsset}): {first.Sum(s => s.Raw) / 1024.0:0.0} KB raw, " +
                         $"{first.Sum(s => s.Gzip) / 1024.0:0.0} KB gzip, {first.Sum(s => s.Brotli) / 1024.0:0.0} KB brotli");
        Assert.NotEmpty(sizes);
    }
}
