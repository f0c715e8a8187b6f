using System.Text;

namespace StaticSite.Output.Hosting;

/// <summary>One alias: an old URL path and the page it moved to, both with the base path.</summary>
public sealed record AliasRedirect(string From, string To);

/// <summary>
/// The <c>_redirects</c> file of Netlify and Cloudflare Pages: a permanent <c>301</c> from each alias to
/// its page, written with and without the trailing slash (Cloudflare Pages matches paths exactly).
/// Cloudflare Pages reads at most 2,000 such lines. Netlify serves an existing file before a
/// redirect unless the code says <c>301!</c>; docs/deploy.md shows the one line that makes it so there.
/// </summary>
public static class Redirects
{
    /// <summary>The file's text.</summary>
    public static string File(IEnumerable<AliasRedirect> aliases)
    {
        var text = new StringBuilder("# Old addresses (aliases) of pages: permanent redirects for Netlify and Cloudflare Pages, made by staticsite build.\n");
        foreach (var alias in aliases.OrderBy(a => a.From, StringComparer.Ordinal))
        {
            var from = Escape(alias.From);
            var to = Escape(alias.To);
            text.Append(from).Append(' ').Append(to).Append(" 301\n");
            if (from.Length > 1 && from.EndsWith('/')) text.Append(from[..^1]).Append(' ').Append(to).Append(" 301\n");
        }
        return text.ToString();
    }

    /// <summary>Percent-encodes what would break the space-separated line (spaces, non-ASCII), keeping '/'.</summary>
    public static string Escape(string path) =>
        string.Join('/', path.Split('/').Select(segment => Uri.EscapeDataString(Uri.UnescapeDataString(segment))));
}
