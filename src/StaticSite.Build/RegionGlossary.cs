using StaticSite.Build.Pipelines;
using StaticSite.Content.Model;
using StaticSite.Pipeline.Engine;
using StaticSite.Rendering.Markdown;

namespace StaticSite.Build;

/// <summary>
/// The region's glossary (its published term pages), made once per build from the Content
/// pipeline's output the first time a stage asks for it.
/// </summary>
public sealed class RegionGlossary
{
    private readonly Lock _lock = new();
    private GlossaryLinker? _linker;

    /// <summary>The linker for the region's terms.</summary>
    public GlossaryLinker Linker(ExecutionContext<Document> context)
    {
        lock (_lock)
            return _linker ??= new GlossaryLinker(context.OutputsOf(SitePipelines.Content)
                .Where(d => d.Kind == PageKind.Term && (!d.Meta.Draft || context.Service<RegionBuild>().Options.IncludeDrafts))
                .OrderBy(d => d.Url, StringComparer.Ordinal)
                .Select(d => new GlossaryTerm(d.Url, d.Meta.Title, d.Meta.Abbreviation, d.Meta.Synonyms, d.Meta.Description)));
    }
}
