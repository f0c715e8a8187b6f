using System.IO.Enumeration;
using StaticSite.Pipeline.Diagnostics;

namespace StaticSite.Content.Sources;

/// <summary>A file found below a folder.</summary>
/// <param name="FullPath">Absolute path as listed (through links, if any): the path to read.</param>
/// <param name="RelativePath">Path below the listed folder with forward slashes, every name composed to NFC.</param>
/// <param name="DisplayPath">Path relative to the current directory, as diagnostics show it.</param>
public sealed record ListedFile(string FullPath, string RelativePath, string DisplayPath);

/// <summary>
/// Lists the files below a folder of a <see cref="SafeFileReader"/>'s tree, the way the build
/// may read them: hidden names (starting with '.') left out; names that break
/// <see cref="FileNameRules"/>, and twins that differ only in accents (NFC/NFD) or case, reported;
/// links followed only while they stay inside the tree, never round in a circle.
/// </summary>
public static class SafeFolderLister
{
    /// <summary>Most files one listing returns: more can only come from folder links that repeat each other.</summary>
    public const int MaxFiles = 500_000;

    /// <summary>Files below <paramref name="folder"/> (inside the reader's tree), sorted by relative path; problems go to <paramref name="diagnostics"/>.</summary>
    public static IReadOnlyList<ListedFile> List(SafeFileReader tree, string folder, ICollection<Diagnostic> diagnostics, Func<string, string> displayPath)
    {
        var files = new List<ListedFile>();
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var (real, problem) = tree.Locate(full, displayPath(full));
        if (problem is not null) { diagnostics.Add(problem); return files; }
        if (!Directory.Exists(real)) return files;
        new Walk(tree, diagnostics, displayPath, files).Folder(full, real!, "", [real!]);
        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return files;
    }

    private sealed class Walk(SafeFileReader tree, ICollection<Diagnostic> diagnostics, Func<string, string> displayPath, List<ListedFile> files)
    {
        private bool _tooMany;

        public void Folder(string path, string real, string relative, IReadOnlyList<string> ancestors)
        {
            List<(string Name, bool IsLink, bool IsFolder)> entries;
            try
            {
                entries = [.. new FileSystemEnumerable<(string, bool, bool)>(path,
                    (ref FileSystemEntry e) => (e.FileName.ToString(), e.Attributes.HasFlag(FileAttributes.ReparsePoint), e.IsDirectory),
                    new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false, RecurseSubdirectories = false })];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(Diagnostic.Error(SourceLocation.File(displayPath(path)), DiagnosticCodes.FileUnreadable,
                    $"the folder cannot be read ({e.Message.TrimEnd('.')}). Check that the build may read it (its permissions)."));
                return;
            }
            entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            var seenCase = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (name, isLink, isFolder) in entries)
            {
                if (name.StartsWith('.')) continue;
                var entryPath = Path.Join(path, name);
                var display = displayPath(entryPath);
                if (FileNameRules.Check(name, display) is { } bad) { diagnostics.Add(bad); continue; }
                var nfc = Nfc.Compose(name);
                if (seen.TryGetValue(nfc, out var twin))
                {
                    diagnostics.Add(Diagnostic.Error(SourceLocation.File(display), DiagnosticCodes.UnicodeTwins,
                        $"'{name}' and '{twin}' in {displayPath(path)} look the same but store their accents differently (one as macOS saves names), so they would be one page. Keep one of them and delete the other."));
                    continue;
                }
                seen[nfc] = name;
                if (seenCase.TryGetValue(nfc.ToLowerInvariant(), out var caseTwin))
                {
                    diagnostics.Add(Diagnostic.Error(SourceLocation.File(display), DiagnosticCodes.CaseTwins,
                        $"'{name}' and '{caseTwin}' in {displayPath(path)} differ only in capitals; on Windows and macOS they are one file and on the site they would be one address. Rename or merge them."));
                    continue;
                }
                seenCase[nfc.ToLowerInvariant()] = name;
                var entryRelative = relative.Length == 0 ? nfc : relative + "/" + nfc;
                if (FileNameRules.CheckPath(entryRelative, display) is { } tooLong) { diagnostics.Add(tooLong); continue; }
                if (!isLink)
                {
                    if (isFolder) Folder(entryPath, Path.Join(real, name), entryRelative, [.. ancestors, Path.Join(real, name)]);
                    else Add(entryPath, entryRelative, display);
                    continue;
                }
                Link(entryPath, real, name, entryRelative, display, ancestors);
            }
        }

        private void Link(string entryPath, string realParent, string name, string entryRelative, string display, IReadOnlyList<string> ancestors)
        {
            var target = RealPath.Below(realParent, name);
            if (target is null)
            {
                diagnostics.Add(SafeFileReader.LinkLoop(display));
                return;
            }
            if (!tree.Contains(target))
            {
                diagnostics.Add(tree.Outside(display, new FileInfo(entryPath).LinkTarget!));
                return;
            }
            if (Directory.Exists(target))
            {
                if (ancestors.Any(a => RealPath.IsInside(a, target)))
                {
                    diagnostics.Add(Diagnostic.Error(SourceLocation.File(display), DiagnosticCodes.BrokenFileLink,
                        "this link points at a folder that holds the link itself, so the folder would never end. Remove the link."));
                    return;
                }
                Folder(entryPath, target, entryRelative, [.. ancestors, target]);
                return;
            }
            if ((int)new FileInfo(target).Attributes == -1)
            {
                diagnostics.Add(Diagnostic.Error(SourceLocation.File(display), DiagnosticCodes.BrokenFileLink,
                    $"this link points at '{new FileInfo(entryPath).LinkTarget}', which does not exist. Remove the link, or let it point at a file inside {tree.Label}."));
                return;
            }
            Add(entryPath, entryRelative, display);
        }

        private void Add(string fullPath, string relative, string display)
        {
            if (files.Count >= MaxFiles)
            {
                if (!_tooMany)
                    diagnostics.Add(Diagnostic.Error(SourceLocation.File(display), DiagnosticCodes.BrokenFileLink,
                        $"more than {MaxFiles:N0} files: folder links that point at each other repeat the same files without end. Remove such links."));
                _tooMany = true;
                return;
            }
            files.Add(new ListedFile(fullPath, relative, display));
        }
    }
}
