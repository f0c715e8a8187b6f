namespace StaticSite.Output.Files;

/// <summary>A file of a built site: path relative to the region folder, and its bytes.</summary>
public sealed record OutputFile(string Path, ReadOnlyMemory<byte> Content);

/// <summary>
/// Writes a region's site so that readers never see half of it: everything goes into a fresh
/// staging folder next to the target (<c>dist/.utrecht.staging</c>), which then replaces the target
/// with two renames. If anything fails before the swap, the previous site is untouched. Nothing
/// is written or deleted outside the output folder.
/// </summary>
public static class AtomicSiteWriter
{
    /// <summary>Writes <paramref name="files"/> as <c>&lt;outputRoot&gt;/&lt;regionId&gt;/</c>.</summary>
    public static void Write(string outputRoot, string regionId, IReadOnlyList<OutputFile> files)
    {
        Directory.CreateDirectory(outputRoot);
        var target = SafeOutputPath.Combine(outputRoot, regionId);
        var staging = SafeOutputPath.Combine(outputRoot, $".{regionId}.staging");
        var old = SafeOutputPath.Combine(outputRoot, $".{regionId}.old");
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        try
        {
            Directory.CreateDirectory(staging);
            foreach (var dir in files.Select(f => System.IO.Path.GetDirectoryName(f.Path.Replace('/', System.IO.Path.DirectorySeparatorChar)))
                         .Where(d => !string.IsNullOrEmpty(d)).Distinct(StringComparer.Ordinal))
                Directory.CreateDirectory(System.IO.Path.Combine(staging, dir!));
            Parallel.ForEach(files, file =>
            {
                using var handle = File.OpenHandle(SafeOutputPath.Combine(staging, file.Path), FileMode.CreateNew, FileAccess.Write, FileShare.None, FileOptions.None, file.Content.Length);
                RandomAccess.Write(handle, file.Content.Span, 0);
            });
        }
        catch
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            throw;
        }
        if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
        if (Directory.Exists(target)) Directory.Move(target, old);
        Directory.Move(staging, target);
        if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
    }
}
