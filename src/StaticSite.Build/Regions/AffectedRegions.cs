namespace StaticSite.Build.Regions;

/// <summary>
/// Which regions a change touches, so CI rebuilds only those. Paths are relative to the repository
/// root, with forward slashes.
/// <list type="table">
/// <listheader><term>a changed file</term><description>affects</description></listheader>
/// <item><term><c>content/_shared/…</c></term><description>every region (national content)</description></item>
/// <item><term><c>content/&lt;region&gt;/…</c></term><description>that region</description></item>
/// <item><term>other files under <c>content/</c></term><description>no region</description></item>
/// <item><term><c>themes/…</c></term><description>every region</description></item>
/// <item><term><c>docs/…</c> and <c>*.md</c> outside <c>content/</c></term><description>no region (documentation)</description></item>
/// <item><term>anything else (<c>src/</c>, <c>build.cake</c>, packages, CI files)</term><description>every region: the tool itself changed</description></item>
/// </list>
/// </summary>
public static class AffectedRegions
{
    /// <summary>
    /// The regions of <paramref name="allRegions"/> that <paramref name="changedPaths"/> affect, in the order of
    /// <paramref name="allRegions"/>. <paramref name="contentFolder"/> and <paramref name="themesFolder"/> are the
    /// content and themes folders relative to the repository root (<c>content</c>, <c>themes</c>).
    /// </summary>
    public static IReadOnlyList<string> Of(IEnumerable<string> changedPaths, IReadOnlyList<string> allRegions, string contentFolder, string themesFolder)
    {
        var content = Folder(contentFolder);
        var themes = Folder(themesFolder);
        var known = allRegions.ToHashSet(StringComparer.Ordinal);
        var affected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in changedPaths)
        {
            if (content.Length == 0 || path.StartsWith(content, StringComparison.Ordinal))
            {
                var inside = path[content.Length..];
                var slash = inside.IndexOf('/');
                if (slash < 0) continue;
                var folder = inside[..slash];
                if (folder == "_shared") return allRegions;
                if (known.Contains(folder)) affected.Add(folder);
            }
            else if (themes.Length == 0 || path.StartsWith(themes, StringComparison.Ordinal)) return allRegions;
            else if (path.StartsWith("docs/", StringComparison.Ordinal) || path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) continue;
            else return allRegions;
        }
        return [.. allRegions.Where(affected.Contains)];
    }

    private static string Folder(string relative)
    {
        var trimmed = relative.Replace('\\', '/').Trim('/');
        return trimmed is "" or "." ? "" : trimmed + "/";
    }
}
