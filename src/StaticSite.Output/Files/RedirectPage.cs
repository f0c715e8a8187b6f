using System.Net;
using StaticSite.Content.Urls;

namespace StaticSite.Output.Files;

/// <summary>
/// The page written at an alias (an old URL): any static host serves it, and it sends the
/// visitor on at once — by meta refresh, by canonical link for search engines, and by a plain
/// link for everyone else.
/// </summary>
public static class RedirectPage
{
    /// <summary>HTML that redirects to <paramref name="targetUrl"/> (root-relative with base path) titled <paramref name="title"/>.</summary>
    public static string Html(string targetUrl, string absoluteTarget, string title)
    {
        var url = WebUtility.HtmlEncode(UrlAllowList.Require(targetUrl, UrlKind.RootRelative));
        absoluteTarget = UrlAllowList.Require(absoluteTarget, UrlKind.Absolute);
        var t = WebUtility.HtmlEncode(title);
        return $"""
            <!doctype html>
            <html lang="nl">
            <head>
            <meta charset="utf-8">
            <title>{t}</title>
            <meta name="robots" content="noindex">
            <link rel="canonical" href="{WebUtility.HtmlEncode(absoluteTarget)}">
            <meta http-equiv="refresh" content="0; url={url}">
            </head>
            <body>
            <p>Deze pagina is verhuisd naar <a href="{url}">{t}</a>.</p>
            </body>
            </html>

            """;
    }
}
