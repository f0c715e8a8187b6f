using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using StaticSite.Content.Model;
using StaticSite.Content.Pages;
using StaticSite.Content.Regions;
using StaticSite.Content.Schema;
using StaticSite.Content.Sources;
using StaticSite.Pipeline.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace StaticSite.Workflow.Tests;

/// <summary>
/// The web editor's config.yml, the JSON Schemas and validation come from the one content model
/// (ContentSchema) and must agree: every key a field with the same required flag, allowed values and
/// pattern, and a pattern never blocks in the form what the build accepts, nor lets through what the
/// build refuses. Every diagnostic code has its Dutch explanation.
/// </summary>
public sealed partial class EditorConfigTests
{
    private static readonly EditorSite Site = new("content", "utrecht", "http://127.0.0.1:5050/", ["jongeren", "ouders"], ["jongeren", "ouders"],
        new LocalEditorBackend("/api/v1"));

    private static JsonArray Collections => DecapConfigGenerator.Build(Site)["collections"]!.AsArray();

    private static JsonObject Collection(string name) => Collections.OfType<JsonObject>().Single(c => (string?)c["name"] == name);

    [Fact]
    public void Every_diagnostic_code_has_a_dutch_explanation()
    {
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.NotEmpty(codes);
        foreach (var code in codes)
            Assert.True(DiagnosticExplanations.Dutch.TryGetValue(code, out var text) && text.Length > 20, $"{code} has no Dutch explanation in DiagnosticExplanations");
        Assert.Empty(DiagnosticExplanations.Dutch.Keys.Except(codes));
    }

    [Theory]
    [InlineData("organisaties", ContentType.Organisation)]
    [InlineData("vragen", ContentType.Faq)]
    [InlineData("begrippen", ContentType.Term)]
    [InlineData("route", ContentType.Route)]
    [InlineData("nieuws", ContentType.News)]
    [InlineData("paginas", ContentType.Page)]
    [InlineData("sectie_ouders", ContentType.Page)]
    [InlineData("landelijk_organisaties", ContentType.Organisation)]
    [InlineData("landelijk_sectie_jongeren", ContentType.Page)]
    public void Each_collection_has_a_field_for_every_key_of_its_type_as_the_schema_has_it(string name, ContentType type)
    {
        var collection = Collection(name);
        var fields = collection["fields"]!.AsArray().OfType<JsonObject>().ToList();
        var schema = JsonSchemaGenerator.ForType(type);
        var properties = schema["properties"]!.AsObject();
        Assert.Equal([.. properties.Select(p => p.Key), "body"], fields.Select(f => (string)f["name"]!));
        var required = schema["required"]!.AsArray().Select(r => (string)r!).ToHashSet();
        foreach (var field in fields.Where(f => (string?)f["name"] != "body"))
        {
            var key = (string)field["name"]!;
            var definition = ContentSchema.PageFields.Single(f => f.Key == key);
            Assert.Equal(required.Contains(key), (bool)field["required"]!);
            Assert.Equal(definition.Label, (string?)field["label"]);
            Assert.Equal(definition.Hint, (string?)field["hint"]);
            Assert.Equal((string?)properties[key]!["pattern"], (string?)field["pattern"]?[0]);
            if (definition.AllowedValues.Count > 0)
                Assert.Equal(definition.AllowedValues, field["options"]!.AsArray().Select(o => (string)o!));
        }
        Assert.StartsWith($"content/{(name.StartsWith(DecapConfigGenerator.SharedPrefix) ? "_shared" : "utrecht")}", (string)collection["folder"]!);
    }

    [Fact]
    public void Route_steps_choose_their_organisation_by_file_name_from_region_and_national_organisations()
    {
        var steps = Collection("route")["fields"]!.AsArray().OfType<JsonObject>().Single(f => (string?)f["name"] == Keys.Steps);
        Assert.Equal(ContentSchema.StepFields.Select(f => f.Key), steps["fields"]!.AsArray().Select(f => (string)f!["name"]!));
        var organisation = steps["fields"]!.AsArray().OfType<JsonObject>().Single(f => (string?)f["name"] == Keys.Organisation);
        Assert.Equal("relation", (string?)organisation["widget"]);
        Assert.Equal("{{filename}}", (string?)organisation["value_field"]);
        var choices = Collection((string)organisation["collection"]!);
        Assert.True((bool)choices["hide"]!);
        Assert.Equal($"content/utrecht/{DecapConfigGenerator.OrganisationChoicesFolder}", (string?)choices["folder"]);
    }

    [Fact]
    public void National_collections_are_labelled_and_warn_that_every_region_changes()
    {
        var all = Collections.OfType<JsonObject>().ToList();
        var shared = all.Where(c => ((string?)c["folder"])?.StartsWith("content/_shared") == true).ToList();
        Assert.Equal(1 + 2 + 5, shared.Count); // the national root pages, two sections, five content types
        foreach (var c in shared)
        {
            Assert.StartsWith(DecapConfigGenerator.SharedLabel + ":", (string?)c["label"]);
            Assert.Equal(DecapConfigGenerator.SharedWarning, (string?)c["description"]);
            Assert.StartsWith(DecapConfigGenerator.SharedPrefix, (string?)c["name"]);
            Assert.Equal("/content/_shared/afbeeldingen", (string?)c["media_folder"]);
        }
        Assert.All(all.Where(c => !shared.Contains(c) && c["folder"] is not null), c => Assert.Null(c["description"]));
    }

    [Fact]
    public void The_settings_form_has_every_key_of_region_yml_including_cms()
    {
        var file = Collection(DecapConfigGenerator.SettingsCollection)["files"]![0]!;
        Assert.Equal("content/utrecht/region.yml", (string?)file["file"]);
        var fields = file["fields"]!.AsArray().OfType<JsonObject>().ToList();
        Assert.Equal(ContentSchema.RegionFields.Select(f => f.Key), fields.Select(f => (string)f["name"]!));
        var schema = JsonSchemaGenerator.ForRegion()["properties"]!.AsObject();
        foreach (var definition in ContentSchema.RegionFields.Where(f => f.Kind == FieldKind.Mapping))
        {
            var field = fields.Single(f => (string?)f["name"] == definition.Key);
            Assert.Equal(definition.Children.Select(c => c.Key), field["fields"]!.AsArray().Select(c => (string)c!["name"]!));
            Assert.Equal(schema[definition.Key]!["properties"]!.AsObject().Select(p => p.Key), definition.Children.Select(c => c.Key));
            foreach (var child in definition.Children)
                Assert.Equal(child.RequiredFor.Count > 0, (bool)field["fields"]!.AsArray().Single(c => (string?)c!["name"] == child.Key)!["required"]!);
        }
        Assert.Equal(["name", "baseUrl"], fields.Where(f => (bool)f["required"]!).Select(f => (string)f["name"]!));
    }

    [Fact]
    public void The_yaml_says_what_the_json_tree_says()
    {
        var yaml = DecapConfigGenerator.Yaml(Site);
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        Assert.Equal("proxy", ((YamlScalarNode)((YamlMappingNode)root["backend"])["name"]).Value);
        Assert.Equal(Collections.Count, ((YamlSequenceNode)root["collections"]).Children.Count);
        Assert.Equal("nl", ((YamlScalarNode)root["locale"]).Value);
        Assert.Contains("pattern:\n    - \"^[0-9]{4}-[0-9]{2}-[0-9]{2}$\"", yaml);
        Assert.Equal(yaml, DecapConfigGenerator.Yaml(Site));
    }

    public static TheoryData<string, string> PageSamples => new()
    {
        { Keys.Date, "2026-03-01" }, { Keys.Date, "2026-02-30" }, { Keys.Date, "1-3-2026" }, { Keys.Date, "2026-3-1" }, { Keys.Date, "26-03-01" },
        { Keys.ReviewBy, "2027-12-31" }, { Keys.Updated, "2026/03/01" },
        { Keys.Slug, "tlv-aanvragen" }, { Keys.Slug, "TLV" }, { Keys.Slug, "tlv_2" }, { Keys.Slug, "-tlv" }, { Keys.Slug, "tlv--x" }, { Keys.Slug, "café" }, { Keys.Slug, "a b" },
    };

    [Theory]
    [MemberData(nameof(PageSamples))]
    public void A_page_pattern_in_the_form_agrees_with_the_build(string key, string value)
    {
        var field = ContentSchema.PageFields.Single(f => f.Key == key);
        var matches = Regex.IsMatch(value, field.Pattern!.Regex);
        var problems = new List<Diagnostic>();
        var (source, _) = SourceText.Decode("x.md", System.Text.Encoding.UTF8.GetBytes($"---\ntitle: X\n{key}: \"{value}\"\n---\nTekst.\n"));
        var parsed = PageParser.Parse(source!, "ouders/x.md", problems);
        var accepted = parsed is not null && (key != Keys.Slug || SlugAccepted(value));
        // The form never blocks what the build accepts; what the form lets through the build may still refuse (a 30 February).
        if (accepted) Assert.True(matches, $"{key} '{value}' is accepted by the build but blocked by the form's pattern");
        if (!matches) Assert.False(accepted, $"{key} '{value}' is blocked by the form but accepted by the build");
    }

    // AssignUrls accepts a slug that is already in its own slugified form.
    private static bool SlugAccepted(string slug)
    {
        using var site = new TestSite(("test/region.yml", TestSite.RegionYml), ("test/ouders/x.md", $"---\ntitle: X\nslug: \"{slug}\"\n---\nTekst.\n"));
        return site.Run("check").Exit == 0;
    }

    public static TheoryData<string, string, string> RegionSamples => new()
    {
        { "baseUrl", "baseUrl", "https://example.org/" }, { "baseUrl", "baseUrl", "https://example.org/regio/" }, { "baseUrl", "baseUrl", "http://example.org/" },
        { "baseUrl", "baseUrl", "https://example.org" }, { "baseUrl", "baseUrl", "example.org/" }, { "baseUrl", "baseUrl", "https://example.org/?q=1/" },
        { "branding", "color", "#1d4f91" }, { "branding", "color", "#1D4F91" }, { "branding", "color", "1d4f91" }, { "branding", "color", "#fff" }, { "branding", "color", "#1d4f9g" },
        { "cms", "repo", "steunpunt/website" }, { "cms", "repo", "groep/sub/website" }, { "cms", "repo", "website" }, { "cms", "repo", "a b/c" },
        { "cms", "base_url", "https://oauth.example.org" }, { "cms", "base_url", "http://oauth.example.org" }, { "cms", "base_url", "oauth.example.org" },
        { "cms", "api_root", "https://git.example.org/api/v1" }, { "cms", "api_root", "ftp://git.example.org" },
    };

    [Theory]
    [MemberData(nameof(RegionSamples))]
    public void A_region_pattern_in_the_form_agrees_with_the_build(string group, string key, string value)
    {
        var field = group == key ? ContentSchema.RegionFields.Single(f => f.Key == key)
            : ContentSchema.RegionFields.Single(f => f.Key == group).Children.Single(c => c.Key == key);
        var matches = Regex.IsMatch(value, field.Pattern!.Regex);
        var yaml = group switch
        {
            "baseUrl" => $"name: X\nbaseUrl: \"{value}\"\n",
            "branding" => $"name: X\nbaseUrl: https://example.org/\nbranding:\n  color: \"{value}\"\n  color_text: \"#ffffff\"\n",
            _ => $"name: X\nbaseUrl: https://example.org/\ncms:\n  backend: gitea\n  repo: \"{(key == "repo" ? value : "a/b")}\"\n  app_id: x\n  base_url: \"{(key == "base_url" ? value : "https://git.example.org")}\"\n{(key == "api_root" ? $"  api_root: \"{value}\"\n" : "")}",
        };
        var problems = new List<Diagnostic>();
        var (source, _) = SourceText.Decode("region.yml", System.Text.Encoding.UTF8.GetBytes(yaml));
        RegionSettingsReader.Read("x", source!, problems);
        // Low contrast is another rule than the colour's form.
        var accepted = !problems.Any(d => d.IsError && d.Code != DiagnosticCodes.LowContrast);
        if (accepted) Assert.True(matches, $"{key} '{value}' is accepted by the build but blocked by the form's pattern");
        if (!matches) Assert.False(accepted, $"{key} '{value}' is blocked by the form but accepted by the build");
    }
}
