using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using StaticSite.Content.Regions;
using StaticSite.Content.Schema;
using StaticSite.Content.Sources;
using StaticSite.Pipeline.Diagnostics;

namespace StaticSite.Cli.Preview.Editor;

/// <summary>An answer of the editor's protocol: HTTP status and JSON body.</summary>
public sealed record EditorResponse(int Status, JsonNode? Body);

/// <summary>What the protocol needs from the preview server.</summary>
public interface IEditorSite
{
    /// <summary>The region being edited.</summary>
    string RegionId { get; }

    /// <summary>
    /// Checks a file as the build would if it were saved with <paramref name="bytes"/>, together with the media
    /// <paramref name="alsoSaved"/> and the other pages <paramref name="pagesSaved"/> of the same save (a new page
    /// and its translation are saved at once), never writing anything.
    /// </summary>
    Task<DraftResult> CheckAsync(ContentFile file, byte[] bytes, IReadOnlyList<ContentFile> alsoSaved, IReadOnlyList<(ContentFile File, byte[] Bytes)> pagesSaved, CancellationToken cancel);

    /// <summary>The languages the region offers besides Dutch: the editor's pages are then i18n entries (<see cref="LocaleFileNames"/>).</summary>
    IReadOnlyList<string> Languages { get; }

    /// <summary>Every organisation page of the region's site (regional and national, after the inheritance rules).</summary>
    IReadOnlyList<string> OrganisationPaths();

    /// <summary>Tells the preview that a file was written or deleted by the editor.</summary>
    void Saved(string fullPath);
}

/// <summary>
/// Decap CMS's proxy-backend protocol (what <c>decap-server</c> answers in its local file-system
/// mode), in C#: <c>POST /api/v1</c> with <c>{"action": ..., "params": {...}}</c>. Every path goes
/// through <see cref="ContentFileStore"/> (content/ only, real paths, atomic writes). A save of a page
/// or region.yml that would fail the build's checks is refused with HTTP 422, the build's own
/// diagnostics and a Dutch explanation of each, and nothing is written. Saves are serialised, so two
/// saves of one file never interleave. For a region with languages the pages are Decap i18n entries: the
/// protocol names a Dutch page as Decap does (<c>tlv.nl.md</c>) and the disk as the site does (<c>tlv.md</c>),
/// see <see cref="LocaleFileNames"/>; a translation Decap sends without a title and without text (a language
/// the editor did not fill in) is not a translation yet, and is not written.
/// </summary>
public sealed class EditorProtocol(ContentFileStore store, IEditorSite site)
{
    private readonly SemaphoreSlim _writes = new(1, 1);

    /// <summary>Actions answered (Decap's editorial-workflow actions are not: the local editor publishes directly).</summary>
    public static readonly IReadOnlyList<string> Actions =
        ["info", "entriesByFolder", "entriesByFiles", "getEntry", "persistEntry", "getMedia", "getMediaFile", "persistMedia", "deleteFile", "deleteFiles", "getDeployPreview"];

    /// <summary>Actions whose body may carry media (and so may be larger).</summary>
    public static bool MayCarryMedia(string? action) => action is "persistMedia" or "persistEntry";

    /// <summary>Answers one request.</summary>
    public async Task<EditorResponse> HandleAsync(JsonObject request, CancellationToken cancel)
    {
        var action = request["action"] is JsonValue a && a.TryGetValue<string>(out var name) ? name : null;
        if (action is null || !Actions.Contains(action))
            return Error(422, DiagnosticCodes.EditorRequestInvalid, action is null ? "\"action\" is required" : $"Unknown action {action}");
        var p = request["params"] as JsonObject;
        if (p is null && action != "info") return Error(422, DiagnosticCodes.EditorRequestInvalid, "\"params\" is required");
        try
        {
            return action switch
            {
                "info" => new EditorResponse(200, new JsonObject
                {
                    ["repo"] = Path.GetFileName(store.ProjectRoot), ["publish_modes"] = new JsonArray("simple"), ["type"] = "local_fs",
                }),
                "entriesByFolder" => EntriesByFolder(Text(p!, "folder"), Text(p!, "extension"), Number(p!, "depth")),
                "entriesByFiles" => new EditorResponse(200, new JsonArray([.. Files(p!).Select(f => (JsonNode?)Entry(f.Path, f.Label))])),
                "getEntry" => new EditorResponse(200, Entry(Text(p!, "path"), null)),
                "persistEntry" => await PersistEntryAsync(p!, cancel),
                "getMedia" => GetMedia(Text(p!, "mediaFolder")),
                "getMediaFile" => new EditorResponse(200, MediaFile(store.Resolve(Text(p!, "path")))),
                "persistMedia" => await PersistMediaAsync(p!, cancel),
                "deleteFile" => await DeleteAsync([Text(p!, "path")], cancel),
                "deleteFiles" => await DeleteAsync(TextList(p!, "paths"), cancel),
                _ => new EditorResponse(200, null), // getDeployPreview: no deploy previews here
            };
        }
        catch (EditorRefusal refusal)
        {
            return Error(refusal.Status, refusal.Code, refusal.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Error(500, DiagnosticCodes.EditorFileFailed, $"the file could not be read or written ({ex.Message}).");
        }
    }

    /// <summary>An error answer as Decap reads it (<c>{"error": ...}</c>), with our code and its Dutch explanation.</summary>
    public static EditorResponse Error(int status, string code, string message) => new(status, new JsonObject
    {
        ["error"] = $"{DiagnosticExplanations.For(code)} ({code}: {message})",
        ["code"] = code,
        ["message"] = message,
        ["explanation"] = DiagnosticExplanations.For(code),
    });

    private LocaleFileNames Names => new(site.Languages.Count > 0);

    private EditorResponse EntriesByFolder(string folder, string extension, int depth)
    {
        var prefix = $"{store.ContentFolder}/{site.RegionId}/{DecapConfigGenerator.OrganisationChoicesFolder}";
        // The route steps' choice of organisations is no i18n collection: its entries keep their own names.
        if (folder == prefix)
            return new EditorResponse(200, new JsonArray([.. site.OrganisationPaths().Select(p => (JsonNode?)Entry(p, null, new LocaleFileNames(false)))]));
        var resolved = store.Resolve(folder.TrimEnd('/'), allowRoot: true);
        var suffix = extension.Length == 0 || extension.StartsWith('.') ? extension : "." + extension;
        var files = store.List(resolved, suffix, Math.Clamp(depth, 1, 20));
        var names = Names;
        return new EditorResponse(200, new JsonArray([.. files.Select(f => (JsonNode?)Entry(names.ToEditor(f.Path), null, names))]));
    }

    private JsonObject Entry(string path, string? label, LocaleFileNames? names = null)
    {
        var resolved = store.Resolve((names ?? Names).FromEditor(path));
        var bytes = store.Read(resolved, SourceText.MaxBytes);
        var file = new JsonObject { ["path"] = path };
        if (label is not null) file["label"] = label;
        file["id"] = bytes is null ? null : ContentFileStore.IdOf(bytes);
        return new JsonObject { ["data"] = bytes is null ? null : Encoding.UTF8.GetString(bytes), ["file"] = file };
    }

    private async Task<EditorResponse> PersistEntryAsync(JsonObject p, CancellationToken cancel)
    {
        var dataFiles = p["dataFiles"] is JsonArray list ? list.OfType<JsonObject>().ToList()
            : p["entry"] is JsonObject entry ? [entry] : throw Invalid("\"dataFiles\" or \"entry\" is required");
        if (dataFiles.Count == 0) throw Invalid("\"dataFiles\" must not be empty");
        var assets = p["assets"] is JsonArray assetList ? assetList.OfType<JsonObject>().Select(Asset).ToList() : [];
        var files = new List<(EditorPath Target, EditorPath? Old, byte[] Bytes)>();
        var names = Names;
        foreach (var dataFile in dataFiles)
        {
            var path = store.Resolve(names.FromEditor(Text(dataFile, "path")));
            var raw = dataFile["raw"] is JsonValue r && r.TryGetValue<string>(out var text) ? text : throw Invalid("\"raw\" is required");
            var target = dataFile["newPath"] is JsonValue n && n.TryGetValue<string>(out var newPath) ? store.Resolve(names.FromEditor(newPath)) : path;
            if (names.IsTranslation(target.Path) && UnfilledTranslation.Is(raw)) continue;
            RequireEntryKind(target);
            var bytes = Encoding.UTF8.GetBytes(raw);
            if (bytes.Length > SourceText.MaxBytes)
                throw new EditorRefusal(413, DiagnosticCodes.EditorRequestTooLarge, $"'{target.Path}' would be {bytes.Length / 1024 / 1024.0:0.0} MB; a page can be at most {SourceText.MaxBytes / 1024 / 1024} MB.");
            files.Add((target, target == path ? null : path, bytes));
        }

        await _writes.WaitAsync(cancel);
        try
        {
            var problems = new List<Diagnostic>();
            var pages = files.Select(f => (File: store.ContentFileOf(f.Target), f.Bytes)).ToList();
            foreach (var (file, bytes) in pages)
            {
                var check = await site.CheckAsync(file, bytes, [.. assets.Select(a => store.ContentFileOf(a.Path))], [.. pages.Where(p => p.File != file)], cancel);
                problems.AddRange(check.Diagnostics.Where(d => d.IsError));
            }
            if (problems.Count > 0) return Refused([.. problems.Select(d => DiagnosticJson.Relative(d, store.ProjectRoot))]);
            foreach (var (path, bytes) in assets) Write(path, bytes);
            foreach (var (target, old, bytes) in files)
            {
                Write(target, bytes);
                if (old is not null && store.Delete(old)) site.Saved(old.FullPath);
            }
        }
        finally { _writes.Release(); }
        return new EditorResponse(200, new JsonObject { ["message"] = "entry persisted" });
    }

    private async Task<EditorResponse> PersistMediaAsync(JsonObject p, CancellationToken cancel)
    {
        var (path, bytes) = Asset(p["asset"] as JsonObject ?? throw Invalid("\"asset\" is required"));
        await _writes.WaitAsync(cancel);
        try { Write(path, bytes); }
        finally { _writes.Release(); }
        return new EditorResponse(200, MediaFile(path));
    }

    private async Task<EditorResponse> DeleteAsync(IReadOnlyList<string> paths, CancellationToken cancel)
    {
        if (paths.Count == 0) throw Invalid("\"paths\" must not be empty");
        var names = Names;
        var resolved = paths.Select(p => store.Resolve(names.FromEditor(p))).ToList();
        foreach (var r in resolved)
            if (!r.Path.EndsWith(".md", StringComparison.Ordinal) && !ContentFileStore.MediaExtensions.Contains(Path.GetExtension(r.Path)))
                throw new EditorRefusal(403, DiagnosticCodes.EditorFileKindRefused, $"'{r.Path}' is not a page or a media file; the web editor deletes only those (region.yml stays).");
        await _writes.WaitAsync(cancel);
        try
        {
            foreach (var r in resolved)
                if (store.Delete(r)) site.Saved(r.FullPath);
        }
        finally { _writes.Release(); }
        return new EditorResponse(200, new JsonObject
        {
            ["message"] = resolved.Count == 1 ? $"deleted file {resolved[0].Path}" : $"deleted files {string.Join(", ", resolved.Select(r => r.Path))}",
        });
    }

    private EditorResponse GetMedia(string folder)
    {
        var resolved = store.Resolve(folder.TrimEnd('/'), allowRoot: true);
        var files = store.List(resolved, "", 1).Where(f => ContentFileStore.MediaExtensions.Contains(Path.GetExtension(f.Path)));
        return new EditorResponse(200, new JsonArray([.. files.Select(f => (JsonNode?)MediaFile(f))]));
    }

    private JsonObject MediaFile(EditorPath path)
    {
        var bytes = store.Read(path, ContentFileStore.MaxMediaBytes)
            ?? throw new EditorRefusal(404, DiagnosticCodes.EditorRequestInvalid, $"'{path.Path}' does not exist.");
        return new JsonObject
        {
            ["id"] = ContentFileStore.IdOf(bytes), ["content"] = Convert.ToBase64String(bytes), ["encoding"] = "base64",
            ["path"] = path.Path, ["name"] = Path.GetFileName(path.Path),
        };
    }

    private void Write(EditorPath path, byte[] bytes)
    {
        store.Write(path, bytes);
        site.Saved(path.FullPath);
    }

    private (EditorPath Path, byte[] Bytes) Asset(JsonObject asset)
    {
        var path = store.Resolve(Text(asset, "path"));
        if (!ContentFileStore.MediaExtensions.Contains(Path.GetExtension(path.Path)))
            throw new EditorRefusal(415, DiagnosticCodes.EditorFileKindRefused,
                $"'{path.Path}' is not an image or document the site publishes; upload {string.Join(", ", ContentFileStore.MediaExtensions)}.");
        if (Text(asset, "encoding") != "base64") throw Invalid("\"encoding\" must be [base64]");
        byte[] bytes;
        try { bytes = Convert.FromBase64String(Text(asset, "content")); }
        catch (FormatException) { throw Invalid("\"content\" is not base64"); }
        if (bytes.Length > ContentFileStore.MaxMediaBytes)
            throw new EditorRefusal(413, DiagnosticCodes.EditorRequestTooLarge, $"'{path.Path}' is {bytes.Length / 1024 / 1024.0:0.0} MB; upload at most {ContentFileStore.MaxMediaBytes / 1024 / 1024} MB.");
        return (path, bytes);
    }

    private void RequireEntryKind(EditorPath path)
    {
        var parts = path.Path.Split('/');
        var isSettings = parts.Length == 3 && parts[2] == ContentTree.RegionFile && parts[1] != ContentTree.SharedFolder;
        if (!isSettings && (!path.Path.EndsWith(".md", StringComparison.Ordinal) || parts.Length < 3))
            throw new EditorRefusal(415, DiagnosticCodes.EditorFileKindRefused,
                $"'{path.Path}' is not a page: pages are .md files in a region's folder or in _shared, and settings are <region>/region.yml.");
    }

    private static EditorResponse Refused(IReadOnlyList<Diagnostic> problems)
    {
        var first = problems[0];
        var more = problems.Count > 1 ? $" (en nog {problems.Count - 1} melding{(problems.Count > 2 ? "en" : "")})" : "";
        return new EditorResponse(422, new JsonObject
        {
            ["error"] = $"niets opgeslagen. {DiagnosticExplanations.For(first.Code)} {first.Code}{(first.Line > 0 ? $", regel {first.Line}" : "")}{more}.",
            ["code"] = DiagnosticCodes.EditorSaveRefused,
            ["message"] = first.ToString(),
            ["explanation"] = DiagnosticExplanations.For(DiagnosticCodes.EditorSaveRefused),
            ["diagnostics"] = DiagnosticJson.Array(problems),
        });
    }

    private static EditorRefusal Invalid(string message) => new(422, DiagnosticCodes.EditorRequestInvalid, message);

    private static string Text(JsonObject o, string key) =>
        o[key] is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : throw Invalid($"\"{key}\" is required");

    private static int Number(JsonObject o, string key) =>
        o[key] is JsonValue v && v.TryGetValue<int>(out var n) ? n : o[key] is JsonValue d && d.TryGetValue<double>(out var x) ? (int)x : throw Invalid($"\"{key}\" is required");

    private static IReadOnlyList<string> TextList(JsonObject o, string key) =>
        o[key] is JsonArray a ? [.. a.Select(i => i is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : throw Invalid($"\"{key}\" must be a list of paths"))]
            : throw Invalid($"\"{key}\" is required");

    private static IEnumerable<(string Path, string? Label)> Files(JsonObject o) =>
        o["files"] is JsonArray a
            ? a.Select(i => i is JsonObject f ? (Text(f, "path"), f["label"] is JsonValue l && l.TryGetValue<string>(out var label) ? label : null) : throw Invalid("\"files\" must hold {path}"))
            : throw Invalid("\"files\" is required");
}

/// <summary>Diagnostics as JSON for the web editor: the original, its parts and the Dutch explanation.</summary>
public static class DiagnosticJson
{
    /// <summary>The diagnostic with its path relative to <paramref name="projectRoot"/> (as the editor names files), not to the server's working folder.</summary>
    public static Diagnostic Relative(Diagnostic d, string projectRoot) =>
        d.Path.StartsWith('(') ? d : d with { Path = Path.GetRelativePath(projectRoot, Path.GetFullPath(d.Path)).Replace('\\', '/') };

    /// <summary>One JSON object per diagnostic.</summary>
    public static JsonArray Array(IEnumerable<Diagnostic> diagnostics) => new([.. diagnostics.Select(d => (JsonNode)new JsonObject
    {
        ["code"] = d.Code,
        ["severity"] = d.IsError ? "error" : "warning",
        ["path"] = d.Path,
        ["line"] = d.Line,
        ["column"] = d.Column,
        ["message"] = d.Message,
        ["text"] = d.ToString(),
        ["explanation"] = DiagnosticExplanations.For(d.Code),
    })]);
}
