using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using StaticSite.Tests.Harness;

namespace StaticSite.Tests.Deploy;

/// <summary>SPEC "Deploy": <c>_headers</c>, <c>_redirects</c> and the precompressed copies of a region's site.</summary>
public partial class HostFilesTests
{
    private const string Site = """
        -- content/regio/region.yml --
        name: Steunpunt Regio
        baseUrl: https://example.org/regio/
        branding:
          color: "#1d4f91"
          color_text: "#ffffff"
        -- content/_shared/index.md --
        ---
        title: Welkom
        ---
        Lees over de [TLV](/ouders/tlv/).
        -- content/_shared/ouders/tlv.md --
        ---
        title: Toelaatbaarheidsverklaring
        aliases: [/oud/tlv/, /oude_adres.v2/]
        ---
        Tekst met <span style="color: #1d4f91">een kleur</span> en <img src="https://fotos.example.com/a.jpg" alt="een foto van buiten">.
        -- content/_shared/organisaties/leerplicht.md --
        ---
        title: Leerplicht
        phone: 030-000 00 00
        ---
        Het Leerplichtloket helpt.
        -- content/_shared/admin/index.html --
        <!doctype html><html><head><meta name="robots" content="noindex"><style>body{margin:0}</style></head><body><script>window.CMS_MANUAL_INIT=true</script></body></html>
        """;

    private static TestSite Build(params string[] extra)
    {
        var site = TestSite.Create(Site);
        var result = site.Build(extra);
        Assert.True(result.ExitCode == 0, result.ToString());
        return site;
    }

    private static List<(string Path, List<KeyValuePair<string, string>> Headers)> Rules(TestSite site) =>
        HeadersFile.Parse(site.File("dist/regio/_headers"));

    private static List<KeyValuePair<string, string>> HeadersFor(TestSite site, string url) =>
        Rules(site).Where(r => HeadersFile.Matches(r.Path, url)).SelectMany(r => r.Headers).ToList();

    [Fact]
    public void Hashed_assets_are_immutable_for_a_year_and_html_is_cached_briefly()
    {
        using var site = Build();
        var css = Directory.GetFiles(site.Full("dist/regio/assets/css"), "site.*.css").Select(Path.GetFileName).Single();
        Assert.Contains(new KeyValuePair<string, string>("Cache-Control", "public, max-age=31536000, immutable"), HeadersFor(site, $"/regio/assets/css/{css}"));
        foreach (var url in new[] { "/regio/", "/regio/ouders/tlv/", "/regio/404.html", "/regio/sitemap.xml", "/regio/api/index.json" })
            Assert.Contains(new KeyValuePair<string, string>("Cache-Control", "public, max-age=300"), HeadersFor(site, url));
    }

    [Fact]
    public void No_two_rules_set_the_same_header_for_any_file_of_the_site()
    {
        // Netlify lets the last matching rule win, Cloudflare Pages joins values with commas: either way
        // two values for one header of one URL would be a different policy on each host.
        using var site = Build();
        var root = site.Full("dist/regio");
        var urls = Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => "/regio/" + Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Select(u => u.EndsWith("/index.html", StringComparison.Ordinal) ? u[..^"index.html".Length] : u).ToList();
        Assert.True(urls.Count > 20);
        foreach (var url in urls.Append("/regio/bestaat-niet/"))
        {
            var names = HeadersFor(site, url).Select(h => h.Key.ToLowerInvariant()).ToList();
            Assert.True(names.Count == names.Distinct().Count(), $"{url} gets a header twice: {string.Join(", ", names)}");
            Assert.Contains("x-content-type-options", names);
        }
    }

    [Fact]
    public void The_json_api_may_be_read_by_other_sites_and_nothing_else_is()
    {
        using var site = Build();
        Assert.Contains(new KeyValuePair<string, string>("Access-Control-Allow-Origin", "*"), HeadersFor(site, "/regio/api/items/ouders/tlv.json"));
        Assert.DoesNotContain(HeadersFor(site, "/regio/ouders/tlv/"), h => h.Key == "Access-Control-Allow-Origin");
    }

    [Fact]
    public void Csp_allows_the_hash_of_every_inline_style_and_the_hosts_of_images_the_pages_show()
    {
        using var site = Build();
        var csp = HeadersFor(site, "/regio/ouders/tlv/").Single(h => h.Key == "Content-Security-Policy").Value;
        var page = site.File("dist/regio/ouders/tlv/index.html");
        var style = Regex.Match(page, "<style>(.*?)</style>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("--brand:", style);
        Assert.Contains($"'sha256-{Sha256(style)}'", csp);
        var attribute = Regex.Match(page, "style=\"([^\"]*)\"").Groups[1].Value;
        Assert.Contains($"'unsafe-hashes' 'sha256-{Sha256(attribute)}'", csp);
        Assert.Contains("img-src 'self' data: https://fotos.example.com;", csp);
        Assert.Contains("script-src 'self';", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
    }

    [Fact]
    public void Html_the_theme_did_not_render_gets_no_theme_csp_and_noindex_pages_get_x_robots_tag()
    {
        // An editor's admin/ (Decap CMS) brings its own scripts and styles; the theme's policy would break it.
        using var site = Build();
        var admin = HeadersFor(site, "/regio/admin/");
        Assert.DoesNotContain(admin, h => h.Key == "Content-Security-Policy");
        Assert.Contains(new KeyValuePair<string, string>("X-Robots-Tag", "noindex"), admin);
        Assert.Contains(new KeyValuePair<string, string>("X-Robots-Tag", "noindex"), HeadersFor(site, "/regio/zoeken/"));
        Assert.Contains(new KeyValuePair<string, string>("X-Robots-Tag", "noindex"), HeadersFor(site, "/regio/404.html"));
        Assert.DoesNotContain(HeadersFor(site, "/regio/ouders/tlv/"), h => h.Key == "X-Robots-Tag");
        Assert.DoesNotContain(HeadersFor(site, "/regio/"), h => h.Key == "X-Robots-Tag");
    }

    [Fact]
    public void Without_html_of_its_own_the_whole_site_has_the_csp_so_a_404_at_any_address_has_it_too()
    {
        using var site = TestSite.Create(Site);
        site.Delete("content/_shared/admin/index.html");
        Assert.Equal(0, site.Build().ExitCode);
        var rules = Rules(site);
        Assert.Contains(rules.Single(r => r.Path == "/regio/*").Headers, h => h.Key == "Content-Security-Policy");
        Assert.Single(rules, r => r.Headers.Any(h => h.Key == "Content-Security-Policy"));
        Assert.Contains(HeadersFor(site, "/regio/bestaat/niet/"), h => h.Key == "Content-Security-Policy");
    }

    [Fact]
    public void Redirects_send_every_alias_to_its_page_with_a_301_under_the_base_path()
    {
        using var site = Build();
        var lines = site.File("dist/regio/_redirects").Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        Assert.Equal(
        [
            "/regio/oud/tlv/ /regio/ouders/tlv/ 301",
            "/regio/oud/tlv /regio/ouders/tlv/ 301",
            "/regio/oude_adres.v2/ /regio/ouders/tlv/ 301",
            "/regio/oude_adres.v2 /regio/ouders/tlv/ 301",
        ], lines);
        // The meta-refresh page stays for hosts that read neither file.
        site.AssertFileContains("dist/regio/oud/tlv/index.html", "url=/regio/ouders/tlv/");
    }

    [Fact]
    public void Every_text_file_has_brotli_and_gzip_copies_that_decompress_to_it()
    {
        using var site = Build();
        var root = site.Full("dist/regio");
        var files = Directory.GetFiles(root, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".br") && !f.EndsWith(".gz")).ToList();
        var text = files.Where(f => Regex.IsMatch(f, @"\.(html|css|js|json|xml|txt|conf)$") && !Path.GetFileName(f).StartsWith('_')).ToList();
        Assert.True(text.Count > 20);
        foreach (var file in text)
        {
            var original = File.ReadAllBytes(file);
            using (var br = new BrotliStream(File.OpenRead(file + ".br"), CompressionMode.Decompress)) Assert.True(ReadAll(br).SequenceEqual(original), file + ".br");
            using (var gz = new GZipStream(File.OpenRead(file + ".gz"), CompressionMode.Decompress)) Assert.True(ReadAll(gz).SequenceEqual(original), file + ".gz");
        }
        foreach (var hostFile in new[] { "_headers", "_redirects", "_nginx.conf" }) Assert.False(File.Exists(Path.Combine(root, hostFile + ".br")), hostFile);
        Assert.DoesNotContain(files, f => f.EndsWith(".br.br") || f.EndsWith(".gz.gz"));
    }

    public static TheoryData<string> CacheDamage => ["none", "copies changed", "index cut short", "index emptied", "pack of another index", "pack deleted"];

    /// <summary>
    /// A CI runner restores <c>dist/.cache</c> without the site: every copy then comes from the region's pack, nothing is
    /// compressed or appended again; a damaged cache only means copies are made again, and the site is the same.
    /// </summary>
    [Theory]
    [MemberData(nameof(CacheDamage))]
    public void Compressed_copies_come_from_the_cache_without_the_site_and_a_damaged_cache_is_made_again(string damage)
    {
        using var site = Build();
        var pack = site.Full("dist/.cache/compressed/regio.pack");
        var index = site.Full("dist/.cache/compressed/regio.index");
        var before = site.Snapshot("dist/regio");
        var packLength = new FileInfo(pack).Length;
        Assert.True(packLength > 10_000);
        switch (damage)
        {
            case "copies changed":
                var bytes = File.ReadAllBytes(pack);
                for (var i = 100; i < bytes.Length; i += 997) bytes[i] ^= 0x5a;
                File.WriteAllBytes(pack, bytes);
                break;
            case "index cut short": File.WriteAllBytes(index, File.ReadAllBytes(index)[..^80]); break;
            case "index emptied": File.WriteAllBytes(index, []); break;
            case "pack of another index": File.WriteAllBytes(pack, [.. File.ReadAllBytes(pack)[..8], .. new byte[8], .. File.ReadAllBytes(pack)[16..]]); break;
            case "pack deleted": File.Delete(pack); break;
        }
        Directory.Delete(site.Full("dist/regio"), recursive: true);

        Assert.Equal(0, site.Build().ExitCode);

        TestSite.AssertSameFiles(before, site.Snapshot("dist/regio"));
        // Damaged copies are made again and appended; a cache that starts over holds the same copies again.
        if (damage == "none") Assert.Equal(packLength, new FileInfo(pack).Length);
        else if (damage is "copies changed" or "index cut short") Assert.True(new FileInfo(pack).Length > packLength);
        else Assert.InRange(new FileInfo(pack).Length, packLength * 9 / 10, packLength * 11 / 10);
        // And once more without the site: the cache made again serves every copy.
        var length = new FileInfo(pack).Length;
        Directory.Delete(site.Full("dist/regio"), recursive: true);
        Assert.Equal(0, site.Build().ExitCode);
        TestSite.AssertSameFiles(before, site.Snapshot("dist/regio"));
        Assert.Equal(length, new FileInfo(pack).Length);
    }

    /// <summary>A link put in place of the pack or its index (pointing out of the output) is replaced, never written through.</summary>
    [Fact]
    public void Links_in_place_of_the_cache_files_are_replaced_and_what_they_point_at_is_left_alone()
    {
        using var site = Build();
        var before = site.Snapshot("dist/regio");
        var outside = new[] { site.Full("elsewhere/pack"), site.Full("elsewhere/index") };
        Directory.CreateDirectory(site.Full("elsewhere"));
        foreach (var file in outside) File.WriteAllText(file, "not the cache's");
        foreach (var (name, target) in new[] { ("regio.pack", outside[0]), ("regio.index", outside[1]) })
        {
            var path = site.Full("dist/.cache/compressed/" + name);
            File.Delete(path);
            File.CreateSymbolicLink(path, target);
        }
        Directory.Delete(site.Full("dist/regio"), recursive: true);

        Assert.Equal(0, site.Build().ExitCode);

        TestSite.AssertSameFiles(before, site.Snapshot("dist/regio"));
        foreach (var file in outside) Assert.Equal("not the cache's", File.ReadAllText(file));
        foreach (var name in new[] { "regio.pack", "regio.index" })
            Assert.Null(new FileInfo(site.Full("dist/.cache/compressed/" + name)).LinkTarget);
    }

    [Fact]
    public void Gzip_copies_carry_no_time_and_the_same_operating_system_byte()
    {
        using var site = Build();
        var gz = File.ReadAllBytes(site.Full("dist/regio/index.html.gz"));
        Assert.Equal([0x1f, 0x8b, 8], gz[..3]);
        Assert.Equal([0, 0, 0, 0], gz[4..8]);
        Assert.Equal(3, gz[9]);
    }

    [Fact]
    public void Building_twice_gives_byte_identical_host_files_copies_and_images()
    {
        using var site = TestSite.Create(Site);
        site.WriteBytes("content/_shared/ouders/foto.png", TestImages.Png(900, 600));
        site.Write("content/_shared/ouders/foto.md", "---\ntitle: Foto\n---\n![Een foto](foto.png)\n");
        Assert.Equal(0, site.Build().ExitCode);
        var first = site.Snapshot("dist/regio");
        Directory.Delete(site.Full("dist"), recursive: true); // the image cache too: encode again
        Assert.Equal(0, site.Build().ExitCode);
        TestSite.AssertSameFiles(first, site.Snapshot("dist/regio"));
        Assert.Contains(first.Keys, k => k.EndsWith(".webp", StringComparison.Ordinal));
    }

    [Fact]
    public void Minified_theme_files_keep_json_ld_and_the_search_index_is_not_touched()
    {
        using var site = Build();
        var root = site.Full("dist/regio");
        foreach (var html in Directory.GetFiles(root, "*.html", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(html);
            Assert.DoesNotContain("<!--", text);
            foreach (Match block in Regex.Matches(text, "<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline))
                JsonDocument.Parse(block.Groups[1].Value).Dispose();
        }
        // Assets are named by the hash of their bytes as the theme and the index builder made them:
        // JSON (the lunr index, byte-identical to lunr.js) keeps those bytes; minified CSS does not.
        foreach (var json in Directory.GetFiles(Path.Combine(root, "assets"), "*.json", SearchOption.AllDirectories))
            Assert.Contains("." + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(json)))[..10] + ".", Path.GetFileName(json));
        var css = Directory.GetFiles(Path.Combine(root, "assets", "css"), "site.*.css").Single();
        Assert.True(new FileInfo(css).Length < new FileInfo(Path.Combine(RepositoryPaths.Themes, "default", "assets", "css", "site.css")).Length);
        Assert.DoesNotContain("/*", File.ReadAllText(css));
    }

    private static string Sha256(string text) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
