using System.Text.Json.Nodes;
using StaticSite.Content.Model;
using StaticSite.Content.Schema;

namespace StaticSite.Workflow.Tests;

/// <summary>
/// Issue 11, item 6: the config of a region with languages. The local editor edits every page with its
/// translations (Decap's i18n, <c>multiple_files</c>, Dutch the default): what a translation translates is a
/// field per language, what it takes from its Dutch page only a field of the Dutch page. The published
/// editor of a git host cannot rename Dutch files (Decap would write <c>x.nl.md</c>), so it has no i18n.
/// </summary>
public sealed partial class EditorConfigTests
{
    private static readonly EditorSite Translated = Site with { Languages = ["en", "ar"] };

    [Fact]
    public void A_region_with_languages_gets_i18n_with_dutch_as_the_default_and_every_page_collection_translated()
    {
        var config = DecapConfigGenerator.Build(Translated);
        Assert.Equal("multiple_files", (string?)config["i18n"]!["structure"]);
        Assert.Equal(["nl", "en", "ar"], config["i18n"]!["locales"]!.AsArray().Select(l => (string)l!));
        Assert.Equal("nl", (string?)config["i18n"]!["default_locale"]);
        var collections = config["collections"]!.AsArray().OfType<JsonObject>().ToList();
        Assert.All(collections.Where(c => c["folder"] is not null && c["hide"] is null), c => Assert.True((bool)c["i18n"]!, (string?)c["name"]));
        Assert.Null(collections.Single(c => (string?)c["name"] == DecapConfigGenerator.SettingsCollection)["i18n"]);
        Assert.Null(collections.Single(c => (string?)c["name"] == DecapConfigGenerator.OrganisationChoices)["i18n"]);
        Assert.Null(DecapConfigGenerator.Build(Site)["i18n"]);
    }

    [Fact]
    public void A_translation_edits_what_it_translates_and_shows_the_dutch_pages_facts_on_the_dutch_side_only()
    {
        var collections = DecapConfigGenerator.Build(Translated)["collections"]!.AsArray().OfType<JsonObject>().ToList();
        foreach (var (name, type) in new[] { ("organisaties", ContentType.Organisation), ("route", ContentType.Route), ("nieuws", ContentType.News), ("landelijk_sectie_ouders", ContentType.Page) })
        {
            var fields = collections.Single(c => (string?)c["name"] == name)["fields"]!.AsArray().OfType<JsonObject>().ToDictionary(f => (string)f["name"]!);
            foreach (var definition in ContentSchema.PageFields.Where(f => f.AppliesToType(type)))
                Assert.Equal(!definition.FromDutchPage, (bool)fields[definition.Key]["i18n"]!);
            Assert.True((bool)fields["body"]["i18n"]!);
            if (type == ContentType.Route)
                Assert.All(fields[Keys.Steps]["fields"]!.AsArray(), step => Assert.True((bool)step!["i18n"]!));
        }
    }

    [Fact]
    public void The_published_editor_of_a_region_with_languages_has_no_i18n_and_the_settings_form_offers_the_languages()
    {
        var published = Translated with { Backend = new GitEditorBackend(new CmsSettings("github", "steunpunt/site", "main", "https://oauth.example.org", "", "", "")) };
        var config = DecapConfigGenerator.Build(published);
        Assert.Null(config["i18n"]);
        Assert.All(config["collections"]!.AsArray().OfType<JsonObject>(), c => Assert.Null(c["i18n"]));
        var languages = config["collections"]!.AsArray().OfType<JsonObject>().Single(c => (string?)c["name"] == DecapConfigGenerator.SettingsCollection)["files"]![0]!["fields"]!
            .AsArray().OfType<JsonObject>().Single(f => (string?)f["name"] == Keys.Languages);
        Assert.Equal("select", (string?)languages["widget"]);
        Assert.True((bool)languages["multiple"]!);
        Assert.Contains(languages["options"]!.AsArray(), o => (string?)o!["value"] == "uk" && (string?)o["label"] == "Oekraïens (uk)");
        Assert.DoesNotContain(languages["options"]!.AsArray(), o => (string?)o!["value"] == "nl");
    }
}
