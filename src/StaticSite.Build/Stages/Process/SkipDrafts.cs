using StaticSite.Content.Model;
using StaticSite.Pipeline.Engine;

namespace StaticSite.Build.Stages.Process;

/// <summary>Leaves draft pages out of the site, unless the build was asked for drafts (<c>--drafts</c>).</summary>
public sealed class SkipDrafts : DocumentStage<Document>
{
    /// <inheritdoc />
    protected override Document? Process(Document document, ExecutionContext<Document> context) =>
        document.Meta.Draft && !context.Service<RegionBuild>().Options.IncludeDrafts ? null : document;
}
