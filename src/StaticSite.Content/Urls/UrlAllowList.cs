using System.Globalization;
using System.Net;

namespace StaticSite.Content.Urls;

/// <summary>What kind of address a URL that passed <see cref="UrlAllowList"/> is.</summary>
public enum UrlKind
{
    /// <summary>Relative to the page: <c>foto.jpg</c>, <c>../x/</c>, <c>?q=1</c>, or empty.</summary>
    Relative,
    /// <summary>A path of this site: <c>/ouders/tlv/</c>.</summary>
    RootRelative,
    /// <summary>A place on the same page: <c>#kop</c>.</summary>
    Fragment,
    /// <summary>An absolute address with an allowed scheme: <c>https://…</c>, <c>mailto:…</c>, <c>tel:…</c>, …</summary>
    Absolute,
}

/// <summary>The outcome of <see cref="UrlAllowList.Check"/>.</summary>
/// <param name="IsAllowed">True when the URL may be published.</param>
/// <param name="Url">The URL without the spaces around it (what is published).</param>
/// <param name="Kind">What kind of address it is (meaningful only when allowed).</param>
/// <param name="Scheme">The scheme in lower case (<c>https</c>, <c>javascript</c>, …), or empty.</param>
/// <param name="Problem">Why it was refused, in words for an editor ("its scheme 'javascript:' could run code"); empty when allowed.</param>
public readonly record struct UrlVerdict(bool IsAllowed, string Url, UrlKind Kind, string Scheme, string Problem);

/// <summary>
/// The one allow-list every URL of every output passes: Markdown links, images and autolinks, raw
/// HTML attributes, front matter and region.yml addresses, the JSON API, the feed, JSON-LD, the
/// sitemap, redirect pages and template helpers. Allowed are relative, root-relative and fragment
/// URLs and the schemes in <see cref="Schemes"/>; everything else (<c>javascript:</c>,
/// <c>vbscript:</c>, <c>data:</c>, <c>file:</c>, <c>//host</c>, …) is refused.
/// </summary>
/// <remarks>
/// The check reads a URL the way a browser does (WHATWG URL parsing: surrounding spaces and
/// control characters dropped, tabs and newlines removed anywhere, a backslash read as a slash)
/// and, because the JSON API and the feed are read by programs we do not know, also as a careless
/// consumer might: with HTML entities and percent-encoding decoded. A URL is allowed only when
/// every one of those readings is allowed. Invisible characters other than tabs and line breaks
/// are refused outright: no real address needs them, and they are how filters are fooled.
/// </remarks>
public static class UrlAllowList
{
    /// <summary>The allowed schemes, lower case.</summary>
    public static readonly IReadOnlyList<string> Schemes = ["http", "https", "mailto", "tel", "sms", "whatsapp"];

    /// <summary>The allowed schemes for a message: "http(s), mailto:, tel:, sms: or whatsapp:".</summary>
    public const string SchemesInWords = "http(s), mailto:, tel:, sms: or whatsapp:";

    /// <summary>Checks <paramref name="url"/> against the allow-list.</summary>
    public static UrlVerdict Check(string? url)
    {
        var trimmed = TrimC0(url ?? "");
        // Tabs and line breaks are dropped by browsers (an href may be wrapped over two lines); other
        // invisible characters are refused.
        foreach (var c in trimmed)
            if (IsInvisible(c) && c is not ('\t' or '\n' or '\r'))
                return Refused(trimmed, "", $"it contains an invisible character (U+{(int)c:X4})");

        foreach (var reading in Readings(trimmed))
        {
            if (reading.StartsWith("//", StringComparison.Ordinal))
                return Refused(trimmed, "", "it starts with '//' or '\\\\' (another host without https:)");
            var scheme = SchemeOf(reading);
            if (scheme.Length > 0 && !Schemes.Contains(scheme))
                return Refused(trimmed, scheme, reading == Canonical(trimmed)
                    ? $"its scheme '{scheme}:' is not allowed"
                    : $"it hides the scheme '{scheme}:' behind entities, percent-encoding or spaces");
        }

        var own = SchemeOf(Canonical(trimmed));
        var kind = own.Length > 0 ? UrlKind.Absolute
            : trimmed.StartsWith('#') ? UrlKind.Fragment
            : trimmed.StartsWith('/') ? UrlKind.RootRelative
            : UrlKind.Relative;
        return new UrlVerdict(true, trimmed, kind, own, "");
    }

    /// <summary>
    /// For URLs the build makes itself (feed, sitemap, redirect pages): <paramref name="url"/> when it is
    /// allowed and of <paramref name="kind"/>. Failing is a bug in the build, not an editor's mistake.
    /// </summary>
    public static string Require(string url, UrlKind kind) =>
        Check(url) is { IsAllowed: true } v && v.Kind == kind ? v.Url
            : throw new InvalidOperationException($"the generated address '{url}' did not pass the URL allow-list");

    /// <summary>True when <paramref name="url"/> passes <see cref="Check"/>.</summary>
    public static bool IsAllowed(string? url) => Check(url).IsAllowed;

    /// <summary>
    /// The site path (<c>/swv/</c>) of an absolute URL that points into the site at
    /// <paramref name="baseUrl"/> (<c>https://example.org/regio/swv/</c> with base
    /// <c>https://example.org/regio/</c>, http or https alike); null for any other URL.
    /// </summary>
    public static string? SitePathOf(string url, Uri baseUrl)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return null;
        if (!string.Equals(uri.Host, baseUrl.Host, StringComparison.OrdinalIgnoreCase) || (!uri.IsDefaultPort && uri.Port != baseUrl.Port)) return null;
        var basePath = baseUrl.AbsolutePath.EndsWith('/') ? baseUrl.AbsolutePath : baseUrl.AbsolutePath + "/";
        var path = uri.AbsolutePath;
        if (path + "/" == basePath) path = basePath;
        if (!path.StartsWith(basePath, StringComparison.Ordinal)) return null;
        return "/" + path[basePath.Length..] + uri.Query + uri.Fragment;
    }

    private static UrlVerdict Refused(string url, string scheme, string problem) => new(false, url, UrlKind.Relative, scheme, problem);

    // The readings that must all be allowed: as a browser reads it, with entities decoded, and
    // with entities and percent-encoding decoded (each repeated, for double encoding).
    private static IEnumerable<string> Readings(string url)
    {
        yield return Canonical(url);
        var decoded = url;
        for (var i = 0; i < 3; i++)
        {
            var next = WebUtility.HtmlDecode(Html5Entities(decoded));
            next = PercentDecode(next);
            if (next == decoded) break;
            decoded = next;
            yield return Canonical(decoded);
        }
    }

    // HTML5 named entities that WebUtility (HTML 4) does not know but browsers decode in attributes,
    // limited to the characters that can build a scheme or a host: "javascript&colon;alert(1)".
    private static readonly (string Entity, string Character)[] Html5Only =
    [
        ("&colon;", ":"), ("&Tab;", "\t"), ("&NewLine;", "\n"), ("&sol;", "/"), ("&bsol;", "\\"), ("&period;", "."),
        ("&lpar;", "("), ("&rpar;", ")"), ("&semi;", ";"), ("&num;", "#"), ("&quest;", "?"), ("&commat;", "@"), ("&percnt;", "%"),
    ];

    private static string Html5Entities(string text)
    {
        if (!text.Contains('&')) return text;
        foreach (var (entity, character) in Html5Only) text = text.Replace(entity, character, StringComparison.Ordinal);
        return text;
    }

    private static string PercentDecode(string text)
    {
        try { return Uri.UnescapeDataString(text); }
        catch (UriFormatException) { return text; }
    }

    // A browser drops tabs and newlines anywhere and reads '\' as '/'; we also drop every other
    // space and invisible character, so "java script:" and "java&#x09;script:" count as javascript:.
    private static string Canonical(string url)
    {
        var trimmed = TrimC0(url);
        // Most addresses have nothing to drop or change: they are their own reading (no copy).
        if (!trimmed.AsSpan().ContainsAnyExceptInRange('!', '~') && !trimmed.Contains('\\')) return trimmed;
        var chars = new char[url.Length];
        var n = 0;
        foreach (var c in trimmed)
        {
            if (char.IsWhiteSpace(c) || IsInvisible(c)) continue;
            chars[n++] = c == '\\' ? '/' : c;
        }
        return new string(chars, 0, n);
    }

    // WHATWG: a scheme is an ASCII letter followed by letters, digits, '+', '-' or '.', then ':'.
    private static string SchemeOf(string url)
    {
        if (url.Length == 0 || !char.IsAsciiLetter(url[0])) return "";
        for (var i = 1; i < url.Length; i++)
        {
            var c = url[i];
            if (c == ':') return url[..i].ToLowerInvariant();
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.')) return "";
        }
        return "";
    }

    // Leading and trailing C0 controls and spaces, as the URL parser strips them.
    private static string TrimC0(string url)
    {
        int start = 0, end = url.Length;
        while (start < end && url[start] <= ' ') start++;
        while (end > start && url[end - 1] <= ' ') end--;
        return url[start..end];
    }

    private static bool IsInvisible(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
