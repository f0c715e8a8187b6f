using System.Collections.Immutable;
using System.Text;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticSite.Content.Readability;

namespace StaticSite.Rendering.Markdown;

/// <summary>
/// Reads the prose of a parsed Markdown body for the readability lint: every paragraph outside
/// tables (on its own, in list items, block quotes and footnotes), line by line with the file
/// lines the syntax tree gives. Headings, code blocks (fenced or indented), HTML blocks, images,
/// autolinks, raw HTML and footnote marks are left out; links count with their text.
/// </summary>
internal static class ProseReader
{
    /// <summary>The prose of <paramref name="document"/>, whose line 0 is line <paramref name="bodyLine"/> of the file.</summary>
    /// <remarks>Read before the renderer changes the tree: inlines it adds carry no source lines.</remarks>
    public static ImmutableArray<ProseBlock> Read(MarkdownDocument document, int bodyLine)
    {
        var blocks = ImmutableArray.CreateBuilder<ProseBlock>();
        var run = new Run(bodyLine);
        foreach (var paragraph in document.Descendants<ParagraphBlock>())
        {
            if (paragraph.Inline is null || InTable(paragraph)) continue;
            Walk(paragraph.Inline, run);
            if (run.Finish() is { Length: > 0 } lines) blocks.Add(new ProseBlock(lines));
        }
        return blocks.ToImmutable();
    }

    private static bool InTable(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
            if (parent is Table) return true;
        return false;
    }

    private static void Walk(ContainerInline container, Run run)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
            switch (inline)
            {
                case LiteralInline literal: run.Append(literal.Content.AsSpan(), literal.Line); break;
                case CodeInline code: run.Append(code.Content, code.Line); break;
                case HtmlEntityInline entity: run.Append(entity.Transcoded.AsSpan(), entity.Line); break;
                case LineBreakInline: run.Break(); break;
                case LinkInline { IsImage: true } or LinkInline { IsAutoLink: true }: break;
                case ContainerInline nested: Walk(nested, run); break;
                // Autolinks, raw HTML, footnote marks, task boxes: nothing a reader reads as a sentence.
            }
    }

    /// <summary>The text of the source line being read, and the finished lines of the block.</summary>
    private sealed class Run(int bodyLine)
    {
        private readonly StringBuilder _text = new();
        private readonly ImmutableArray<ProseLine>.Builder _lines = ImmutableArray.CreateBuilder<ProseLine>();
        private int _line = -1;

        public void Append(ReadOnlySpan<char> text, int line)
        {
            // A code span can run over a line end without a line break inline: a new line starts a new run anyway.
            if (line != _line && _line >= 0) Break();
            if (_text.Length == 0) _line = line;
            _text.Append(text);
        }

        public void Break()
        {
            var text = _text.ToString().Trim();
            if (text.Length > 0) _lines.Add(new ProseLine(text, bodyLine + _line));
            _text.Clear();
            _line = -1;
        }

        public ImmutableArray<ProseLine> Finish()
        {
            Break();
            return _lines.DrainToImmutable();
        }
    }
}
