using System.Collections.Immutable;
using StaticSite.Content.Model;
using StaticSite.Output.Compression;
using StaticSite.Pipeline.Engine;

namespace StaticSite.Build.Stages.Output;

/// <summary>
/// Adds a Brotli (<c>.br</c>) and a gzip (<c>.gz</c>) copy beside every text file of the site
/// (<see cref="Precompressor"/>), for hosts that serve precompressed files. Runs last before
/// <see cref="WriteSite"/>, on the bytes that will be written; copies of files that did not change
/// since an earlier build come from the <see cref="CompressionCache"/>. Only for builds that write a site and have no errors (nothing is written then).
/// </summary>
public sealed class PrecompressFiles : IStage<Document>
{
    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, ExecutionContext<Document> context)
    {
        var options = context.Service<RegionBuild>().Options;
        if (!options.WriteOutput || context.Diagnostics.HasErrors) return documents;
        var cache = new CompressionCache(options.CompressionCacheFolder);
        // Two documents for one file make WriteSite fail the build (once, naming both): then nothing is
        // written, the cache included, and copies would only repeat the problem.
        var written = documents.Where(WriteSite.IsWritten).ToList();
        if (written.DistinctBy(d => d.OutputPath, StringComparer.Ordinal).Count() != written.Count) return documents;
        var text = written.Where(d => Precompressor.IsText(d.OutputPath)).ToList();
        var copies = new Document[text.Count * 2];
        // Largest first: the search index takes longest and should not start last.
        var order = Enumerable.Range(0, text.Count).OrderByDescending(i => text[i].Output.Length).ToList();
        Parallel.ForEach(order, new ParallelOptions { MaxDegreeOfParallelism = context.MaxParallelism }, i =>
        {
            var source = text[i];
            var (brotli, gzip) = cache.Compress(source.Output.Span);
            copies[2 * i] = Copy(source, ".br", brotli);
            copies[2 * i + 1] = Copy(source, ".gz", gzip);
        });
        return [.. documents, .. copies];
    }

    private static Document Copy(Document source, string extension, byte[] bytes) => new()
    {
        DisplayPath = source.DisplayPath, Layer = ContentLayer.Generated, Kind = PageKind.File,
        RelativePath = source.OutputPath + extension, OutputPath = source.OutputPath + extension, Output = bytes,
    };
}
