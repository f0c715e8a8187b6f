using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticSite.Rendering.Markdown;

/// <summary>A glossary term as the linker needs it.</summary>
/// <param name="Url">Site URL of the term's page (<c>/begrippen/tlv/</c>).</param>
/// <param name="Title">The term.</param>
/// <param name="Abbreviation">Its abbreviation, or empty.</param>
/// <param name="Synonyms">Other words for it.</param>
/// <param name="Definition">The short definition (the term's description).</param>
public sealed record GlossaryTerm(string Url, string Title, string Abbreviation, IReadOnlyList<string> Synonyms, string Definition);

/// <summary>
/// Marks the first use of each glossary term on a page: the word becomes a link to the term's
/// page with its short definition as title, so a parent who meets "TLV" can find out what it
/// means. Only running text is marked: not headings, links, code, or the term's own page.
/// Abbreviations match with their exact case (TLV, not "tlv" inside a word); terms and synonyms
/// ignore case. Whole words only.
/// </summary>
public sealed class GlossaryLinker
{
    private readonly Regex? _words;
    private readonly Regex? _abbreviations;
    private readonly Dictionary<string, GlossaryTerm> _byPhrase = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Prepares matching for <paramref name="terms"/>.</summary>
    public GlossaryLinker(IEnumerable<GlossaryTerm> terms)
    {
        var words = new List<string>();
        var abbreviations = new List<string>();
        foreach (var term in terms)
        {
            foreach (var phrase in term.Synonyms.Prepend(term.Title).Where(p => p.Length >= 3))
                if (_byPhrase.TryAdd(phrase, term)) words.Add(phrase);
            if (term.Abbreviation.Length >= 2 && _byPhrase.TryAdd(term.Abbreviation, term)) abbreviations.Add(term.Abbreviation);
        }
        _words = Build(words, RegexOptions.IgnoreCase);
        _abbreviations = Build(abbreviations, RegexOptions.None);
    }

    /// <summary>True when there are no terms (nothing to do).</summary>
    public bool IsEmpty => _byPhrase.Count == 0;

    /// <summary>Links the first use of each term in <paramref name="document"/>, a page at <paramref name="selfUrl"/>.</summary>
    public void Link(MarkdownDocument document, string selfUrl, string basePath)
    {
        if (IsEmpty) return;
        var used = new HashSet<string>(StringComparer.Ordinal) { selfUrl };
        foreach (var paragraph in document.Descendants<ParagraphBlock>())
        {
            if (paragraph.Inline is null) continue;
            foreach (var literal in paragraph.Inline.Descendants<LiteralInline>().ToList())
            {
                if (literal.FirstParentOfType<LinkInline>() is not null) continue;
                LinkFirstMatch(literal, used, basePath);
            }
        }
    }

    private void LinkFirstMatch(LiteralInline literal, HashSet<string> used, string basePath)
    {
        var text = literal.Content.ToString();
        var match = Earliest(text, used);
        if (match is null) return;
        var (index, length, term) = match.Value;
        used.Add(term.Url);
        var link = new LinkInline(basePath + term.Url.TrimStart('/'), term.Definition.Length > 0 ? $"{term.Title}: {term.Definition}" : term.Title);
        link.GetAttributes().AddClass("begrip");
        link.AppendChild(new LiteralInline(text.Substring(index, length)));
        var after = new LiteralInline(text[(index + length)..]);
        literal.Content = new Markdig.Helpers.StringSlice(text[..index]);
        literal.InsertAfter(link);
        link.InsertAfter(after);
        LinkFirstMatch(after, used, basePath);
    }

    private (int Index, int Length, GlossaryTerm Term)? Earliest(string text, HashSet<string> used)
    {
        (int, int, GlossaryTerm)? best = null;
        foreach (var regex in new[] { _words, _abbreviations })
        {
            if (regex is null) continue;
            for (var m = regex.Match(text); m.Success; m = m.NextMatch())
            {
                var term = _byPhrase[m.Value];
                if (used.Contains(term.Url)) continue;
                if (best is null || m.Index < best.Value.Item1) best = (m.Index, m.Length, term);
                break;
            }
        }
        return best;
    }

    private static Regex? Build(List<string> phrases, RegexOptions options)
    {
        if (phrases.Count == 0) return null;
        // Longest first, so "onafhankelijke cliëntondersteuner" wins over "cliëntondersteuner".
        var alternation = string.Join('|', phrases.OrderByDescending(p => p.Length).ThenBy(p => p, StringComparer.Ordinal).Select(Regex.Escape));
        return new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{alternation})(?![\p{{L}}\p{{N}}])", options | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }
}
