using System.Net;
using System.Text.Json.Nodes;
using StaticSite.Cli.Preview;

namespace StaticSite.Workflow.Tests;

/// <summary>
/// Issue 11, item 6: a region with languages is edited with Decap's i18n (<c>multiple_files</c>), which names
/// the Dutch page's file <c>x.nl.md</c>; the protocol speaks those names and keeps the site's on disk (<c>x.md</c>,
/// <c>x.en.md</c>), and a translation is saved only when the build would accept it, with its Dutch page.
/// </summary>
public sealed partial class EditorProtocolTests
{
    private static TestSite TranslatedSite() => new(
        ("test/region.yml", TestSite.RegionYml + "languages: [en, ar]\n"),
        ("test/index.md", TestSite.Page("Welkom", "Zie [tlv](/ouders/tlv/).\n")),
        ("test/ouders/tlv.md", TestSite.Page("TLV", "Eerste versie.\n", "updated: 2026-03-01\n")),
        ("test/ouders/tlv.en.md", TestSite.Page("Admission statement", "First version.\n", "updated: 2026-03-01\n")),
        ("test/organisaties/steunpunt.md", TestSite.Page("Steunpunt Test", "Bel ons.\n", "phone: \"030-1234567\"\n")),
        ("test/organisaties/steunpunt.en.md", TestSite.Page("Support centre", "Call us.\n")));

    private static JsonObject PersistAll(params (string Path, string Raw)[] files) => new()
    {
        ["branch"] = "main",
        ["dataFiles"] = new JsonArray([.. files.Select(f => (JsonNode)new JsonObject { ["slug"] = "x", ["path"] = f.Path, ["raw"] = f.Raw })]),
        ["assets"] = new JsonArray(),
        ["options"] = new JsonObject { ["commitMessage"] = "Update", ["useWorkflow"] = false, ["status"] = "" },
    };

    [Fact]
    public async Task A_region_with_languages_lists_its_dutch_pages_by_decaps_names_and_reads_them_from_the_sites()
    {
        await using var s = await Session.StartAsync(TranslatedSite());
        var (status, body) = await s.PostAsync("entriesByFolder", new JsonObject { ["branch"] = "main", ["folder"] = "content/test/ouders", ["extension"] = "md", ["depth"] = 1 });
        Assert.Equal(HttpStatusCode.OK, status);
        var entries = body!.AsArray().ToDictionary(e => (string)e!["file"]!["path"]!, e => (string?)e!["data"]);
        Assert.Equal(["content/test/ouders/tlv.en.md", "content/test/ouders/tlv.nl.md"], entries.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(s.Site.Read("test/ouders/tlv.md"), entries["content/test/ouders/tlv.nl.md"]);
        var (_, entry) = await s.PostAsync("getEntry", new JsonObject { ["branch"] = "main", ["path"] = "content/test/ouders/tlv.nl.md" });
        Assert.Equal("content/test/ouders/tlv.nl.md", (string?)entry!["file"]!["path"]);
        Assert.Contains("Eerste versie.", (string?)entry["data"]);
        var (_, missing) = await s.PostAsync("getEntry", new JsonObject { ["branch"] = "main", ["path"] = "content/test/ouders/tlv.ar.md" });
        Assert.Null(missing!["data"]);
        // The route steps' organisations keep their real names: the relation stores the file name.
        var (_, choices) = await s.PostAsync("entriesByFolder", new JsonObject { ["branch"] = "main", ["folder"] = "content/test/@organisaties", ["extension"] = "md", ["depth"] = 1 });
        Assert.Equal(["content/test/organisaties/steunpunt.md"], choices!.AsArray().Select(e => (string?)e!["file"]!["path"]));
    }

    [Fact]
    public async Task Saving_a_page_with_its_translations_writes_the_sites_names_and_skips_a_language_left_empty()
    {
        await using var s = await Session.StartAsync(TranslatedSite());
        var dutch = TestSite.Page("TLV", "Tweede versie.\n", "updated: 2026-04-01\n");
        var english = TestSite.Page("Admission statement", "Second version.\n", "updated: 2026-04-01\n");
        var (status, body) = await s.PostAsync("persistEntry", PersistAll(
            ("content/test/ouders/tlv.nl.md", dutch), ("content/test/ouders/tlv.en.md", english), ("content/test/ouders/tlv.ar.md", "---\ntitle: \"\"\n---\n")));
        Assert.True(status == HttpStatusCode.OK, body?.ToJsonString());
        Assert.Equal(dutch, s.Site.Read("test/ouders/tlv.md"));
        Assert.Equal(english, s.Site.Read("test/ouders/tlv.en.md"));
        Assert.False(File.Exists(Path.Combine(s.Site.Content, "test/ouders/tlv.nl.md")));
        Assert.False(File.Exists(Path.Combine(s.Site.Content, "test/ouders/tlv.ar.md")));
        Assert.Contains("Second version.", await Polling.GetUntilAsync(s.Http, "/en/ouders/tlv/", "Second version."));

        // A new page and its translation in one save: the translation is checked against the page saved with it.
        (status, body) = await s.PostAsync("persistEntry", PersistAll(
            ("content/test/ouders/opp.nl.md", TestSite.Page("OPP", "Nieuw.\n")), ("content/test/ouders/opp.en.md", TestSite.Page("Development plan", "New.\n"))));
        Assert.True(status == HttpStatusCode.OK, body?.ToJsonString());
        Assert.Contains("New.", await Polling.GetUntilAsync(s.Http, "/en/ouders/opp/", "New."));
    }

    [Fact]
    public async Task A_translation_the_build_would_refuse_is_not_saved_and_neither_is_its_dutch_page()
    {
        await using var s = await Session.StartAsync(TranslatedSite());
        var before = s.Site.Read("test/ouders/tlv.md");
        var (status, body) = await s.PostAsync("persistEntry", PersistAll(
            ("content/test/ouders/tlv.nl.md", TestSite.Page("TLV", "Derde versie.\n")),
            ("content/test/ouders/tlv.en.md", TestSite.Page("Admission statement", "Text.\n", "slug: admission\n"))));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("SS2042", (string?)body!["diagnostics"]![0]!["code"]);
        Assert.Equal(before, s.Site.Read("test/ouders/tlv.md"));

        // A translation whose Dutch page is neither on disk nor saved with it.
        (status, body) = await s.PostAsync("persistEntry", PersistAll(("content/test/ouders/stage.en.md", TestSite.Page("Work placement", "Text.\n"))));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("SS2040", (string?)body!["diagnostics"]![0]!["code"]);
        Assert.False(File.Exists(Path.Combine(s.Site.Content, "test/ouders/stage.en.md")));
    }

    [Fact]
    public async Task Deleting_an_entry_deletes_the_dutch_page_and_its_translations()
    {
        await using var s = await Session.StartAsync(TranslatedSite());
        var (status, _) = await s.PostAsync("deleteFiles", new JsonObject
        {
            ["branch"] = "main", ["paths"] = new JsonArray("content/test/organisaties/steunpunt.nl.md", "content/test/organisaties/steunpunt.en.md", "content/test/organisaties/steunpunt.ar.md"),
        });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(File.Exists(Path.Combine(s.Site.Content, "test/organisaties/steunpunt.md")));
        Assert.False(File.Exists(Path.Combine(s.Site.Content, "test/organisaties/steunpunt.en.md")));
    }

    [Fact]
    public async Task The_preview_shows_the_language_chosen_beside_the_form()
    {
        await using var s = await Session.StartAsync(TranslatedSite());
        var (status, body) = await s.SendAsync(new JsonObject
        {
            ["collection"] = "sectie_ouders", ["path"] = "content/test/ouders/tlv.md", ["locale"] = "en",
            ["data"] = new JsonObject { ["title"] = "Admission statement, unsaved", ["body"] = "Not saved yet." },
        }.ToJsonString(), path: PreviewServer.EditorPreviewPath);
        Assert.Equal(HttpStatusCode.OK, status);
        var html = (string?)body!["html"];
        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", html);
        Assert.Contains("Admission statement, unsaved", html);
        Assert.Contains(body["diagnostics"]!.AsArray(), d => (string?)d!["code"] == "SS4006");
    }

    [Fact]
    public async Task The_local_editor_of_a_region_with_languages_edits_translations_side_by_side()
    {
        await using var s = await Session.StartAsync(TranslatedSite());
        var config = await s.Http.GetStringAsync("/admin/config.yml");
        Assert.Contains("i18n:\n  structure: multiple_files\n  locales:\n  - nl\n  - en\n  - ar\n  default_locale: nl\n", config);
    }
}
