using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using StaticSite.Build;
using StaticSite.Build.Editor;
using StaticSite.Cli.Preview.Editor;
using StaticSite.Content.Languages;
using StaticSite.Content.Model;
using StaticSite.Content.Pages;
using StaticSite.Content.Regions;
using StaticSite.Content.Schema;
using StaticSite.Content.Sources;
using StaticSite.Pipeline.Diagnostics;
using StaticSite.Rendering.Themes;

namespace StaticSite.Cli.Preview;

/// <summary>
/// The preview server of <c>staticsite serve</c>: serves one region from memory on 127.0.0.1
/// under the region's base path, watches <c>content/</c> and <c>themes/</c>, rebuilds on save
/// (see <see cref="RegionPreviewBuilder"/>) and tells open tabs to reload (<see cref="LiveReload"/>).
/// Also the web editor: Decap CMS at <c>&lt;base path&gt;admin/</c> with its <c>config.yml</c> made
/// from the content model, Decap's proxy protocol at <see cref="ApiPath"/> (saves into content/,
/// checked as the build checks) and the editor's preview of unsaved entries at <see cref="EditorPreviewPath"/>.
/// Answers only requests addressed to itself (<see cref="RequestGuard"/>). Never writes the output folder.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable, IEditorSite
{
    /// <summary>Decap's proxy-backend protocol (absolute, outside the region's base path).</summary>
    public const string ApiPath = "/api/v1";

    /// <summary>Renders an unsaved entry of the editor with the site's pipeline: JSON <c>{collection, path, data}</c> in, <c>{html, diagnostics, shared}</c> out.</summary>
    public const string EditorPreviewPath = "/__staticsite/editor/preview";

    private readonly string _regionId;
    private readonly EditorFiles? _editor;
    private readonly ContentFileStore _store;
    private readonly EditorProtocol _protocol;
    // The builder is not thread-safe: the rebuild loop and the editor's checks take turns.
    private readonly SemaphoreSlim _gate = new(1, 1);
    private int _draftsWaiting;
    private int _port;
    private readonly RegionPreviewBuilder _builder;
    private readonly BuildOptions _options;
    private readonly TextWriter _log;
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<FileSystemWatcher> _watchers = [];
    private WebApplication? _app;
    private Task? _worker;
    private Thread? _deferredWorker;
    // Set as soon as a file event arrives, until its update is published: deferred work stops
    // starting new steps meanwhile, so the edit has the CPU.
    private volatile bool _editPending;
    private readonly SemaphoreSlim _deferredWake = new(0, 1);
    private volatile SiteSnapshot _snapshot = SiteSnapshot.Empty;
    // The last few published snapshots, so a tab whose events connect after a rebuild can be told whether its page changed since it was served.
    // Few: each holds the files it replaced (a search index is megabytes), and a tab connects within a second of being served, a
    // save and its deferred work being a few versions at most; a tab served from an older one reloads, which is always right.
    private readonly Queue<SiteSnapshot> _recent = new();
    private const int RecentSnapshots = 4;
    private TaskCompletionSource _published = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>How long to wait for more file events after the first one, so one save is one rebuild.</summary>
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(10);

    /// <summary>Creates a server for <paramref name="regionId"/>; call <see cref="StartAsync"/>.</summary>
    public PreviewServer(string regionId, BuildOptions options, TextWriter log)
    {
        _regionId = regionId;
        _options = options;
        _log = log;
        _builder = new RegionPreviewBuilder(regionId, options);
        _editor = EditorFiles.Find();
        _store = new ContentFileStore(options.ContentRoot);
        _protocol = new EditorProtocol(_store, this);
    }

    /// <summary>The region being previewed and edited.</summary>
    public string RegionId => _regionId;

    /// <summary>The address the server listens on (<c>http://127.0.0.1:PORT</c>), once started.</summary>
    public Uri? Address { get; private set; }

    /// <summary>The region's base path, once started.</summary>
    public string BasePath => _snapshot.BasePath;

    /// <summary>The snapshot being served.</summary>
    public SiteSnapshot Snapshot => _snapshot;

    /// <summary>Builds the region, starts watching and listening on 127.0.0.1:<paramref name="port"/> (0: a free port).</summary>
    public async Task StartAsync(int port)
    {
        Report(_builder.BuildAll());
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, port);
            k.Limits.MaxRequestBodySize = RequestGuard.MaxMediaBodyBytes;
        });
        _app = builder.Build();
        _app.Run(HandleAsync);
        await _app.StartAsync();
        var address = _app.Services.GetService(typeof(IServer)) is IServer server
            ? server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() : null;
        Address = new Uri(address ?? $"http://127.0.0.1:{port}");
        _port = Address.Port;
        Watch(_options.ContentRoot);
        Watch(_options.ThemesRoot);
        _worker = Task.Run(RebuildLoopAsync);
        _deferredWorker = new Thread(DeferredLoop) { IsBackground = true, Name = "staticsite serve: deferred work" };
        _deferredWorker.Start();
    }

    /// <summary>Completes when a snapshot newer than <paramref name="version"/> is published.</summary>
    public async Task<SiteSnapshot> WaitForVersionAsync(long version, CancellationToken cancel)
    {
        while (true)
        {
            var published = _published.Task;
            if (_snapshot.Version > version) return _snapshot;
            await published.WaitAsync(cancel);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        foreach (var w in _watchers) w.Dispose();
        _changes.Writer.TryComplete();
        if (_worker is not null) await _worker.ContinueWith(_ => { });
        _deferredWorker?.Join();
        if (_app is not null)
        {
            using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2))) await _app.StopAsync(timeout.Token);
            await _app.DisposeAsync();
        }
        _stop.Dispose();
    }

    private void Watch(string folder)
    {
        if (!Directory.Exists(folder)) return;
        var watcher = new FileSystemWatcher(Path.GetFullPath(folder))
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += (_, e) => Changed(e.FullPath);
        watcher.Created += (_, e) => Changed(e.FullPath);
        watcher.Deleted += (_, e) => Changed(e.FullPath);
        watcher.Renamed += (_, e) => { Changed(e.OldFullPath); Changed(e.FullPath); };
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    private void Changed(string path)
    {
        // Editors' swap and backup files, and node_modules, are not part of any site.
        var name = Path.GetFileName(path);
        if (name.StartsWith('.') || name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal) || path.Contains("node_modules")) return;
        _editPending = true;
        _changes.Writer.TryWrite(path);
    }

    private async Task RebuildLoopAsync()
    {
        var reader = _changes.Reader;
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                if (!await reader.WaitToReadAsync(_stop.Token)) return;
                _editPending = true;
                var changed = new HashSet<string>(StringComparer.Ordinal);
                while (reader.TryRead(out var first)) changed.Add(first);
                await Task.Delay(Debounce, _stop.Token);
                while (reader.TryRead(out var more)) changed.Add(more);
                // Folders and non-page files change the set of files: the builder does a full build for them.
                await _gate.WaitAsync(_stop.Token);
                try { Report(_builder.Update(changed)); }
                finally
                {
                    if (!reader.TryPeek(out _)) _editPending = false;
                    _gate.Release();
                }
                WakeDeferredWork();
            }
        }
        catch (OperationCanceledException) { }
        catch (Exception ex)
        {
            Stopped(ex);
        }
    }

    private void Stopped(Exception ex) =>
        _log.WriteLine($"staticsite: error SS9001: the preview stopped rebuilding ({ex.GetType().Name}: {ex.Message}). Restart 'staticsite serve' and please report this.");

    private void WakeDeferredWork()
    {
        if (_deferredWake.CurrentCount == 0)
            try { _deferredWake.Release(); }
            catch (SemaphoreFullException) { }
    }

    /// <summary>An edit or an editor's check is waiting for the builder: deferred work lets it go first.</summary>
    private bool EditWaiting => _editPending || Volatile.Read(ref _draftsWaiting) > 0;

    /// <summary>
    /// Brings the rest of the site up to date after edits, on a thread of its own: each step is computed
    /// without the builder's gate and applied under it, so an edit waits for one merge at most, never for
    /// rendering or the search index. A step computed from pages an edit changed meanwhile is dropped.
    /// </summary>
    private void DeferredLoop()
    {
        BackgroundPriority.LowerCurrentThread();
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                _deferredWake.Wait(_stop.Token);
                var clock = System.Diagnostics.Stopwatch.StartNew();
                while (!EditWaiting && !_stop.IsCancellationRequested)
                {
                    DeferredWork? work = null;
                    Locked(() =>
                    {
                        work = _builder.PlanDeferredWork();
                        if (work is null) Report(_builder.PublishDeferredWork(clock.Elapsed));
                    });
                    if (work is null) break;
                    while (!work.IsDone && !EditWaiting)
                    {
                        var step = work.ComputeNext();
                        var applied = false;
                        Locked(() =>
                        {
                            applied = _builder.Apply(step);
                            // Out of date, or failed: errors are shown now, and the rest is planned again.
                            if (!applied) Report(_builder.PublishDeferredWork(clock.Elapsed));
                        });
                        if (!applied) break;
                    }
                }
            }
        }
        catch (OperationCanceledException) { }
        catch (Exception ex)
        {
            Stopped(ex);
        }
    }

    private void Locked(Action action)
    {
        _gate.Wait(_stop.Token);
        try { action(); }
        finally { _gate.Release(); }
    }

    /// <summary>Serves the builder's snapshot after <paramref name="update"/> and logs it; called with the gate held, so snapshots are served in order.</summary>
    private void Report(PreviewUpdate? update)
    {
        if (update is null) return;
        _snapshot = _builder.Snapshot;
        lock (_recent)
        {
            _recent.Enqueue(_snapshot);
            while (_recent.Count > RecentSnapshots) _recent.Dequeue();
        }
        Interlocked.Exchange(ref _published, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        foreach (var e in _snapshot.Errors) _log.WriteLine(e.ToString());
        _log.WriteLine($"[{DateTime.Now:HH:mm:ss}] {update.Kind} rebuild in {update.Elapsed.TotalMilliseconds:0} ms{(update.Errors > 0 ? $": {update.Errors} error(s), showing the last good pages" : "")}");
    }

    private async Task HandleAsync(HttpContext http)
    {
        // DNS rebinding: a page on another host that resolves to 127.0.0.1 still sends its own Host.
        if (!RequestGuard.IsOwnHost(http.Request, _port))
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync($"staticsite serve only answers requests for 127.0.0.1:{_port} or localhost:{_port}.\n");
            return;
        }
        var path = http.Request.Path.Value ?? "/";
        if (path == LiveReload.EventsPath) { await EventsAsync(http); return; }
        if (path == ApiPath && HttpMethods.IsPost(http.Request.Method)) { await JsonEndpointAsync(http, _protocol.HandleAsync); return; }
        if (path == EditorPreviewPath) { await JsonEndpointAsync(http, PreviewEntryAsync); return; }
        var snapshot = _snapshot;
        if (path.StartsWith(snapshot.BasePath + AdminSite.Folder, StringComparison.Ordinal) && await AdminAsync(http, path[(snapshot.BasePath.Length + AdminSite.Folder.Length)..], snapshot))
            return;
        if (path == LiveReload.StatusPath)
        {
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync(JsonSerializer.Serialize(new PreviewStatus(snapshot.Version, snapshot.Errors.Select(e => e.ToString()).ToList()), PreviewJsonContext.Default.PreviewStatus));
            return;
        }
        if (!path.StartsWith(snapshot.BasePath, StringComparison.Ordinal))
        {
            if (path == "/" || path == snapshot.BasePath.TrimEnd('/')) { http.Response.Redirect(snapshot.BasePath); return; }
            await NotFoundAsync(http, snapshot);
            return;
        }
        var relative = FileOf(path, snapshot);
        if (!snapshot.Files.ContainsKey(relative) && snapshot.Files.ContainsKey(relative + "/index.html"))
        {
            http.Response.Redirect(path + "/" + http.Request.QueryString);
            return;
        }
        if (snapshot.Files.TryGetValue(relative, out var content)) await SendAsync(http, relative, content, snapshot);
        else await NotFoundAsync(http, snapshot);
    }

    /// <summary>The file of the site that <paramref name="path"/> (under the base path) names: <c>/ouders/tlv/</c> is <c>ouders/tlv/index.html</c>.</summary>
    private static string FileOf(string path, SiteSnapshot snapshot)
    {
        var relative = Uri.UnescapeDataString(path[Math.Min(path.Length, snapshot.BasePath.Length)..]);
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }

    /// <summary>Serves the editor's own files under <c>admin</c>; false when <paramref name="rest"/> is none of them.</summary>
    private async Task<bool> AdminAsync(HttpContext http, string rest, SiteSnapshot snapshot)
    {
        if (rest == "") { http.Response.Redirect(snapshot.BasePath + AdminSite.Folder + "/"); return true; }
        if (!rest.StartsWith('/')) return false;
        rest = rest[1..];
        http.Response.Headers.CacheControl = "no-store";
        if (_editor is null && rest is "" or "index.html" or "config.yml")
        {
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.WriteAsync($"<!doctype html><html lang=\"nl\"><meta charset=\"utf-8\"><title>Webeditor niet geïnstalleerd</title><h1>Webeditor niet geïnstalleerd</h1><p>{WebUtility.HtmlEncode(DiagnosticExplanations.For(DiagnosticCodes.EditorNotInstalled))}</p><p><code>error {DiagnosticCodes.EditorNotInstalled}: {WebUtility.HtmlEncode(EditorFiles.MissingMessage)}</code></p>");
            return true;
        }
        if (_editor is null) return false;
        switch (rest)
        {
            case "" or "index.html":
                var settings = new LocalEditorSettings(ApiPath, EditorPreviewPath, PreviewCollections(), DecapConfigGenerator.SharedWarning);
                await SendTextAsync(http, "text/html; charset=utf-8", AdminSite.Index(_editor, _builder.CurrentBuild?.Region.Name ?? _regionId, "decap", settings));
                return true;
            case "config.yml":
                await SendTextAsync(http, "text/yaml; charset=utf-8", DecapConfigGenerator.Yaml(EditorSiteNow()));
                return true;
            case EditorFiles.EditorScript:
                await SendFileAsync(http, _editor.EditorScriptPath);
                return true;
        }
        if (rest.StartsWith("decap/", StringComparison.Ordinal) && _editor.Decap.Contains(rest["decap/".Length..]))
        {
            await SendFileAsync(http, _editor.DecapPath(rest["decap/".Length..]));
            return true;
        }
        return false;
    }

    private EditorSite EditorSiteNow() =>
        AdminSite.Describe(_options.ContentRoot, _regionId, new Uri(Address!, _snapshot.BasePath).ToString(), new LocalEditorBackend(ApiPath), Languages);

    /// <inheritdoc />
    /// <remarks>Those of the last good build, so that the editor's config and the file names it uses stay in step while a broken save is fixed.</remarks>
    public IReadOnlyList<string> Languages => _builder.CurrentBuild?.Region.Languages ?? [];

    private IReadOnlyList<string> PreviewCollections() =>
        [.. DecapConfigGenerator.Build(EditorSiteNow())["collections"]!.AsArray().OfType<JsonObject>()
            .Where(c => c["folder"] is not null && c["hide"] is null).Select(c => (string)c["name"]!)];

    private static async Task SendTextAsync(HttpContext http, string type, string text)
    {
        http.Response.ContentType = type;
        await http.Response.WriteAsync(text);
    }

    private static async Task SendFileAsync(HttpContext http, string fullPath)
    {
        http.Response.ContentType = ContentTypes.Of(fullPath);
        http.Response.Headers.CacheControl = "no-cache";
        await http.Response.SendFileAsync(fullPath);
    }

    /// <summary>A JSON endpoint of the editor: guarded (own origin, JSON, bounded body), then <paramref name="handle"/>.</summary>
    private static async Task JsonEndpointAsync(HttpContext http, Func<JsonObject, CancellationToken, Task<EditorResponse>> handle)
    {
        var cancel = http.RequestAborted;
        EditorResponse answer;
        if (RequestGuard.RefuseJsonRequest(http.Request) is { } refused)
            answer = EditorProtocol.Error(refused.Status, refused.Code, refused.Message);
        else if (await RequestGuard.ReadBodyAsync(http.Request, cancel) is not { } body)
            answer = EditorProtocol.Error(413, DiagnosticCodes.EditorRequestTooLarge, $"the request is larger than {RequestGuard.MaxMediaBodyBytes / 1024 / 1024} MB.");
        else if (Parse(body) is not { } request)
            answer = EditorProtocol.Error(400, DiagnosticCodes.EditorRequestInvalid, "the request is not a JSON object.");
        else if (body.Length > RequestGuard.MaxBodyBytes && !EditorProtocol.MayCarryMedia((request["action"] as JsonValue)?.ToString()))
            answer = EditorProtocol.Error(413, DiagnosticCodes.EditorRequestTooLarge, $"the request is larger than {RequestGuard.MaxBodyBytes / 1024 / 1024} MB.");
        else
            answer = await handle(request, cancel);
        http.Response.StatusCode = answer.Status;
        http.Response.Headers.CacheControl = "no-store";
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsync(answer.Body?.ToJsonString(JsonOutput) ?? "null", cancel);
    }

    // Readable Dutch and quotes in the answers; they are JSON for fetch(), never HTML.
    private static readonly JsonSerializerOptions JsonOutput = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static JsonObject? Parse(byte[] body)
    {
        try { return JsonNode.Parse(body, documentOptions: new JsonDocumentOptions { MaxDepth = 64 }) as JsonObject; }
        catch (JsonException) { return null; }
    }

    /// <summary>The editor's preview of an unsaved entry: the page as the site renders it, and the build's diagnostics for it.</summary>
    private async Task<EditorResponse> PreviewEntryAsync(JsonObject request, CancellationToken cancel)
    {
        var collectionName = (request["collection"] as JsonValue)?.ToString() ?? "";
        var data = request["data"] as JsonObject ?? new JsonObject();
        var collection = DecapConfigGenerator.Build(EditorSiteNow())["collections"]!.AsArray().OfType<JsonObject>()
            .FirstOrDefault(c => (string?)c["name"] == collectionName);
        if (collection is null) return EditorProtocol.Error(422, DiagnosticCodes.EditorRequestInvalid, $"unknown collection '{collectionName}'.");
        try
        {
            var given = (request["path"] as JsonValue)?.ToString() ?? "";
            if (collection["files"] is JsonArray files)
            {
                var settingsPath = _store.Resolve((string)files[0]!["file"]!);
                var check = await CheckAsync(_store.ContentFileOf(settingsPath), Encoding.UTF8.GetBytes(DraftEntry.Settings(data)), [], [], cancel);
                return PreviewAnswer(check, shared: false);
            }
            var title = (data[Keys.Title] as JsonValue)?.ToString() ?? "";
            var path = given.Length > 0 ? given : $"{collection["folder"]}/{(StaticSite.Build.Stages.Input.AssignUrls.Slugify(title) is { Length: > 0 } s ? s : "nieuwe-pagina")}.md";
            // Decap's entry is the Dutch page's path; the pane shows the language chosen beside the form.
            var locale = (request["locale"] as JsonValue)?.ToString() ?? "";
            if (Languages.Contains(locale)) path = TranslationName.PathOf(path, locale);
            var file = _store.ContentFileOf(_store.Resolve(path));
            var result = await CheckAsync(file, Encoding.UTF8.GetBytes(DraftEntry.Page(data)), [], [], cancel);
            return PreviewAnswer(result, file.Layer == ContentLayer.Shared);
        }
        catch (EditorRefusal refusal)
        {
            return EditorProtocol.Error(refusal.Status, refusal.Code, refusal.Message);
        }
    }

    private EditorResponse PreviewAnswer(DraftResult result, bool shared) => new(200, new JsonObject
    {
        ["html"] = result.Html is { } html ? Encoding.UTF8.GetString(html.Span) : null,
        ["diagnostics"] = DiagnosticJson.Array(result.Diagnostics.Select(d => DiagnosticJson.Relative(d, _store.ProjectRoot))),
        ["shared"] = shared,
    });

    /// <inheritdoc />
    public async Task<DraftResult> CheckAsync(ContentFile file, byte[] bytes, IReadOnlyList<ContentFile> alsoSaved, IReadOnlyList<(ContentFile File, byte[] Bytes)> pagesSaved, CancellationToken cancel)
    {
        var ownRegion = file.Layer == ContentLayer.Shared || _store.Resolve(EditorPathOf(file)).Path.Split('/')[1] == _regionId;
        Interlocked.Increment(ref _draftsWaiting);
        try { await _gate.WaitAsync(cancel); }
        finally { Interlocked.Decrement(ref _draftsWaiting); }
        try
        {
            if (file.RelativePath == ContentTree.RegionFile && file.Layer == ContentLayer.Region) return CheckSettings(file, bytes, ownRegion);
            if (ownRegion) return _builder.Draft(file, bytes, lint: true, alsoSaved, pagesSaved);
            // A page of another region: its own front matter is all this region's preview can check.
            var problems = new List<Diagnostic>();
            var (source, problem) = SourceText.Decode(file.DisplayPath, bytes);
            if (problem is not null) problems.Add(problem);
            else PageParser.Parse(source!, file.RelativePath, problems);
            return new DraftResult(problems, null);
        }
        finally
        {
            _gate.Release();
            WakeDeferredWork();
        }
    }

    private string EditorPathOf(ContentFile file) =>
        Path.GetRelativePath(_store.ProjectRoot, file.FullPath).Replace('\\', '/');

    private DraftResult CheckSettings(ContentFile file, byte[] bytes, bool ownRegion)
    {
        var problems = new List<Diagnostic>();
        var (source, problem) = SourceText.Decode(file.DisplayPath, bytes);
        if (problem is not null) return new DraftResult([problem], null);
        var id = EditorPathOf(file).Split('/')[1];
        var region = RegionSettingsReader.Read(id, source!, problems);
        if (region is not null)
        {
            Theme.Load(_options.ThemesRoot, region.Theme, region.ThemeAt, problems);
            if (ownRegion && _builder.CurrentBuild is not null)
            {
                var pages = _builder.PageUrls;
                foreach (var task in region.TopTasks.Where(t => !pages.Contains(t)))
                    problems.Add(Diagnostic.Error(region.TopTasksAt, DiagnosticCodes.BrokenLink,
                        $"top task '{task}' is not a page of this site. Write a URL like '/ouders/tlv/'."));
            }
        }
        return new DraftResult(problems, null);
    }

    /// <inheritdoc />
    public IReadOnlyList<string> OrganisationPaths()
    {
        if (_builder.CurrentBuild is not { } build) return [];
        var folder = ContentType.Organisation.Folder() + "/";
        return
        [
            .. build.Files.Where(f => f.IsPage && f.RelativePath.StartsWith(folder, StringComparison.Ordinal) && f.RelativePath.Count(c => c == '/') == 1
                    && Path.GetFileName(f.RelativePath) != "index.md" && !TranslationName.Parse(f.RelativePath).HasCode)
                .Select(EditorPathOf),
        ];
    }

    /// <inheritdoc />
    public void Saved(string fullPath) => _changes.Writer.TryWrite(Path.GetFullPath(fullPath));

    private static async Task NotFoundAsync(HttpContext http, SiteSnapshot snapshot)
    {
        http.Response.StatusCode = StatusCodes.Status404NotFound;
        if (snapshot.Files.TryGetValue("404.html", out var page)) await SendAsync(http, "404.html", page, snapshot);
        else if (snapshot.Errors.Count > 0) await SendAsync(http, "error.html", LiveReload.ErrorPage(snapshot.Errors), snapshot with { Errors = [] });
    }

    private static async Task SendAsync(HttpContext http, string path, ReadOnlyMemory<byte> content, SiteSnapshot snapshot)
    {
        http.Response.Headers.CacheControl = "no-store";
        http.Response.ContentType = ContentTypes.Of(path);
        if (path.EndsWith(".html", StringComparison.Ordinal)) content = LiveReload.Inject(content.Span, snapshot.Version, snapshot.Errors);
        await http.Response.Body.WriteAsync(content);
    }

    private async Task EventsAsync(HttpContext http)
    {
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-store";
        var page = http.Request.Query[LiveReload.PageParameter].ToString();
        var cancel = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, _stop.Token).Token;
        SiteSnapshot? sent = null;
        try
        {
            while (!cancel.IsCancellationRequested)
            {
                var snapshot = sent is null ? _snapshot : await WaitForVersionAsync(sent.Version, cancel);
                var tell = sent is null || page.Length == 0 || ChangedFor(page, sent, snapshot);
                // The first message: the version the tab's page was served from when that page is still what the tab
                // would see now (no reload), else the current one (the tab reloads: it missed a rebuild while it loaded).
                var version = sent is null ? FirstVersion(http.Request.Query[LiveReload.SinceParameter].ToString(), page, snapshot) : snapshot.Version;
                sent = snapshot;
                if (!tell) continue;
                await http.Response.WriteAsync($"data: {version}\n\n", cancel);
                await http.Response.Body.FlushAsync(cancel);
            }
        }
        catch (OperationCanceledException) { }
    }

    /// <summary>
    /// What the events of a tab that was served <paramref name="page"/> from the version <paramref name="since"/> start with:
    /// that version while the page is the same in <paramref name="now"/>, else (changed, unknown, or no longer among the recent
    /// snapshots) the current version, which makes the tab reload.
    /// </summary>
    private long FirstVersion(string since, string page, SiteSnapshot now)
    {
        if (!long.TryParse(since, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var served) || page.Length == 0)
            return now.Version;
        if (served == now.Version) return served;
        SiteSnapshot? then;
        lock (_recent) then = _recent.FirstOrDefault(s => s.Version == served);
        return then is not null && !ChangedFor(page, then, now) ? served : now.Version;
    }

    /// <summary>True when the tab showing <paramref name="page"/> would see something else in <paramref name="now"/> than in <paramref name="before"/>.</summary>
    private static bool ChangedFor(string page, SiteSnapshot before, SiteSnapshot now)
    {
        if (!before.Errors.Select(e => e.ToString()).SequenceEqual(now.Errors.Select(e => e.ToString()))) return true;
        if (!page.StartsWith(now.BasePath, StringComparison.Ordinal) || before.BasePath != now.BasePath) return true;
        var file = FileOf(page, now);
        // A page is replaced, never changed in place: the same memory is the same page.
        var had = before.Files.TryGetValue(file, out var old);
        return had != now.Files.TryGetValue(file, out var current) || !old.Equals(current);
    }
}
