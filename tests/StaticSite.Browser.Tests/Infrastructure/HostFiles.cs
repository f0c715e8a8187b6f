using StaticSite.Tests.Deploy;

namespace StaticSite.Browser.Tests.Infrastructure;

/// <summary>A built region's <c>_headers</c> and <c>_redirects</c>, applied as Netlify applies them (a later matching rule wins).</summary>
public sealed class HostFiles
{
    private readonly List<(string Path, List<KeyValuePair<string, string>> Headers)> _headers;
    private readonly Dictionary<string, string> _redirects;

    private HostFiles(List<(string, List<KeyValuePair<string, string>>)> headers, Dictionary<string, string> redirects)
    {
        _headers = headers;
        _redirects = redirects;
    }

    /// <summary>Reads the host files of a region's folder; fails when the build made none.</summary>
    public static HostFiles Load(string folder)
    {
        var headers = Path.Combine(folder, "_headers");
        var redirects = Path.Combine(folder, "_redirects");
        if (!File.Exists(headers) || !File.Exists(redirects))
            throw new InvalidOperationException($"{folder} has no _headers or _redirects: the build must write both.");
        var rules = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(redirects).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts is [var from, var to, "301"]) rules.TryAdd(from, to);
            else throw new InvalidOperationException($"{redirects}: not a '<from> <to> 301' line: {line}");
        }
        return new HostFiles(HeadersFile.Parse(File.ReadAllText(headers)), rules);
    }

    /// <summary>The headers for a request path.</summary>
    public IEnumerable<KeyValuePair<string, string>> HeadersFor(string path)
    {
        var merged = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in _headers.Where(r => HeadersFile.Matches(r.Path, path)))
            foreach (var (name, value) in rule.Headers) merged[name] = value;
        return merged;
    }

    /// <summary>Where a request path is redirected to, or null.</summary>
    public string? RedirectFor(string path) => _redirects.GetValueOrDefault(path);
}
