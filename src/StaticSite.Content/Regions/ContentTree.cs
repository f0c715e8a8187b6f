using System.Collections.Immutable;
using StaticSite.Content.Languages;
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
/// <item>other region files are added;</item>
/// <item>a translation (<c>x.en.md</c>) follows its Dutch page and the region's languages (<see cref="ListFiles"/>).</item>
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
        foreach (var path in Untranslatable(merged, excluded, region, diagnostics)) merged.Remove(path);
        return [.. merged.Values];
    }

    /// <summary>
    /// The translations (<c>x.en.md</c>) that are not part of the region's site, by the language rules
    /// (README, "Shared and regional content"), each reported where an editor can act on it:
    /// <list type="bullet">
    /// <item>a shared translation of an excluded page goes with it (exclude <c>x.md</c> excludes <c>x.en.md</c>);</item>
    /// <item>a translation into a language the region does not offer: silently for _shared (other regions
    /// offer it), a warning for the region's own (SS2041); a Dutch page named <c>x.nl.md</c> is an error;</item>
    /// <item>a translation without its Dutch page is an error (SS2040): a Dutch page renamed or moved;</item>
    /// <item>a shared translation of a page the region replaced translates the national text, not the
    /// region's: a warning (SS2043).</item>
    /// </list>
    /// </summary>
    private static List<string> Untranslatable(SortedDictionary<string, ContentFile> merged, HashSet<string> excluded, RegionSettings region, List<Diagnostic> diagnostics)
    {
        var offered = region.Languages.ToHashSet(StringComparer.Ordinal);
        var left = new List<string>();
        foreach (var (path, file) in merged)
        {
            if (!file.IsPage) continue;
            var name = TranslationName.Parse(path);
            if (!name.HasCode) continue;
            var language = KnownLanguages.Get(name.Language);
            var at = SourceLocation.File(file.DisplayPath);
            if (!name.IsTranslation)
            {
                diagnostics.Add(Diagnostic.Error(at, DiagnosticCodes.LanguageNotOffered,
                    $"Dutch pages are named without a language code: rename this file to '{Path.GetFileName(name.DutchPath)}'."));
                left.Add(path);
            }
            else if (file.Layer == ContentLayer.Shared && excluded.Contains(name.DutchPath))
                left.Add(path);
            else if (!offered.Contains(name.Language))
            {
                if (file.Layer == ContentLayer.Region)
                    diagnostics.Add(Diagnostic.Warning(at, DiagnosticCodes.LanguageNotOffered,
                        $"this is a translation into {language.EnglishName} ('.{language.Code}.md'), but region.yml does not offer {language.Code}, so it is not published. Add '{language.Code}' to languages: in {region.SettingsPath}, or remove the file."));
                left.Add(path);
            }
            else if (!merged.TryGetValue(name.DutchPath, out var dutch) || !dutch.IsPage)
            {
                diagnostics.Add(TranslationWithoutPage(at, name, region, excluded.Contains(name.DutchPath)));
                left.Add(path);
            }
            else if (file.Layer == ContentLayer.Shared && dutch.Layer == ContentLayer.Region)
            {
                diagnostics.Add(Diagnostic.Warning(at, DiagnosticCodes.TranslationOfReplacedPage,
                    $"region '{region.Id}' replaces the national page with its own {dutch.DisplayPath}, so this translation of the national text is left out of its site. " +
                    $"Translate the region's page as {TranslationName.PathOf(dutch.DisplayPath, language.Code)} to offer it in {language.EnglishName}."));
                left.Add(path);
            }
        }
        return left;
    }

    /// <summary>Error SS2040 at <paramref name="at"/>, a translation whose Dutch page <paramref name="name"/> names is not part of <paramref name="region"/>'s site.</summary>
    public static Diagnostic TranslationWithoutPage(SourceLocation at, TranslationName name, RegionSettings region, bool excluded = false)
    {
        var language = KnownLanguages.Get(name.Language);
        return Diagnostic.Error(at, DiagnosticCodes.TranslationWithoutPage,
            $"this {language.EnglishName} translation has no Dutch page '{name.DutchPath}' beside it in content/{region.Id} or content/_shared{(excluded ? " (region.yml excludes the shared one)" : "")}. " +
            $"Give it the name of its Dutch page with '.{language.Code}' before '.md', or add the Dutch page.");
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
