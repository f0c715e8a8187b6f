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
        var problems = new List<Diagnostic>();
        var files = new List<Document>();
        foreach (var (name, path) in theme.Assets(problems))
            if (Read(theme, path, problems) is { } bytes) files.Add(Asset(name, bytes, path));
        foreach (var (name, path) in theme.StaticFiles(problems))
            if (Read(theme, path, problems) is { } bytes) files.Add(Static(name, bytes, path));
        context.Diagnostics.AddRange(problems);
        return [.. files];
    }

    private static byte[]? Read(Theme theme, string path, List<Diagnostic> problems)
    {
        var read = theme.Files.Read(path, ContentTree.DisplayPath(path), Theme.MaxAssetBytes);
        if (read.Problem is null) return read.Bytes.ToArray();
        problems.Add(read.Problem);
        return null;
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
    public static Document Asset(string logicalName, ReadOnlyMemory<byte> content, string displayPath) => new()
    {
        DisplayPath = displayPath,
        Layer = ContentLayer.Generated,
        RelativePath = logicalName,
        Kind = PageKind.File,
        OutputPath = $"{Folder}/{ContentHash.Name(logicalName, content.Span)}",
        Output = content,
    };
}
