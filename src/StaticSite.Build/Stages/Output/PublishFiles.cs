using StaticSite.Content.Model;
using StaticSite.Pipeline.Engine;

namespace StaticSite.Build.Stages.Output;

/// <summary>
/// Writes the files a pipeline made final into the region's staged site (<see cref="RegionOutput"/>),
/// with their Brotli and gzip copies, while other pipelines still run: the last stage of every
/// pipeline whose files nothing changes any more. Documents pass on unchanged.
/// </summary>
public sealed class PublishFiles : DocumentStage<Document>
{
    /// <inheritdoc />
    protected override Document? Process(Document document, ExecutionContext<Document> context)
    {
        context.Service<RegionOutput>().Publish(document, context);
        return document;
    }
}
