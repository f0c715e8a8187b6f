using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace StaticSite.Rendering.Markdown;

/// <summary>
/// Gives every heading a unique id the way GitHub does (<c>## Hoe vraagt u een TLV aan?</c> →
/// <c>hoe-vraagt-u-een-tlv-aan</c>; a second one gets <c>-1</c>), avoiding the theme's own ids.
/// </summary>
/// <remarks>
/// Hand-written instead of Markdig's AutoIdentifiers extension: that one looks for a free
/// suffix by counting up from 1 for every duplicate, so a page of 100,000 equal headings took
/// quadratic time (minutes), and it cannot keep headings off the ids the theme uses. Here each
/// base id remembers its next suffix, so the work is linear. The slug itself is Markdig's
/// (<see cref="LinkHelper.UrilizeAsGfm(string)"/>), so ids are the same as before.
/// </remarks>
internal static class HeadingIds
{
    /// <summary>Sets the id of every heading of <paramref name="document"/>.</summary>
    public static void Assign(MarkdownDocument document, ReservedIds reserved)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var next = new Dictionary<string, int>(StringComparer.Ordinal);
        var writer = new StringWriter();
        // The text of a heading as a reader sees it: no tags, no link targets, entities decoded.
        var plain = new HtmlRenderer(writer) { EnableHtmlForInline = false, EnableHtmlEscape = false };
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            if (heading.Inline is null) continue;
            writer.GetStringBuilder().Clear();
            plain.Render(heading.Inline);
            var slug = LinkHelper.UrilizeAsGfm(writer.ToString());
            var baseId = slug.Length == 0 ? "section" : slug;
            if (reserved.HasReservedPrefix(baseId)) baseId = "kop-" + baseId;
            var id = baseId;
            if (reserved.Contains(id) || !used.Add(id))
            {
                var n = next.GetValueOrDefault(baseId, 1);
                do id = $"{baseId}-{n++}";
                while (reserved.Contains(id) || !used.Add(id));
                next[baseId] = n;
            }
            heading.GetAttributes().Id = id;
        }
    }
}
