using System.Collections.Immutable;
using StaticSite.Content.Model;
using StaticSite.Output.Files;
using StaticSite.Pipeline.Diagnostics;
using StaticSite.Pipeline.Engine;

namespace StaticSite.Build.Stages.Output;

/// <summary>
/// Writes the region's site atomically, only when the region's build has no errors, so a failed
/// build leaves the previous site exactly as it was. Two documents for one output file are an
/// error naming both sources.
/// </summary>
public sealed class WriteSite : IStage<Document>
{
    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, ExecutionContext<Document> context)
    {
        var build = context.Service<RegionBuild>();
        var files = documents.Where(IsWritten).ToList();
        foreach (var clash in files.GroupBy(f => f.OutputPath, StringComparer.Ordinal).Where(g => g.Count() > 1))
            context.Diagnostics.Add(Diagnostic.Error(SourceLocation.File(clash.First().DisplayPath), DiagnosticCodes.DuplicateUrl,
                $"{string.Join(" and ", clash.Select(c => c.DisplayPath).Distinct())} would all be written to {clash.Key}. Rename or move one of them."));
        if (!build.Options.WriteOutput || context.Diagnostics.HasErrors) return documents;
        try
        {
            AtomicSiteWriter.Write(build.Options.OutputRoot, build.Region.Id,
                [.. files.OrderBy(f => f.OutputPath, StringComparer.Ordinal).Select(f => new OutputFile(f.OutputPath, f.Output))]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            context.Diagnostics.Add(Diagnostic.Error(SourceLocation.Folder(build.Options.OutputRoot), DiagnosticCodes.OutputFailed,
                $"the site of region '{build.Region.Id}' could not be written ({ex.Message}); the previous site was left as it was. Check free disk space and permissions."));
        }
        return documents;
    }

    /// <summary>
    /// True for documents that become a file of the site. Pages as they come from Markdown have no
    /// bytes yet; their rendered copies come from Pages.
    /// </summary>
    public static bool IsWritten(Document d) => d.OutputPath.Length > 0 && (d.Kind == PageKind.File || !d.Output.IsEmpty);
}
