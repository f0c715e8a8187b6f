namespace StaticSite.Rendering.Markdown;

/// <summary>Classifies URLs written in Markdown.</summary>
public static class UrlSafety
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];

    /// <summary>True for URLs with a scheme that could run code or smuggle content (javascript:, vbscript:, data:, file:, ...).</summary>
    public static bool IsUnsafe(string url)
    {
        var trimmed = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        var colon = trimmed.IndexOf(':');
        if (colon <= 0) return false;
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        if (slash >= 0 && slash < colon) return false; // the colon is in the path, not a scheme
        var scheme = trimmed[..colon].ToLowerInvariant();
        return !SafeSchemes.Contains(scheme);
    }

    /// <summary>True for a site-internal root-relative URL like <c>/ouders/tlv/</c> (not <c>//host/</c>).</summary>
    public static bool IsRootRelative(string url) => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal);

    /// <summary>True for a relative URL like <c>foto.jpg</c> or <c>../x/</c> (no scheme, no leading slash, not an anchor).</summary>
    public static bool IsRelative(string url) =>
        url.Length > 0 && !url.StartsWith('/') && !url.StartsWith('#') && !url.Contains(':');
}
