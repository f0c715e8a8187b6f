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
/// of a file when the browser accepts that encoding (what a visitor downloads).
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly WebApplication _app;

    private StaticSiteServer(WebApplication app, BuiltRegion region, Uri origin)
    {
        _app = app;
        Region = region;
        Origin = origin;
    }

    public BuiltRegion Region { get; }

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
        app.Run(context => ServeAsync(context, region, host));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new StaticSiteServer(app, region, new Uri(address));
    }

    private static async Task ServeAsync(HttpContext context, BuiltRegion region, HostFiles host)
    {
        var path = context.Request.Path.Value ?? "/";
        foreach (var (name, value) in host.HeadersFor(path)) context.Response.Headers.Append(name, value);
        if (host.RedirectFor(path) is { } target)
        {
            context.Response.Redirect(target, permanent: true);
            return;
        }
        var file = Resolve(region, path, out var redirect);
        if (redirect is not null)
        {
            context.Response.Redirect(redirect + context.Request.QueryString, permanent: true);
            return;
        }
        var status = StatusCodes.Status200OK;
        if (file is null)
        {
            status = StatusCodes.Status404NotFound;
            file = Path.Combine(region.Folder, "404.html");
        }
        context.Response.StatusCode = status;
        context.Response.ContentType = ContentTypeOf(file);
        var accepted = context.Request.Headers.AcceptEncoding.ToString();
        foreach (var (encoding, suffix) in new[] { ("br", ".br"), ("gzip", ".gz") })
        {
            if (!accepted.Contains(encoding, StringComparison.OrdinalIgnoreCase) || !File.Exists(file + suffix)) continue;
            context.Response.Headers.ContentEncoding = encoding;
            context.Response.Headers.Vary = "Accept-Encoding";
            await context.Response.SendFileAsync(file + suffix);
            return;
        }
        await context.Response.SendFileAsync(file);
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

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
