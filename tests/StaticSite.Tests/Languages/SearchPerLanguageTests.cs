using System.Diagnostics;
using System.Text.Json;
using StaticSite.Build;
using StaticSite.Build.Stages.Generate;
using StaticSite.Content.Languages;
using StaticSite.Search;
using StaticSite.Tests.Harness;

namespace StaticSite.Tests.Languages;

/// <summary>
/// Issue 11, item 4: the search files of each language of a site are exactly what lunr.js with
/// lunr-languages builds for that language's pages (the node scripts of the search tests), for every
/// pipeline a site uses: Dutch, English, Arabic, Turkish, Polish and the fallback (Ukrainian); and every
/// language a region may offer has one of those pipelines, whose scripts the default theme ships.
/// </summary>
public class SearchPerLanguageTests
{
    private const string EveryPipeline = """

        -- content/_shared/ouders/tlv.tr.md --
        ---
        title: Özel eğitime kabul belgesi
        ---
        Çocuğunuz özel eğitime gitmek istiyorsa okullar kabul belgesi için başvurur. Başvurular ve kararlar.
        -- content/_shared/ouders/tlv.pl.md --
        ---
        title: Orzeczenie o przyjęciu do szkoły specjalnej
        ---
        Szkoła składa wniosek o orzeczenie. Wnioski rozpatruje związek szkół.
        -- content/_shared/ouders/tlv.uk.md --
        ---
        title: Дозвіл на спеціальну освіту
        ---
        Школа подає заяву на дозвіл. Заяви розглядає об'єднання шкіл.
        """;

    [Fact]
    public void The_index_of_every_language_is_the_index_lunr_js_builds_for_its_pages()
    {
        using var site = TestSite.Create(LanguageSites.Utrecht.Replace("languages: [en, ar]", "languages: [en, ar, tr, pl, uk]") + EveryPipeline);
        var report = SiteBuilder.Build(new BuildOptions(site.Full("content"), site.ThemesRoot, site.Full("dist"), ["utrecht"], KeepDocuments: true));
        Assert.False(report.HasErrors, string.Join("\n", report.Diagnostics));
        var region = report.Regions.Single();
        var written = region.Documents.Where(d => d.OutputPath.StartsWith("assets/search/", StringComparison.Ordinal))
            .ToDictionary(d => d.RelativePath, d => d.Output, StringComparer.Ordinal);
        foreach (var code in (string[])["nl", "en", "ar", "tr", "pl", "uk"])
        {
            var language = SearchLanguage.For(code);
            var pages = GenerateSearchIndex.SearchDocuments(region.Documents.Where(d => d.Language == code && d.IsPage && !d.Output.IsEmpty), "/");
            Assert.NotEmpty(pages);
            foreach (var (asset, fields) in new[] { (SiteSearchIndex.IndexAsset, SiteSearchFields.Primary), (SiteSearchIndex.BodyIndexAsset, SiteSearchFields.BodyOnly) })
            {
                var ours = System.Text.Encoding.UTF8.GetString(written[language.AssetName(asset)].Span);
                Assert.True(ours == LunrJs(language, fields, pages), $"{language.AssetName(asset)} differs from what lunr.js builds for the {code} pages");
            }
        }
    }

    [Fact]
    public void Every_language_a_region_can_offer_has_a_pipeline_the_compatibility_tests_cover_and_the_theme_ships_its_scripts()
    {
        var theme = File.ReadAllText(Path.Combine(RepositoryPaths.Themes, "default", "theme.yml"));
        foreach (var code in KnownLanguages.All.Select(l => l.Code))
        {
            var language = SearchLanguage.For(code);
            Assert.Contains(language.PipelineName, (string[])["nl", "en", "ar", "tr", "pl", "fallback"]);
            foreach (var script in language.Scripts)
                Assert.True(script.ThemeSource.StartsWith("assets/", StringComparison.Ordinal)
                        ? File.Exists(Path.Combine(RepositoryPaths.Themes, "default", script.ThemeSource))
                        : theme.Contains($"from: {script.ThemeSource}\n    to: {script.Asset}", StringComparison.Ordinal),
                    $"the default theme does not ship {script.Asset} for {code}");
        }
    }

    /// <summary>The index lunr.js (with lunr-languages and the theme's own pipeline scripts) builds in node.</summary>
    private static string LunrJs(SearchLanguage language, IReadOnlyList<(string Name, double Boost)> fields, IReadOnlyList<SearchDocument> pages)
    {
        var spec = JsonSerializer.Serialize(new
        {
            plugin = language.PipelineName == "nl" ? "nlSite" : language.PipelineName,
            fields = fields.Select(f => new { name = f.Name, boost = f.Boost }),
            metadataWhitelist = Array.Empty<string>(),
            documents = pages.Select((p, i) => new
            {
                @ref = i.ToString(System.Globalization.CultureInfo.InvariantCulture), boost = 0,
                fields = SiteSearchIndex.FieldValues(p).Where(f => fields.Any(x => x.Name == f.Key)).ToDictionary(),
            }),
        });
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, spec);
            var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(Path.Combine(RepositoryPaths.Root, "tests", "StaticSite.Search.Tests", "node", "build-index.js"));
            start.ArgumentList.Add(file);
            using var node = Process.Start(start)!;
            var output = node.StandardOutput.ReadToEndAsync();
            var error = node.StandardError.ReadToEndAsync();
            node.WaitForExit();
            Assert.True(node.ExitCode == 0, error.Result);
            return output.Result;
        }
        finally { File.Delete(file); }
    }
}
