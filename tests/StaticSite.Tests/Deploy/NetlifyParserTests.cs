using System.Text.Json;
using StaticSite.Tests.Harness;

namespace StaticSite.Tests.Deploy;

/// <summary>
/// The built <c>_headers</c> and <c>_redirects</c> read by Netlify's own parsers (npm
/// <c>@netlify/headers-parser</c>, <c>@netlify/redirect-parser</c>): no errors, every rule as written,
/// and the one-line change of docs/deploy.md that forces the 301s on Netlify.
/// </summary>
public class NetlifyParserTests
{
    [Fact]
    public void Netlify_reads_every_header_rule_and_redirect_as_the_build_wrote_them()
    {
        using var site = TestSite.Create(Sites.TwoRegions + """

            -- content/_shared/ouders/opp.md --
            ---
            title: Ontwikkelingsperspectief
            aliases: [/oud/opp/, /oude_pagina~1/]
            ---
            Tekst.
            """);
        Assert.Equal(0, site.Build().ExitCode);
        var headers = site.Full("dist/amersfoort/_headers");
        var redirects = site.Full("dist/amersfoort/_redirects");

        using var parsed = Parse(headers, redirects);
        var root = parsed.RootElement;
        Assert.Empty(root.GetProperty("headers").GetProperty("errors").EnumerateArray());
        Assert.Empty(root.GetProperty("redirects").GetProperty("errors").EnumerateArray());
        var ours = HeadersFile.Parse(File.ReadAllText(headers));
        var theirs = root.GetProperty("headers").GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(ours.Select(r => r.Path), theirs.Select(r => r.GetProperty("path").GetString()));
        foreach (var (rule, read) in ours.Zip(theirs))
            foreach (var (name, value) in rule.Headers)
                Assert.Equal(value, read.GetProperty("values").GetProperty(name).GetString());

        var rules = root.GetProperty("redirects").GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(4, rules.Count);
        Assert.All(rules, r => Assert.Equal(301, r.GetProperty("status").GetInt32()));
        Assert.Contains(rules, r => r.GetProperty("from").GetString() == "/amersfoort/oud/opp/" && r.GetProperty("to").GetString() == "/amersfoort/ouders/opp/");
        Assert.All(rules, r => Assert.False(r.GetProperty("force").GetBoolean()));

        // docs/deploy.md, Netlify: sed -i 's/ 301$/ 301!/' _redirects
        File.WriteAllLines(redirects, File.ReadAllLines(redirects).Select(l => l.EndsWith(" 301", StringComparison.Ordinal) ? l + "!" : l));
        using var forced = Parse(headers, redirects);
        Assert.All(forced.RootElement.GetProperty("redirects").GetProperty("rules").EnumerateArray(), r => Assert.True(r.GetProperty("force").GetBoolean()));
    }

    private static JsonDocument Parse(string headers, string redirects)
    {
        var (code, output) = NodeScripts.Run("parse-host-files.mjs", headers, redirects);
        Assert.True(code == 0, output);
        return JsonDocument.Parse(output);
    }
}
