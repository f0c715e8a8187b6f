namespace StaticSite.Output.Hosting;

/// <summary>
/// Response headers for the URLs a path pattern matches, in the pattern language of Netlify and
/// Cloudflare Pages: <c>/amersfoort/assets/*</c> (a folder and everything under it) or an exact path
/// (<c>/amersfoort/zoeken/</c>).
/// </summary>
/// <param name="Path">The pattern: an exact URL path, or a folder path ending in <c>/*</c>.</param>
/// <param name="Headers">Header names and values, in the order written.</param>
public sealed record HeaderRule(string Path, IReadOnlyList<KeyValuePair<string, string>> Headers)
{
    /// <summary>True for a folder pattern (<c>/assets/*</c>).</summary>
    public bool IsFolder => Path.EndsWith("/*", StringComparison.Ordinal);

    /// <summary>Whether this rule applies to the URL path <paramref name="urlPath"/>.</summary>
    public bool Matches(string urlPath) => IsFolder
        ? urlPath.StartsWith(Path[..^1], StringComparison.Ordinal)
        : urlPath == Path;
}
