using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using StaticSite.Tests.Harness;

namespace StaticSite.Tests.Deploy;

/// <summary>
/// A built region served by Debian's nginx with the server block of docs/nginx/site.conf (its three
/// ADAPT lines filled in), started by the test on a free loopback port with its own prefix, pid,
/// logs and temp folders, and stopped after: the headers of _headers, the precompressed copies by
/// Accept-Encoding, the 404 page, the 301s of aliases, and the host files kept from visitors.
/// </summary>
public sealed partial class NginxTests
{
    private const string Nginx = "/usr/sbin/nginx";
    private const string BrotliModule = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";

    private const string Aliases = """
        -- content/_shared/ouders/opp.md --
        ---
        title: Ontwikkelingsperspectief
        aliases: [/oud/opp/]
        ---
        Het OPP beschrijft wat uw kind nodig heeft.
        """;

    [Theory]
    [InlineData("utrecht", "/")]
    [InlineData("amersfoort", "/amersfoort/")]
    public async Task Nginx_with_the_documented_config_serves_headers_precompressed_files_404_and_redirects(string region, string basePath)
    {
        Assert.True(File.Exists(Nginx) && File.Exists(BrotliModule),
            $"these tests need {Nginx} and {BrotliModule}: apt-get install -y nginx libnginx-mod-http-brotli-static (.ci/run does).");
        using var site = TestSite.Create(Sites.TwoRegions + "\n" + Aliases);
        var build = site.Build();
        Assert.True(build.ExitCode == 0, build.ToString());
        var dist = site.Full("dist");
        var folder = Path.Combine(dist, region);
        var root = basePath == "/" ? folder : dist;

        await using var server = await NginxServer.StartAsync(site.Full("nginx"), root, Path.Combine(folder, "_nginx.conf"));
        using var http = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None, AllowAutoRedirect = false }) { BaseAddress = server.Origin };

        // The home page: Brotli, gzip or as it is, each byte for byte the file on disk, with the page's headers.
        foreach (var (encoding, suffix) in new[] { ("br", ".br"), ("gzip", ".gz"), ("", "") })
        {
            using var response = await GetAsync(http, basePath, encoding);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(encoding.Length > 0 ? [encoding] : Array.Empty<string>(), response.Content.Headers.ContentEncoding.ToArray());
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(folder, "index.html" + suffix)), await response.Content.ReadAsByteArrayAsync());
            Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
            Assert.Equal("public, max-age=300", Header(response, "Cache-Control"));
            Assert.StartsWith("default-src 'self'; script-src 'self'; style-src 'self' 'sha256-", Header(response, "Content-Security-Policy"));
            Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
            Assert.Equal("DENY", Header(response, "X-Frame-Options"));
            Assert.Null(Header(response, "X-Robots-Tag"));
        }
        using (var response = await GetAsync(http, basePath, "br"))
            Assert.Contains("Accept-Encoding", response.Headers.Vary);

        // A hashed stylesheet: cached for a year, and its Brotli copy.
        var css = Regex.Match(await File.ReadAllTextAsync(Path.Combine(folder, "index.html")), "href=\"(?<url>[^\"]+/site\\.[0-9a-f]+\\.css)\"").Groups["url"].Value;
        using (var response = await GetAsync(http, css, "br, gzip"))
        {
            Assert.Equal("public, max-age=31536000, immutable", Header(response, "Cache-Control"));
            Assert.Equal(["br"], response.Content.Headers.ContentEncoding.ToArray());
            Assert.Equal("text/css; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        }
        // The JSON API may be read by other sites; the search page is not for search engines.
        using (var response = await GetAsync(http, basePath + "api/index.json", "gzip"))
        {
            Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
            Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding.ToArray());
        }
        using (var response = await GetAsync(http, basePath + "zoeken/", ""))
            Assert.Equal("noindex", Header(response, "X-Robots-Tag"));
        // A folder without its slash gets it, on the same host and port.
        using (var response = await GetAsync(http, basePath + "ouders", ""))
        {
            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal(basePath + "ouders/", response.Headers.Location!.ToString());
        }
        // An alias: a real 301, with and without the slash.
        foreach (var alias in new[] { "oud/opp/", "oud/opp" })
        {
            using var response = await GetAsync(http, basePath + alias, "");
            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal(basePath + "ouders/opp/", response.Headers.Location!.ToString());
        }
        // Anything else: the site's own 404 page, with status 404.
        using (var response = await GetAsync(http, basePath + "bestaat/niet/", ""))
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal(await File.ReadAllTextAsync(Path.Combine(folder, "404.html")), await response.Content.ReadAsStringAsync());
        }
        foreach (var hostFile in new[] { "_headers", "_redirects", "_nginx.conf" })
        {
            using var response = await GetAsync(http, basePath + hostFile, "");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient http, string path, string acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptEncoding.Length > 0) request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        return await http.SendAsync(request);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : null;

    /// <summary>nginx in the foreground with a main config of its own around the documented server block.</summary>
    private sealed partial class NginxServer : IAsyncDisposable
    {
        private readonly Process _process;

        private NginxServer(Process process, Uri origin) { _process = process; Origin = origin; }

        public Uri Origin { get; }

        public static async Task<NginxServer> StartAsync(string prefix, string root, string include)
        {
            Directory.CreateDirectory(prefix);
            var port = FreePort();
            var documented = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "docs", "nginx", "site.conf"));
            var site = Replace(documented, ListenLine(), $"    listen 127.0.0.1:{port};");
            site = Replace(site, RootLine(), $"    root {root};");
            site = Replace(site, IncludeLine(), $"    include {include};");
            await File.WriteAllTextAsync(Path.Combine(prefix, "site.conf"), site);
            var temp = (string name) => Path.Combine(prefix, name);
            await File.WriteAllTextAsync(Path.Combine(prefix, "nginx.conf"), $$"""
                load_module {{BrotliModule}};
                daemon off;
                master_process off;
                pid {{temp("nginx.pid")}};
                error_log {{temp("error.log")}} warn;
                events { worker_connections 64; }
                http {
                    include /etc/nginx/mime.types;
                    default_type application/octet-stream;
                    access_log off;
                    client_body_temp_path {{temp("body")}};
                    proxy_temp_path {{temp("proxy")}};
                    fastcgi_temp_path {{temp("fastcgi")}};
                    uwsgi_temp_path {{temp("uwsgi")}};
                    scgi_temp_path {{temp("scgi")}};
                    include {{temp("site.conf")}};
                }
                """);
            var start = new ProcessStartInfo(Nginx) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var a in new[] { "-p", prefix, "-e", temp("error.log"), "-c", temp("nginx.conf") }) start.ArgumentList.Add(a);
            var process = Process.Start(start)!;
            var origin = new Uri($"http://127.0.0.1:{port}");
            using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
            for (var attempt = 0; attempt < 100; attempt++)
            {
                if (process.HasExited)
                    throw new InvalidOperationException($"nginx stopped (exit {process.ExitCode}): {await process.StandardError.ReadToEndAsync()} {ReadLog(temp("error.log"))}");
                try { using var _ = await probe.GetAsync(origin); return new NginxServer(process, origin); }
                catch (HttpRequestException) { await Task.Delay(100); }
                catch (TaskCanceledException) { await Task.Delay(100); }
            }
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("nginx did not answer within 10 s: " + ReadLog(temp("error.log")));
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
            _process.Dispose();
        }

        private static string ReadLog(string file) => File.Exists(file) ? File.ReadAllText(file) : "";

        private static string Replace(string config, Regex line, string with)
        {
            Assert.True(line.Matches(config).Count == 1, $"docs/nginx/site.conf must have exactly one line matching {line}");
            return line.Replace(config, with);
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        [GeneratedRegex(@"^\s*listen 80;.*$", RegexOptions.Multiline)] private static partial Regex ListenLine();
        [GeneratedRegex(@"^\s*root /srv/www/utrecht;.*$", RegexOptions.Multiline)] private static partial Regex RootLine();
        [GeneratedRegex(@"^\s*include /srv/www/utrecht/_nginx\.conf;.*$", RegexOptions.Multiline)] private static partial Regex IncludeLine();
    }
}
