using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using StaticSite.Tests.Harness;

namespace StaticSite.Tests.BadInput;

/// <summary>
/// Issue 9 item 1: no URL that runs code or leaves the site unannounced reaches any output. The
/// whole class of hostile spellings is written in every place a URL can be written (Markdown
/// links, images, reference links, autolinks, raw HTML attributes, region facts), and every
/// output (the HTML pages, the JSON API, the Atom feed, the sitemap) is then read back with a
/// checker of its own that does not share the product's code.
/// </summary>
public class HostileUrlTests
{
    /// <summary>Spellings of URLs that must never be published: case, spaces, control characters, entities, percent-encoding, backslashes, other hosts.</summary>
    private static readonly string[] Hostile =
    [
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        "JaVaScRiPt:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "DATA:text/html,<b>x</b>",
        "file:///etc/passwd",
        "  javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "java\u000Bscript:alert(1)",
        "java\u001Bscript:alert(1)",
        "java\u200Bscript:alert(1)",
        "java script:alert(1)",
        "&#106;avascript:alert(1)",
        "&#x6A;avascript:alert(1)",
        "&#0000106;avascript:alert(1)",
        "javascript&colon;alert(1)",
        "%6Aavascript:alert(1)",
        "javascript%3Aalert(1)",
        "%256Aavascript:alert(1)",
        "//evil.example/steal",
        "\\\\evil.example\\steal",
        "/\\evil.example/steal",
        "\\/evil.example/steal",
    ];

    [Fact]
    public void Hostile_urls_in_every_place_reach_no_output_and_each_is_a_warning_at_its_line()
    {
        var body = new System.Text.StringBuilder();
        var mustWarn = new Dictionary<int, string>();
        var lineNumber = 5; // the body starts after the four front matter lines
        void Line(string text, bool warns)
        {
            if (warns) mustWarn[lineNumber] = text;
            body.Append(text).Append("\n\n");
            lineNumber += text.Count(c => c == '\n') + 2;
        }
        foreach (var url in Hostile)
        {
            // Written so that Markdown and HTML read exactly this URL (U+000B stays raw: the build replaces it with a space and a warning).
            var markdown = url.Replace("\\", "\\\\").Replace("<", "\\<").Replace(">", "\\>").Replace("\n", "&#10;").Replace("\t", "&#9;");
            var html = WebUtility.HtmlEncode(url).Replace("&amp;", "&").Replace("\n", "&#10;").Replace("\t", "&#9;");
            Line($"Link [klik hier](<{markdown}>) in tekst.", true);
            Line($"Plaatje ![een plaatje](<{markdown}>) in tekst.", true);
            Line($"Verwijzing [klik daar][r{lineNumber}].", true);
            Line($"[r{lineNumber - 2}]: <{markdown}>", false);
            if (!url.Any(c => c <= ' ' || c > '~' || c is '<' or '>' or '\\' or '&' or '%') && url.Contains(':'))
                Line($"Autolink <{url}> in tekst.", true);
            Line($"<p>HTML <a href=\"{html}\">klik</a> en <img src=\"{html}\" alt=\"plaatje\"> en <a href='{html}'>nog een</a>.</p>", true);
            // In CSS a backslash is an escape (url(\/x) is the path /x), so those spellings are not tried there.
            var style = url.Contains('\\') ? "" : $"<span style=\"background:url({html})\">stijl</span>";
            Line($"<p><img srcset=\"/a.png 1x, {html} 2x\" alt=\"set\"><q cite=\"{html}\">citaat</q>{style}</p>", true);
        }
        // Browsers decode a numeric reference without ';' in an attribute; Markdown does not (there it is text).
        Line("<p><a href=\"&#0000106avascript:alert(1)\">zonder puntkomma</a> <a href=\"&#x6a avascript:alert(1)\">x</a></p>", true);
        using var site = TestSite.Create(Sites.TwoRegions.Replace("name: Steunpunt Utrecht", "name: \"Steunpunt Utrecht <javascript:alert(1)>\"") + $"""

            -- content/utrecht/nieuws/onveilig.md --
            ---
            title: Onveilig nieuws
            date: 2026-11-01
            ---
            {body}Bel {"{{ region.name }}"} gerust.
            """);
        var result = site.Build();
        Assert.True(result.ExitCode == 0, result.ToString());
        BadInputAssert.NoStackTrace(result);

        foreach (var (line, text) in mustWarn)
            Assert.True(result.ErrorLines.Any(l => l.StartsWith($"content/utrecht/nieuws/onveilig.md({line},", StringComparison.Ordinal) && l.Contains(" warning SS2005: ")),
                $"no SS2005 warning at line {line}: {text}\n{result}");
        var regionFactLine = lineNumber;
        Assert.Contains(result.ErrorLines, l => l.StartsWith($"content/utrecht/nieuws/onveilig.md({regionFactLine},", StringComparison.Ordinal) && l.Contains(" SS2005: "));

        var checkedUrls = 0;
        foreach (var (path, bytes) in site.Snapshot("dist/utrecht"))
        {
            var text = System.Text.Encoding.UTF8.GetString(bytes);
            if (path.EndsWith(".html", StringComparison.Ordinal)) checkedUrls += AssertSafeHtml(path, text);
            else if (path.EndsWith(".json", StringComparison.Ordinal) && path.StartsWith("api/", StringComparison.Ordinal)) checkedUrls += AssertSafeJson(path, JsonDocument.Parse(text).RootElement);
            else if (path.EndsWith(".xml", StringComparison.Ordinal)) checkedUrls += AssertSafeXml(path, XDocument.Parse(text));
        }
        Assert.True(checkedUrls > 200, $"only {checkedUrls} URLs were checked; the checker is not reading the outputs");
        // The text around every removed link is still there.
        site.AssertFileContains("dist/utrecht/nieuws/onveilig/index.html", "klik hier", "klik daar", "citaat", "stijl", "nog een", "zonder puntkomma", "Steunpunt Utrecht");
        site.AssertFileContains("dist/utrecht/api/items/nieuws/onveilig.json", "klik hier", "citaat");
        site.AssertFileContains("dist/utrecht/nieuws/feed.xml", "klik hier", "citaat");
    }

    private static readonly string[] UrlAttributes =
        ["href", "src", "action", "formaction", "poster", "cite", "background", "data", "xlink:href", "longdesc", "lowsrc", "dynsrc", "codebase", "manifest", "icon", "ping"];

    private static int AssertSafeHtml(string path, string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var count = 0;
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                var name = attribute.Name.ToLowerInvariant();
                Assert.False(name.StartsWith("on", StringComparison.Ordinal), $"{path}: event handler {name} on <{element.LocalName}>");
                if (UrlAttributes.Contains(name)) { AssertSafeUrl(path, attribute.Value); count++; }
                else if (name == "srcset")
                    foreach (var candidate in attribute.Value.Split(',')) { AssertSafeUrl(path, candidate.Trim().Split(' ')[0]); count++; }
                else if (name == "style")
                    foreach (var part in attribute.Value.Split("url(", StringSplitOptions.None).Skip(1)) { AssertSafeUrl(path, part.Split(')')[0].Trim('\'', '"', ' ')); count++; }
                else if (name == "content" && attribute.Value.Contains("url=", StringComparison.OrdinalIgnoreCase)) { AssertSafeUrl(path, attribute.Value[(attribute.Value.IndexOf("url=", StringComparison.OrdinalIgnoreCase) + 4)..]); count++; }
            }
            // The theme's own scripts are hashed assets or JSON-LD; any other script came from content.
            if (element.LocalName == "script" && !(element.GetAttribute("src") ?? "").StartsWith("/assets/", StringComparison.Ordinal)
                && element.GetAttribute("type") != "application/ld+json")
                Assert.Fail($"{path}: a script that is not the theme's: {element.OuterHtml}");
        }
        return count;
    }

    private static int AssertSafeJson(string path, JsonElement element, string key = "")
    {
        var count = 0;
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject()) count += AssertSafeJson(path, property.Value, property.Name);
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray()) count += AssertSafeJson(path, item, key);
                break;
            case JsonValueKind.String when key is "url" or "api" or "baseUrl" or "website":
                AssertSafeUrl(path, element.GetString()!);
                count++;
                break;
            case JsonValueKind.String when key == "contentHtml":
                count += AssertSafeHtml(path, element.GetString()!);
                break;
        }
        return count;
    }

    private static int AssertSafeXml(string path, XDocument document)
    {
        var count = 0;
        foreach (var element in document.Descendants())
        {
            if (element.Attribute("href") is { } href) { AssertSafeUrl(path, href.Value); count++; }
            if (element.Name.LocalName is "loc" or "id") { AssertSafeUrl(path, element.Value); count++; }
            if (element.Name.LocalName == "content") count += AssertSafeHtml(path, element.Value);
        }
        return count;
    }

    /// <summary>The test's own reading of a URL, as browsers and careless consumers read it.</summary>
    private static void AssertSafeUrl(string path, string url)
    {
        var readings = new List<string> { url };
        var decoded = url;
        for (var i = 0; i < 3; i++)
        {
            // An HTML parser's entity decoding (all of HTML5's named entities, like &colon;).
            decoded = new HtmlParser().ParseDocument($"<a title=\"{decoded.Replace("\"", "&quot;")}\">").QuerySelector("a")!.GetAttribute("title")!;
            try { decoded = Uri.UnescapeDataString(decoded); } catch (UriFormatException) { }
            readings.Add(decoded);
        }
        foreach (var reading in readings)
        {
            var squeezed = new string(reading.Where(c => c > ' ' && !char.IsControl(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format).ToArray())
                .Replace('\\', '/').ToLowerInvariant();
            foreach (var bad in new[] { "javascript:", "vbscript:", "data:", "file:", "//" })
                Assert.False(squeezed.StartsWith(bad, StringComparison.Ordinal), $"{path}: the URL '{url}' reads as {bad}");
        }
    }
}
