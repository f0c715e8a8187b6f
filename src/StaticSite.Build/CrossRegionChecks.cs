using StaticSite.Content.Model;
using StaticSite.Content.Regions;
using StaticSite.Content.Sources;
using StaticSite.Pipeline.Diagnostics;

namespace StaticSite.Build;

/// <summary>
/// Checks between regions, which no single region's build can see. A region folder copied to
/// start a new one keeps the other's <c>baseUrl</c> (its site would be published under the other
/// region's address, one deploy replacing the other) and its <c>name</c> (with, usually, the
/// other's contact details: parents would call the wrong steunpunt). Every region.yml is read,
/// also when only some regions are built, since the clash is there all the same.
/// </summary>
public static class CrossRegionChecks
{
    /// <summary>
    /// The clashes of each region in <paramref name="regions"/> with any region of
    /// <paramref name="contentRoot"/>, by region id. A region.yml that has errors of its own is
    /// left out here: its own build reports them.
    /// </summary>
    public static ILookup<string, Diagnostic> Run(string contentRoot, IReadOnlyList<string> allRegions, IEnumerable<string> regions)
    {
        var settings = allRegions.Select(id => Read(contentRoot, id)).OfType<RegionSettings>().ToList();
        var found = new List<(string Region, Diagnostic Problem)>();
        foreach (var id in regions)
        {
            if (settings.FirstOrDefault(s => s.Id == id) is not { } region) continue;
            foreach (var other in settings.Where(s => s.Id != id))
            {
                if (Address(other.BaseUrl) == Address(region.BaseUrl))
                    found.Add((id, Diagnostic.Error(region.BaseUrlAt, DiagnosticCodes.RegionClash,
                        $"baseUrl '{region.BaseUrl}' is also the baseUrl of region '{other.Id}' ({Where(other.BaseUrlAt)}). Each region needs its own address, or one site replaces the other and this region's pages link to the other's address. Give region '{region.Id}' its own baseUrl.")));
                if (NameKey(other.Name) == NameKey(region.Name))
                    found.Add((id, Diagnostic.Error(region.NameAt, DiagnosticCodes.RegionClash,
                        $"name '{region.Name}' is also the name of region '{other.Id}' ({Where(other.NameAt)}), so parents cannot tell the two sites apart; a copied region.yml often still holds the other region's contact details too. Give region '{region.Id}' its own name and check its contact details.")));
            }
        }
        return found.ToLookup(f => f.Region, f => f.Problem, StringComparer.Ordinal);
    }

    private static RegionSettings? Read(string contentRoot, string id)
    {
        var path = Path.Combine(contentRoot, id, ContentTree.RegionFile);
        // Read as the region's own build reads it: a link out of content/, a pipe or a huge file
        // is that build's error, never a hang or a leak here.
        var (source, problem) = SourceText.Read(ContentTree.Reader(contentRoot), path, ContentTree.DisplayPath(Path.GetFullPath(path)));
        return problem is null && source is not null ? RegionSettingsReader.Read(id, source, []) : null;
    }

    /// <summary>Where the site is published: host (any case, any scheme, default port) and path.</summary>
    private static string Address(Uri baseUrl) =>
        $"{baseUrl.IdnHost.ToLowerInvariant()}{(baseUrl.IsDefaultPort ? "" : ":" + baseUrl.Port)}{baseUrl.AbsolutePath}";

    /// <summary>Names that read the same to a parent: case and spacing aside.</summary>
    private static string NameKey(string name) => string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    private static string Where(SourceLocation at) => $"{at.Path}({at.Line},{Math.Max(at.Column, 1)})";
}
