using System.Collections.Immutable;
using System.Text;
using Ganss.Xss;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticSite.Content.Model;
using StaticSite.Content.Readability;
using StaticSite.Pipeline.Diagnostics;

namespace StaticSite.Rendering.Markdown;

/// <summary>
/// The one owner of the Markdown pipeline: every page body is rendered here, so no page can be
/// rendered with a pipeline that lacks an extension. CommonMark plus the extensions editors
/// expect (pipe tables, heading ids, auto-links, task and definition lists, footnotes, emphasis
/// extras). Raw HTML is allowed but sanitized; unsafe URLs are removed with a warning.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseAutoLinks()
        .UseListExtras()
        .UseTaskLists()
        .UseDefinitionLists()
        .UseFootnotes()
        .UseEmphasisExtras()
        .Build();

    /// <summary>
    /// Renders <paramref name="markdown"/> (which starts at 1-based line <paramref name="bodyLine"/>
    /// of the file <paramref name="displayPath"/>). Root-relative links get <paramref name="basePath"/>;
    /// relative image paths are resolved against the page's folder <paramref name="sourceFolder"/>
    /// (site-relative, like <c>/ouders/</c>). With a <paramref name="glossary"/>, the first use of each
    /// term is linked to its explanation (not on the page at <paramref name="selfUrl"/> itself).
    /// With <paramref name="prose"/>, the paragraphs a reader reads are kept for the readability lint.
    /// </summary>
    public RenderedBody Render(string markdown, string displayPath, int bodyLine, string sourceFolder, string basePath, List<Diagnostic> diagnostics,
        GlossaryLinker? glossary = null, string selfUrl = "", bool prose = false)
    {
        var document = Parse(markdown);
        SourceLocation At(int line, int column) => new(displayPath, bodyLine + line, column + 1);
        var proseBlocks = prose ? ProseReader.Read(document, bodyLine) : [];

        var links = ImmutableArray.CreateBuilder<LinkReference>();
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            var url = link.Url ?? "";
            if (UrlSafety.IsUnsafe(url))
            {
                diagnostics.Add(Diagnostic.Warning(At(link.Line, link.Column), DiagnosticCodes.UnsafeUrl,
                    $"the {(link.IsImage ? "image" : "link")} address '{Shorten(url)}' could run code in a visitor's browser and was removed. Link to an http(s), mailto: or tel: address instead."));
                link.ReplaceBy(new LiteralInline(TextOf(link)), copyChildren: false);
                continue;
            }
            if (link.IsImage && UrlSafety.IsRelative(url))
                url = link.Url = Resolve(sourceFolder, url);
            if (UrlSafety.IsRootRelative(url))
            {
                links.Add(new LinkReference(url, At(link.Line, link.Column), link.IsImage, !link.IsImage || TextOf(link).Trim().Length > 0));
                link.Url = basePath + url[1..];
            }
            else if (link.IsImage)
                links.Add(new LinkReference(url, At(link.Line, link.Column), true, TextOf(link).Trim().Length > 0));
        }

        // After the link checks: glossary links are made by the build and always point at existing pages.
        glossary?.Link(document, selfUrl, basePath);

        var headings = document.Descendants<HeadingBlock>()
            .Select(h => new Heading(h.Level, h.GetAttributes().Id ?? "", TextOf(h.Inline), At(h.Line, h.Column)))
            .ToImmutableArray();
        var hasRawHtml = document.Descendants<HtmlBlock>().Any() || document.Descendants<HtmlInline>().Any();
        if (hasRawHtml) ReportUnsafeHtml(document, At, diagnostics);

        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        var html = writer.ToString();
        if (hasRawHtml) html = NewSanitizer().Sanitize(html);
        return new RenderedBody(html, headings, links.ToImmutable(), PlainText(document), proseBlocks);
    }

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

    private static void ReportUnsafeHtml(MarkdownDocument document, Func<int, int, SourceLocation> at, List<Diagnostic> diagnostics)
    {
        var fragments = document.Descendants<HtmlBlock>().Select(b => (Html: b.Lines.ToString(), b.Line, b.Column))
            .Concat(document.Descendants<HtmlInline>().Select(i => (Html: i.Tag, i.Line, i.Column)));
        foreach (var (fragment, line, column) in fragments)
        {
            var removed = new List<string>();
            var sanitizer = NewSanitizer();
            sanitizer.RemovingTag += (_, e) => removed.Add($"<{e.Tag.LocalName}>");
            sanitizer.RemovingAttribute += (_, e) => removed.Add($"attribute {e.Attribute.Name}");
            sanitizer.RemovingStyle += (_, e) => removed.Add($"style {e.Style.Name}");
            sanitizer.Sanitize(fragment);
            if (removed.Count > 0)
                diagnostics.Add(Diagnostic.Warning(at(line, column), DiagnosticCodes.UnsafeHtml,
                    $"unsafe HTML was removed ({string.Join(", ", removed.Distinct())}). Scripts, event handlers, frames and forms cannot be used in pages; write the content in Markdown."));
        }
    }

    private static HtmlSanitizer NewSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedSchemes.Add("tel");
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedTags.Remove("form");
        sanitizer.AllowedTags.Remove("input");
        sanitizer.AllowedTags.Remove("button");
        sanitizer.AllowedTags.Remove("select");
        sanitizer.AllowedTags.Remove("textarea");
        return sanitizer;
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

    private static string Shorten(string url) => url.Length > 40 ? url[..40] + "…" : url;

    private static string TextOf(ContainerInline? container)
    {
        if (container is null) return "";
        var sb = new StringBuilder();
        foreach (var inline in container.Descendants<Inline>())
            switch (inline)
            {
                case LiteralInline l: sb.Append(l.Content.ToString()); break;
                case CodeInline c: sb.Append(c.Content); break;
                case LineBreakInline: sb.Append(' '); break;
            }
        return sb.ToString();
    }

    private static string PlainText(MarkdownDocument document)
    {
        var sb = new StringBuilder();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is CodeBlock or HtmlBlock) continue;
            var text = TextOf(block.Inline);
            if (text.Length == 0) continue;
            if (sb.Length > 0) sb.Append('\n');
            sb.Append(text);
        }
        return sb.ToString();
    }
}
