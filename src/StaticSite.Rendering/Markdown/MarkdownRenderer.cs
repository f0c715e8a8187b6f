using System.Collections.Immutable;
using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticSite.Content.Model;
using StaticSite.Content.Readability;
using StaticSite.Content.Text;
using StaticSite.Content.Urls;
using StaticSite.Pipeline.Diagnostics;

namespace StaticSite.Rendering.Markdown;

/// <summary>
/// The one owner of the Markdown pipeline: every page body is rendered here, so no page can be
/// rendered with a pipeline that lacks an extension. CommonMark plus the extensions editors
/// expect (pipe tables, heading ids, auto-links, task and definition lists, footnotes, emphasis
/// extras). Every URL passes <see cref="UrlAllowList"/>; raw HTML is allowed but cleaned by
/// <see cref="HtmlSafety"/>, which keeps all text; every removal is a warning at its line.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = CreatePipeline();

    private static MarkdownPipeline CreatePipeline()
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseAutoLinks()
            .UseListExtras()
            .UseTaskLists()
            .UseDefinitionLists()
            .UseFootnotes()
            .UseEmphasisExtras();
        builder.MaximumNestingDepth = MarkdownLimits.MaxMarkdownDepth;
        return builder.Build();
    }

    /// <summary>
    /// Renders <paramref name="markdown"/> (which starts at 1-based line <paramref name="bodyLine"/>
    /// of the file <paramref name="displayPath"/>) for the site at <paramref name="baseUrl"/>.
    /// Root-relative links (and absolute links into the site itself) get the base path; relative
    /// image paths are resolved against the page's folder <paramref name="sourceFolder"/>
    /// (site-relative, like <c>/ouders/</c>). With a <paramref name="glossary"/>, the first use of
    /// each term is linked to its explanation (not on the page at <paramref name="selfUrl"/> itself).
    /// Heading and raw HTML ids keep off <paramref name="reservedIds"/>, the theme's own.
    /// With <paramref name="prose"/>, the paragraphs a reader reads are kept for the readability lint.
    /// <paramref name="localize"/> gives the address a link to a site path gets on this page (a translation's
    /// link to a Dutch page goes to that page's translation); links are checked as written.
    /// </summary>
    public RenderedBody Render(string markdown, string displayPath, int bodyLine, string sourceFolder, Uri baseUrl, List<Diagnostic> diagnostics,
        GlossaryLinker? glossary = null, string selfUrl = "", ReservedIds? reservedIds = null, bool prose = false, Func<string, string>? localize = null)
    {
        var reserved = reservedIds ?? ReservedIds.None;
        var basePath = baseUrl.AbsolutePath.EndsWith('/') ? baseUrl.AbsolutePath : baseUrl.AbsolutePath + "/";
        SourceLocation At(int line, int column) => new(displayPath, bodyLine + line, column + 1);
        markdown = ReplaceControlCharacters(markdown, At, diagnostics);

        if (MarkdownLimits.TooManyBareLinks(markdown) is { } crowded)
        {
            diagnostics.Add(Diagnostic.Error(At(crowded.Line, crowded.Column), DiagnosticCodes.TooManyBareLinks,
                $"this paragraph has more than {MarkdownLimits.MaxBareLinksPerParagraph} web addresses (this is one too many); the page cannot be rendered in time. Put blank lines between them, or split the page."));
            return Empty;
        }
        MarkdownDocument document;
        try { document = Parse(markdown); }
        catch (Exception e) when (MarkdownLimits.IsDepthLimit(e)) { return TooDeep(markdown, At, diagnostics); }

        // One walk over the tree finds everything the checks below need (each Descendants<T>() walks all of it).
        var headingBlocks = new List<HeadingBlock>();
        var htmlBlocks = new List<HtmlBlock>();
        var htmlInlines = new List<HtmlInline>();
        var linkInlines = new List<LinkInline>();
        var autolinks = new List<AutolinkInline>();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HeadingBlock h: headingBlocks.Add(h); break;
                case HtmlBlock b: htmlBlocks.Add(b); break;
                case HtmlInline i: htmlInlines.Add(i); break;
                case LinkInline l: linkInlines.Add(l); break;
                case AutolinkInline a: autolinks.Add(a); break;
            }
        }
        if (headingBlocks.Count > MarkdownLimits.MaxHeadings)
        {
            var extra = headingBlocks[MarkdownLimits.MaxHeadings];
            diagnostics.Add(Diagnostic.Error(At(extra.Line, extra.Column), DiagnosticCodes.TooManyHeadings,
                $"this page has {headingBlocks.Count:N0} headings; a page can have at most {MarkdownLimits.MaxHeadings:N0} (this is heading {MarkdownLimits.MaxHeadings + 1:N0}). Split the page into several pages."));
            return Empty;
        }
        var fragments = htmlBlocks.Select(b => (Html: b.Lines.ToString(), b.Line, b.Column, IsBlock: true))
            .Concat(htmlInlines.Select(i => (Html: i.Tag, i.Line, i.Column, IsBlock: false)))
            .OrderBy(f => f.Line).ThenBy(f => f.Column).ToList();
        if (MarkdownLimits.TooDeepHtml(fragments.Select(f => (f.Html, f.Line, f.Column))) is { } deep)
        {
            diagnostics.Add(Diagnostic.Error(At(deep.Line, deep.Column), DiagnosticCodes.NestedTooDeeply,
                $"the HTML here is nested more than {MarkdownLimits.MaxHtmlDepth} elements deep (elements inside elements); the page cannot be rendered. Close the elements you open (</div>), or write the content in Markdown."));
            return Empty;
        }
        HeadingIds.Assign(document, reserved);
        var proseBlocks = prose ? ProseReader.Read(document, bodyLine) : [];

        // With raw HTML on the page, the whole body is cleaned as HTML afterwards and URLs are
        // rewritten there, once, for Markdown and HTML alike; otherwise they are rewritten here.
        var hasRawHtml = fragments.Count > 0;
        string? SitePath(string url) => UrlAllowList.Check(url) switch
        {
            { IsAllowed: true, Kind: UrlKind.RootRelative } v => v.Url,
            { IsAllowed: true, Kind: UrlKind.Absolute } v => UrlAllowList.SitePathOf(v.Url, baseUrl),
            _ => null,
        };
        string Publish(string sitePath) => basePath + (localize is null ? sitePath : localize(sitePath))[1..];
        string Written(string sitePath) => hasRawHtml ? sitePath : Publish(sitePath);

        var links = ImmutableArray.CreateBuilder<LinkReference>();
        foreach (var link in linkInlines)
        {
            var verdict = UrlAllowList.Check(link.Url);
            var at = At(link.Line, link.Column);
            if (!verdict.IsAllowed)
            {
                diagnostics.Add(UnsafeUrl(at, link.IsImage ? "image" : "link", verdict));
                link.ReplaceBy(new LiteralInline(TextOf(link)), copyChildren: false);
                continue;
            }
            var url = verdict.Url;
            if (link.IsImage && verdict.Kind == UrlKind.Relative && url.Length > 0) url = Resolve(sourceFolder, url);
            var hasText = !link.IsImage || TextOf(link).Trim().Length > 0;
            if (SitePath(url) is { } path)
            {
                links.Add(new LinkReference(path, at, link.IsImage, hasText));
                url = Written(path);
            }
            else if (link.IsImage)
                links.Add(new LinkReference(url, at, true, hasText));
            link.Url = url;
        }
        foreach (var auto in autolinks)
        {
            var verdict = UrlAllowList.Check(auto.IsEmail ? "mailto:" + auto.Url : auto.Url);
            var at = At(auto.Line, auto.Column);
            if (!verdict.IsAllowed)
            {
                diagnostics.Add(UnsafeUrl(at, "link", verdict));
                auto.ReplaceBy(new LiteralInline(auto.Url));
            }
            else if (!auto.IsEmail && SitePath(verdict.Url) is { } path)
            {
                links.Add(new LinkReference(path, at, false, true));
                var link = new LinkInline(Written(path), "");
                link.AppendChild(new LiteralInline(auto.Url));
                auto.ReplaceBy(link);
            }
        }

        // After the link checks: glossary links are made by the build and always point at existing pages.
        glossary?.Link(document, selfUrl, hasRawHtml ? "/" : basePath);

        var headings = headingBlocks.Select(h => new Heading(h.Level, h.GetAttributes().Id ?? "", TextOf(h.Inline), At(h.Line, h.Column))).ToImmutableArray();
        var safety = new HtmlSafety(url => SitePath(url) is { } path ? Publish(path) : url, reserved);
        var rawText = new StringBuilder();
        if (hasRawHtml)
        {
            var takenIds = headings.Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var (fragment, line, column, isBlock) in fragments)
            {
                var (removals, rawLinks, text) = safety.Report(fragment, takenIds, SitePath);
                SourceLocation InFragment(int l, int c) => l <= 1 ? At(line, column + Math.Max(c - Prefix - 1, 0)) : At(line + l - 1, c - 1);
                ReportRemovals(removals, InFragment, diagnostics);
                foreach (var raw in rawLinks)
                    links.Add(new LinkReference(raw.SitePath, InFragment(raw.Line, raw.Column), raw.IsResource, raw.HasText));
                if (isBlock && text.Trim().Length > 0) rawText.Append('\n').Append(text.Trim());
            }
        }

        string html;
        try
        {
            var builder = TakeBuilder(ref _htmlBuilder);
            var renderer = new HtmlRenderer(new StringWriter(builder));
            _pipeline.Setup(renderer);
            renderer.Render(document);
            html = GiveBack(ref _htmlBuilder, builder);
        }
        catch (Exception e) when (MarkdownLimits.IsDepthLimit(e)) { return TooDeep(markdown, At, diagnostics); }
        if (hasRawHtml) html = safety.Clean(html);
        return new RenderedBody(html, headings, links.ToImmutable(), PlainText(document) + rawText, proseBlocks);
    }

    private static readonly RenderedBody Empty = new("", [], [], "", []);

    /// <summary>
    /// The paragraphs a reader reads in <paramref name="markdown"/>, whose first line is line
    /// <paramref name="bodyLine"/> of its file; the same prose <see cref="Render"/> keeps.
    /// </summary>
    public ImmutableArray<ProseBlock> Prose(string markdown, int bodyLine = 1) => ProseReader.Read(Parse(markdown), bodyLine);

    private MarkdownDocument Parse(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, _pipeline);
        MoveSetextHeadingsToTheirText(document, markdown);
        return document;
    }

    /// <summary>
    /// Markdig (1.6) gives a setext heading, and every inline in it, the line of its underline; the
    /// editor wrote the heading where its text starts (its span's start), so diagnostics point there.
    /// </summary>
    private static void MoveSetextHeadingsToTheirText(MarkdownDocument document, string markdown)
    {
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            if (!heading.IsSetext) continue;
            var shift = heading.Line - markdown.AsSpan(0, Math.Clamp(heading.Span.Start, 0, markdown.Length)).Count('\n');
            if (shift <= 0) continue;
            heading.Line -= shift;
            if (heading.Inline is null) continue;
            heading.Inline.Line -= shift;
            foreach (var inline in heading.Inline.Descendants<Inline>()) inline.Line -= shift;
        }
    }

    // Length of "<!doctype html><html><body>", which HtmlSafety puts before each fragment on its first line.
    private const int Prefix = 27;

    private RenderedBody TooDeep(string markdown, Func<int, int, SourceLocation> at, List<Diagnostic> diagnostics)
    {
        var line = MarkdownLimits.TooDeepMarkdownLine(markdown, _pipeline);
        diagnostics.Add(Diagnostic.Error(at(line, 0), DiagnosticCodes.NestedTooDeeply,
            $"the Markdown is nested more than {MarkdownLimits.MaxMarkdownDepth} levels deep from this line on (block quotes, lists, emphasis or brackets inside each other); the page cannot be rendered. Nest less deeply."));
        return Empty;
    }

    private static Diagnostic UnsafeUrl(SourceLocation at, string what, UrlVerdict verdict) =>
        Diagnostic.Warning(at, DiagnosticCodes.UnsafeUrl,
            $"the {what} address '{HtmlSafety.Shorten(verdict.Url)}' was removed: {verdict.Problem}. Link to an {UrlAllowList.SchemesInWords} address, or to a page of this site like /ouders/tlv/.");

    private static void ReportRemovals(List<HtmlRemoval> removals, Func<int, int, SourceLocation> at, List<Diagnostic> diagnostics)
    {
        foreach (var group in removals.GroupBy(r => (r.Line, r.Kind)).OrderBy(g => g.Key.Line).ThenBy(g => g.Key.Kind))
        {
            var first = group.First();
            var what = string.Join(", ", group.Select(r => r.What).Distinct());
            diagnostics.Add(group.Key.Kind switch
            {
                HtmlRemovalKind.Unsafe => Diagnostic.Warning(at(first.Line, first.Column), DiagnosticCodes.UnsafeHtml,
                    $"unsafe HTML was removed ({what}); the text around it is kept. Scripts, event handlers, frames, forms and overlays cannot be used in pages; write the content in Markdown."),
                HtmlRemovalKind.Unwrapped => Diagnostic.Warning(at(first.Line, first.Column), DiagnosticCodes.UnsupportedHtml,
                    $"the HTML element {what} cannot be used in pages and was left out; its text is kept. Use Markdown instead (**vet**, > citaat, - lijst)."),
                HtmlRemovalKind.Url => Diagnostic.Warning(at(first.Line, first.Column), DiagnosticCodes.UnsafeUrl,
                    $"{what} was removed. Link to an {UrlAllowList.SchemesInWords} address, or to a page of this site like /ouders/tlv/."),
                _ => Diagnostic.Warning(at(first.Line, first.Column), DiagnosticCodes.DuplicateId,
                    $"{what} was removed: an id must be unique on the page. Choose another id."),
            });
        }
    }

    // Word pastes U+000B for a line break; NUL and escapes come from other tools. One warning per line.
    private static string ReplaceControlCharacters(string markdown, Func<int, int, SourceLocation> at, List<Diagnostic> diagnostics)
    {
        if (ControlCharacters.IndexOf(markdown) < 0) return markdown;
        int line = 0, lineStart = 0, reportedLine = -1;
        for (var i = 0; i < markdown.Length; i++)
        {
            if (markdown[i] == '\n') { line++; lineStart = i + 1; continue; }
            if (line == reportedLine || !ControlCharacters.IsForbiddenAt(markdown, i)) continue;
            reportedLine = line;
            diagnostics.Add(Diagnostic.Warning(at(line, i - lineStart), DiagnosticCodes.ControlCharacter,
                $"an invisible control character ({ControlCharacters.Name(markdown[i])}) was replaced by a space; pages, feeds and the API cannot hold it. Remove it (it often comes with text pasted from a word processor)."));
        }
        return ControlCharacters.Replace(markdown);
    }

    private static string Resolve(string folder, string relative)
    {
        var parts = new List<string>(folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var part in relative.Split('/'))
        {
            if (part == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); }
            else if (part != ".") parts.Add(part);
        }
        return "/" + string.Join('/', parts);
    }

    private static string TextOf(ContainerInline? container)
    {
        if (container is null) return "";
        var sb = new StringBuilder();
        AppendText(sb, container);
        return sb.ToString();
    }

    private static void AppendText(StringBuilder sb, ContainerInline container)
    {
        foreach (var inline in container.Descendants<Inline>())
            switch (inline)
            {
                case LiteralInline l when l.Content.Length > 0: sb.Append(l.Content.Text, l.Content.Start, l.Content.Length); break;
                case CodeInline c: sb.Append(c.Content); break;
                case LineBreakInline: sb.Append(' '); break;
            }
    }

    private static string PlainText(MarkdownDocument document)
    {
        var sb = TakeBuilder(ref _textBuilder);
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is CodeBlock or HtmlBlock || block.Inline is null) continue;
            var before = sb.Length;
            if (before > 0) sb.Append('\n');
            AppendText(sb, block.Inline);
            if (sb.Length == before + (before > 0 ? 1 : 0)) sb.Length = before; // a block without text adds nothing
        }
        return GiveBack(ref _textBuilder, sb);
    }

    // A page's HTML and plain text are built in one StringBuilder per thread each, kept between pages: made afresh
    // for every page they grew block by block (each block a new array) to the page's size, about 25 MB of garbage per
    // 1,000 pages. A builder is taken out of its slot while in use, so a nested use gets a new one; one grown past
    // KeptChars (a huge page) is not kept.
    [ThreadStatic] private static StringBuilder? _htmlBuilder;
    [ThreadStatic] private static StringBuilder? _textBuilder;
    private const int KeptChars = 512 * 1024;

    private static StringBuilder TakeBuilder(ref StringBuilder? slot)
    {
        var builder = slot ?? new StringBuilder(16 * 1024);
        slot = null;
        return builder.Clear();
    }

    private static string GiveBack(ref StringBuilder? slot, StringBuilder builder)
    {
        var text = builder.ToString();
        if (builder.Capacity <= KeptChars) slot = builder;
        return text;
    }
}
