using StaticSite.Content.Model;
using StaticSite.Output.Api;
using StaticSite.Pipeline.Engine;

namespace StaticSite.Build.Stages.Generate;

/// <summary>
/// Turns each published page into its file of the headless JSON API (<c>api/items/&lt;path&gt;.json</c>:
/// metadata and rendered body); the catalogue <see cref="GenerateApiIndex"/> made passes on, every
/// other document is dropped.
/// </summary>
public sealed class GenerateApiItems : DocumentStage<Document>
{
    /// <inheritdoc />
    protected override Document? Process(Document document, ExecutionContext<Document> context) =>
        document.OutputPath == JsonApiWriter.IndexPath && document.Layer == ContentLayer.Generated ? document
        : JsonApiWriter.IsItem(document) ? GenerateApiIndex.ApiFile(JsonApiWriter.Item(context.Service<RegionBuild>().Region, document))
        : null;
}
