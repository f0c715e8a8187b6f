using Microsoft.AspNetCore.Http;
using StaticSite.Pipeline.Diagnostics;

namespace StaticSite.Cli.Preview.Editor;

/// <summary>
/// What the local server accepts. The preview server runs on the editor's own machine and can write
/// content/, so another web page the editor has open must not reach it: every request must name the
/// server by its loopback address in <c>Host</c> (a DNS-rebinding page names its own host), and the
/// writing endpoints take only JSON from the server's own origin, with bounded bodies.
/// </summary>
public static class RequestGuard
{
    /// <summary>Largest body of an ordinary editor request (a page is at most 2 MB; JSON escaping adds some).</summary>
    public const int MaxBodyBytes = 4 * 1024 * 1024;

    /// <summary>Largest body of a request that may carry media (a 10 MB file is about 13.4 MB as base64).</summary>
    public const int MaxMediaBodyBytes = 16 * 1024 * 1024;

    /// <summary>True when <c>Host</c> is <c>127.0.0.1:PORT</c> or <c>localhost:PORT</c> of this server.</summary>
    public static bool IsOwnHost(HttpRequest request, int port)
    {
        var host = request.Host;
        if (!host.HasValue || host.Port != port) return false;
        return host.Host is "127.0.0.1" || string.Equals(host.Host, "localhost", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Null when a JSON request may go on; else why not (status, code, message).</summary>
    public static (int Status, string Code, string Message)? RefuseJsonRequest(HttpRequest request)
    {
        if (!HttpMethods.IsPost(request.Method))
            return (405, DiagnosticCodes.EditorRequestRefused, "only POST is accepted here.");
        var origin = request.Headers.Origin.ToString();
        var own = $"{request.Scheme}://{request.Host}";
        if (origin.Length > 0 && !string.Equals(origin, own, StringComparison.OrdinalIgnoreCase))
            return (403, DiagnosticCodes.EditorRequestRefused, $"requests from '{origin}' are refused; only the editor at {own} may write content.");
        if (request.Headers["Sec-Fetch-Site"].ToString() is "cross-site" or "same-site")
            return (403, DiagnosticCodes.EditorRequestRefused, "requests from other sites are refused.");
        var type = request.ContentType ?? "";
        var media = type.Split(';')[0].Trim();
        if (!string.Equals(media, "application/json", StringComparison.OrdinalIgnoreCase))
            return (415, DiagnosticCodes.EditorRequestRefused, $"the content type must be application/json, not '{(type.Length > 0 ? type : "none")}'.");
        if (request.ContentLength is > MaxMediaBodyBytes)
            return (413, DiagnosticCodes.EditorRequestTooLarge, $"the request is larger than {MaxMediaBodyBytes / 1024 / 1024} MB.");
        return null;
    }

    /// <summary>Reads the body up to <see cref="MaxMediaBodyBytes"/>; null when it is larger.</summary>
    public static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancel)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await request.Body.ReadAsync(chunk, cancel)) > 0)
        {
            if (buffer.Length + n > MaxMediaBodyBytes) return null;
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }
}
