using System.Net;
using System.Text;
using StaticSite.Pipeline.Diagnostics;

namespace StaticSite.Cli.Preview;

/// <summary>
/// The live-reload protocol of the preview server. Every served HTML page gets a tiny script
/// that listens to <see cref="EventsPath"/> (server-sent events: one <c>data: VERSION</c> message
/// on connect and one per published rebuild) and reloads the tab when the version changes. When
/// the latest build failed, pages carry an overlay listing its errors; the page under it is the
/// last good one.
/// </summary>
public static class LiveReload
{
    /// <summary>Server-sent events of published versions (absolute, outside the region's base path).</summary>
    public const string EventsPath = "/__staticsite/events";

    /// <summary>JSON <c>{"version":N,"errors":[...]}</c> of the current snapshot, for tools and tests.</summary>
    public const string StatusPath = "/__staticsite/status";

    /// <summary>Id of the error overlay element.</summary>
    public const string OverlayId = "staticsite-error-overlay";

    /// <summary>The script injected before <c>&lt;/body&gt;</c>.</summary>
    public const string Script =
        "<script data-staticsite-livereload>(function(){var v=null,es=new EventSource('" + EventsPath + "');" +
        "es.onmessage=function(e){if(v!==null&&e.data!==v){location.reload();}v=e.data;};})();</script>";

    /// <summary>Adds the live-reload script, and the error overlay when <paramref name="errors"/> is not empty, to an HTML page.</summary>
    public static byte[] Inject(ReadOnlySpan<byte> html, IReadOnlyList<Diagnostic> errors)
    {
        var text = Encoding.UTF8.GetString(html);
        var insert = Overlay(errors) + Script;
        var at = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        text = at >= 0 ? text.Insert(at, insert) : text + insert;
        return Encoding.UTF8.GetBytes(text);
    }

    /// <summary>A whole page showing only the overlay (when no good build exists yet).</summary>
    public static byte[] ErrorPage(IReadOnlyList<Diagnostic> errors) =>
        Inject("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build failed</title></head><body></body></html>"u8, errors);

    private static string Overlay(IReadOnlyList<Diagnostic> errors)
    {
        if (errors.Count == 0) return "";
        var items = string.Concat(errors.Select(e => $"<li><code>{WebUtility.HtmlEncode(e.ToString())}</code></li>"));
        return $"<div id=\"{OverlayId}\" role=\"alert\" style=\"position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.94);color:#fff;font:15px/1.5 system-ui,sans-serif;padding:2rem\">" +
               $"<h2 style=\"color:#ff8a80;margin-top:0\">De laatste wijziging kon niet worden gebouwd ({errors.Count} fout{(errors.Count == 1 ? "" : "en")})</h2>" +
               "<p>Je ziet hieronder wat er mis is. Verbeter het bestand en sla het op; deze pagina laadt dan vanzelf opnieuw. Daaronder staat de laatste goede versie.</p>" +
               $"<ul style=\"padding-left:1.2rem\">{items}</ul>" +
               $"<button type=\"button\" onclick=\"document.getElementById('{OverlayId}').remove()\">Sluiten</button></div>";
    }
}
