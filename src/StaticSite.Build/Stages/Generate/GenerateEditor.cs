using System.Collections.Immutable;
using StaticSite.Build.Editor;
using StaticSite.Content.Model;
using StaticSite.Pipeline.Diagnostics;
using StaticSite.Pipeline.Engine;

namespace StaticSite.Build.Stages.Generate;

/// <summary>
/// Writes the web editor into the site of a region with <c>cms:</c> (<see cref="AdminSite.Published"/>):
/// <c>admin/index.html</c> (noindex), <c>admin/config.yml</c> for the region's git host with the
/// editorial workflow, and Decap CMS under a hashed folder. Nothing for a region without <c>cms:</c>.
/// These are files, not pages: they are in no sitemap, search index, feed or JSON API.
/// </summary>
public sealed class GenerateEditor : IStage<Document>
{
    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, ExecutionContext<Document> context)
    {
        var build = context.Service<RegionBuild>();
        if (build.Region.Cms is null) return [];
        if (EditorFiles.Find(build.Options.EditorRoot) is not { } files)
        {
            context.Diagnostics.Add(Diagnostic.Error(build.Region.CmsAt, DiagnosticCodes.EditorNotInstalled,
                $"region.yml has cms:, so the site gets the web editor in admin/, but {EditorFiles.MissingMessage}"));
            return [];
        }
        return
        [
            .. AdminSite.Published(files, build.Region, build.Options.ContentRoot).Select(f => new Document
            {
                DisplayPath = $"(generated /{f.Path})", Layer = ContentLayer.Generated, Kind = PageKind.File,
                RelativePath = f.Path, OutputPath = f.Path, Output = f.Content,
            }),
        ];
    }
}
