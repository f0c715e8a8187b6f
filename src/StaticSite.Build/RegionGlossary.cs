using System.Collections.Concurrent;
using StaticSite.Build.Pipelines;
using StaticSite.Content.Model;
using StaticSite.Pipeline.Engine;
using StaticSite.Rendering.Markdown;

namespace StaticSite.Build;

/// <summary>
/// The region's glossary in each language: the published term pages of that language (the English
/// glossary links English pages' words to English term pages), made once per build and language from
/// the Content pipeline's output the first time a stage asks for it.
/// </summary>
public sealed class RegionGlossary
{
    private readonly ConcurrentDictionary<string, Lazy<(IReadOnlyList<GlossaryTerm> Terms, GlossaryLinker Linker)>> _linkers = new(StringComparer.Ordinal);

    /// <summary>The linker for the region's Dutch terms.</summary>
    public GlossaryLinker Linker(ExecutionContext<Document> context) => Linker(context, Content.Languages.KnownLanguages.DutchCode);

    /// <summary>The linker for the region's terms in <paramref name="language"/>.</summary>
    public GlossaryLinker Linker(ExecutionContext<Document> context, string language) => Glossary(context, language).Linker;

    /// <summary>The terms the linker of <paramref name="language"/> links, in URL order (what the build cache keys Markdown by).</summary>
    public IReadOnlyList<GlossaryTerm> Terms(ExecutionContext<Document> context, string language) => Glossary(context, language).Terms;

    private (IReadOnlyList<GlossaryTerm> Terms, GlossaryLinker Linker) Glossary(ExecutionContext<Document> context, string language) =>
        _linkers.GetOrAdd(language, code => new Lazy<(IReadOnlyList<GlossaryTerm>, GlossaryLinker)>(() =>
        {
            var terms = context.OutputsOf(SitePipelines.Content)
                .Where(d => d.Kind == PageKind.Term && d.Language == code && (!d.Meta.Draft || context.Service<RegionBuild>().Options.IncludeDrafts))
                .OrderBy(d => d.Url, StringComparer.Ordinal)
                .Select(d => new GlossaryTerm(d.Url, d.Meta.Title, d.Meta.Abbreviation, d.Meta.Synonyms, d.Meta.Description))
                .ToList();
            return (terms, new GlossaryLinker(terms));
        })).Value;
}
