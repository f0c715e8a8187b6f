using StaticSite.Content.Model;
using StaticSite.Pipeline.Diagnostics;
using StaticSite.Pipeline.Engine;
using StaticSite.Rendering.RegionFacts;

namespace StaticSite.Build.Stages.Process;

/// <summary>Fills in region facts (<c>{{ region.name }}</c>, ...) in each page's Markdown.</summary>
public sealed class RenderRegionFacts : DocumentStage<Document>
{
    /// <inheritdoc />
    protected override Document? Process(Document document, ExecutionContext<Document> context)
    {
        if (document.Source is null) return document;
        var diagnostics = new List<Diagnostic>();
        var body = context.Service<RegionFactRenderer>().Render(document.Body, document.DisplayPath, document.BodyLine, diagnostics);
        context.Diagnostics.AddRange(diagnostics);
        return ReferenceEquals(body, document.Body) ? document : document with { Body = body };
    }
}
