using System.Collections.Immutable;
using StaticSite.Content.Model;
using StaticSite.Content.Sources;
using StaticSite.Pipeline.Diagnostics;

namespace StaticSite.Content.Regions;

/// <summary>A file of a region's site before it is read.</summary>
/// <param name="FullPath">Absolute path as on disk (read it through <see cref="ContentTree.Reader"/>).</param>
/// <param name="DisplayPath">Path relative to the current directory, forward slashes.</param>
/// <param name="RelativePath">Path relative to its layer folder (<c>ouders/tlv.md</c>), names composed to NFC: the path for URLs, inheritance and output.</param>
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
/// Hidden files and folders (starting with '.') and <c>region.yml</c> are never content. Files are
/// listed by <see cref="SafeFolderLister"/>: names are composed to NFC (so a page saved on macOS has the
/// same path and URL as one saved elsewhere), and links are followed only while they stay inside content/.
/// </summary>
public static class ContentTree
{
    /// <summary>Folder of national content.</summary>
    public const string SharedFolder = "_shared";

    /// <summary>Name of a region's settings file.</summary>
    public const string RegionFile = "region.yml";

    /// <summary>How diagnostics name the content folder.</summary>
    public const string Label = "content/";

    /// <summary>The reader of files inside the real path of <paramref name="contentRoot"/>.</summary>
    public static SafeFileReader Reader(string contentRoot) => SafeFileReader.For(contentRoot, Label);

    /// <summary>
    /// Ids of all regions: folders under <paramref name="contentRoot"/> with a region.yml, sorted.
    /// A region folder that is a link to a folder outside content/ is reported, never read.
    /// </summary>
    public static IReadOnlyList<string> FindRegionIds(string contentRoot, List<Diagnostic> diagnostics)
    {
        var tree = Reader(contentRoot);
        var ids = new List<string>();
        foreach (var dir in Directory.EnumerateDirectories(tree.Root).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(dir);
            if (name == SharedFolder || name.StartsWith('.')) continue;
            var (real, outside) = tree.Locate(dir, DisplayPath(dir));
            if (outside is not null)
            {
                diagnostics.Add(outside);
                continue;
            }
            if (!EntryExists(Path.Combine(real!, RegionFile)))
            {
                if (SafeFolderLister.List(tree, dir, new List<Diagnostic>(), DisplayPath).Any(f => f.RelativePath.EndsWith(".md", StringComparison.OrdinalIgnoreCase)))
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

    /// <summary>True when something (a file, a folder, a link, even a broken one) exists at <paramref name="path"/>.</summary>
    public static bool EntryExists(string path) => (int)new FileInfo(path).Attributes != -1;

    /// <summary>True for a valid region id: lower-case a-z, 0-9 and '-'.</summary>
    public static bool IsValidRegionId(string id) =>
        id.Length > 0 && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    /// <summary>
    /// The files of one region's site, sorted by relative path, applying the inheritance rules.
    /// Reports exclusions of shared pages that do not exist.
    /// </summary>
    public static ImmutableArray<ContentFile> ListFiles(string contentRoot, RegionSettings region, List<Diagnostic> diagnostics)
    {
        var tree = Reader(contentRoot);
        var shared = List(tree, SharedFolder, ContentLayer.Shared, diagnostics);
        var own = List(tree, region.Id, ContentLayer.Region, diagnostics);
        // Exclusions match the composed (NFC) names the listing gives, however the editor typed them.
        var excluded = region.Exclude.Select(Nfc.Compose).ToHashSet(StringComparer.Ordinal);
        foreach (var path in region.Exclude.Where(p => !shared.ContainsKey(Nfc.Compose(p))))
            diagnostics.Add(Diagnostic.Warning(region.ExcludeAt, DiagnosticCodes.UnknownExclude,
                $"exclude names '{path}', but content/_shared has no such file. Check the spelling; paths are relative to content/_shared."));
        var merged = new SortedDictionary<string, ContentFile>(StringComparer.Ordinal);
        foreach (var (path, file) in shared)
            if (!excluded.Contains(path)) merged[path] = file;
        foreach (var (path, file) in own)
            if (path != RegionFile) merged[path] = file;
        return [.. merged.Values];
    }

    private static Dictionary<string, ContentFile> List(SafeFileReader tree, string folder, ContentLayer layer, List<Diagnostic> diagnostics)
    {
        var files = new Dictionary<string, ContentFile>(StringComparer.Ordinal);
        foreach (var f in SafeFolderLister.List(tree, Path.Combine(tree.Root, folder), diagnostics, DisplayPath))
            files[f.RelativePath] = new ContentFile(f.FullPath, f.DisplayPath, f.RelativePath, layer);
        return files;
    }

    /// <summary>A path as diagnostics show it: relative to the current directory, forward slashes.</summary>
    public static string DisplayPath(string fullPath) =>
        Path.GetRelativePath(Environment.CurrentDirectory, fullPath).Replace(Path.DirectorySeparatorChar, '/');

    private static string Suggest(string name)
    {
        var s = new string(name.ToLowerInvariant().Select(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c : '-').ToArray());
        return s.Trim('-') is { Length: > 0 } t ? t : "mijn-regio";
    }
}
