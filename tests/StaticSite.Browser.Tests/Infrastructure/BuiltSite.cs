using System.Text.RegularExpressions;
using StaticSite.Build;

namespace StaticSite.Browser.Tests.Infrastructure;

/// <summary>One example region as built: its output folder and the URL path it is deployed under.</summary>
/// <param name="Id">Region id (<c>utrecht</c>).</param>
/// <param name="Folder">The region's output folder.</param>
/// <param name="BasePath">Path of the region's <c>baseUrl</c>: <c>/</c> or <c>/amersfoort/</c>.</param>
public sealed record BuiltRegion(string Id, string Folder, string BasePath);

/// <summary>
/// The example content of <c>content/</c> built once per test run, in process, into a temporary folder
/// (never <c>dist/</c>, so a developer's own build is left alone).
/// </summary>
public sealed class BuiltSite
{
    private static readonly Lazy<BuiltSite> Shared = new(BuildExample, LazyThreadSafetyMode.ExecutionAndPublication);

    private BuiltSite(string output, IReadOnlyDictionary<string, BuiltRegion> regions)
    {
        Output = output;
        Regions = regions;
    }

    /// <summary>The build of this test run (built on first use).</summary>
    public static BuiltSite Instance => Shared.Value;

    public string Output { get; }

    public IReadOnlyDictionary<string, BuiltRegion> Regions { get; }

    private static BuiltSite BuildExample()
    {
        var output = Path.Combine(Path.GetTempPath(), "staticsite-browser-" + Guid.NewGuid().ToString("N")[..12]);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(output, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        };
        var report = SiteBuilder.Build(new BuildOptions(RepositoryPaths.Content, RepositoryPaths.Themes, output));
        if (report.UsageError is not null || report.HasErrors)
            throw new InvalidOperationException(
                "The example site did not build (did `npm ci` run in themes/default?):" + Environment.NewLine +
                (report.UsageError ?? string.Join(Environment.NewLine, report.Diagnostics.Where(d => d.IsError))));

        var regions = report.Regions.ToDictionary(
            r => r.Id,
            r => new BuiltRegion(r.Id, Path.Combine(output, r.Id), BasePathOf(r.Id)));
        return new BuiltSite(output, regions);
    }

    /// <summary>The path of <paramref name="region"/>'s <c>baseUrl</c> in the example content.</summary>
    internal static string BasePathOf(string region)
    {
        var yml = File.ReadAllText(Path.Combine(RepositoryPaths.Content, region, "region.yml"));
        var match = Regex.Match(yml, @"^baseUrl:\s*[""']?(?<url>[^""'\s]+)", RegexOptions.Multiline);
        if (!match.Success) throw new InvalidOperationException($"content/{region}/region.yml has no baseUrl.");
        return new Uri(match.Groups["url"].Value).AbsolutePath;
    }
}
