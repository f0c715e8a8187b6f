using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using StaticSite.Build;
using StaticSite.Cli.Preview;

namespace StaticSite.Workflow.Tests;

/// <summary>
/// Decap CMS's proxy-backend protocol on the preview server (<c>POST /api/v1</c>), through HTTP on
/// loopback: every action, every refusal (paths outside content/, foreign Host, other origins,
/// wrong content type, oversized bodies, saves the build would refuse) and concurrent saves.
/// </summary>
public sealed partial class EditorProtocolTests
{
    private static readonly TimeSpan Wait = Polling.Wait;

    private static TestSite Site() => new(
        ("test/region.yml", "name: \"Steunpunt Test\"\nbaseUrl: \"https://test.example.org/\"\n"),
        ("test/index.md", TestSite.Page("Welkom", "Wij helpen u graag. Zie [tlv](/ouders/tlv/).\n")),
        ("test/ouders/tlv.md", TestSite.Page("TLV", "Eerste versie.\n")),
        ("test/organisaties/steunpunt.md", TestSite.Page("Steunpunt Test", "Bel ons.\n", "phone: \"030-1\"\n")),
        ("test/organisaties/index.md", TestSite.Page("Organisaties", "Overzicht.\n")),
        ("_shared/organisaties/landelijk.md", TestSite.Page("Landelijke organisatie", "Voor iedereen.\n", "phone: \"0800-1\"\n")),
        ("_shared/organisaties/steunpunt.md", TestSite.Page("Overschreven door de regio", "Nee.\n")),
        ("_shared/vragen/vraag.md", TestSite.Page("Een vraag?", "Een antwoord.\n")));

    private sealed class Session : IAsyncDisposable
    {
        public required TestSite Site { get; init; }
        public required PreviewServer Server { get; init; }
        public required HttpClient Http { get; init; }

        public static async Task<Session> StartAsync(TestSite? site = null)
        {
            site ??= Site();
            var server = new PreviewServer("test", new BuildOptions(site.Content, TestSite.Themes), TextWriter.Null);
            await server.StartAsync(0);
            return new Session { Site = site, Server = server, Http = new HttpClient { BaseAddress = server.Address, Timeout = Wait } };
        }

        public async Task<(HttpStatusCode Status, JsonNode? Body)> PostAsync(string action, JsonObject? parameters = null, Action<HttpRequestMessage>? change = null)
        {
            var request = new JsonObject { ["action"] = action };
            if (parameters is not null) request["params"] = parameters;
            return await SendAsync(request.ToJsonString(), change);
        }

        public async Task<(HttpStatusCode Status, JsonNode? Body)> SendAsync(string body, Action<HttpRequestMessage>? change = null, string path = PreviewServer.ApiPath)
        {
            using var message = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            change?.Invoke(message);
            using var response = await Http.SendAsync(message);
            var text = await response.Content.ReadAsStringAsync();
            JsonNode? json = null;
            try { json = JsonNode.Parse(text); } catch (System.Text.Json.JsonException) { }
            return (response.StatusCode, json);
        }

        public async ValueTask DisposeAsync()
        {
            Http.Dispose();
            await Server.DisposeAsync();
            Site.Dispose();
        }
    }

    private static JsonObject Persist(string path, string raw, string? newPath = null)
    {
        var dataFile = new JsonObject { ["slug"] = "x", ["path"] = path, ["raw"] = raw };
        if (newPath is not null) dataFile["newPath"] = newPath;
        return new JsonObject
        {
            ["branch"] = "main", ["dataFiles"] = new JsonArray(dataFile), ["assets"] = new JsonArray(),
            ["options"] = new JsonObject { ["commitMessage"] = "Update", ["useWorkflow"] = false, ["status"] = "" },
        };
    }

    private static string? ReadOrNull(TestSite site, string path) =>
        File.Exists(Path.Combine(site.Content, path)) ? site.Read(path) : null;

    [Fact]
    public async Task Info_names_the_project_folder_and_the_simple_publish_mode()
    {
        await using var s = await Session.StartAsync();
        var (status, body) = await s.PostAsync("info");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(Path.GetFileName(s.Site.Root), (string?)body!["repo"]);
        Assert.Equal("simple", (string?)body["publish_modes"]![0]);
        Assert.Equal("local_fs", (string?)body["type"]);
    }

    [Fact]
    public async Task EntriesByFolder_lists_the_folder_with_each_file_text_and_id()
    {
        await using var s = await Session.StartAsync();
        var (status, body) = await s.PostAsync("entriesByFolder", new JsonObject { ["branch"] = "main", ["folder"] = "content/test/ouders", ["extension"] = "md", ["depth"] = 1 });
        Assert.Equal(HttpStatusCode.OK, status);
        var entry = Assert.Single(body!.AsArray());
        Assert.Equal("content/test/ouders/tlv.md", (string?)entry!["file"]!["path"]);
        Assert.Equal(s.Site.Read("test/ouders/tlv.md"), (string?)entry["data"]);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(s.Site.Content, "test/ouders/tlv.md")))), (string?)entry["file"]!["id"]);

        var (_, deep) = await s.PostAsync("entriesByFolder", new JsonObject { ["branch"] = "main", ["folder"] = "content/test", ["extension"] = "md", ["depth"] = 2 });
        Assert.Equal(["content/test/index.md", "content/test/organisaties/index.md", "content/test/organisaties/steunpunt.md", "content/test/ouders/tlv.md"],
            deep!.AsArray().Select(e => (string?)e!["file"]!["path"]).Order(StringComparer.Ordinal));
        var (_, missing) = await s.PostAsync("entriesByFolder", new JsonObject { ["branch"] = "main", ["folder"] = "content/test/nieuws", ["extension"] = "md", ["depth"] = 1 });
        Assert.Empty(missing!.AsArray());
    }

    [Fact]
    public async Task The_organisation_choices_are_the_regions_and_the_national_organisations_by_real_path()
    {
        await using var s = await Session.StartAsync();
        var (status, body) = await s.PostAsync("entriesByFolder", new JsonObject { ["branch"] = "main", ["folder"] = "content/test/@organisaties", ["extension"] = "md", ["depth"] = 1 });
        Assert.Equal(HttpStatusCode.OK, status);
        // The region's steunpunt.md replaces the national one; the folder overview is no organisation.
        Assert.Equal(["content/_shared/organisaties/landelijk.md", "content/test/organisaties/steunpunt.md"],
            body!.AsArray().Select(e => (string?)e!["file"]!["path"]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task EntriesByFiles_and_getEntry_read_files_and_answer_null_data_for_missing_ones()
    {
        await using var s = await Session.StartAsync();
        var (_, body) = await s.PostAsync("entriesByFiles", new JsonObject
        {
            ["branch"] = "main",
            ["files"] = new JsonArray(new JsonObject { ["path"] = "content/test/region.yml", ["label"] = "Regio" }, new JsonObject { ["path"] = "content/test/weg.md" }),
        });
        var entries = body!.AsArray();
        Assert.Equal(s.Site.Read("test/region.yml"), (string?)entries[0]!["data"]);
        Assert.Equal("Regio", (string?)entries[0]!["file"]!["label"]);
        Assert.Null(entries[1]!["data"]);
        Assert.Null(entries[1]!["file"]!["id"]);

        var (status, entry) = await s.PostAsync("getEntry", new JsonObject { ["branch"] = "main", ["path"] = "content/test/ouders/tlv.md" });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Eerste versie.", (string?)entry!["data"]);
    }

    [Fact]
    public async Task PersistEntry_writes_the_file_exactly_and_the_preview_shows_it()
    {
        await using var s = await Session.StartAsync();
        var raw = "---\ntitle: \"TLV\"\nreview_by: 2030-01-01\n---\nTweede versie, uit de webeditor.\n";
        var (status, body) = await s.PostAsync("persistEntry", Persist("content/test/ouders/tlv.md", raw));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("entry persisted", (string?)body!["message"]);
        Assert.Equal(raw, s.Site.Read("test/ouders/tlv.md"));
        Assert.Contains("Tweede versie, uit de webeditor.", await Polling.GetUntilAsync(s.Http, "/ouders/tlv/", "Tweede versie, uit de webeditor."));
        Assert.Empty(Directory.GetFiles(Path.Combine(s.Site.Content, "test/ouders"), ".*"));

        // A new page in a new folder.
        (status, _) = await s.PostAsync("persistEntry", Persist("content/test/jongeren/stage.md", TestSite.Page("Stage", "Over stage.\n")));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Over stage.", await Polling.GetUntilAsync(s.Http, "/jongeren/stage/", "Over stage."));
    }

    [Fact]
    public async Task PersistEntry_with_a_new_path_moves_the_page()
    {
        await using var s = await Session.StartAsync();
        var (status, _) = await s.PostAsync("persistEntry", Persist("content/test/ouders/tlv.md", TestSite.Page("TLV", "Verhuisd.\n"), "content/test/ouders/tlv-aanvragen.md"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Null(ReadOrNull(s.Site, "test/ouders/tlv.md"));
        Assert.Contains("Verhuisd.", s.Site.Read("test/ouders/tlv-aanvragen.md"));
    }

    [Theory]
    [InlineData("unknown key", "---\ntitel: TLV\ntitle: TLV\n---\nTekst.\n", "SS1002", 2)]
    [InlineData("missing title", "---\ndescription: Zonder titel.\n---\nTekst.\n", "SS1004", 2)]
    [InlineData("bad date", "---\ntitle: TLV\nreview_by: 2026-02-30\n---\nTekst.\n", "SS1005", 3)]
    [InlineData("invalid YAML", "---\ntitle: \"TLV\n---\nTekst.\n", "SS1001", 2)]
    [InlineData("no front matter end", "---\ntitle: TLV\nTekst.\n", "SS1006", 1)]
    [InlineData("broken link", "---\ntitle: TLV\n---\nZie [dit](/bestaat-niet/).\n", "SS2002", 4)]
    [InlineData("wrong audience", "---\ntitle: TLV\naudience: [ouder]\n---\nTekst.\n", "SS1007", 3)]
    [InlineData("unsafe slug", "---\ntitle: TLV\nslug: ../../x\n---\nTekst.\n", "SS2006", 3)]
    [InlineData("duplicate URL", "---\ntitle: TLV\nslug: tlv\n---\nTekst.\n", "SS2001", 1)]
    public async Task A_save_the_build_would_refuse_is_422_with_the_diagnostic_in_dutch_and_nothing_written(string why, string raw, string code, int line)
    {
        await using var s = await Session.StartAsync();
        var path = why == "duplicate URL" ? "content/test/ouders/tlv-kopie.md" : "content/test/ouders/tlv.md";
        var before = ReadOrNull(s.Site, path["content/".Length..]);
        var (status, body) = await s.PostAsync("persistEntry", Persist(path, raw));
        Assert.Equal((HttpStatusCode)422, status);
        Assert.Equal("SS5007", (string?)body!["code"]);
        var diagnostic = body["diagnostics"]!.AsArray().First(d => (string?)d!["code"] == code)!;
        Assert.Equal(line, (int)diagnostic["line"]!);
        Assert.Equal("error", (string?)diagnostic["severity"]);
        Assert.StartsWith($"{path}({line},", (string?)diagnostic["text"]);
        Assert.Contains($"error {code}: ", (string?)diagnostic["text"]);
        Assert.Equal(StaticSite.Pipeline.Diagnostics.DiagnosticExplanations.Dutch[code], (string?)diagnostic["explanation"]);
        Assert.Contains("niets opgeslagen", (string?)body["error"]);
        Assert.Equal(before, ReadOrNull(s.Site, path["content/".Length..]));
        Assert.Empty(Directory.GetFiles(Path.Combine(s.Site.Content, "test/ouders"), ".*"));
    }

    [Fact]
    public async Task A_save_that_breaks_another_pages_link_is_refused()
    {
        await using var s = await Session.StartAsync();
        // index.md links to /ouders/tlv/; a new slug moves the page away from that URL.
        var (status, body) = await s.PostAsync("persistEntry", Persist("content/test/ouders/tlv.md", "---\ntitle: TLV\nslug: toelaatbaarheid\n---\nTekst.\n"));
        Assert.Equal((HttpStatusCode)422, status);
        Assert.Contains(body!["diagnostics"]!.AsArray(), d => (string?)d!["code"] == "SS2002" && ((string?)d["path"])!.EndsWith("content/test/index.md"));
        Assert.Contains("Eerste versie.", s.Site.Read("test/ouders/tlv.md"));
    }

    [Fact]
    public async Task Region_settings_are_saved_when_valid_and_refused_when_the_build_would_fail()
    {
        await using var s = await Session.StartAsync();
        var good = "name: \"Steunpunt Test\"\nbaseUrl: \"https://test.example.org/\"\ncontact:\n  phone: \"030-999\"\n";
        Assert.Equal(HttpStatusCode.OK, (await s.PostAsync("persistEntry", Persist("content/test/region.yml", good))).Status);
        Assert.Equal(good, s.Site.Read("test/region.yml"));
        foreach (var (bad, code) in new[]
        {
            ("name: \"X\"\nbaseUrl: \"https://test.example.org\"\n", "SS1007"),
            ("name: \"X\"\nbaseUrl: \"https://test.example.org/\"\ntop_tasks: [\"/nergens/\"]\n", "SS2002"),
            ("name: \"X\"\nbaseUrl: \"https://test.example.org/\"\ntheme: geen\n", "SS3004"),
            ("name: \"X\"\nbaseUrl: \"https://test.example.org/\"\ncms:\n  backend: gitlab\n  repo: a/b\n", "SS1021"),
        })
        {
            var (status, body) = await s.PostAsync("persistEntry", Persist("content/test/region.yml", bad));
            Assert.Equal((HttpStatusCode)422, status);
            Assert.Contains(body!["diagnostics"]!.AsArray(), d => (string?)d!["code"] == code);
            Assert.Equal(good, s.Site.Read("test/region.yml"));
        }
    }

    [Theory]
    [InlineData("content/test/ouders/script.js")]
    [InlineData("content/test/ouders/tlv.html")]
    [InlineData("content/_shared/region.yml")]
    [InlineData("content/test/toplevel.txt")]
    public async Task An_entry_that_is_no_page_or_region_settings_is_refused(string path)
    {
        await using var s = await Session.StartAsync();
        var (status, body) = await s.PostAsync("persistEntry", Persist(path, TestSite.Page("X", "Y\n")));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Equal("SS5006", (string?)body!["code"]);
        Assert.False(File.Exists(Path.Combine(s.Site.Root, path)));
    }

    [Fact]
    public async Task Media_is_saved_listed_read_and_deleted_inside_content()
    {
        await using var s = await Session.StartAsync();
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3 };
        var asset = new JsonObject { ["path"] = "content/test/afbeeldingen/schema.png", ["content"] = Convert.ToBase64String(png), ["encoding"] = "base64" };
        var (status, saved) = await s.PostAsync("persistMedia", new JsonObject { ["branch"] = "main", ["asset"] = asset, ["options"] = new JsonObject { ["commitMessage"] = "m" } });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("schema.png", (string?)saved!["name"]);
        Assert.Equal(png, File.ReadAllBytes(Path.Combine(s.Site.Content, "test/afbeeldingen/schema.png")));

        var (_, list) = await s.PostAsync("getMedia", new JsonObject { ["branch"] = "main", ["mediaFolder"] = "content/test/afbeeldingen" });
        var item = Assert.Single(list!.AsArray());
        Assert.Equal(Convert.ToBase64String(png), (string?)item!["content"]);
        Assert.Equal("content/test/afbeeldingen/schema.png", (string?)item["path"]);
        var (_, one) = await s.PostAsync("getMediaFile", new JsonObject { ["branch"] = "main", ["path"] = "content/test/afbeeldingen/schema.png" });
        Assert.Equal((string?)item["id"], (string?)one!["id"]);

        // An entry with an image saves both.
        var entry = Persist("content/test/ouders/tlv.md", "---\ntitle: TLV\n---\n![Het schema](/afbeeldingen/route.png)\n");
        entry["assets"] = new JsonArray(new JsonObject { ["path"] = "content/test/afbeeldingen/route.png", ["content"] = Convert.ToBase64String(png), ["encoding"] = "base64" });
        Assert.Equal(HttpStatusCode.OK, (await s.PostAsync("persistEntry", entry)).Status);
        Assert.True(File.Exists(Path.Combine(s.Site.Content, "test/afbeeldingen/route.png")));

        var (deleted, _) = await s.PostAsync("deleteFile", new JsonObject { ["branch"] = "main", ["path"] = "content/test/afbeeldingen/schema.png", ["options"] = new JsonObject { ["commitMessage"] = "d" } });
        Assert.Equal(HttpStatusCode.OK, deleted);
        Assert.False(File.Exists(Path.Combine(s.Site.Content, "test/afbeeldingen/schema.png")));
    }

    [Theory]
    [InlineData("content/test/afbeeldingen/x.svg")]
    [InlineData("content/test/afbeeldingen/x.html")]
    [InlineData("content/test/afbeeldingen/x.md")]
    public async Task Media_of_a_kind_the_site_does_not_publish_safely_is_refused(string path)
    {
        await using var s = await Session.StartAsync();
        var asset = new JsonObject { ["path"] = path, ["content"] = Convert.ToBase64String("<svg onload=alert(1)>"u8.ToArray()), ["encoding"] = "base64" };
        var (status, body) = await s.PostAsync("persistMedia", new JsonObject { ["branch"] = "main", ["asset"] = asset, ["options"] = new JsonObject { ["commitMessage"] = "m" } });
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Equal("SS5006", (string?)body!["code"]);
        Assert.False(File.Exists(Path.Combine(s.Site.Root, path)));
    }

    [Fact]
    public async Task DeleteFiles_removes_pages_and_the_preview_drops_them_but_region_yml_stays()
    {
        await using var s = await Session.StartAsync();
        var (status, body) = await s.PostAsync("deleteFiles", new JsonObject
        {
            ["branch"] = "main", ["paths"] = new JsonArray("content/_shared/vragen/vraag.md", "content/test/organisaties/index.md"),
            ["options"] = new JsonObject { ["commitMessage"] = "d" },
        });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("deleted files ", (string?)body!["message"]);
        Assert.False(File.Exists(Path.Combine(s.Site.Content, "_shared/vragen/vraag.md")));
        var deadline = DateTime.UtcNow + Wait;
        while ((await s.Http.GetAsync("/vragen/vraag/")).StatusCode != HttpStatusCode.NotFound && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.Equal(HttpStatusCode.NotFound, (await s.Http.GetAsync("/vragen/vraag/")).StatusCode);

        var (refused, _) = await s.PostAsync("deleteFile", new JsonObject { ["branch"] = "main", ["path"] = "content/test/region.yml", ["options"] = new JsonObject { ["commitMessage"] = "d" } });
        Assert.Equal(HttpStatusCode.Forbidden, refused);
        Assert.True(File.Exists(Path.Combine(s.Site.Content, "test/region.yml")));
    }

    public static TheoryData<string> PathsOutsideContent => new()
    {
        "content/../outside.md", "content/test/../../outside.md", "../outside.md", "/etc/passwd", "/tmp/outside.md",
        "themes/default/theme.yml", "outside.md", "content/test/./ouders/tlv.md", "content\\test\\x.md",
        "content//test/x.md", "content/test/.hidden.md", "content/.git/config", "C:/x.md", "content/test/link-out/secret.md",
        "content/test/file-link.md", "content/test/x\u0000.md",
    };

    [Theory]
    [MemberData(nameof(PathsOutsideContent))]
    public async Task Every_action_refuses_a_path_outside_content_with_4xx_and_touches_nothing(string path)
    {
        using var site = Site();
        var outside = Path.Combine(site.Root, "outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "secret.md"), "geheim");
        File.WriteAllText(Path.Combine(site.Root, "outside.md"), "geheim");
        Directory.CreateSymbolicLink(Path.Combine(site.Content, "test", "link-out"), outside);
        File.CreateSymbolicLink(Path.Combine(site.Content, "test", "file-link.md"), Path.Combine(outside, "secret.md"));
        await using var s = await Session.StartAsync(site);
        var before = TestSiteSnapshot(site.Root);
        var media = new JsonObject { ["path"] = path, ["content"] = "aGFsbG8=", ["encoding"] = "base64" };
        var attempts = new (string Action, JsonObject Params)[]
        {
            ("getEntry", new JsonObject { ["branch"] = "main", ["path"] = path }),
            ("entriesByFiles", new JsonObject { ["branch"] = "main", ["files"] = new JsonArray(new JsonObject { ["path"] = path }) }),
            ("entriesByFolder", new JsonObject { ["branch"] = "main", ["folder"] = path, ["extension"] = "md", ["depth"] = 2 }),
            ("persistEntry", Persist(path, TestSite.Page("X", "Y\n"))),
            ("persistEntry", Persist("content/test/ouders/tlv.md", TestSite.Page("X", "Y\n"), newPath: path)),
            ("getMedia", new JsonObject { ["branch"] = "main", ["mediaFolder"] = path }),
            ("getMediaFile", new JsonObject { ["branch"] = "main", ["path"] = path }),
            ("persistMedia", new JsonObject { ["branch"] = "main", ["asset"] = media, ["options"] = new JsonObject { ["commitMessage"] = "m" } }),
            ("deleteFile", new JsonObject { ["branch"] = "main", ["path"] = path, ["options"] = new JsonObject { ["commitMessage"] = "d" } }),
            ("deleteFiles", new JsonObject { ["branch"] = "main", ["paths"] = new JsonArray(path), ["options"] = new JsonObject { ["commitMessage"] = "d" } }),
        };
        foreach (var (action, parameters) in attempts)
        {
            var (status, body) = await s.PostAsync(action, parameters);
            Assert.True((int)status is >= 400 and < 500, $"{action} {path}: HTTP {(int)status} {body}");
            Assert.DoesNotContain("geheim", body?.ToJsonString() ?? "");
        }
        var after = TestSiteSnapshot(site.Root);
        Assert.Equal(before.Keys, after.Keys);
        foreach (var (file, bytes) in before) Assert.True(bytes.AsSpan().SequenceEqual(after[file]), $"{file} changed");
    }

    private static SortedDictionary<string, byte[]> TestSiteSnapshot(string root)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var f in Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
            if (new FileInfo(f).LinkTarget is null) files[Path.GetRelativePath(root, f)] = File.ReadAllBytes(f);
        return files;
    }

    [Fact]
    public async Task A_fifo_in_content_is_refused_not_waited_for()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var site = Site();
        // In a folder that is no region (the build lists but never opens its files), so only the editor meets it.
        var fifo = Path.Combine(site.Content, "archief", "pijp.md");
        Directory.CreateDirectory(Path.GetDirectoryName(fifo)!);
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo)) mkfifo.WaitForExit();
        await using var s = await Session.StartAsync(site);
        var (status, body) = await s.PostAsync("getEntry", new JsonObject { ["branch"] = "main", ["path"] = "content/archief/pijp.md" });
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("SS5002", (string?)body!["code"]);
        var (listed, entries) = await s.PostAsync("entriesByFolder", new JsonObject { ["branch"] = "main", ["folder"] = "content/archief", ["extension"] = "md", ["depth"] = 1 });
        Assert.Equal(HttpStatusCode.OK, listed);
        Assert.DoesNotContain(entries!.AsArray(), e => ((string?)e!["file"]!["path"])!.EndsWith("pijp.md"));
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:{port}")]
    [InlineData("127.0.0.1.nip.io:{port}")]
    [InlineData("localhost.evil.example:{port}")]
    [InlineData("127.0.0.1:1")]
    [InlineData("[::1]:{port}")]
    public async Task Serve_refuses_every_request_for_a_foreign_host_as_a_dns_rebinding_page_sends(string host)
    {
        await using var s = await Session.StartAsync();
        host = host.Replace("{port}", s.Server.Address!.Port.ToString());
        foreach (var path in new[] { "/", "/ouders/tlv/", "/admin/", "/admin/config.yml", "/__staticsite/status" })
        {
            using var get = new HttpRequestMessage(HttpMethod.Get, path);
            get.Headers.Host = host;
            using var response = await s.Http.SendAsync(get);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.DoesNotContain("Eerste versie", await response.Content.ReadAsStringAsync());
        }
        var (status, _) = await s.PostAsync("persistEntry", Persist("content/test/ouders/tlv.md", TestSite.Page("TLV", "Overgenomen.\n")), m => m.Headers.Host = host);
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("Eerste versie.", s.Site.Read("test/ouders/tlv.md"));
        // The server's own names pass.
        foreach (var own in new[] { $"127.0.0.1:{s.Server.Address.Port}", $"localhost:{s.Server.Address.Port}" })
        {
            using var get = new HttpRequestMessage(HttpMethod.Get, "/ouders/tlv/");
            get.Headers.Host = own;
            Assert.Equal(HttpStatusCode.OK, (await s.Http.SendAsync(get)).StatusCode);
        }
    }

    [Theory]
    [InlineData("Origin", "https://evil.example")]
    [InlineData("Origin", "http://127.0.0.1:1")]
    [InlineData("Origin", "null")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    public async Task A_request_from_another_origin_is_refused(string header, string value)
    {
        await using var s = await Session.StartAsync();
        var (status, body) = await s.PostAsync("persistEntry", Persist("content/test/ouders/tlv.md", TestSite.Page("TLV", "Overgenomen.\n")),
            m => m.Headers.TryAddWithoutValidation(header, value));
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("SS5004", (string?)body!["code"]);
        Assert.Contains("Eerste versie.", s.Site.Read("test/ouders/tlv.md"));
        // The editor's own origin is fine.
        var (ok, _) = await s.PostAsync("info", null, m => m.Headers.TryAddWithoutValidation("Origin", $"http://127.0.0.1:{s.Server.Address!.Port}"));
        Assert.Equal(HttpStatusCode.OK, ok);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData(null)]
    public async Task Only_json_is_accepted(string? type)
    {
        await using var s = await Session.StartAsync();
        var (status, body) = await s.PostAsync("persistEntry", Persist("content/test/ouders/tlv.md", TestSite.Page("TLV", "Overgenomen.\n")), m =>
        {
            m.Content!.Headers.ContentType = type is null ? null : MediaTypeHeaderValue.Parse(type);
        });
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Equal("SS5004", (string?)body!["code"]);
        Assert.Contains("Eerste versie.", s.Site.Read("test/ouders/tlv.md"));
        using var get = await s.Http.GetAsync(PreviewServer.ApiPath);
        Assert.NotEqual(HttpStatusCode.OK, get.StatusCode);
    }

    [Fact]
    public async Task Oversized_bodies_are_refused_with_413()
    {
        await using var s = await Session.StartAsync();
        var big = new string('a', 5 * 1024 * 1024);
        var (status, body) = await s.PostAsync("getEntry", new JsonObject { ["branch"] = "main", ["path"] = "content/test/ouders/tlv.md", ["padding"] = big });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("SS5005", (string?)body!["code"]);
        // A page over the page limit, within the media limit of the request.
        var (page, _) = await s.PostAsync("persistEntry", Persist("content/test/ouders/tlv.md", TestSite.Page("TLV", new string('b', 3 * 1024 * 1024))));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, page);
        // Media over the media limit.
        var asset = new JsonObject { ["path"] = "content/test/afbeeldingen/groot.png", ["content"] = Convert.ToBase64String(new byte[11 * 1024 * 1024]), ["encoding"] = "base64" };
        var (media, _) = await s.PostAsync("persistMedia", new JsonObject { ["branch"] = "main", ["asset"] = asset, ["options"] = new JsonObject { ["commitMessage"] = "m" } });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, media);
        // Beyond every limit: refused while reading.
        var huge = new string('c', 17 * 1024 * 1024);
        try
        {
            var (beyond, _) = await s.SendAsync("{\"action\":\"info\",\"x\":\"" + huge + "\"}");
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, beyond);
        }
        catch (HttpRequestException)
        {
            // The server answers 413 and closes without reading the rest; the client may see its upload cut off.
        }
        Assert.Contains("Eerste versie.", s.Site.Read("test/ouders/tlv.md"));
        Assert.False(File.Exists(Path.Combine(s.Site.Content, "test/afbeeldingen/groot.png")));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"action\":\"dropDatabase\",\"params\":{}}")]
    [InlineData("{\"action\":\"getEntry\"}")]
    [InlineData("{\"action\":\"getEntry\",\"params\":{\"path\":42}}")]
    [InlineData("{\"action\":\"persistEntry\",\"params\":{\"assets\":[]}}")]
    [InlineData("{\"action\":\"persistMedia\",\"params\":{\"asset\":{\"path\":\"content/test/a.png\",\"content\":\"@@\",\"encoding\":\"base64\"}}}")]
    [InlineData("{\"action\":\"deleteFiles\",\"params\":{\"paths\":[]}}")]
    public async Task Malformed_requests_are_answered_with_4xx_and_an_error(string body)
    {
        await using var s = await Session.StartAsync();
        var (status, json) = await s.SendAsync(body);
        Assert.True((int)status is 400 or 422, $"HTTP {(int)status}");
        Assert.False(string.IsNullOrEmpty((string?)json!["error"]));
    }

    [Fact]
    public async Task Concurrent_saves_of_one_file_leave_one_complete_version()
    {
        await using var s = await Session.StartAsync();
        var versions = Enumerable.Range(0, 24).Select(i => TestSite.Page("TLV", $"Versie {i}. " + new string((char)('a' + i % 26), 20_000) + "\n")).ToList();
        var results = await Task.WhenAll(versions.Select(v => s.PostAsync("persistEntry", Persist("content/test/ouders/tlv.md", v))));
        Assert.All(results, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.Contains(s.Site.Read("test/ouders/tlv.md"), versions);
        Assert.Empty(Directory.GetFiles(Path.Combine(s.Site.Content, "test/ouders"), ".*"));
    }

    [Fact]
    public async Task The_editor_preview_renders_an_unsaved_entry_with_the_site_layout_and_its_warnings()
    {
        await using var s = await Session.StartAsync();
        var request = new JsonObject
        {
            ["collection"] = "sectie_ouders", ["path"] = "content/test/ouders/tlv.md",
            ["data"] = new JsonObject { ["title"] = "TLV nog niet opgeslagen", ["review_by"] = "2020-01-01", ["body"] = "# Kop\n\nTekst die nog niet is opgeslagen." },
        };
        var (status, body) = await s.SendAsync(request.ToJsonString(), path: PreviewServer.EditorPreviewPath);
        Assert.Equal(HttpStatusCode.OK, status);
        var html = (string?)body!["html"];
        Assert.Contains("TLV nog niet opgeslagen", html);
        Assert.Contains("Tekst die nog niet is opgeslagen.", html);
        Assert.Contains("Steunpunt Test", html);
        var codes = body["diagnostics"]!.AsArray().Select(d => (string?)d!["code"]).ToList();
        Assert.Contains("SS4001", codes); // stale
        Assert.Contains("SS4003", codes); // level-1 heading
        Assert.False((bool)body["shared"]!);
        Assert.Contains("Eerste versie.", s.Site.Read("test/ouders/tlv.md"));

        var (_, shared) = await s.SendAsync(new JsonObject
        {
            ["collection"] = "landelijk_vragen", ["path"] = "content/_shared/vragen/vraag.md", ["data"] = new JsonObject { ["title"] = "Vraag?", ["body"] = "[kapot](/nergens/)" },
        }.ToJsonString(), path: PreviewServer.EditorPreviewPath);
        Assert.True((bool)shared!["shared"]!);
        Assert.Contains(shared["diagnostics"]!.AsArray(), d => (string?)d!["code"] == "SS2002" && (string?)d["severity"] == "error");

        var (refused, _) = await s.SendAsync(request.ToJsonString(), m => m.Headers.TryAddWithoutValidation("Origin", "https://evil.example"), PreviewServer.EditorPreviewPath);
        Assert.Equal(HttpStatusCode.Forbidden, refused);
    }

    [Fact]
    public async Task Admin_serves_decap_and_a_config_generated_for_the_region()
    {
        await using var s = await Session.StartAsync();
        var index = await s.Http.GetStringAsync("/admin/");
        Assert.Contains("<script src=\"decap/decap-cms.js\"></script>", index);
        Assert.Contains("noindex", index);
        using var decap = await s.Http.GetAsync("/admin/decap/decap-cms.js");
        Assert.Equal(HttpStatusCode.OK, decap.StatusCode);
        Assert.True((await decap.Content.ReadAsByteArrayAsync()).Length > 1_000_000);
        var config = await s.Http.GetStringAsync("/admin/config.yml");
        Assert.Contains("proxy_url: \"/api/v1\"", config);
        Assert.Contains("folder: content/test/organisaties", config);
        Assert.DoesNotContain("publish_mode", config);
        Assert.Equal(HttpStatusCode.NotFound, (await s.Http.GetAsync("/admin/decap/../../region.yml")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await s.Http.GetAsync("/admin/decap/decap-cms.js.map")).StatusCode);
    }
}
