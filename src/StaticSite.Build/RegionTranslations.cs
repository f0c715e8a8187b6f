using System.Collections.Concurrent;
using StaticSite.Build.Pipelines;
using StaticSite.Content.Languages;
using StaticSite.Content.Model;
using StaticSite.Pipeline.Engine;
using StaticSite.Rendering.Themes;

namespace StaticSite.Build;

/// <summary>
/// Which pages the region publishes in each language, made once per build from the Content pipeline's
/// output the first time a stage asks for it: the rendering of a translation links a Dutch page's
/// address (<c>/ouders/tlv/</c>, as a translator leaves it) to the translation of that page
/// (<c>/en/ouders/tlv/</c>) when there is one.
/// </summary>
public sealed class RegionTranslations
{
    private readonly ConcurrentDictionary<string, Lazy<HashSet<string>>> _urls = new(StringComparer.Ordinal);

    /// <summary>
    /// The address a link to the site path <paramref name="dutchPath"/> gets on a page in <paramref name="language"/>:
    /// the translation's when the site has it, else the path as written. A link to an anchor (<c>#stappen</c>)
    /// keeps to the Dutch page, whose headings it names.
    /// </summary>
    public string Localize(ExecutionContext<Document> context, string language, string dutchPath)
    {
        if (language == KnownLanguages.DutchCode || dutchPath.Contains('#')) return dutchPath;
        var query = dutchPath.IndexOf('?');
        var path = query < 0 ? dutchPath : dutchPath[..query];
        var translated = TemplateModel.InLanguage(language, path);
        return Urls(context, language).Contains(translated) ? translated + (query < 0 ? "" : dutchPath[query..]) : dutchPath;
    }

    /// <summary>The URLs of the pages the region publishes in <paramref name="language"/>.</summary>
    public IReadOnlySet<string> Urls(ExecutionContext<Document> context, string language) =>
        _urls.GetOrAdd(language, code => new Lazy<HashSet<string>>(() =>
        {
            var drafts = context.Service<RegionBuild>().Options.IncludeDrafts;
            return context.OutputsOf(SitePipelines.Content).Where(d => d.IsPage && d.Language == code && (drafts || !d.Meta.Draft))
                .Select(d => d.Url).ToHashSet(StringComparer.Ordinal);
        })).Value;
}
