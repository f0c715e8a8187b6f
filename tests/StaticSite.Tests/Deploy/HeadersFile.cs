namespace StaticSite.Tests.Deploy;

/// <summary>
/// Reads a <c>_headers</c> file the way Netlify and Cloudflare Pages do (a path line, indented
/// <c>Name: value</c> lines under it), for tests and for the browser tests' server.
/// </summary>
public static class HeadersFile
{
    /// <summary>The rules of the file, in order.</summary>
    public static List<(string Path, List<KeyValuePair<string, string>> Headers)> Parse(string text)
    {
        var rules = new List<(string, List<KeyValuePair<string, string>>)>();
        foreach (var line in text.Split('\n'))
        {
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')) continue;
            if (!char.IsWhiteSpace(line[0])) { rules.Add((line.Trim(), [])); continue; }
            var colon = line.IndexOf(':');
            Assert.True(colon > 0 && rules.Count > 0, $"not a header line: '{line}'");
            rules[^1].Item2.Add(new(line[..colon].Trim(), line[(colon + 1)..].Trim()));
        }
        return rules;
    }

    /// <summary>Whether a rule's path matches a URL path: <c>*</c> matches any rest of the path.</summary>
    public static bool Matches(string rule, string url) =>
        rule.EndsWith('*') ? url.StartsWith(rule[..^1], StringComparison.Ordinal) : rule == url;
}
