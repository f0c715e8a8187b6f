namespace StaticSite.Output.Hosting;

/// <summary>What a file of a built site is, for the host's rules.</summary>
public enum ServedKind
{
    /// <summary>A page rendered by the theme (its Content-Security-Policy is known).</summary>
    ThemePage,
    /// <summary>A redirect page at an alias.</summary>
    RedirectPage,
    /// <summary>A file whose name has its content hash: it never changes, so it is cached for a year.</summary>
    Hashed,
    /// <summary>Anything else: content files, feeds, the JSON API, HTML the theme did not render (an editor's <c>admin/</c>).</summary>
    Other,
}

/// <summary>One file of a region's site as the host serves it.</summary>
/// <param name="Path">Path relative to the region's folder, forward slashes (<c>ouders/tlv/index.html</c>).</param>
/// <param name="Kind">What the file is.</param>
/// <param name="Security">For an HTML file, what it needs from the Content-Security-Policy and whether it is noindex; else null.</param>
public sealed record ServedFile(string Path, ServedKind Kind, PageSecurity? Security)
{
    /// <summary>True for HTML documents.</summary>
    public bool IsHtml => Path.EndsWith(".html", StringComparison.Ordinal);
}
