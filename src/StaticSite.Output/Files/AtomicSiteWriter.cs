using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace StaticSite.Output.Files;

/// <summary>A file of a built site: path relative to the region folder, and its bytes.</summary>
public sealed record OutputFile(string Path, ReadOnlyMemory<byte> Content);

/// <summary>What <see cref="AtomicSiteWriter.Recover"/> did with one leftover of an interrupted build.</summary>
/// <param name="Path">The leftover's absolute path.</param>
/// <param name="Message">What was done, for a warning.</param>
public sealed record Recovery(string Path, string Message);

/// <summary>
/// Writes a region's site so that readers never see half of it, even when the build is killed
/// at any moment: everything goes into a fresh staging folder with a name no other build uses
/// (<c>dist/.utrecht.staging.4242-1a2b3c4d</c>), which then takes the place of the target.
/// </summary>
/// <remarks>
/// On Linux the swap is one <c>renameat2(RENAME_EXCHANGE)</c>: <c>dist/utrecht</c> is the complete
/// old site until the call and the complete new one after it. Elsewhere (and on file systems
/// that cannot exchange) the old site is first renamed to <c>dist/.utrecht.old</c>, then the
/// staging folder to <c>dist/utrecht</c>; a kill between the two leaves no <c>dist/utrecht</c>,
/// and <see cref="Recover"/>, run by the next build, renames the old site back. Recovery also
/// deletes every staging folder and old site left behind, so a deploy that syncs all of
/// <c>dist/</c> never publishes them. Callers hold the <see cref="OutputLock"/>. Protecting the
/// files against a power cut (fsync of every file) is not attempted.
/// </remarks>
public static partial class AtomicSiteWriter
{
    /// <summary>Writes <paramref name="files"/> as <c>&lt;outputRoot&gt;/&lt;regionId&gt;/</c>.</summary>
    public static void Write(string outputRoot, string regionId, IReadOnlyList<OutputFile> files)
    {
        using var site = Begin(outputRoot, regionId);
        site.WriteAll(files);
        site.Commit();
    }

    /// <summary>
    /// Starts a region's new site in a fresh staging folder: files are added while the build still
    /// runs, and <see cref="StagedSite.Commit"/> puts the folder in place of the old site. Disposed
    /// without a commit, the staging folder is deleted and the old site stays as it was.
    /// </summary>
    public static StagedSite Begin(string outputRoot, string regionId)
    {
        Directory.CreateDirectory(outputRoot);
        var target = SafeOutputPath.Combine(outputRoot, regionId);
        var staging = SafeOutputPath.Combine(outputRoot, $".{regionId}.staging.{Environment.ProcessId}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}");
        Directory.CreateDirectory(staging);
        return new StagedSite(outputRoot, regionId, target, staging);
    }

    /// <summary>
    /// Puts back the previous site of every region whose swap was interrupted, and deletes every
    /// staging folder and old site that interrupted builds left in <paramref name="outputRoot"/>.
    /// </summary>
    public static IReadOnlyList<Recovery> Recover(string outputRoot)
    {
        var done = new List<Recovery>();
        if (!Directory.Exists(outputRoot)) return done;
        var leftovers = Directory.EnumerateFileSystemEntries(outputRoot)
            .Select(path => (Path: path, Match: Leftover().Match(System.IO.Path.GetFileName(path))))
            .Where(x => x.Match.Success)
            .OrderBy(x => x.Match.Groups["kind"].Value == "old" ? 0 : 1).ThenBy(x => x.Path, StringComparer.Ordinal)
            .ToList();
        foreach (var (path, match) in leftovers)
        {
            var id = match.Groups["id"].Value;
            var target = System.IO.Path.Join(outputRoot, id);
            if (match.Groups["kind"].Value == "old" && !Exists(target) && IsRealFolder(path))
            {
                Directory.Move(path, target);
                done.Add(new Recovery(path, $"an earlier build was stopped while it replaced the site of region '{id}'; the previous site was put back in place. Build again to publish the new one."));
                continue;
            }
            DeleteTree(path);
            done.Add(new Recovery(path, $"removed what an interrupted build of region '{id}' left behind; the published site of '{id}' was not affected."));
        }
        return done;
    }

    [GeneratedRegex(@"^\.(?<id>[a-z0-9-]+)\.(?<kind>staging|old)(\..*)?$")]
    private static partial Regex Leftover();

    /// <summary>Puts <paramref name="staging"/> in place of <paramref name="target"/>; returns the folder now holding the old site, to delete (null when there was none).</summary>
    internal static string? Swap(string outputRoot, string regionId, string target, string staging)
    {
        if (!Exists(target))
        {
            Directory.Move(staging, target);
            return null;
        }
        if (NativeFolders.TryExchange(staging, target))
        {
            FaultInjection.Reach("swapped");
            return staging;
        }
        var old = SafeOutputPath.Combine(outputRoot, $".{regionId}.old");
        if (Exists(old)) DeleteTree(old);
        Directory.Move(target, old);
        FaultInjection.Reach("old-moved");
        Directory.Move(staging, target);
        FaultInjection.Reach("swapped");
        return old;
    }

    /// <summary>True when anything (even a broken link) exists at <paramref name="path"/>.</summary>
    private static bool Exists(string path) => (int)new FileInfo(path).Attributes != -1;

    /// <summary>True for a folder itself, not a link to one.</summary>
    private static bool IsRealFolder(string path) =>
        new FileInfo(path).Attributes is var a && (int)a != -1 && (a & FileAttributes.Directory) != 0 && (a & FileAttributes.ReparsePoint) == 0;

    /// <summary>Deletes a folder and everything in it; a link is removed, never followed.</summary>
    internal static void DeleteTree(string path)
    {
        var info = new FileInfo(path);
        if ((int)info.Attributes == -1) return;
        if (info.Attributes.HasFlag(FileAttributes.ReparsePoint) || !info.Attributes.HasFlag(FileAttributes.Directory))
        {
            File.Delete(path);
            return;
        }
        if (FaultInjection.Armed("deleting"))
        {
            foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Where((_, i) => i % 2 == 0))
                File.Delete(file);
            FaultInjection.Reach("deleting");
        }
        // A site is thousands of files in a few dozen folders: its folders are deleted side by side.
        Parallel.ForEach(Directory.EnumerateDirectories(path), folder => DeleteTree(folder));
        Directory.Delete(path, recursive: true);
    }
}
