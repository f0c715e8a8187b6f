using StaticSite.Content.Model;
using StaticSite.Pipeline.Engine;

namespace StaticSite.Build.Stages.Output;

/// <summary>
/// Writes the files a pipeline made final into the region's staged site (<see cref="RegionOutput"/>),
/// with their Brotli and gzip copies, while other pipelines still run: the last stage of every
/// pipeline whose files nothing changes any more. A written file's bytes are released (the document
/// is marked <see cref="Document.Published"/>): at 1,000 pages, holding every page, API item and index
/// until the end of the region's build was a fifth of its peak memory. Builds that keep their
/// documents for tools and tests (<c>KeepDocuments</c>) keep the bytes too.
/// </summary>
public sealed class PublishFiles : DocumentStage<Document>
{
    /// <inheritdoc />
    protected override Document? Process(Document document, ExecutionContext<Document> context)
    {
        if (!context.Service<RegionOutput>().Publish(document, context)) return document;
        return context.Service<RegionBuild>().Options.KeepDocuments ? document with { Published = true } : document with { Output = default, Published = true };
    }
}
