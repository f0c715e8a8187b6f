using System.Net;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using StaticSite.Build;

namespace StaticSite.Cli.Preview;

/// <summary>
/// The preview server of <c>staticsite serve</c>: serves one region from memory on 127.0.0.1
/// under the region's base path, watches <c>content/</c> and <c>themes/</c>, rebuilds on save
/// (see <see cref="RegionPreviewBuilder"/>) and tells open tabs to reload (<see cref="LiveReload"/>).
/// Never writes the output folder.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly RegionPreviewBuilder _builder;
    private readonly BuildOptions _options;
    private readonly TextWriter _log;
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<FileSystemWatcher> _watchers = [];
    private WebApplication? _app;
    private Task? _worker;
    private volatile SiteSnapshot _snapshot = SiteSnapshot.Empty;
    private TaskCompletionSource _published = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>How long to wait for more file events after the first one, so one save is one rebuild.</summary>
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(10);

    /// <summary>Creates a server for <paramref name="regionId"/>; call <see cref="StartAsync"/>.</summary>
    public PreviewServer(string regionId, BuildOptions options, TextWriter log)
    {
        _options = options;
        _log = log;
        _builder = new RegionPreviewBuilder(regionId, options);
    }

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
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        _app = builder.Build();
        _app.Run(HandleAsync);
        await _app.StartAsync();
        var address = _app.Services.GetService(typeof(IServer)) is IServer server
            ? server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() : null;
        Address = new Uri(address ?? $"http://127.0.0.1:{port}");
        Watch(_options.ContentRoot);
        Watch(_options.ThemesRoot);
        _worker = Task.Run(RebuildLoopAsync);
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
        _changes.Writer.TryWrite(path);
    }

    private async Task RebuildLoopAsync()
    {
        var reader = _changes.Reader;
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                if (!reader.TryPeek(out _) && _builder.HasDeferredWork)
                {
                    Report(_builder.CompleteDeferredWork(() => reader.TryPeek(out _)));
                    continue;
                }
                if (!await reader.WaitToReadAsync(_stop.Token)) return;
                var changed = new HashSet<string>(StringComparer.Ordinal);
                while (reader.TryRead(out var first)) changed.Add(first);
                await Task.Delay(Debounce, _stop.Token);
                while (reader.TryRead(out var more)) changed.Add(more);
                // Folders and non-page files change the set of files: the builder does a full build for them.
                Report(_builder.Update(changed));
            }
        }
        catch (OperationCanceledException) { }
        catch (Exception ex)
        {
            _log.WriteLine($"staticsite: error SS9001: the preview stopped rebuilding ({ex.GetType().Name}: {ex.Message}). Restart 'staticsite serve' and please report this.");
        }
    }

    private void Report(PreviewUpdate? update)
    {
        if (update is null) return;
        _snapshot = _builder.Snapshot;
        Interlocked.Exchange(ref _published, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        foreach (var e in _snapshot.Errors) _log.WriteLine(e.ToString());
        _log.WriteLine($"[{DateTime.Now:HH:mm:ss}] {update.Kind} rebuild in {update.Elapsed.TotalMilliseconds:0} ms{(update.Errors > 0 ? $": {update.Errors} error(s), showing the last good pages" : "")}");
    }

    private async Task HandleAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "/";
        if (path == LiveReload.EventsPath) { await EventsAsync(http); return; }
        var snapshot = _snapshot;
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
        var relative = Uri.UnescapeDataString(path[snapshot.BasePath.Length..]);
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        else if (!snapshot.Files.ContainsKey(relative) && snapshot.Files.ContainsKey(relative + "/index.html"))
        {
            http.Response.Redirect(path + "/" + http.Request.QueryString);
            return;
        }
        if (snapshot.Files.TryGetValue(relative, out var content)) await SendAsync(http, relative, content, snapshot);
        else await NotFoundAsync(http, snapshot);
    }

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
        if (path.EndsWith(".html", StringComparison.Ordinal)) content = LiveReload.Inject(content.Span, snapshot.Errors);
        await http.Response.Body.WriteAsync(content);
    }

    private async Task EventsAsync(HttpContext http)
    {
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-store";
        var cancel = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, _stop.Token).Token;
        var sent = -1L;
        try
        {
            while (!cancel.IsCancellationRequested)
            {
                var snapshot = sent < 0 ? _snapshot : await WaitForVersionAsync(sent, cancel);
                sent = snapshot.Version;
                await http.Response.WriteAsync($"data: {sent}\n\n", cancel);
                await http.Response.Body.FlushAsync(cancel);
            }
        }
        catch (OperationCanceledException) { }
    }
}
