using System.Collections.Immutable;
using StaticSite.Content.Model;
using StaticSite.Content.Sources;
using StaticSite.Output.Files;
using StaticSite.Pipeline.Diagnostics;
using StaticSite.Pipeline.Engine;

namespace StaticSite.Build.Stages.Input;

/// <summary>
/// Reads the region's files (shared and regional, after the inheritance rules). Pages become
/// documents with their decoded text; other files (images, PDFs) are passed on to be copied.
/// Unreadable, binary, huge or non-UTF-8 pages are reported, never half-read.
/// </summary>
public sealed class ReadContentFiles : IStage<Document>
{
    /// <summary>Largest non-page file (image, PDF) copied into a site.</summary>
    public const long MaxFileBytes = 50L * 1024 * 1024;

    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, ExecutionContext<Document> context)
    {
        var build = context.Service<RegionBuild>();
        var results = new Document?[build.Files.Length];
        Parallel.For(0, build.Files.Length, new ParallelOptions { MaxDegreeOfParallelism = context.MaxParallelism }, i =>
        {
            var file = build.Files[i];
            if (!SafeOutputPath.IsSafe(file.RelativePath))
            {
                context.Diagnostics.Add(Diagnostic.Error(SourceLocation.File(file.DisplayPath), DiagnosticCodes.PathOutsideOutput,
                    "this file name cannot be published safely. Rename it using letters, digits, '-' and '.' only."));
                return;
            }
            var length = new FileInfo(file.FullPath).Length;
            if (!file.IsPage)
            {
                if (length > MaxFileBytes)
                {
                    context.Diagnostics.Add(Diagnostic.Error(SourceLocation.File(file.DisplayPath), DiagnosticCodes.NotAPage,
                        $"the file is {length / 1024 / 1024} MB; files in content/ can be at most {MaxFileBytes / 1024 / 1024} MB. Make it smaller or publish it elsewhere and link to it."));
                    return;
                }
                results[i] = new Document
                {
                    DisplayPath = file.DisplayPath, Layer = file.Layer, RelativePath = file.RelativePath,
                    Kind = PageKind.File, OutputPath = file.RelativePath, Output = File.ReadAllBytes(file.FullPath),
                };
                return;
            }
            if (length > SourceText.MaxBytes)
            {
                context.Diagnostics.Add(SourceText.TooLarge(file.DisplayPath, length));
                return;
            }
            var (source, problem) = SourceText.Decode(file.DisplayPath, File.ReadAllBytes(file.FullPath));
            if (problem is not null) { context.Diagnostics.Add(problem); return; }
            results[i] = new Document { DisplayPath = file.DisplayPath, Layer = file.Layer, RelativePath = file.RelativePath, Source = source, Kind = PageKind.Page };
        });
        return [.. results.OfType<Document>()];
    }
}
