using System.Runtime.InteropServices;
using System.Security.Cryptography;
using StaticSite.Content.Model;
using StaticSite.Content.Regions;
using StaticSite.Content.Sources;
using StaticSite.Pipeline.Diagnostics;

namespace StaticSite.Cli.Preview.Editor;

/// <summary>A request the editor's file access refused, with the HTTP status and the diagnostic code to answer with.</summary>
public sealed class EditorRefusal(int status, string code, string message) : Exception(message)
{
    /// <summary>HTTP status (4xx).</summary>
    public int Status { get; } = status;

    /// <summary>Diagnostic code of <see cref="DiagnosticCodes"/>.</summary>
    public string Code { get; } = code;
}

/// <summary>A file of <c>content/</c> as the web editor names it.</summary>
/// <param name="Path">Relative to the project root, forward slashes (<c>content/utrecht/ouders/tlv.md</c>).</param>
/// <param name="FullPath">Absolute path.</param>
public sealed record EditorPath(string Path, string FullPath);

/// <summary>
/// The web editor's only way to the disk: reads, lists, writes and deletes files under
/// <c>content/</c> and nowhere else. Paths are relative to the project root (the folder holding
/// <c>content/</c>), as Decap CMS sends them. Refused with HTTP 4xx, before anything is touched:
/// absolute paths, <c>..</c> and <c>.</c> segments, backslashes, control characters, hidden names,
/// other folders than <c>content/</c>, and every path whose real location (each component's symbolic
/// links resolved) is outside the real path of <c>content/</c>; reads also refuse anything that is
/// not a regular file (FIFOs, devices). Writes are atomic: a temporary file in the same folder,
/// flushed, then renamed over the target, so a reader or a concurrent save never sees half a file.
/// </summary>
public sealed class ContentFileStore
{
    /// <summary>Largest image or document the editor saves (decoded).</summary>
    public const int MaxMediaBytes = 10 * 1024 * 1024;

    /// <summary>Media the editor saves: what the site publishes as files. No SVG: it can carry scripts onto the site's origin.</summary>
    public static readonly IReadOnlySet<string> MediaExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".pdf" };

    private readonly string _contentRoot;
    private readonly string _realContentRoot;

    /// <summary>A store for the content folder <paramref name="contentRoot"/>.</summary>
    public ContentFileStore(string contentRoot)
    {
        _contentRoot = Path.GetFullPath(contentRoot).TrimEnd(Path.DirectorySeparatorChar);
        _realContentRoot = RealPath.Of(_contentRoot) ?? _contentRoot;
        ContentFolder = Path.GetFileName(_contentRoot);
        ProjectRoot = Path.GetDirectoryName(_contentRoot)!;
    }

    /// <summary>The content folder's name, the first segment of every path (<c>content</c>).</summary>
    public string ContentFolder { get; }

    /// <summary>The folder holding <c>content/</c>.</summary>
    public string ProjectRoot { get; }

    /// <summary>
    /// Checks <paramref name="path"/> and returns where it is; throws <see cref="EditorRefusal"/> when it
    /// is not a file or folder inside <c>content/</c>. <paramref name="allowRoot"/> accepts <c>content</c> itself (for listings).
    /// </summary>
    public EditorPath Resolve(string path, bool allowRoot = false)
    {
        var segments = path.Split('/');
        if (path.Length == 0 || path.Length > 1024 || path.StartsWith('/') || path.Contains('\\') || path.Contains(':') || path.Any(char.IsControl)
            || segments.Any(s => s.Length == 0 || s == "." || s == ".."))
            throw Refused(path, "it is not a plain relative path (no leading '/', '..', '.', '\\', ':' or empty parts)");
        if (segments[0] != ContentFolder || (segments.Length == 1 && !allowRoot))
            throw Refused(path, $"the web editor only reads and writes files under {ContentFolder}/");
        if (segments.Skip(1).Any(s => s.StartsWith('.')))
            throw Refused(path, "hidden files and folders (names starting with '.') are never content");
        var full = Path.Combine([_contentRoot, .. segments.Skip(1)]);
        // The same real-path rule as the build's SafeFileReader: every link resolved, parts still to be made kept.
        var real = RealPath.Of(full) ?? throw Refused(path, "its symbolic links lead round in a circle");
        if (!RealPath.IsInside(real, _realContentRoot))
            throw Refused(path, $"it leads outside {ContentFolder}/ through a symbolic link");
        return new EditorPath(string.Join('/', segments), full);
    }

    /// <summary>The content file as the build names it (display path, layer, path in its layer), for checking a save.</summary>
    public ContentFile ContentFileOf(EditorPath path)
    {
        var parts = path.Path.Split('/');
        var layer = parts.Length > 1 && parts[1] == ContentTree.SharedFolder ? ContentLayer.Shared : ContentLayer.Region;
        return new ContentFile(path.FullPath, ContentTree.DisplayPath(path.FullPath), string.Join('/', parts.Skip(2)), layer);
    }

    /// <summary>The bytes of a regular file, or null when it does not exist. Refuses FIFOs, devices and files over <paramref name="limit"/>.</summary>
    public byte[]? Read(EditorPath path, int limit)
    {
        switch (KindOf(path.FullPath))
        {
            case EntryKind.Missing:
            case EntryKind.Directory:
                return null;
            case EntryKind.Other:
                throw new EditorRefusal(StatusCodes403, DiagnosticCodes.EditorPathRefused, $"'{path.Path}' is not a regular file; the web editor reads only ordinary files.");
        }
        // Read the way the build reads: the real path checked again at the open, no waiting on a pipe
        // swapped in meanwhile, and the limit counted while reading, not taken from the length.
        var read = ContentTree.Reader(_contentRoot).Read(path.FullPath, ContentTree.DisplayPath(path.FullPath), limit, _ =>
            Diagnostic.Error(SourceLocation.File(path.Path), DiagnosticCodes.EditorRequestTooLarge, $"'{path.Path}' is larger than {limit / 1024 / 1024} MB."));
        return read.Problem switch
        {
            null => read.Bytes.ToArray(),
            { Code: DiagnosticCodes.EditorRequestTooLarge } p => throw new EditorRefusal(413, p.Code, p.Message),
            var p => throw new EditorRefusal(StatusCodes403, DiagnosticCodes.EditorPathRefused, $"'{path.Path}' cannot be read: {p.Message}"),
        };
    }

    /// <summary>Files under <paramref name="folder"/> (depth 1: the folder itself) whose names end with <paramref name="extension"/>, as editor paths, sorted.</summary>
    public IReadOnlyList<EditorPath> List(EditorPath folder, string extension, int depth)
    {
        var result = new List<EditorPath>();
        if (KindOf(folder.FullPath) != EntryKind.Directory) return result;
        void Walk(string dir, string prefix, int level)
        {
            foreach (var entry in new DirectoryInfo(dir).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                if (entry.Name.StartsWith('.') || entry.LinkTarget is not null) continue; // hidden and linked entries are never content
                var path = prefix + "/" + entry.Name;
                if (entry is DirectoryInfo)
                {
                    if (level < depth) Walk(entry.FullName, path, level + 1);
                }
                else if (entry.Name.EndsWith(extension, StringComparison.Ordinal) && KindOf(entry.FullName) == EntryKind.File)
                    result.Add(new EditorPath(path, entry.FullName));
            }
        }
        Walk(folder.FullPath, folder.Path, 1);
        return result;
    }

    /// <summary>Writes <paramref name="bytes"/> atomically; creates missing folders (inside content/ only).</summary>
    public void Write(EditorPath path, ReadOnlySpan<byte> bytes)
    {
        var kind = KindOf(path.FullPath);
        if (kind is EntryKind.Directory or EntryKind.Other)
            throw new EditorRefusal(StatusCodes403, DiagnosticCodes.EditorPathRefused, $"'{path.Path}' is a folder or a special file; the web editor replaces only ordinary files.");
        var folder = Path.GetDirectoryName(path.FullPath)!;
        Directory.CreateDirectory(folder);
        // Created folders could only be inside content/ (Resolve checked the real path), but check the
        // result again: a link put in place meanwhile must not take the write outside.
        Resolve(path.Path);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path.FullPath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, path.FullPath, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <summary>Deletes a regular file; false when there was none.</summary>
    public bool Delete(EditorPath path)
    {
        switch (KindOf(path.FullPath))
        {
            case EntryKind.Missing: return false;
            case EntryKind.File: File.Delete(path.FullPath); return true;
            default: throw new EditorRefusal(StatusCodes403, DiagnosticCodes.EditorPathRefused, $"'{path.Path}' is a folder or a special file; the web editor deletes only pages and media.");
        }
    }

    /// <summary>Decap's id of a file's content: the SHA-256 of its bytes, hexadecimal.</summary>
    public static string IdOf(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private const int StatusCodes403 = 403;

    private static EditorRefusal Refused(string path, string why) =>
        new(403, DiagnosticCodes.EditorPathRefused, $"the path '{Printable(path)}' was refused: {why}. Nothing was read or written.");

    private static string Printable(string s) => new(s.Take(200).Select(c => char.IsControl(c) ? '?' : c).ToArray());

    private enum EntryKind { Missing, File, Directory, Other }

    private static EntryKind KindOf(string fullPath)
    {
        var info = new FileInfo(fullPath);
        if (info.LinkTarget is not null)
        {
            // Resolve already confined the link's target to content/; judge what it points at.
            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            return target is null || !target.Exists && target is not DirectoryInfo ? EntryKind.Missing : KindOf(target.FullName);
        }
        if (Directory.Exists(fullPath)) return EntryKind.Directory;
        if (!info.Exists) return EntryKind.Missing;
        return IsRegularFile(fullPath) ? EntryKind.File : EntryKind.Other;
    }

    // .NET reports FIFOs, sockets and devices as ordinary files ("Normal"), and opening a FIFO to look
    // blocks; lstat's file type is the only reliable test. SystemNative_LStat is the runtime's own
    // stat wrapper (a fixed struct whose second int is the mode with the S_IFMT type bits).
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat", SetLastError = true)]
    private static extern unsafe int LStat(string path, byte* status);

    private static unsafe bool IsRegularFile(string path)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return true;
        var status = stackalloc byte[256];
        try
        {
            if (LStat(path, status) != 0) return false;
        }
        catch (EntryPointNotFoundException) { return true; }
        catch (DllNotFoundException) { return true; }
        var mode = *(int*)(status + 4);
        return (mode & 0xF000) == 0x8000;
    }
}
