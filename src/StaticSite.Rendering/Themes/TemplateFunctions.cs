using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Scriban.Runtime;
using StaticSite.Content.Contact;
using StaticSite.Content.Urls;
using StaticSite.Rendering.Templates;

namespace StaticSite.Rendering.Themes;

/// <summary>The functions templates can call (docs/themes.md, "Functions").</summary>
public static class TemplateFunctions
{
    private static readonly string[] Months =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    // Escapes <, >, & and quotes (so "</script>" cannot end the block) but keeps Dutch letters readable.
    private static readonly JavaScriptEncoder JsonEncoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>A script object with url, abs_url, asset, date_nl, tel_href, mailto_href, safe_url and json for one region.</summary>
    public static ScriptObject Create(string basePath, Uri baseUrl, IReadOnlyDictionary<string, string> assetUrls)
    {
        var functions = new ScriptObject();
        Add(functions, OneArgumentFunction.OfText("url", "path", path => SiteUrl(basePath, path)));
        Add(functions, OneArgumentFunction.OfText("abs_url", "path", path => new Uri(baseUrl, SiteUrl(basePath, path)).ToString()));
        Add(functions, OneArgumentFunction.OfText("asset", "name", name => assetUrls.TryGetValue(name, out var u) ? u
            : throw new ArgumentException($"there is no asset '{name}' (known: {string.Join(", ", assetUrls.Keys)})")));
        Add(functions, OneArgumentFunction.OfText("date_nl", "date", DateNl));
        Add(functions, OneArgumentFunction.OfText("tel_href", "phone", TelHref));
        Add(functions, OneArgumentFunction.OfText("mailto_href", "address", MailtoHref));
        Add(functions, OneArgumentFunction.OfText("safe_url", "url", SafeUrl));
        Add(functions, OneArgumentFunction.OfValue("json", "value", Json));
        return functions;
    }

    /// <summary>
    /// The functions whose result depends on the page's language: <c>t</c> (the theme's interface text), <c>plural</c> (its plural forms),
    /// <c>format_date</c>, <c>format_number</c> (<see cref="LanguageFormats"/>) and <c>lang_url</c> (a Dutch page's
    /// URL in this language when it has a translation, else the Dutch page's), for pages in <paramref name="language"/>.
    /// </summary>
    public static ScriptObject ForLanguage(string language, ThemeText text, TemplateModel model)
    {
        var functions = new ScriptObject();
        functions.SetValue(TextFunction.Name, new TextFunction(key => text.Get(language, key)), true);
        functions.SetValue(PluralFunction.Name, new PluralFunction((key, count) => text.Plural(language, key, count)), true);
        Add(functions, OneArgumentFunction.OfText("plural_json", "key", key =>
        {
            try { return JsonObjectOf(text.PluralForms(language, key)); }
            catch (KeyNotFoundException e) { throw new ArgumentException(e.Message); }
        }));
        Add(functions, OneArgumentFunction.OfText("format_date", "date", date => LanguageFormats.Date(language, date)));
        Add(functions, OneArgumentFunction.OfValue("format_number", "number", number => FormatNumber(language, number)));
        Add(functions, OneArgumentFunction.OfText("lang_url", "path", path => model.LocalizedUrl(language, path)));
        functions.IsReadOnly = true;
        return functions;
    }

    private static string JsonObjectOf(IEnumerable<(string Key, string Value)> members)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JsonEncoder }))
        {
            writer.WriteStartObject();
            foreach (var (key, value) in members) writer.WriteString(key, value);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string FormatNumber(string language, object? value) => value switch
    {
        int i => LanguageFormats.Number(language, i),
        long l => LanguageFormats.Number(language, l),
        decimal m => LanguageFormats.Number(language, m),
        double d when double.IsFinite(d) => LanguageFormats.Number(language, (decimal)d),
        float f when float.IsFinite(f) => LanguageFormats.Number(language, (decimal)f),
        string s when decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) => LanguageFormats.Number(language, parsed),
        _ => throw new ArgumentException($"format_number needs a number, not '{value}'"),
    };

    private static void Add(ScriptObject functions, OneArgumentFunction function) => functions.SetValue(function.ToString(), function, true);

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
    /// <remarks>
    /// Written value by value rather than handed to <c>JsonSerializer</c>, which would pick a converter
    /// for each run-time type by reflection (not there in the NativeAOT build). Objects keep their key order;
    /// numbers of other kinds, dates and the like are written as their text.
    /// </remarks>
    public static string Json(object? value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JsonEncoder, MaxDepth = MaxJsonDepth + 1 }))
            Write(writer, value, 0);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    // As deep as JsonSerializer goes by default; deeper is almost always a value that holds itself.
    private const int MaxJsonDepth = 64;

    private static void Write(Utf8JsonWriter writer, object? value, int depth)
    {
        if (depth > MaxJsonDepth)
            throw new ArgumentException($"json: the value is nested more than {MaxJsonDepth} levels deep, or holds itself");
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case double d: writer.WriteNumberValue(d); break;
            case decimal m: writer.WriteNumberValue(m); break;
            case ScriptObject o:
                writer.WriteStartObject();
                foreach (var key in o.Keys) { writer.WritePropertyName(key); Write(writer, o[key], depth + 1); }
                writer.WriteEndObject();
                break;
            case IDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map) { writer.WritePropertyName(key); Write(writer, item, depth + 1); }
                writer.WriteEndObject();
                break;
            case System.Collections.IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items) Write(writer, item, depth + 1);
                writer.WriteEndArray();
                break;
            default: writer.WriteStringValue(value.ToString()); break;
        }
    }
}
