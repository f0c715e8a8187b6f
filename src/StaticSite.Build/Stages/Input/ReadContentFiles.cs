using System.Collections.Immutable;
using StaticSite.Content.Languages;
using StaticSite.Content.Model;
using StaticSite.Content.Regions;
using StaticSite.Content.Sources;
using StaticSite.Output.Files;
using StaticSite.Pipeline.Diagnostics;
using StaticSite.Pipeline.Engine;

namespace StaticSite.Build.Stages.Input;

/// <summary>
/// Reads the region's files (shared and regional, after the inheritance rules). Pages become
/// documents with their decoded text; other files (images, PDFs) are passed on to be copied.
/// Unreadable, binary, huge or non-UTF-8 pages are reported, never half-read; every file is read
/// through <see cref="SafeFileReader"/>, so links out of content/, pipes and devices are reported too.
/// </summary>
public sealed class ReadContentFiles : IStage<Document>
{
    /// <summary>Largest non-page file (image, PDF) copied into a site.</summary>
    public const long MaxFileBytes = 50L * 1024 * 1024;

    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, ExecutionContext<Document> context)
    {
        var build = context.Service<RegionBuild>();
        var tree = ContentTree.Reader(build.Options.ContentRoot);
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
            if (!file.IsPage)
            {
                var read = tree.Read(file.FullPath, file.DisplayPath, MaxFileBytes, size => Diagnostic.Error(SourceLocation.File(file.DisplayPath), DiagnosticCodes.NotAPage,
                    $"the file is {(size is { } s ? SafeFileReader.Megabytes(s) : "more than " + SafeFileReader.Megabytes(MaxFileBytes))} MB; files in content/ can be at most {MaxFileBytes / 1024 / 1024} MB. Make it smaller or publish it elsewhere and link to it."));
                if (read.Problem is not null) { context.Diagnostics.Add(read.Problem); return; }
                results[i] = new Document
                {
                    DisplayPath = file.DisplayPath, Layer = file.Layer, RelativePath = file.RelativePath,
                    Kind = PageKind.File, OutputPath = file.RelativePath, Output = read.Bytes,
                };
                return;
            }
            var (source, problem) = SourceText.Read(tree, file.FullPath, file.DisplayPath);
            if (problem is not null) { context.Diagnostics.Add(problem); return; }
            results[i] = Page(file, source!);
        });
        return [.. results.OfType<Document>()];
    }

    /// <summary>The document of a page read from <paramref name="file"/>, with its language from the file name (<c>x.en.md</c>).</summary>
    public static Document Page(ContentFile file, SourceText source)
    {
        var name = TranslationName.Parse(file.RelativePath);
        return new Document
        {
            DisplayPath = file.DisplayPath, Layer = file.Layer, RelativePath = file.RelativePath, Source = source, Kind = PageKind.Page,
            Language = name.Language, DutchPath = name.DutchPath,
        };
    }
}
