using System.Text;

namespace StaticSite.Output.Hosting;

/// <summary>
/// The same header rules as <c>_headers</c>, as nginx <c>location</c> blocks (<c>_nginx.conf</c>, which the
/// server block of docs/deploy.md includes). nginx picks one location per request and a location with
/// any <c>add_header</c> inherits none from outside it, so every block carries all headers of every rule
/// that matches its paths; exact pages get a block for <c>/zoeken/</c> and one for <c>/zoeken/index.html</c>,
/// the file nginx serves it from after its internal redirect to the index.
/// </summary>
public static class NginxHeaders
{
    /// <summary>
    /// The include file for a site under <paramref name="basePath"/>: the 404 page, a block per header
    /// rule, and a permanent redirect for each alias of <paramref name="aliases"/> (nginx reads no <c>_redirects</c>).
    /// </summary>
    public static string Write(IReadOnlyList<HeaderRule> rules, string basePath, IEnumerable<AliasRedirect> aliases)
    {
        var text = new StringBuilder("# nginx: response headers of this site, made by staticsite build from the same rules as _headers.\n");
        text.Append("# Include it in the site's server block (docs/deploy.md); it needs nothing else from this folder.\n");
        text.Append($"error_page 404 {basePath}404.html;\n");
        var exact = rules.Where(r => !r.IsFolder).Select(r => r.Path).Distinct(StringComparer.Ordinal).ToList();
        var blocks = new List<(string Location, IReadOnlyList<KeyValuePair<string, string>> Headers)>();
        foreach (var path in exact)
        {
            var headers = Merge(rules.Where(r => r.Matches(path)));
            blocks.Add(($"= {path}", headers));
            if (path.EndsWith('/')) blocks.Add(($"= {path}index.html", Merge(rules.Where(r => r.Matches(path) || r.Matches(path + "index.html")))));
        }
        foreach (var folder in rules.Where(r => r.IsFolder && r.Path != basePath + "*").Select(r => r.Path[..^1]).Distinct(StringComparer.Ordinal))
            blocks.Add(($"^~ {folder}", Merge(rules.Where(r => r.IsFolder && folder.StartsWith(r.Path[..^1], StringComparison.Ordinal)))));
        // Whatever no rule names (a 404, a file added by hand) still gets the headers every URL has.
        blocks.Add((basePath, Merge(rules.Where(r => r.IsFolder && r.Path == basePath + "*"))));
        foreach (var (location, headers) in blocks.DistinctBy(b => b.Location, StringComparer.Ordinal))
        {
            text.Append("location ").Append(location).Append(" {\n");
            foreach (var (name, value) in headers) text.Append("    add_header ").Append(name).Append(' ').Append(Quoted(value)).Append(";\n");
            text.Append("}\n");
        }
        // nginx matches the decoded path; the alias page stays for hosts that read neither file.
        foreach (var alias in aliases.OrderBy(a => a.From, StringComparer.Ordinal))
        {
            var from = Uri.UnescapeDataString(alias.From);
            foreach (var path in from.Length > 1 && from.EndsWith('/') ? [from, from[..^1]] : new[] { from })
                text.Append("location = ").Append(Quoted(path)).Append(" { return 301 ").Append(Quoted(Redirects.Escape(alias.To))).Append("; }\n");
        }
        return text.ToString();
    }

    // Header values and redirect targets never hold '$' (targets are percent-encoded), which nginx would read as a variable.
    private static string Quoted(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static IReadOnlyList<KeyValuePair<string, string>> Merge(IEnumerable<HeaderRule> rules)
    {
        var merged = new List<KeyValuePair<string, string>>();
        foreach (var rule in rules)
            foreach (var header in rule.Headers)
                if (!merged.Any(h => string.Equals(h.Key, header.Key, StringComparison.OrdinalIgnoreCase))) merged.Add(header);
        return merged;
    }
}
