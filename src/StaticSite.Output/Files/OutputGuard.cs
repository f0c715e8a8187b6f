using StaticSite.Content.Sources;
using StaticSite.Pipeline.Diagnostics;

namespace StaticSite.Output.Files;

/// <summary>Why a build refuses its output folder: a stable code and a message that says the fix.</summary>
public sealed record OutputRefusal(string Code, string Message);

/// <summary>
/// Writing a region replaces <c>&lt;output&gt;/&lt;region&gt;</c> as a whole. The guard refuses output
/// folders where that would destroy something, judged by real paths (every link resolved), so a
/// <c>dist</c> that is a link to <c>content</c> is refused like <c>--output content</c> itself.
/// </summary>
public static class OutputGuard
{
    /// <summary>Files every site staticsite writes has (SPEC "Output"); a region folder without them was not written by it.</summary>
    public static readonly IReadOnlyList<string> SiteMarkers = ["index.html", "404.html", "sitemap.xml", "robots.txt"];

    /// <summary>
    /// Refuses an output folder that is, holds or lies inside <paramref name="contentRoot"/> or
    /// <paramref name="themesRoot"/>, that is or holds the project folder (the one holding
    /// content/), the home folder, the root of the file system or a folder directly in it.
    /// </summary>
    public static OutputRefusal? CheckPlace(string outputRoot, string contentRoot, string themesRoot)
    {
        var real = RealPath.Of(outputRoot);
        if (real is null)
            return new(DiagnosticCodes.OutputUnsafePlace, $"the output folder '{outputRoot}' is a link that leads round in a circle. Remove the link or choose another --output, like 'dist'.");
        var named = real == Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputRoot)) ? $"'{outputRoot}'" : $"'{outputRoot}' (really '{real}')";
        var root = Path.GetPathRoot(real)!;
        if (real.Length <= root.Length || !real[root.Length..].Contains(Path.DirectorySeparatorChar))
            return new(DiagnosticCodes.OutputUnsafePlace, $"the output folder {named} is the root of the file system or a folder directly in it; a build replaces the folders named after its regions there. Choose a folder of its own, like 'dist'.");
        if (Real(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)) is { Length: > 0 } home && home != root && RealPath.IsInside(home, real))
            return new(DiagnosticCodes.OutputUnsafePlace, $"the output folder {named} is {(home == real ? "your home folder" : "a folder that holds your home folder")}; a build replaces the folders named after its regions there. Choose a folder of its own, like 'dist'.");
        foreach (var (source, label) in new[] { (contentRoot, "content"), (themesRoot, "themes") })
        {
            if (Real(source) is not { Length: > 0 } src) continue;
            var project = Path.GetDirectoryName(src);
            var problem =
                real == src ? $"is the {label} folder itself" :
                RealPath.IsInside(real, src) ? $"lies inside the {label} folder '{source}'" :
                label == "content" && project is not null && real == project ? "is the project folder, which holds content/" :
                RealPath.IsInside(src, real) ? $"holds the {label} folder '{source}'" : null;
            if (problem is not null)
                return new(DiagnosticCodes.OutputOverlapsSources, $"the output folder {named} {problem}; writing the site would replace sources. Choose another --output, like 'dist'.");
        }
        return null;
    }

    /// <summary>
    /// Refuses to replace a region folder of the output that is a link, a file, or a folder
    /// staticsite did not write (it lacks <see cref="SiteMarkers"/>): someone's own files there
    /// would be deleted. An empty folder is fine.
    /// </summary>
    public static OutputRefusal? CheckRegionFolders(string outputRoot, IEnumerable<string> regions)
    {
        foreach (var region in regions)
        {
            var path = Path.Join(outputRoot, region);
            var info = new DirectoryInfo(path);
            if ((int)info.Attributes == -1) continue;
            if (info.LinkTarget is { } target)
                return new(DiagnosticCodes.OutputNotASite, $"'{path}' is a link (to '{target}'). A build replaces the folder of region '{region}' as a whole, so it would replace the link, not write where it points. Remove the link, or pass --output the folder you want.");
            if (!info.Attributes.HasFlag(FileAttributes.Directory))
                return new(DiagnosticCodes.OutputNotASite, $"'{path}' is a file, where the build puts the site of region '{region}'. Move the file away or choose another --output.");
            if (!info.EnumerateFileSystemInfos().Any()) continue;
            var missing = SiteMarkers.Where(m => !File.Exists(Path.Join(path, m))).ToList();
            if (missing.Count > 0)
                return new(DiagnosticCodes.OutputNotASite, $"'{path}' holds files that were not written by staticsite (it has no {string.Join(", ", missing)}). A build replaces this folder as a whole, which would delete them: move the folder away, or choose another --output.");
        }
        return null;
    }

    private static string? Real(string path) => string.IsNullOrEmpty(path) ? null : RealPath.Of(path);
}
