using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace StaticSite.Browser.Tests.Infrastructure;

/// <summary>
/// Serves one built region on 127.0.0.1 (a free port) the way Netlify and Cloudflare Pages do: under the
/// region's base path (so <c>/amersfoort/</c> is real), <c>index.html</c> for folders, a redirect
/// that adds the trailing slash, the region's <c>404.html</c> with status 404 for anything else, the
/// headers of the site's <c>_headers</c> (so every browser test runs under the site's
/// Content-Security-Policy), the 301s of its <c>_redirects</c>, and the <c>.br</c>/<c>.gz</c> copy
/// of a file when the browser accepts that encoding (what a visitor downloads); text without a copy
/// is compressed as the browser asks, as a CDN would (see <see cref="ResponseCompressor"/>).
/// Every response is logged in <see cref="Requests"/>.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ServedRequest> _requests;

    private StaticSiteServer(WebApplication app, BuiltRegion region, Uri origin, ConcurrentQueue<ServedRequest> requests)
    {
        _app = app;
        Region = region;
        Origin = origin;
        _requests = requests;
    }

    public BuiltRegion Region { get; }

    /// <summary>Every response served so far, in the order they were finished.</summary>
    public IReadOnlyList<ServedRequest> Requests => [.. _requests];

    /// <summary>Forgets the responses served so far (a test measures one page load).</summary>
    public void ClearRequests() => _requests.Clear();

    /// <summary><c>http://127.0.0.1:PORT</c>, without the base path.</summary>
    public Uri Origin { get; }

    /// <summary>Absolute URL of a root-relative site path (<c>/ouders/</c>), with the region's base path.</summary>
    public string Url(string sitePath) => new Uri(Origin, Region.BasePath.TrimEnd('/') + sitePath).ToString();

    public static async Task<StaticSiteServer> StartAsync(BuiltRegion region)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var host = HostFiles.Load(region.Folder);
        var requests = new ConcurrentQueue<ServedRequest>();
        app.Run(async context =>
        {
            var start = DateTimeOffset.UtcNow;
            var (bytes, encoding) = await ServeAsync(context, region, host);
            requests.Enqueue(new ServedRequest(context.Request.Path.Value ?? "/", context.Response.StatusCode, encoding, bytes, start, DateTimeOffset.UtcNow));
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new StaticSiteServer(app, region, new Uri(address), requests);
    }

    /// <summary>Serves one request; returns the bytes of the body sent and its content encoding.</summary>
    private static async Task<(long Bytes, string? Encoding)> ServeAsync(HttpContext context, BuiltRegion region, HostFiles host)
    {
        var path = context.Request.Path.Value ?? "/";
        foreach (var (name, value) in host.HeadersFor(path)) context.Response.Headers.Append(name, value);
        if (host.RedirectFor(path) is { } target)
        {
            context.Response.Redirect(target, permanent: true);
            return (0, null);
        }
        var file = Resolve(region, path, out var redirect);
        if (redirect is not null)
        {
            context.Response.Redirect(redirect + context.Request.QueryString, permanent: true);
            return (0, null);
        }
        var status = StatusCodes.Status200OK;
        if (file is null)
        {
            status = StatusCodes.Status404NotFound;
            file = Path.Combine(region.Folder, "404.html");
        }
        context.Response.StatusCode = status;
        var type = ContentTypeOf(file);
        context.Response.ContentType = type;
        if (ResponseCompressor.Compresses(type))
        {
            context.Response.Headers.Vary = "Accept-Encoding";
            var encoding = ResponseCompressor.Choose(context.Request.Headers.AcceptEncoding);
            var copy = encoding switch { "br" => file + ".br", "gzip" => file + ".gz", _ => null };
            if (copy is not null && File.Exists(copy))
            {
                context.Response.Headers.ContentEncoding = encoding;
                await context.Response.SendFileAsync(copy);
                return (new FileInfo(copy).Length, encoding);
            }
            if (encoding is not null)
            {
                var body = ResponseCompressor.Compressed(file, encoding);
                context.Response.Headers.ContentEncoding = encoding;
                context.Response.ContentLength = body.Length;
                await context.Response.Body.WriteAsync(body);
                return (body.Length, encoding);
            }
        }
        await context.Response.SendFileAsync(file);
        return (new FileInfo(file).Length, null);
    }

    private static string? Resolve(BuiltRegion region, string path, out string? redirect)
    {
        redirect = null;
        if (path + "/" == region.BasePath)
        {
            redirect = region.BasePath;
            return null;
        }
        if (!path.StartsWith(region.BasePath, StringComparison.Ordinal)) return null;
        var relative = Uri.UnescapeDataString(path[region.BasePath.Length..]);
        var root = Path.GetFullPath(region.Folder) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(root, StringComparison.Ordinal) && full + Path.DirectorySeparatorChar != root) return null;
        if (Directory.Exists(full))
        {
            if (!path.EndsWith('/'))
            {
                redirect = path + "/";
                return null;
            }
            full = Path.Combine(full, "index.html");
        }
        return File.Exists(full) ? full : null;
    }

    private static string ContentTypeOf(string file)
    {
        if (file.EndsWith("feed.xml", StringComparison.Ordinal)) return "application/atom+xml; charset=utf-8";
        if (!ContentTypes.TryGetContentType(file, out var type)) type = "application/octet-stream";
        return type.StartsWith("text/", StringComparison.Ordinal) || type is "application/javascript" or "application/json" or "application/xml" or "text/xml"
            ? type + "; charset=utf-8"
            : type;
    }

    /// <summary>Requests whose path ends with <paramref name="suffix"/> (<c>.json</c>, a file name).</summary>
    public IReadOnlyList<ServedRequest> RequestsEndingWith(string suffix) =>
        [.. Requests.Where(r => r.Path.EndsWith(suffix, StringComparison.Ordinal))];

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One response of <see cref="StaticSiteServer"/>.</summary>
/// <param name="Path">Request path (with the base path, without the query).</param>
/// <param name="Status">HTTP status sent.</param>
/// <param name="Encoding"><c>br</c>, <c>gzip</c>, or null when sent as it is.</param>
/// <param name="Bytes">Bytes of the body as sent (compressed when <paramref name="Encoding"/> is set).</param>
/// <param name="Start">When the request arrived.</param>
/// <param name="End">When the response was written.</param>
public sealed record ServedRequest(string Path, int Status, string? Encoding, long Bytes, DateTimeOffset Start, DateTimeOffset End);
