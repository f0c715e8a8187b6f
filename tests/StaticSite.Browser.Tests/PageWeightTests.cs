using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using StaticSite.Browser.Tests.Infrastructure;

namespace StaticSite.Browser.Tests;

/// <summary>
/// The page budget of BENCHMARKS.md on the built output: a page's HTML with its stylesheets and the
/// scripts it loads itself, each gzip-compressed as a host would serve it, under 25 KB together. The
/// search page's script (search-page.js) counts; lunr and the indexes, which its worker loads, are
/// measured by the search benchmarks instead.
/// </summary>
public sealed partial class PageWeightTests(ITestOutputHelper output)
{
    private const int BudgetBytes = 25 * 1000;

    [Fact]
    public void Every_page_kind_with_its_CSS_and_its_own_scripts_is_under_25_KB_gzip()
    {
        var report = new StringBuilder($"{"region",-11} {"page kind",-14} {"html",7} {"css",7} {"js",7} {"total",7}  (bytes, gzip)").AppendLine();
        var over = new List<string>();
        foreach (var regionId in PageKinds.Regions)
        {
            var region = BuiltSite.Instance.Regions[regionId];
            foreach (var kind in PageKinds.Of(regionId))
            {
                var weight = Measure(region, kind);
                report.AppendLine($"{regionId,-11} {kind.Name,-14} {weight.Html,7} {weight.Css,7} {weight.Js,7} {weight.Total,7}");
                if (weight.Total >= BudgetBytes) over.Add($"{regionId} {kind.Name}: {weight.Total} bytes");
            }
        }

        output.WriteLine(report.ToString());
        Directory.CreateDirectory(RepositoryPaths.Results);
        File.WriteAllText(Path.Combine(RepositoryPaths.Results, "page-weight.txt"), report.ToString());
        Assert.True(over.Count == 0, $"Over the {BudgetBytes}-byte budget:{Environment.NewLine}{string.Join(Environment.NewLine, over)}{Environment.NewLine}{report}");
    }

    private sealed record Weight(int Html, int Css, int Js)
    {
        public int Total => Html + Css + Js;
    }

    private static Weight Measure(BuiltRegion region, PageKind kind)
    {
        var htmlFile = kind.IsNotFound
            ? Path.Combine(region.Folder, "404.html")
            : Path.Combine(region.Folder, kind.Path.Split('?')[0].Trim('/'), "index.html");
        var html = File.ReadAllText(htmlFile);
        var css = Stylesheet().Matches(html).Sum(m => Gzipped(AssetFile(region, m.Groups["href"].Value)));
        var js = Script().Matches(html).Sum(m => Gzipped(AssetFile(region, m.Groups["src"].Value)));
        return new Weight(Gzipped(htmlFile), css, js);
    }

    private static string AssetFile(BuiltRegion region, string url)
    {
        Assert.True(url.StartsWith(region.BasePath, StringComparison.Ordinal), $"{region.Id}: asset URL {url} is outside the base path {region.BasePath}");
        var file = Path.Combine(region.Folder, url[region.BasePath.Length..]);
        Assert.True(File.Exists(file), $"{region.Id}: asset {url} is not in the output");
        return file;
    }

    private static int Gzipped(string file)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
            gzip.Write(File.ReadAllBytes(file));
        return (int)buffer.Length;
    }

    [GeneratedRegex("""<link\b[^>]*\brel="stylesheet"[^>]*\bhref="(?<href>[^"]+)""")]
    private static partial Regex Stylesheet();

    [GeneratedRegex("""<script\b[^>]*\bsrc="(?<src>[^"]+)""")]
    private static partial Regex Script();
}
