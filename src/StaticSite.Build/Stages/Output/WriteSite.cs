using System.Collections.Immutable;
using StaticSite.Build.Caching;
using StaticSite.Content.Model;
using StaticSite.Output.Files;
using StaticSite.Pipeline.Diagnostics;
using StaticSite.Pipeline.Engine;

namespace StaticSite.Build.Stages.Output;

/// <summary>
/// Finishes the region's site: writes every file the pipelines did not publish yet into the staged
/// site (<see cref="RegionOutput"/>) and, only when the region's build has no errors, puts it in place
/// atomically, so a failed build leaves the previous site exactly as it was; then keeps the build cache. Two documents for one
/// output file are an error naming both sources.
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
        var output = context.Service<RegionOutput>();
        FaultInjection.Reach("writing");
        var rest = files.Where(f => !output.Has(f.OutputPath)).ToList();
        Parallel.ForEach(rest, new ParallelOptions { MaxDegreeOfParallelism = context.MaxParallelism }, f => output.Publish(f, context));
        if (context.Diagnostics.HasErrors) return documents;
        try
        {
            // The cache is kept after the swap: it names files of the site now in place (a kill before this leaves the
            // older cache, whose entries are still true or are refused by their file's hash).
            output.Commit(build, keep: () => context.Service<RegionBuildCache>().Save(build));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            context.Diagnostics.Add(RegionOutput.Failure(build, ex));
        }
        return documents;
    }

    /// <summary>
    /// True for documents that become a file of the site. Pages as they come from Markdown have no
    /// bytes yet; their rendered copies come from Pages.
    /// </summary>
    public static bool IsWritten(Document d) => d.HasFile;
}
