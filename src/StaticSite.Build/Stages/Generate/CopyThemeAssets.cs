using System.Collections.Immutable;
using StaticSite.Content.Model;
using StaticSite.Content.Regions;
using StaticSite.Pipeline.Diagnostics;
using StaticSite.Rendering.Themes;
using StaticSite.Output.Files;
using StaticSite.Pipeline.Engine;

namespace StaticSite.Build.Stages.Generate;

/// <summary>
/// Copies the theme's assets (and the vendor files it takes from node_modules) to
/// <c>assets/</c> under content-hashed names. The document's <see cref="Document.RelativePath"/>
/// keeps the logical name (<c>css/site.css</c>) that templates ask for with <c>asset</c>.
/// </summary>
public sealed class CopyThemeAssets : IStage<Document>
{
    /// <summary>Folder of hashed assets in the site.</summary>
    public const string Folder = "assets";

    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, ExecutionContext<Document> context)
    {
        var theme = context.Service<RegionBuild>().Theme;
        var problems = new List<Diagnostic>();
        var assets = new List<Document>();
        foreach (var (name, path) in theme.Assets(problems))
        {
            var read = theme.Files.Read(path, ContentTree.DisplayPath(path), Theme.MaxAssetBytes);
            if (read.Problem is not null) problems.Add(read.Problem);
            else assets.Add(Asset(name, read.Bytes.ToArray(), path));
        }
        context.Diagnostics.AddRange(problems);
        return [.. assets];
    }

    /// <summary>A hashed asset document for <paramref name="logicalName"/>.</summary>
    public static Document Asset(string logicalName, byte[] content, string displayPath) => new()
    {
        DisplayPath = displayPath,
        Layer = ContentLayer.Generated,
        RelativePath = logicalName,
        Kind = PageKind.File,
        OutputPath = $"{Folder}/{ContentHash.Name(logicalName, content)}",
        Output = content,
    };
}
