using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Scriban.Runtime;
using StaticSite.Content.Contact;
using StaticSite.Content.Urls;

namespace StaticSite.Rendering.Themes;

/// <summary>The functions templates can call (docs/themes.md, "Functions").</summary>
public static class TemplateFunctions
{
    private static readonly string[] Months =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    // Escapes <, >, & and quotes (so "</script>" cannot end the block) but keeps Dutch letters readable.
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>A script object with url, abs_url, asset, date_nl, tel_href, mailto_href, safe_url and json for one region.</summary>
    public static ScriptObject Create(string basePath, Uri baseUrl, IReadOnlyDictionary<string, string> assetUrls)
    {
        var functions = new ScriptObject();
        functions.Import("url", new Func<string, string>(path => SiteUrl(basePath, path)));
        functions.Import("abs_url", new Func<string, string>(path => new Uri(baseUrl, SiteUrl(basePath, path)).ToString()));
        functions.Import("asset", new Func<string, string>(name => assetUrls.TryGetValue(name, out var u) ? u
            : throw new ArgumentException($"there is no asset '{name}' (known: {string.Join(", ", assetUrls.Keys)})")));
        functions.Import("date_nl", new Func<string, string>(DateNl));
        functions.Import("tel_href", new Func<string, string>(TelHref));
        functions.Import("mailto_href", new Func<string, string>(MailtoHref));
        functions.Import("safe_url", new Func<string, string>(SafeUrl));
        functions.Import("json", new Func<object?, string>(Json));
        return functions;
    }

    /// <summary>A site path (<c>/ouders/</c>) with the base path in front (<c>/regio/ouders/</c>); already-prefixed URLs are left alone.</summary>
    public static string SiteUrl(string basePath, string path)
    {
        if (!path.StartsWith('/') || path.StartsWith("//", StringComparison.Ordinal)) return path;
        if (basePath != "/" && path.StartsWith(basePath, StringComparison.Ordinal)) return path;
        return basePath + path[1..];
    }

    /// <summary><c>2026-11-22</c> as <c>22 november 2026</c>; other text unchanged.</summary>
    public static string DateNl(string date) =>
        DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? $"{d.Day} {Months[d.Month - 1]} {d.Year}" : date;

    /// <summary>
    /// The <c>tel:</c> URL of a phone number: E.164 (<c>tel:+31301234567</c>), or the digits of numbers that only
    /// work inside the Netherlands (<c>tel:112</c>, <c>tel:14030</c>); empty when there is no number.
    /// </summary>
    public static string TelHref(string phone) => SafeUrl(ContactCheck.TelHref(phone));

    /// <summary>The <c>mailto:</c> URL of an email address; empty when there is none.</summary>
    public static string MailtoHref(string email) => email.Trim().Length == 0 ? "" : SafeUrl("mailto:" + email.Trim());

    /// <summary><paramref name="url"/> when the URL allow-list accepts it, else empty: for addresses templates put in href or JSON-LD.</summary>
    public static string SafeUrl(string url) => UrlAllowList.Check(url) is { IsAllowed: true } v ? v.Url : "";

    /// <summary>JSON of a template value, safe inside a script element.</summary>
    public static string Json(object? value) => JsonSerializer.Serialize(ToPlain(value), JsonOptions);

    private static object? ToPlain(object? value) => value switch
    {
        null => null,
        string s => s,
        bool or int or long or double or decimal => value,
        ScriptObject o => o.Keys.ToDictionary(k => k, k => ToPlain(o[k]), StringComparer.Ordinal),
        IDictionary<string, object?> d => d.ToDictionary(kv => kv.Key, kv => ToPlain(kv.Value), StringComparer.Ordinal),
        System.Collections.IEnumerable e => e.Cast<object?>().Select(ToPlain).ToList(),
        _ => value.ToString(),
    };
}
