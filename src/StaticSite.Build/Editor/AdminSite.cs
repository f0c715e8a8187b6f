using System.Net;
using System.Text;
using System.Text.Json;
using StaticSite.Content.Model;
using StaticSite.Content.Regions;
using StaticSite.Content.Schema;
using StaticSite.Output.Files;

namespace StaticSite.Build.Editor;

/// <summary>
/// The web editor of a region, as files: the <see cref="EditorSite"/> it edits (its folders found on
/// disk), <c>config.yml</c> from <see cref="DecapConfigGenerator"/>, and the admin page. Used by
/// <c>staticsite serve</c> (the local editor) and by the build's <c>admin/</c> (the published one),
/// so both come from the same code.
/// </summary>
public static class AdminSite
{
    /// <summary>The folder of the editor in a region's site.</summary>
    public const string Folder = "admin";

    /// <summary>The region's site as the editor sees it: its content folders, where edits go and the languages it offers besides Dutch.</summary>
    public static EditorSite Describe(string contentRoot, string regionId, string siteUrl, EditorBackend backend, IReadOnlyList<string>? languages = null)
    {
        var contentFolder = Path.GetFileName(Path.GetFullPath(contentRoot).TrimEnd(Path.DirectorySeparatorChar));
        // ouders/ and jongeren/ are the two audiences' sections: offered even before the region has pages there.
        var region = Sections(Path.Combine(contentRoot, regionId)).Union(["jongeren", "ouders"]).Order(StringComparer.Ordinal).ToList();
        return new EditorSite(contentFolder, regionId, siteUrl, region, Sections(Path.Combine(contentRoot, ContentTree.SharedFolder)), backend, languages);
    }

    /// <summary>The admin page: Decap CMS from <paramref name="decapFolder"/> (a URL relative to the page) and, for the local editor, our script.</summary>
    public static string Index(EditorFiles files, string title, string decapFolder, LocalEditorSettings? local)
    {
        var scripts = new StringBuilder();
        scripts.Append($"  <script src=\"{WebUtility.HtmlEncode(decapFolder)}/{EditorFiles.DecapScript}\"></script>\n");
        if (local is not null)
        {
            // JSON inside a script element: '<' escaped so no text can close the element.
            var json = JsonSerializer.Serialize(local, LocalEditorJson.Default.LocalEditorSettings).Replace("<", "\\u003c");
            scripts.Append($"  <script type=\"application/json\" data-staticsite-editor>{json}</script>\n");
            scripts.Append($"  <script src=\"{EditorFiles.EditorScript}\"></script>\n");
        }
        return files.IndexTemplate.Replace("{{title}}", WebUtility.HtmlEncode(title)).Replace("{{scripts}}", scripts.ToString().TrimEnd('\n'));
    }

    /// <summary>
    /// The <c>admin/</c> files of a published site (region with <c>cms:</c>): the page, <c>config.yml</c>
    /// with the git host and the editorial workflow, and Decap's files in a folder named by their
    /// content hash (<c>admin/decap.1a2b3c4d5e/</c>), so a CDN may cache them forever.
    /// </summary>
    public static IReadOnlyList<OutputFile> Published(EditorFiles files, RegionSettings region, string contentRoot)
    {
        var decap = files.Decap.Select(name => (Name: name, Bytes: File.ReadAllBytes(files.DecapPath(name)))).ToList();
        var all = decap.SelectMany(d => Encoding.UTF8.GetBytes(d.Name + "\n").Concat(d.Bytes)).ToArray();
        var folder = ContentHash.Name("decap", all);
        var site = Describe(contentRoot, region.Id, region.BaseUrl.ToString(), new GitEditorBackend(region.Cms!), region.Languages);
        return
        [
            new OutputFile($"{Folder}/index.html", Encoding.UTF8.GetBytes(Index(files, region.Name, folder, null))),
            new OutputFile($"{Folder}/config.yml", Encoding.UTF8.GetBytes(DecapConfigGenerator.Yaml(site))),
            .. decap.Select(d => new OutputFile($"{Folder}/{folder}/{d.Name}", d.Bytes)),
        ];
    }

    private static IReadOnlyList<string> Sections(string folder)
    {
        if (!Directory.Exists(folder)) return [];
        var typeFolders = ContentTypes.All.Select(t => t.Folder()).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return
        [
            .. new DirectoryInfo(folder).EnumerateDirectories()
                .Where(d => !d.Name.StartsWith('.') && d.LinkTarget is null && !typeFolders.Contains(d.Name) && d.Name != DecapConfigGenerator.MediaFolder
                    && d.EnumerateFiles("*.md").Any())
                .Select(d => d.Name).Order(StringComparer.Ordinal),
        ];
    }
}

/// <summary>What our script of the local editor needs to know (serialised into the admin page).</summary>
/// <param name="Api">The proxy protocol's address.</param>
/// <param name="Preview">The address that renders an unsaved entry.</param>
/// <param name="Collections">Collections that get the site's own preview.</param>
/// <param name="SharedWarning">The warning of national pages.</param>
public sealed record LocalEditorSettings(
    [property: System.Text.Json.Serialization.JsonPropertyName("api")] string Api,
    [property: System.Text.Json.Serialization.JsonPropertyName("preview")] string Preview,
    [property: System.Text.Json.Serialization.JsonPropertyName("collections")] IReadOnlyList<string> Collections,
    [property: System.Text.Json.Serialization.JsonPropertyName("sharedWarning")] string SharedWarning);

/// <summary>Source-generated JSON of <see cref="LocalEditorSettings"/> (no reflection, for the NativeAOT command line).</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(LocalEditorSettings))]
internal sealed partial class LocalEditorJson : System.Text.Json.Serialization.JsonSerializerContext;
