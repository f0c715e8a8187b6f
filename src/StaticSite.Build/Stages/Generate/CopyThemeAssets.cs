using System.Collections.Immutable;
using StaticSite.Content.Model;
using StaticSite.Output.Files;
using StaticSite.Pipeline.Engine;

namespace StaticSite.Build.Stages.Generate;

/// <summary>
/// Copies the theme's assets (and the vendor files it takes from node_modules) to
/// <c>assets/</c> under content-hashed names. The document's <see cref="Document.RelativePath"/>
/// keeps the logical name (<c>css/site.css</c>) that templates ask for with <c>asset</c>. The theme's
/// <c>static/</c> files (favicon.ico, apple-touch-icon.png) go to the site root as they are.
/// </summary>
public sealed class CopyThemeAssets : IStage<Document>
{
    /// <summary>Folder of hashed assets in the site.</summary>
    public const string Folder = "assets";

    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, ExecutionContext<Document> context)
    {
        var theme = context.Service<RegionBuild>().Theme;
        return [.. theme.Assets().Select(a => Asset(a.Key, File.ReadAllBytes(a.Value), a.Value)),
            .. theme.StaticFiles().Select(s => Static(s.Key, File.ReadAllBytes(s.Value), s.Value))];
    }

    /// <summary>
    /// A theme's static file (<c>static/favicon.ico</c>), written at the site root under its own name. Its
    /// logical name starts with '/' (<c>asset "/favicon.ico"</c>), so it can never clash with an asset's.
    /// </summary>
    public static Document Static(string sitePath, byte[] content, string displayPath) => new()
    {
        DisplayPath = displayPath,
        Layer = ContentLayer.Generated,
        RelativePath = "/" + sitePath,
        Kind = PageKind.File,
        OutputPath = sitePath,
        Output = content,
    };

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
