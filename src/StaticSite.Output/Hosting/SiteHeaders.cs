using System.Text;

namespace StaticSite.Output.Hosting;

/// <summary>
/// The response headers of a region's site as rules that no two of which set the same header for
/// one URL. That matters because hosts combine overlapping rules differently: Netlify lets the last
/// matching rule win, Cloudflare Pages joins the values with commas (two Cache-Control values would
/// contradict each other). So headers that differ by path are set per top-level folder or file of
/// the site (<c>/ouders/*</c>, <c>/assets/*</c>, <c>/404.html</c>), and each folder gets exactly one
/// of each; the folders and the noindex pages come from the built files, not from a fixed list.
/// <list type="bullet">
/// <item>hashed assets: cached for a year, <c>immutable</c>; everything else: five minutes, so a
/// correction reaches visitors soon after a deploy;</item>
/// <item>the JSON API (<c>api/</c>): readable by other sites (CORS);</item>
/// <item>the theme's Content-Security-Policy for the whole site, or, when the site has HTML the theme
/// did not render (an editor's <c>admin/</c>, which keeps its own needs), for each folder of theme pages;</item>
/// <item>pages with <c>&lt;meta name="robots" content="noindex"&gt;</c> (the search page, the 404 page,
/// <c>admin/</c>, every page of a test version): <c>X-Robots-Tag: noindex</c>, for files that cannot say it themselves;</item>
/// <item>every file (one rule for the whole site): nosniff, a strict referrer policy, no powerful
/// browser features, HSTS on https.</item>
/// </list>
/// </summary>
public static class SiteHeaders
{
    /// <summary>Cache-Control of files with their content hash in the name.</summary>
    public const string Immutable = "public, max-age=31536000, immutable";
    /// <summary>Cache-Control of everything else.</summary>
    public const string Short = "public, max-age=300";

    /// <summary>
    /// The rules for the files of a region served under <paramref name="basePath"/> (<c>/</c> or
    /// <c>/amersfoort/</c>); <paramref name="https"/> adds HSTS, <paramref name="staging"/> marks every
    /// URL noindex. <paramref name="hashedFolder"/> is the folder of content-hashed files.
    /// </summary>
    public static IReadOnlyList<HeaderRule> Plan(string basePath, IReadOnlyList<ServedFile> files, bool https, bool staging, string hashedFolder, string? apiFolder)
    {
        var csp = ContentSecurityPolicy.For(files.Where(f => f.IsHtml && f.Kind is ServedKind.ThemePage or ServedKind.RedirectPage && f.Security is not null).Select(f => f.Security!));
        var common = new List<KeyValuePair<string, string>>
        {
            new("X-Content-Type-Options", "nosniff"),
            new("Referrer-Policy", "strict-origin-when-cross-origin"),
            new("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()"),
        };
        if (https) common.Add(new("Strict-Transport-Security", "max-age=31536000"));

        // Headers every URL has are set once, for the whole site: no other rule sets them. The theme's
        // policy goes there too (so a 404 at any address has it) unless the site has HTML the theme did
        // not render, which then keeps its own needs: the policy is set per folder instead.
        var foreignHtml = files.Any(f => f.IsHtml && f.Kind == ServedKind.Other);
        IReadOnlyList<KeyValuePair<string, string>> themePolicy = [new("Content-Security-Policy", csp), new("X-Frame-Options", "DENY")];
        if (!foreignHtml) common.AddRange(themePolicy);
        if (staging) common.Add(new("X-Robots-Tag", "noindex"));
        var rules = new List<HeaderRule> { new(basePath + "*", common) };
        foreach (var group in files.GroupBy(f => TopLevel(f.Path), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var isFolder = group.Any(f => f.Path.Contains('/'));
            var headers = new List<KeyValuePair<string, string>>
            {
                new("Cache-Control", group.Key == hashedFolder && group.All(f => f.Kind == ServedKind.Hashed) ? Immutable : Short),
            };
            if (group.Key == apiFolder) headers.Add(new("Access-Control-Allow-Origin", "*"));
            var html = group.Where(f => f.IsHtml).ToList();
            if (foreignHtml && html.Count > 0 && html.All(f => f.Kind is ServedKind.ThemePage or ServedKind.RedirectPage))
                headers.AddRange(themePolicy);
            if (!isFolder)
            {
                if (group.Key == "index.html") rules.Add(new HeaderRule(basePath, headers));
                rules.Add(new HeaderRule(basePath + group.Key, headers));
            }
            else rules.Add(new HeaderRule(basePath + group.Key + "/*", headers));
        }

        // X-Robots-Tag is set by these rules only, so overlapping the folder rules above is safe.
        IReadOnlyList<KeyValuePair<string, string>> noindex = [new("X-Robots-Tag", "noindex")];
        if (!staging)
        {
            var pages = files.Where(f => f.IsHtml && f.Kind != ServedKind.RedirectPage).ToList();
            foreach (var group in pages.GroupBy(f => TopLevel(f.Path), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var hidden = group.Where(f => f.Security?.NoIndex == true).ToList();
                if (hidden.Count == 0) continue;
                if (hidden.Count == group.Count() && group.Any(f => f.Path.Contains('/')) && files.Where(f => TopLevel(f.Path) == group.Key).All(f => f.Kind != ServedKind.RedirectPage))
                    rules.Add(new HeaderRule(basePath + group.Key + "/*", noindex));
                else
                    foreach (var page in hidden.OrderBy(f => f.Path, StringComparer.Ordinal)) rules.Add(new HeaderRule(basePath + UrlOf(page.Path), noindex));
            }
        }
        return rules;
    }

    /// <summary>The URL path of a file under the base path: <c>zoeken/index.html</c> is served as <c>zoeken/</c>.</summary>
    public static string UrlOf(string path) =>
        path == "index.html" ? "" : path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path;

    /// <summary>
    /// The <c>_headers</c> file of Netlify and Cloudflare Pages: a path line, then its headers
    /// indented. Cloudflare Pages reads at most 100 rules.
    /// </summary>
    public static string HeadersFile(IEnumerable<HeaderRule> rules)
    {
        var text = new StringBuilder("# Response headers for Netlify and Cloudflare Pages, made by staticsite build (docs/deploy.md).\n");
        foreach (var rule in rules)
        {
            text.Append(rule.Path).Append('\n');
            foreach (var (name, value) in rule.Headers) text.Append("  ").Append(name).Append(": ").Append(value).Append('\n');
        }
        return text.ToString();
    }

    private static string TopLevel(string path) => path.Contains('/') ? path[..path.IndexOf('/')] : path;
}
