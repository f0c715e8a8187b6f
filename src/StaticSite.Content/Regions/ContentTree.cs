using System.Collections.Immutable;
using StaticSite.Content.Model;
using StaticSite.Pipeline.Diagnostics;

namespace StaticSite.Content.Regions;

/// <summary>A file of a region's site before it is read.</summary>
/// <param name="FullPath">Absolute path.</param>
/// <param name="DisplayPath">Path relative to the current directory, forward slashes.</param>
/// <param name="RelativePath">Path relative to its layer folder (<c>ouders/tlv.md</c>).</param>
/// <param name="Layer">Shared or region.</param>
public sealed record ContentFile(string FullPath, string DisplayPath, string RelativePath, ContentLayer Layer)
{
    /// <summary>True for Markdown pages; other files (images, PDFs) are copied as they are.</summary>
    public bool IsPage => RelativePath.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// The layout of <c>content/</c>: which folders are regions, and which files make up one region's
/// site. The inheritance rules (README, "Shared and regional content"):
/// <list type="number">
/// <item>Every file of <c>_shared</c> is part of every region's site,</item>
/// <item>except those listed in the region's <c>exclude</c>;</item>
/// <item>a region file at the same relative path replaces the shared one;</item>
/// <item>other region files are added.</item>
/// </list>
/// Hidden files and folders (starting with '.') and <c>region.yml</c> are never content.
/// </summary>
public static class ContentTree
{
    /// <summary>Folder of national content.</summary>
    public const string SharedFolder = "_shared";

    /// <summary>Name of a region's settings file.</summary>
    public const string RegionFile = "region.yml";

    /// <summary>Ids of all regions: folders under <paramref name="contentRoot"/> with a region.yml, sorted.</summary>
    public static IReadOnlyList<string> FindRegionIds(string contentRoot, List<Diagnostic> diagnostics)
    {
        var ids = new List<string>();
        foreach (var dir in Directory.EnumerateDirectories(contentRoot).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(dir);
            if (name == SharedFolder || name.StartsWith('.')) continue;
            if (!File.Exists(Path.Combine(dir, RegionFile)))
            {
                if (Directory.EnumerateFiles(dir, "*.md", SearchOption.AllDirectories).Any())
                    diagnostics.Add(Diagnostic.Warning(SourceLocation.Folder(DisplayPath(dir)), DiagnosticCodes.InvalidRegion,
                        $"the folder '{name}' has pages but no region.yml, so it is not built. Add a region.yml to make it a region, or move its pages into a region."));
                continue;
            }
            if (!IsValidRegionId(name))
            {
                diagnostics.Add(Diagnostic.Error(SourceLocation.File(DisplayPath(Path.Combine(dir, RegionFile))), DiagnosticCodes.InvalidRegion,
                    $"the region folder '{name}' must be named with lower-case letters, digits and '-' only (for example '{Suggest(name)}'). Rename the folder."));
                continue;
            }
            ids.Add(name);
        }
        return ids;
    }

    /// <summary>True for a valid region id: lower-case a-z, 0-9 and '-'.</summary>
    public static bool IsValidRegionId(string id) =>
        id.Length > 0 && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    /// <summary>
    /// The files of one region's site, sorted by relative path, applying the inheritance rules.
    /// Reports exclusions of shared pages that do not exist.
    /// </summary>
    public static ImmutableArray<ContentFile> ListFiles(string contentRoot, RegionSettings region, List<Diagnostic> diagnostics)
    {
        var shared = List(Path.Combine(contentRoot, SharedFolder), ContentLayer.Shared);
        var own = List(Path.Combine(contentRoot, region.Id), ContentLayer.Region);
        var excluded = region.Exclude.ToHashSet(StringComparer.Ordinal);
        foreach (var path in region.Exclude.Where(p => !shared.ContainsKey(p)))
            diagnostics.Add(Diagnostic.Warning(region.ExcludeAt, DiagnosticCodes.UnknownExclude,
                $"exclude names '{path}', but content/_shared has no such file. Check the spelling; paths are relative to content/_shared."));
        var merged = new SortedDictionary<string, ContentFile>(StringComparer.Ordinal);
        foreach (var (path, file) in shared)
            if (!excluded.Contains(path)) merged[path] = file;
        foreach (var (path, file) in own)
            if (path != RegionFile) merged[path] = file;
        return [.. merged.Values];
    }

    private static Dictionary<string, ContentFile> List(string root, ContentLayer layer)
    {
        var files = new Dictionary<string, ContentFile>(StringComparer.Ordinal);
        if (!Directory.Exists(root)) return files;
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System, IgnoreInaccessible = true };
        foreach (var full in Directory.EnumerateFiles(root, "*", options))
        {
            var relative = Path.GetRelativePath(root, full).Replace('\\', '/');
            if (relative.Split('/').Any(part => part.StartsWith('.'))) continue;
            files[relative] = new ContentFile(full, DisplayPath(full), relative, layer);
        }
        return files;
    }

    /// <summary>A path as diagnostics show it: relative to the current directory, forward slashes.</summary>
    public static string DisplayPath(string fullPath) =>
        Path.GetRelativePath(Environment.CurrentDirectory, fullPath).Replace('\\', '/');

    private static string Suggest(string name)
    {
        var s = new string(name.ToLowerInvariant().Select(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c : '-').ToArray());
        return s.Trim('-') is { Length: > 0 } t ? t : "mijn-regio";
    }
}
