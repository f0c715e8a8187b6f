using System.Collections.Immutable;
using StaticSite.Build.Caching;
using StaticSite.Content.Model;
using StaticSite.Content.Readability;
using StaticSite.Pipeline.Diagnostics;
using StaticSite.Pipeline.Engine;
using StaticSite.Rendering.Markdown;

namespace StaticSite.Build.Stages.Process;

/// <summary>
/// Renders each page's Markdown to sanitized HTML, rewrites internal links for the base path (in a
/// translation, a link to a Dutch page goes to its translation when there is one), links the first use
/// of each glossary term of the page's language to its explanation, and records headings, links and
/// plain text for the later checks, search and summaries. Results of an earlier build whose inputs are
/// all the same are taken from the <see cref="RegionBuildCache"/>, with the diagnostics they had.
/// </summary>
public sealed class RenderMarkdown : DocumentStage<Document>
{
    private const int SummaryLength = 200;

    /// <inheritdoc />
    protected override Document? Process(Document document, ExecutionContext<Document> context)
    {
        if (document.Source is null) return document;
        var build = context.Service<RegionBuild>();
        // The preview server and check render without a cache (and have none registered).
        var cache = RegionBuildCache.IsUsed(build) ? context.Service<RegionBuildCache>() : null;
        var key = cache?.MarkdownKey(document, context) ?? default;
        if (cache?.FindMarkdown(key, build) is { } reused)
        {
            context.Diagnostics.AddRange(reused.Diagnostics);
            return WithBody(document, reused.Html, reused.Headings, reused.Links, reused.PlainText, []);
        }
        var diagnostics = new List<Diagnostic>();
        var slash = document.RelativePath.LastIndexOf('/');
        var folder = slash < 0 ? "/" : "/" + document.RelativePath[..(slash + 1)];
        var glossary = context.Service<RegionGlossary>().Linker(context, document.Language);
        var translations = context.Service<RegionTranslations>();
        Func<string, string>? localize = document.IsTranslation ? path => translations.Localize(context, document.Language, path) : null;
        var body = context.Service<MarkdownRenderer>().Render(document.Body, document.DisplayPath, document.BodyLine, folder, build.Region.BaseUrl, diagnostics,
            glossary, document.Url, build.Theme.ReservedIds, prose: build.Options.Lint, localize: localize);
        context.Diagnostics.AddRange(diagnostics);
        cache?.Keep(key, new CachedMarkdown(body.Html, body.Headings, body.Links, body.PlainText, [.. diagnostics]));
        return WithBody(document, body.Html, body.Headings, body.Links, body.PlainText, body.Prose);
    }

    private static Document WithBody(Document document, string html, ImmutableArray<Heading> headings, ImmutableArray<LinkReference> links, string plainText,
        ImmutableArray<ProseBlock> prose) => document with
    {
        Html = html,
        Headings = headings,
        Links = links,
        PlainText = plainText,
        Prose = prose,
        Summary = document.Meta.Description.Length > 0 ? document.Meta.Description : Summarize(plainText),
    };

    /// <summary>The first sentences of a text, at most about 200 characters, cut at a sentence or word end.</summary>
    public static string Summarize(string text)
    {
        var flat = string.Join(' ', text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= SummaryLength) return flat;
        var cut = flat.LastIndexOfAny(['.', '!', '?'], SummaryLength);
        if (cut > SummaryLength / 2) return flat[..(cut + 1)];
        var space = flat.LastIndexOf(' ', SummaryLength);
        return flat[..(space > 0 ? space : SummaryLength)] + " …";
    }
}
