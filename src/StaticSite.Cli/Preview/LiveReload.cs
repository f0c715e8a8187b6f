using System.Net;
using System.Text;
using StaticSite.Pipeline.Diagnostics;

namespace StaticSite.Cli.Preview;

/// <summary>
/// The live-reload protocol of the preview server. Every served HTML page gets a tiny script
/// that knows the version of the site it was served from and listens to <see cref="EventsPath"/> with
/// its own address as <see cref="PageParameter"/> (server-sent events: one <c>data: VERSION</c> message
/// on connect and one per published rebuild that changed that page or the errors; without the
/// parameter, one per published rebuild) and reloads the tab when a message names another version.
/// So a tab reloads once per save that changed it, not again when the rest of the site catches up;
/// and a page served just before a rebuild was published, whose events connect just after it, sees
/// the newer version in the first message and reloads (it would otherwise keep the old page until
/// the next save: a save shown only sometimes). When
/// the latest build failed, pages carry an overlay listing its errors; the page under it is the
/// last good one.
/// </summary>
public static class LiveReload
{
    /// <summary>Server-sent events of published versions (absolute, outside the region's base path).</summary>
    public const string EventsPath = "/__staticsite/events";

    /// <summary>The query parameter of <see cref="EventsPath"/> naming the page a tab shows (its path, as in the address bar).</summary>
    public const string PageParameter = "page";

    /// <summary>The query parameter of <see cref="EventsPath"/> giving the version of the site the tab's page was served from.</summary>
    public const string SinceParameter = "since";

    /// <summary>JSON <c>{"version":N,"errors":[...]}</c> of the current snapshot, for tools and tests.</summary>
    public const string StatusPath = "/__staticsite/status";

    /// <summary>Id of the error overlay element.</summary>
    public const string OverlayId = "staticsite-error-overlay";

    /// <summary>The script injected before <c>&lt;/body&gt;</c> of a page served from the site's version <paramref name="version"/>.</summary>
    public static string Script(long version)
    {
        var v = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return "<script data-staticsite-livereload>(function(){var v='" + v + "',es=new EventSource('" + EventsPath + "?" + SinceParameter + "=" + v + "&" +
            PageParameter + "='+encodeURIComponent(location.pathname));" +
            "es.onmessage=function(e){if(e.data!==v){location.reload();}v=e.data;};})();</script>";
    }

    /// <summary>
    /// Adds the live-reload script for the site's version <paramref name="version"/>, and the error overlay when
    /// <paramref name="errors"/> is not empty, to an HTML page.
    /// </summary>
    public static byte[] Inject(ReadOnlySpan<byte> html, long version, IReadOnlyList<Diagnostic> errors)
    {
        var insert = Encoding.UTF8.GetBytes(Overlay(errors) + Script(version));
        var at = LastBodyEnd(html);
        if (at < 0) at = html.Length;
        var page = new byte[html.Length + insert.Length];
        html[..at].CopyTo(page);
        insert.CopyTo(page.AsSpan(at));
        html[at..].CopyTo(page.AsSpan(at + insert.Length));
        return page;
    }

    /// <summary>Where the last <c>&lt;/body&gt;</c> (in any case) starts, or -1; on the bytes, since every page served passes here.</summary>
    private static int LastBodyEnd(ReadOnlySpan<byte> html)
    {
        var tag = "</body>"u8;
        for (var at = html.LastIndexOf((byte)'<'); at >= 0; at = html[..at].LastIndexOf((byte)'<'))
            if (html.Length - at >= tag.Length && Ascii.EqualsIgnoreCase(html.Slice(at, tag.Length), tag)) return at;
        return -1;
    }

    /// <summary>A whole page showing only the overlay (when no good build exists yet).</summary>
    public static byte[] ErrorPage(IReadOnlyList<Diagnostic> errors) =>
        Encoding.UTF8.GetBytes("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build failed</title></head><body>" + Overlay(errors) + "</body></html>");

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
