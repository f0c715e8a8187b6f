using System.Collections.Immutable;
using StaticSite.Content.Model;
using StaticSite.Output.Api;
using StaticSite.Pipeline.Engine;

namespace StaticSite.Build.Stages.Generate;

/// <summary>Generates the headless JSON API: the region's catalogue and one file per item.</summary>
public sealed class GenerateJsonApi : IStage<Document>
{
    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, ExecutionContext<Document> context) =>
    [
        .. JsonApiWriter.Write(context.Service<RegionBuild>().Region, documents).Select(f => new Document
        {
            DisplayPath = $"(generated /{f.Path})", Layer = ContentLayer.Generated, Kind = PageKind.File,
            RelativePath = f.Path, OutputPath = f.Path, Output = f.Content,
        }),
    ];
}
