using System.Text;
using System.Text.RegularExpressions;
using StaticSite.Browser.Tests.Infrastructure;

namespace StaticSite.Browser.Tests;

/// <summary>
/// The page budget of BENCHMARKS.md on the built output, as served: a page's HTML with its stylesheets
/// and the scripts it loads itself, minified, in the gzip copies the build writes beside them (what a
/// host that serves precompressed files sends; Brotli, which browsers get where the host has it, is
/// reported too and is smaller), under 25 KB together. The search page's script (search-page.js)
/// counts; lunr and the indexes, which its worker loads, are measured by the search benchmarks instead.
/// </summary>
public sealed partial class PageWeightTests(ITestOutputHelper output)
{
    private const int BudgetBytes = 25 * 1000;

    [Fact]
    public void Every_page_kind_with_its_CSS_and_its_own_scripts_is_under_25_KB_gzip()
    {
        var report = new StringBuilder($"{"region",-11} {"page kind",-14} {"html",7} {"css",7} {"js",7} {"total",7} {"brotli",7}  (bytes served: gzip copies; brotli total)").AppendLine();
        var over = new List<string>();
        foreach (var regionId in PageKinds.Regions)
        {
            var region = BuiltSite.Instance.Regions[regionId];
            foreach (var kind in PageKinds.Of(regionId))
            {
                var weight = Measure(region, kind);
                report.AppendLine($"{regionId,-11} {kind.Name,-14} {weight.Html,7} {weight.Css,7} {weight.Js,7} {weight.Total,7} {weight.Brotli,7}");
                if (weight.Total >= BudgetBytes) over.Add($"{regionId} {kind.Name}: {weight.Total} bytes");
            }
        }

        output.WriteLine(report.ToString());
        Directory.CreateDirectory(RepositoryPaths.Results);
        File.WriteAllText(Path.Combine(RepositoryPaths.Results, "page-weight.txt"), report.ToString());
        Assert.True(over.Count == 0, $"Over the {BudgetBytes}-byte budget:{Environment.NewLine}{string.Join(Environment.NewLine, over)}{Environment.NewLine}{report}");
    }

    private sealed record Weight(int Html, int Css, int Js, int Brotli)
    {
        public int Total => Html + Css + Js;
    }

    private static Weight Measure(BuiltRegion region, PageKind kind)
    {
        var htmlFile = kind.IsNotFound
            ? Path.Combine(region.Folder, "404.html")
            : Path.Combine(region.Folder, kind.Path.Split('?')[0].Trim('/'), "index.html");
        var html = File.ReadAllText(htmlFile);
        var stylesheets = Stylesheet().Matches(html).Select(m => AssetFile(region, m.Groups["href"].Value)).ToList();
        var scripts = Script().Matches(html).Select(m => AssetFile(region, m.Groups["src"].Value)).ToList();
        var brotli = new[] { htmlFile }.Concat(stylesheets).Concat(scripts).Sum(f => Served(f, ".br"));
        return new Weight(Served(htmlFile, ".gz"), stylesheets.Sum(f => Served(f, ".gz")), scripts.Sum(f => Served(f, ".gz")), brotli);
    }

    private static string AssetFile(BuiltRegion region, string url)
    {
        Assert.True(url.StartsWith(region.BasePath, StringComparison.Ordinal), $"{region.Id}: asset URL {url} is outside the base path {region.BasePath}");
        var file = Path.Combine(region.Folder, url[region.BasePath.Length..]);
        Assert.True(File.Exists(file), $"{region.Id}: asset {url} is not in the output");
        return file;
    }

    /// <summary>Bytes of the precompressed copy the host sends for <paramref name="file"/>.</summary>
    private static int Served(string file, string suffix)
    {
        Assert.True(File.Exists(file + suffix), $"{file} has no {suffix} copy: the build writes one beside every text file.");
        return (int)new FileInfo(file + suffix).Length;
    }

    [GeneratedRegex("""<link\b[^>]*\brel="stylesheet"[^>]*\bhref="(?<href>[^"]+)""")]
    private static partial Regex Stylesheet();

    [GeneratedRegex("""<script\b[^>]*\bsrc="(?<src>[^"]+)""")]
    private static partial Regex Script();
}
