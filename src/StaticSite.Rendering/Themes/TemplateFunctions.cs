using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Scriban.Runtime;

namespace StaticSite.Rendering.Themes;

/// <summary>The functions templates can call (docs/themes.md, "Functions").</summary>
public static class TemplateFunctions
{
    private static readonly string[] Months =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    // Escapes <, >, & and quotes (so "</script>" cannot end the block) but keeps Dutch letters readable.
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>A script object with url, abs_url, asset, date_nl, tel_href and json for one region.</summary>
    public static ScriptObject Create(string basePath, Uri baseUrl, IReadOnlyDictionary<string, string> assetUrls)
    {
        var functions = new ScriptObject();
        functions.Import("url", new Func<string, string>(path => SiteUrl(basePath, path)));
        functions.Import("abs_url", new Func<string, string>(path => new Uri(baseUrl, SiteUrl(basePath, path)).ToString()));
        functions.Import("asset", new Func<string, string>(name => assetUrls.TryGetValue(name, out var u) ? u
            : throw new ArgumentException($"there is no asset '{name}' (known: {string.Join(", ", assetUrls.Keys)})")));
        functions.Import("date_nl", new Func<string, string>(DateNl));
        functions.Import("tel_href", new Func<string, string>(TelHref));
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

    /// <summary>A <c>tel:</c> URL with only digits and a leading +.</summary>
    public static string TelHref(string phone) =>
        "tel:" + new string(phone.Where((c, i) => char.IsAsciiDigit(c) || (c == '+' && i == phone.TakeWhile(char.IsWhiteSpace).Count())).ToArray());

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
