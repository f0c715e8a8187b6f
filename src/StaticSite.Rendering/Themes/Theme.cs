using System.Collections.Immutable;
using System.Text.RegularExpressions;
using StaticSite.Content.Regions;
using StaticSite.Content.Sources;
using StaticSite.Pipeline.Diagnostics;
using StaticSite.Content.Yaml;
using StaticSite.Rendering.Markdown;
using YamlDotNet.RepresentationModel;

namespace StaticSite.Rendering.Themes;

/// <summary>A file copied from a theme's node_modules into its assets (lunr.js and friends).</summary>
/// <param name="From">Absolute source path.</param>
/// <param name="To">Asset path (<c>js/lunr.js</c>).</param>
public sealed record VendorFile(string From, string To);

/// <summary>
/// A theme and the themes it inherits from, nearest first. A file (layout, partial, asset) is
/// taken from the first theme of the chain that has it, so a theme overrides single files.
/// </summary>
public sealed partial class Theme
{
    /// <summary>How diagnostics name the themes folder.</summary>
    public const string Label = "themes/";

    /// <summary>Largest theme file (asset, vendor file) copied into a site.</summary>
    public const long MaxAssetBytes = 50L * 1024 * 1024;

    private Theme(ImmutableArray<string> folders, ImmutableArray<VendorFile> vendor, SafeFileReader files)
    {
        (Folders, Vendor, Files) = (folders, vendor, files);
        _reservedIds = new Lazy<ReservedIds>(FindReservedIds);
    }

    private readonly Lazy<ReservedIds> _reservedIds;

    /// <summary>Reads the theme's files: ordinary files inside the real path of the themes folder only.</summary>
    public SafeFileReader Files { get; }

    /// <summary>
    /// The element ids the theme's layouts and partials use (<c>id="inhoud"</c>, and the fixed start of
    /// built ids like <c>id="letter-{{ … }}"</c>), which page bodies must keep off.
    /// </summary>
    public ReservedIds ReservedIds => _reservedIds.Value;

    /// <summary>Absolute theme folders, the theme itself first, then its parents.</summary>
    public ImmutableArray<string> Folders { get; }

    /// <summary>Files from node_modules that become assets, from all themes of the chain.</summary>
    public ImmutableArray<VendorFile> Vendor { get; }

    /// <summary>The absolute path of <paramref name="relativePath"/> in the first theme that has it, or null.</summary>
    /// <remarks>A broken link or a pipe counts as present, so that reading it reports what it is.</remarks>
    public string? Find(string relativePath) =>
        Folders.Select(f => Path.Combine(f, relativePath)).FirstOrDefault(ContentTree.EntryExists);

    /// <summary>
    /// Every asset of the chain (<c>assets/**</c> plus vendor files) by asset path, the nearest theme
    /// winning. Links that leave the themes folder and names that cannot be published are reported.
    /// </summary>
    public IReadOnlyDictionary<string, string> Assets(ICollection<Diagnostic> diagnostics) => FilesUnder("assets", withVendor: true, diagnostics);

    /// <summary>
    /// The chain's <c>static/**</c> files by site path (<c>favicon.ico</c>): copied to the site root under their
    /// own names, for the files browsers and crawlers ask for by name. The nearest theme wins.
    /// </summary>
    public IReadOnlyDictionary<string, string> StaticFiles(ICollection<Diagnostic> diagnostics) => FilesUnder("static", withVendor: false, diagnostics);

    private SortedDictionary<string, string> FilesUnder(string sub, bool withVendor, ICollection<Diagnostic> diagnostics)
    {
        var assets = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (withVendor) foreach (var v in Vendor.Reverse()) assets[v.To] = v.From;
        foreach (var folder in Folders.Reverse())
            foreach (var file in SafeFolderLister.List(Files, Path.Combine(folder, sub), diagnostics, ContentTree.DisplayPath))
                assets[file.RelativePath] = file.FullPath;
        return assets;
    }

    /// <summary>Loads theme <paramref name="name"/> from <paramref name="themesRoot"/> with its parents; null when invalid (reported).</summary>
    public static Theme? Load(string themesRoot, string name, SourceLocation namedAt, List<Diagnostic> diagnostics)
    {
        var files = SafeFileReader.For(themesRoot, Label);
        var folders = ImmutableArray.CreateBuilder<string>();
        var vendor = ImmutableArray.CreateBuilder<VendorFile>();
        var current = name;
        var at = namedAt;
        while (current.Length > 0)
        {
            var folder = Path.GetFullPath(Path.Combine(themesRoot, current));
            if (!RegionSettingsReader.IsSafeName(current) || !Directory.Exists(folder))
            {
                diagnostics.Add(Diagnostic.Error(at, DiagnosticCodes.ThemeInvalid,
                    $"theme '{current}' does not exist. Available themes: {string.Join(", ", Available(themesRoot))}."));
                return null;
            }
            if (files.Locate(folder, ContentTree.DisplayPath(folder)).Problem is { } outside)
            {
                diagnostics.Add(outside);
                return null;
            }
            if (folders.Contains(folder))
            {
                diagnostics.Add(Diagnostic.Error(at, DiagnosticCodes.ThemeInvalid,
                    $"theme '{current}' inherits from itself through its parents. Remove one 'parent:'."));
                return null;
            }
            folders.Add(folder);
            var settingsPath = Path.Combine(folder, "theme.yml");
            if (!ContentTree.EntryExists(settingsPath)) break;
            var (parent, parentAt) = ReadSettings(files, folder, settingsPath, vendor, diagnostics);
            if (parent is null) return null;
            current = parent;
            at = parentAt;
        }
        return new Theme(folders.ToImmutable(), vendor.ToImmutable(), files);
    }

    private static (string? Parent, SourceLocation At) ReadSettings(SafeFileReader files, string folder, string path, ImmutableArray<VendorFile>.Builder vendor, List<Diagnostic> diagnostics)
    {
        var (source, problem) = SourceText.Read(files, path, ContentTree.DisplayPath(path));
        if (problem is not null) { diagnostics.Add(problem); return (null, default); }
        var (stream, yamlProblem) = YamlDocumentReader.Load(source!, source!.Text, 1);
        if (yamlProblem is not null)
        {
            diagnostics.Add(yamlProblem);
            return (null, default);
        }
        var parent = "";
        var parentAt = source.At(1, 1);
        if (stream!.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root) return (parent, parentAt);
        foreach (var (k, v) in root.Children)
        {
            var key = (k as YamlScalarNode)?.Value;
            var at = source.At((int)k.Start.Line, (int)k.Start.Column);
            switch (key)
            {
                case "name": break;
                case "parent": parent = (v as YamlScalarNode)?.Value ?? ""; parentAt = at; break;
                case "vendor" when v is YamlSequenceNode items:
                    foreach (var item in items.Children.OfType<YamlMappingNode>())
                    {
                        var from = (item.Children.FirstOrDefault(c => (c.Key as YamlScalarNode)?.Value == "from").Value as YamlScalarNode)?.Value ?? "";
                        var to = (item.Children.FirstOrDefault(c => (c.Key as YamlScalarNode)?.Value == "to").Value as YamlScalarNode)?.Value ?? "";
                        var full = Path.GetFullPath(Path.Combine(folder, from));
                        var itemAt = source.At((int)item.Start.Line, (int)item.Start.Column);
                        if (from.Length == 0 || to.Length == 0 || to.Contains("..") || !full.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                            diagnostics.Add(Diagnostic.Error(itemAt, DiagnosticCodes.ThemeInvalid, "each vendor entry needs 'from:' (a file inside the theme folder) and 'to:' (an asset path without '..')."));
                        else if (!ContentTree.EntryExists(full))
                            diagnostics.Add(Diagnostic.Error(itemAt, DiagnosticCodes.ThemeInvalid,
                                $"the vendor file '{from}' is missing. Run 'npm ci' in {ContentTree.DisplayPath(folder)} to install the theme's packages."));
                        else
                            vendor.Add(new VendorFile(full, to));
                    }
                    break;
                default:
                    diagnostics.Add(Diagnostic.Error(at, DiagnosticCodes.UnknownKey, $"theme.yml key '{key}' is not known. Known keys: name, parent, vendor."));
                    break;
            }
        }
        return (parent, parentAt);
    }

    private ReservedIds FindReservedIds()
    {
        var exact = new SortedSet<string>(StringComparer.Ordinal);
        var prefixes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var folder in Folders)
            foreach (var sub in new[] { "layouts", "partials" })
            {
                // Read as templates are read (links out, pipes and huge files are skipped here);
                // loading the templates reports those problems, so they are not reported twice.
                foreach (var file in SafeFolderLister.List(Files, Path.Combine(folder, sub), new List<Diagnostic>(), ContentTree.DisplayPath))
                {
                    if (!file.RelativePath.EndsWith(".html", StringComparison.Ordinal)) continue;
                    var (source, problem) = SourceText.Read(Files, file.FullPath, ContentTree.DisplayPath(file.FullPath));
                    if (problem is not null || source is null) continue;
                    var text = source.Text;
                    foreach (Match m in IdAttribute().Matches(text))
                    {
                        var value = m.Groups[1].Value;
                        var template = value.IndexOf("{{", StringComparison.Ordinal);
                        if (template < 0) exact.Add(value);
                        else if (template > 0) prefixes.Add(value[..template]);
                    }
                    // Ids handed to partials through a variable: search_form_id = "site-search-q".
                    foreach (Match m in IdVariable().Matches(text)) exact.Add(m.Groups[1].Value);
                }
            }
        return new ReservedIds(exact, prefixes);
    }

    [GeneratedRegex("\\bid=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex("\\b\\w+_id\\s*=\\s*\"([A-Za-z][\\w:.-]*)\"")]
    private static partial Regex IdVariable();

    private static IEnumerable<string> Available(string themesRoot) =>
        Directory.Exists(themesRoot) ? Directory.EnumerateDirectories(themesRoot).Select(Path.GetFileName).Order(StringComparer.Ordinal)! : [];
}
