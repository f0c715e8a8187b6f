using System.Buffers;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace StaticSite.Output.Hosting;

/// <summary>What one page needs from the Content-Security-Policy (<see cref="ContentSecurityPolicy.Scan(string)"/>): the hashes of its
/// inline scripts, styles and style attributes, the hosts it shows images and media from, and whether it is noindex.</summary>
public sealed record PageSecurity(string[] Scripts, string[] Styles, string[] StyleAttributes, string[] ImageHosts, string[] MediaHosts, bool NoIndex);

/// <summary>
/// The Content-Security-Policy of a region's theme pages, derived from the pages as built: scripts
/// and styles only from the site itself, plus the SHA-256 hash of every inline block the pages
/// really have (the branding <c>&lt;style&gt;</c>, style attributes an editor wrote), images and media
/// also from the hosts the pages show them from. JSON-LD blocks are data, not scripts, so a CSP
/// does not apply to them and they need no hash. Nothing is allowed that no page uses, and no
/// <c>'unsafe-inline'</c> or <c>'unsafe-eval'</c>.
/// </summary>
public static partial class ContentSecurityPolicy
{
    /// <summary>The policy for the theme's pages, from what each page needs (<see cref="Scan(string)"/>).</summary>
    public static string For(IEnumerable<PageSecurity> pages)
    {
        var scripts = new SortedSet<string>(StringComparer.Ordinal);
        var styles = new SortedSet<string>(StringComparer.Ordinal);
        var styleAttributes = new SortedSet<string>(StringComparer.Ordinal);
        var imageHosts = new SortedSet<string>(StringComparer.Ordinal);
        var mediaHosts = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            scripts.UnionWith(page.Scripts);
            styles.UnionWith(page.Styles);
            styleAttributes.UnionWith(page.StyleAttributes);
            imageHosts.UnionWith(page.ImageHosts);
            mediaHosts.UnionWith(page.MediaHosts);
        }
        imageHosts.Remove(""); mediaHosts.Remove("");
        var scriptSrc = string.Join(' ', ["'self'", .. scripts]);
        var styleSrc = string.Join(' ', ["'self'", .. styles, .. styleAttributes.Count > 0 ? ["'unsafe-hashes'", .. styleAttributes] : Array.Empty<string>()]);
        return string.Join("; ",
            "default-src 'self'",
            $"script-src {scriptSrc}",
            $"style-src {styleSrc}",
            $"img-src {string.Join(' ', ["'self'", "data:", .. imageHosts])}",
            $"media-src {string.Join(' ', ["'self'", .. mediaHosts])}",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    }

    /// <summary>
    /// What one page (HTML as written) needs from the policy, and whether it asks not to be indexed:
    /// taken when the page is written, so its bytes need not be kept until the host files are made.
    /// </summary>
    public static PageSecurity Scan(ReadOnlySpan<byte> page) => Scan(Encoding.UTF8.GetString(page));

    /// <summary>What the page <paramref name="html"/> needs (as <see cref="Scan(ReadOnlySpan{byte})"/>, for a page still at hand as text).</summary>
    public static PageSecurity Scan(string html)
    {
        List<string>? scripts = null, styles = null, styleAttributes = null, imageHosts = null, mediaHosts = null;
        // Each pattern runs only on pages that can match it (a vectorized search first): every page
        // of a region passes through here, and most have no style attribute and no outside image.
        if (Has(html, StyleTag))
            foreach (Match m in InlineStyle().Matches(html)) (styles ??= []).Add(Hash(m.Groups["body"].Value));
        if (Has(html, ScriptTag))
            foreach (Match m in InlineScript().Matches(html))
                if (IsJavaScript(m.Groups["attributes"].Value)) (scripts ??= []).Add(Hash(m.Groups["body"].Value));
        // The hash of a style attribute is taken of its value as parsed, entities decoded.
        if (HasStyleAttribute(html))
            foreach (Match m in StyleAttribute().Matches(html)) (styleAttributes ??= []).Add(Hash(WebUtility.HtmlDecode(m.Groups["value"].Value)));
        if (html.Contains("://", StringComparison.Ordinal) && MediaTags.Any(tag => Has(html, tag)))
            foreach (Match m in ExternalSource().Matches(html))
                (m.Groups["tag"].Value.ToLowerInvariant() is "img" or "source" ? imageHosts ??= [] : mediaHosts ??= []).Add(OriginOf(m.Groups["url"].Value));
        return new PageSecurity(Distinct(scripts), Distinct(styles), Distinct(styleAttributes), Distinct(imageHosts), Distinct(mediaHosts), IsNoIndex(html));
    }

    private static string[] Distinct(List<string>? values) => values is null ? [] : [.. values.Distinct(StringComparer.Ordinal)];

    /// <summary>True when the page's head has <c>&lt;meta name="robots" content="...noindex..."&gt;</c>.</summary>
    private static bool IsNoIndex(string html)
    {
        var head = Math.Min(html.Length, 8192);
        if (html.AsSpan(0, head).IndexOfAny(RobotsWord) < 0) return false;
        for (var m = RobotsMeta().Match(html, 0, head); m.Success; m = m.NextMatch())
            if (m.Groups["content"].Value.Contains("noindex", StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static readonly SearchValues<string> RobotsWord = SearchValues.Create(["robots"], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("""<meta\b[^>]*\bname\s*=\s*["']?robots["']?[^>]*\bcontent\s*=\s*["'](?<content>[^"']*)""", RegexOptions.IgnoreCase)]
    private static partial Regex RobotsMeta();

    // Vectorized searches that ignore case (string.IndexOf with OrdinalIgnoreCase is a plain loop in
    // the invariant-globalization mode the command line runs in).
    private static readonly SearchValues<string> StyleTag = SearchValues.Create(["<style"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> ScriptTag = SearchValues.Create(["<script"], StringComparison.OrdinalIgnoreCase);
    // One search per tag: five searches for one string each are several times faster than one for five.
    private static readonly SearchValues<string>[] MediaTags =
        [.. new[] { "<img", "<source", "<video", "<audio", "<track" }.Select(tag => SearchValues.Create([tag], StringComparison.OrdinalIgnoreCase))];
    private static readonly SearchValues<string> StyleWord = SearchValues.Create(["style"], StringComparison.OrdinalIgnoreCase);

    private static bool Has(string html, SearchValues<string> needles) => html.AsSpan().IndexOfAny(needles) >= 0;

    /// <summary>True when some "style" follows white space and comes before '=' (what <see cref="StyleAttribute"/> needs).</summary>
    private static bool HasStyleAttribute(string html)
    {
        var span = html.AsSpan();
        for (var offset = 0; ;)
        {
            var found = span[offset..].IndexOfAny(StyleWord);
            if (found < 0) return false;
            var at = offset + found;
            offset = at + 5;
            if (at == 0 || !char.IsWhiteSpace(html[at - 1])) continue;
            var next = at + 5;
            while (next < html.Length && char.IsWhiteSpace(html[next])) next++;
            if (next < html.Length && html[next] == '=') return true;
        }
    }

    private static string Hash(string text) => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)))}'";

    private static bool IsJavaScript(string attributes)
    {
        var type = TypeAttribute().Match(attributes);
        if (!type.Success) return true;
        var value = type.Groups["type"].Value.Trim().ToLowerInvariant();
        return value is "" or "module" or "text/javascript" or "application/javascript" or "text/ecmascript" or "application/ecmascript";
    }

    private static string OriginOf(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.GetLeftPart(UriPartial.Authority) : "";

    [GeneratedRegex(@"<style\b[^>]*>(?<body>.*?)</style\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex InlineStyle();

    [GeneratedRegex(@"<script\b(?<attributes>(?:(?!\bsrc\s*=)[^>])*)>(?<body>.*?)</script\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex("""\btype\s*=\s*["']?(?<type>[^"'\s>]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex TypeAttribute();

    [GeneratedRegex("""<[a-z][a-z0-9-]*\b[^>]*?\sstyle\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)')""", RegexOptions.IgnoreCase)]
    private static partial Regex StyleAttribute();

    [GeneratedRegex("""<(?<tag>img|source|video|audio|track)\b[^>]*?\s(?:src|srcset|poster)\s*=\s*["']?(?<url>https?://[^\s"'>,]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalSource();
}
