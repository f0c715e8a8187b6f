using System.Collections.Immutable;
using StaticSite.Content.Languages;
using StaticSite.Content.Model;
using StaticSite.Pipeline.Engine;
using StaticSite.Rendering.Themes;

namespace StaticSite.Build.Stages.Input;

/// <summary>
/// Gives each page its <see cref="Document.Alternates"/>: every published language version of it. A
/// version of the Dutch page at <c>/ouders/tlv/</c> in another language is at <c>/en/ouders/tlv/</c>, for
/// written and generated pages alike (a generated English overview is the version of a written Dutch one).
/// Drafts have no versions unless the build publishes drafts; 404 pages have none (they are shown at any address).
/// </summary>
public sealed class LinkAlternates : IStage<Document>
{
    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, ExecutionContext<Document> context)
    {
        var build = context.Service<RegionBuild>();
        if (build.Region.Languages.IsEmpty) return documents;
        var drafts = build.Options.IncludeDrafts;
        bool Linked(Document d) => d.IsPage && d.Kind != PageKind.NotFound && (drafts || !d.Meta.Draft);
        var published = documents.Where(Linked).GroupBy(d => d.Url, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var versions = new Dictionary<string, ImmutableArray<PageAlternate>>(StringComparer.Ordinal);
        foreach (var dutch in published.Values.Where(d => d.Language == KnownLanguages.DutchCode))
        {
            var found = build.Region.AllLanguages
                .Select(code => new PageAlternate(code, TemplateModel.InLanguage(code, dutch.Url)))
                .Where(a => published.ContainsKey(a.Url))
                .ToImmutableArray();
            if (found.Length > 1) versions[dutch.Url] = found;
        }
        return [.. documents.Select(d => Linked(d) && versions.GetValueOrDefault(DutchUrl(d)) is { IsDefault: false } found ? d with { Alternates = found } : d)];
    }

    private static string DutchUrl(Document d) => d.Language == KnownLanguages.DutchCode ? d.Url : d.Url[(d.Language.Length + 1)..];
}
