using AngleSharp;
using AngleSharp.Css;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;
using StaticSite.Content.Urls;

namespace StaticSite.Rendering.Markdown;

/// <summary>One thing the sanitizer took out of raw HTML, at its line within the fragment.</summary>
/// <param name="Line">1-based line within the fragment.</param>
/// <param name="Column">1-based column within the fragment.</param>
/// <param name="Kind">What kind of removal it was.</param>
/// <param name="What">What was removed, for the message (<c>&lt;script&gt;</c>, <c>attribute onclick</c>, …).</param>
internal sealed record HtmlRemoval(int Line, int Column, HtmlRemovalKind Kind, string What);

/// <summary>The kinds of <see cref="HtmlRemoval"/>, one diagnostic code each.</summary>
internal enum HtmlRemovalKind
{
    /// <summary>Code, frames, forms, handlers, overlays: removed (SS2004).</summary>
    Unsafe,
    /// <summary>An element pages cannot use: unwrapped, its text kept (SS2017).</summary>
    Unwrapped,
    /// <summary>A URL outside the allow-list (SS2005).</summary>
    Url,
    /// <summary>An id the theme or a heading already uses (SS2018).</summary>
    Id,
}

/// <summary>A URL found in raw HTML that points into the site, to be link-checked.</summary>
internal sealed record HtmlLink(int Line, int Column, string SitePath, bool IsResource, bool HasText);

/// <summary>
/// The rules for raw HTML in pages, one configuration of HtmlSanitizer for the two passes that use
/// it: <see cref="Report"/> reads each raw fragment as written (for diagnostics at their lines and
/// for the links to check), <see cref="Clean"/> cleans the whole rendered body. Harmless markup and
/// all visible text stay: an element pages cannot use is unwrapped (its text kept), never dropped
/// with its text; only scripts, styles and other content that is not text go with their content.
/// Every URL goes through <see cref="UrlAllowList"/>.
/// </summary>
internal sealed class HtmlSafety
{
    // Elements whose content is code or markup, not text a reader sees: removed with their content.
    private static readonly HashSet<string> DropWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "frame", "frameset", "noembed", "noframes",
        "title", "head", "meta", "link", "base", "object", "embed", "applet", "param", "svg", "math",
    };

    // Known elements that are removed for safety (their text is kept); anything else unknown is "unwrapped".
    private static readonly HashSet<string> UnsafeElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "form", "input", "button", "select", "option", "optgroup", "textarea", "datalist", "keygen", "output",
        "dialog", "portal", "fencedframe", "audio", "video", "source", "track", "canvas", "marquee", "blink",
    };

    // Attributes beside HtmlSanitizer's defaults that are harmless and help readers: accessibility,
    // lazy images, language and ids/classes for anchors.
    private static readonly string[] ExtraAttributes = ["id", "class", "role", "loading", "decoding", "lang", "dir", "translate", "hreflang", "fetchpriority"];

    // CSS that can lay an element over the page (a fake "bel dit nummer" banner over the real one).
    private static readonly string[] OverlayProperties = ["position", "z-index", "inset", "transform", "translate"];

    private static readonly IConfiguration CssConfiguration = Configuration.Default.WithCss(new CssParserOptions
    {
        IsIncludingUnknownDeclarations = true,
        IsIncludingUnknownRules = true,
        IsToleratingInvalidSelectors = true,
    });

    private readonly Func<string, string?> _rewrite;
    private readonly ReservedIds _reserved;

    /// <param name="rewrite">Maps an allowed URL to what is published (base path, own-site addresses); called only for allowed URLs.</param>
    /// <param name="reserved">Ids the theme uses.</param>
    public HtmlSafety(Func<string, string?> rewrite, ReservedIds reserved) => (_rewrite, _reserved) = (rewrite, reserved);

    /// <summary>
    /// Reads one raw HTML fragment as written: what the sanitizer would remove, the site links in
    /// it and its visible text. <paramref name="takenIds"/> holds ids already used on the page
    /// (headings, earlier fragments) and gains this fragment's ids.
    /// </summary>
    public (List<HtmlRemoval> Removals, List<HtmlLink> Links, string Text) Report(string fragment, HashSet<string> takenIds, Func<string, string?> sitePath)
    {
        var removals = new List<HtmlRemoval>();
        var links = new List<HtmlLink>();
        var document = Parse(fragment, keepPositions: true);
        var sanitizer = NewSanitizer();
        void Add(INode node, HtmlRemovalKind kind, string what)
        {
            var position = (node as IElement)?.SourceReference?.Position ?? (node.Parent as IElement)?.SourceReference?.Position;
            removals.Add(new HtmlRemoval(position?.Line ?? 1, position?.Column ?? 1, kind, what));
        }
        sanitizer.RemovingTag += (_, e) =>
        {
            var name = e.Tag.LocalName;
            if (e.Cancel && !DropWithContent.Contains(name)) return;
            Add(e.Tag, DropWithContent.Contains(name) || UnsafeElements.Contains(name) ? HtmlRemovalKind.Unsafe : HtmlRemovalKind.Unwrapped, $"<{name}>");
        };
        sanitizer.RemovingAttribute += (_, e) =>
        {
            if (!e.Cancel && e.Reason != RemoveReason.NotAllowedUrlValue) Add(e.Tag, HtmlRemovalKind.Unsafe, $"attribute {e.Attribute.Name}");
        };
        sanitizer.RemovingStyle += (_, e) => Add(e.Tag, HtmlRemovalKind.Unsafe, $"style {e.Style.Name}");
        sanitizer.FilterUrl += (_, e) =>
        {
            var verdict = UrlAllowList.Check(e.OriginalUrl);
            if (!verdict.IsAllowed)
            {
                Add(e.Tag, HtmlRemovalKind.Url, $"the address '{Shorten(e.OriginalUrl)}' ({verdict.Problem})");
                return;
            }
            if (sitePath(verdict.Url) is { } path)
            {
                var at = e.Tag.SourceReference?.Position;
                var resource = e.Tag.LocalName is not ("a" or "area" or "blockquote" or "q" or "del" or "ins");
                links.Add(new HtmlLink(at?.Line ?? 1, at?.Column ?? 1, path, resource, e.Tag.LocalName != "img" || (e.Tag.GetAttribute("alt") ?? "").Trim().Length > 0));
            }
        };
        sanitizer.SanitizeDom(document, document.Body);
        foreach (var element in document.Body!.QuerySelectorAll("[id]"))
        {
            var id = element.Id ?? "";
            if (_reserved.Contains(id) || !takenIds.Add(id))
                Add(element, HtmlRemovalKind.Id, $"id=\"{id}\" ({(_reserved.Contains(id) ? "the theme uses it" : "already used on this page")})");
        }
        return (removals, links, document.Body.TextContent);
    }

    /// <summary>The whole rendered body, cleaned: what <see cref="Report"/> reported is removed, URLs are rewritten.</summary>
    public string Clean(string html)
    {
        var document = Parse(html, keepPositions: false);
        NewSanitizer().SanitizeDom(document, document.Body);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in document.Body!.QuerySelectorAll("[id]").ToList())
            if (_reserved.Contains(element.Id ?? "") || !seen.Add(element.Id ?? ""))
                element.RemoveAttribute("id");
        return document.Body.InnerHtml;
    }

    private static IHtmlDocument Parse(string html, bool keepPositions)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = true, IsKeepingSourceReferences = keepPositions }, BrowsingContext.New(CssConfiguration));
        // The fragment starts on line 1 of the document, so element lines are lines of the fragment.
        return parser.ParseDocument("<!doctype html><html><body>" + html);
    }

    private HtmlSanitizer NewSanitizer()
    {
        // Comments are kept as written: invisible, inert, and the parser has already ended each at its first "-->".
        var sanitizer = new HtmlSanitizer { KeepChildNodes = true, AllowDataAttributes = true, EncodeComment = _ => { } };
        foreach (var tag in UnsafeElements) sanitizer.AllowedTags.Remove(tag);
        foreach (var attribute in ExtraAttributes) sanitizer.AllowedAttributes.Add(attribute);
        foreach (var property in OverlayProperties) sanitizer.AllowedCssProperties.Remove(property);
        foreach (var scheme in UrlAllowList.Schemes) sanitizer.AllowedSchemes.Add(scheme);
        sanitizer.RemovingTag += (_, e) =>
        {
            // Markdig's task-list checkboxes are the one kind of input a page keeps: disabled, they only show.
            if (e.Tag is IHtmlInputElement { Type: "checkbox", IsDisabled: true }) { e.Cancel = true; return; }
            if (DropWithContent.Contains(e.Tag.LocalName)) { e.Tag.Remove(); e.Cancel = true; }
        };
        sanitizer.RemovingAttribute += (_, e) =>
        {
            if (e.Reason == RemoveReason.NotAllowedAttribute && e.Attribute.Name.StartsWith("aria-", StringComparison.OrdinalIgnoreCase)) e.Cancel = true;
        };
        sanitizer.RemovingComment += (_, e) => e.Cancel = true;
        // One allow-list for every URL: HtmlSanitizer's own scheme check is replaced by ours.
        sanitizer.FilterUrl += (_, e) =>
        {
            var verdict = UrlAllowList.Check(e.OriginalUrl);
            e.SanitizedUrl = verdict.IsAllowed ? _rewrite(verdict.Url) : null;
        };
        return sanitizer;
    }

    internal static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
