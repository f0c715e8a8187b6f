using StaticSite.Content.Model;

namespace StaticSite.Rendering.Themes;

/// <summary>
/// Finds the layout of a page in a few deterministic steps (docs/themes.md): for list pages
/// <c>layouts/list-&lt;variant&gt;.html</c>, then <c>layouts/&lt;kind&gt;.html</c>, then
/// <c>layouts/page.html</c>; each step looks in the theme, then its parents.
/// </summary>
public static class LayoutResolver
{
    /// <summary>The name of a kind in layout file names.</summary>
    public static string KindName(PageKind kind) => kind switch
    {
        PageKind.NotFound => "notfound",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>The candidate layout paths, in lookup order (relative to a theme folder).</summary>
    public static IEnumerable<string> Candidates(PageKind kind, ContentType variant)
    {
        if (kind == PageKind.List) yield return $"layouts/list-{variant.Name()}.html";
        yield return $"layouts/{KindName(kind)}.html";
        if (kind != PageKind.Page) yield return "layouts/page.html";
    }

    /// <summary>The absolute path of the layout for a page, or null.</summary>
    public static string? Resolve(Theme theme, PageKind kind, ContentType variant) =>
        Candidates(kind, variant).Select(theme.Find).FirstOrDefault(p => p is not null);
}
