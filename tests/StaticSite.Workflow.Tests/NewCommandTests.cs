using StaticSite.Content.Model;
using YamlDotNet.RepresentationModel;

namespace StaticSite.Workflow.Tests;

public sealed class NewCommandTests
{
    private static TestSite Site() => new(("test/region.yml", TestSite.RegionYml));

    [Theory]
    [InlineData("page", "cliënt-school.md")]
    [InlineData("organisation", "organisaties/cliënt-school.md")]
    [InlineData("faq", "vragen/cliënt-school.md")]
    [InlineData("term", "begrippen/cliënt-school.md")]
    [InlineData("route", "route/cliënt-school.md")]
    [InlineData("news", "nieuws/cliënt-school.md")]
    public void Writes_each_type_in_its_folder_with_a_folded_slug_and_the_site_builds(string type, string expected)
    {
        using var site = Site();
        var (exit, output, error) = site.Run("new", type, "--region", "test", "Cliënt & School");
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        var path = "test/" + expected.Replace("cliënt", "client");
        Assert.Contains(path, output);
        var text = site.Read(path);
        Assert.StartsWith("---\ntitle: \"Cliënt & School\"\n", text);
        foreach (var field in ContentSchema.PageFields.Where(f => f.RequiredFor.Contains(ContentTypes.Parse(type)!.Value)))
            Assert.Contains($"\n{field.Key}:", "\n" + text);
        var check = site.Run("check");
        Assert.True(check.Exit == 0, check.Error);
    }

    [Fact]
    public void Organisation_gets_its_contact_keys_with_dutch_hints()
    {
        using var site = Site();
        site.Run("new", "organisation", "--region", "test", "Buurtteam");
        var text = site.Read("test/organisaties/buurtteam.md");
        foreach (var key in new[] { "phone:", "email:", "website:", "address:", "municipalities:", "review_by:" }) Assert.Contains(key, text);
        Assert.Contains("# telefoonnummer", text);
    }

    [Fact]
    public void Page_goes_into_its_section_and_shared_content_is_allowed()
    {
        using var site = Site();
        Assert.Equal(0, site.Run("new", "page", "--region", "test", "--section", "ouders", "Rechten").Exit);
        Assert.True(File.Exists(Path.Combine(site.Content, "test/ouders/rechten.md")));
        Assert.Equal(0, site.Run("new", "term", "--region", "_shared", "TLV").Exit);
        Assert.True(File.Exists(Path.Combine(site.Content, "_shared/begrippen/tlv.md")));
    }

    [Fact]
    public void Refuses_to_overwrite_with_a_diagnostic()
    {
        using var site = Site();
        site.Run("new", "faq", "--region", "test", "Wat kost het?");
        site.Write("test/vragen/wat-kost-het.md", "mine");
        var (exit, _, error) = site.Run("new", "faq", "--region", "test", "Wat kost het?");
        Assert.Equal(1, exit);
        Assert.Matches(@"content/test/vragen/wat-kost-het\.md\(1,1\): error SS2001: this file already exists", error);
        Assert.Equal("mine", site.Read("test/vragen/wat-kost-het.md"));
    }

    [Theory]
    [InlineData("blog", "test", "unknown type 'blog'")]
    [InlineData("page", "nope", "'nope' is not a region")]
    public void Unknown_type_or_region_is_a_usage_error(string type, string region, string message)
    {
        using var site = Site();
        var (exit, _, error) = site.Run("new", type, "--region", region, "Titel");
        Assert.Equal(2, exit);
        Assert.Contains(message, error);
    }

    /// <summary>Issue 9, item 7: every way a region name could lead out of content/.</summary>
    [Theory]
    [InlineData("../../buiten")]
    [InlineData("../buiten")]
    [InlineData("test/../../buiten")]
    [InlineData("/tmp/buiten")]
    [InlineData("Test")]
    [InlineData("te st")]
    [InlineData("test/ouders")]
    [InlineData(".")]
    [InlineData("..")]
    public void Region_that_is_not_a_region_id_is_refused_and_nothing_is_written(string region)
    {
        using var site = Site();
        // The old check only asked whether <content>/<region>/region.yml existed: give it one outside.
        File.WriteAllText(Path.Combine(site.Root, "region.yml"), TestSite.RegionYml);
        Directory.CreateDirectory(Path.Combine(site.Root, "buiten"));
        File.WriteAllText(Path.Combine(site.Root, "buiten", "region.yml"), TestSite.RegionYml);
        var before = Files(site.Root);
        var (exit, _, error) = site.Run("new", "page", "--region", region, "Hallo");
        Assert.Equal(2, exit);
        Assert.Contains("staticsite: error: ", error);
        Assert.Equal(before, Files(site.Root));
    }

    [Theory]
    [InlineData("organisation", "test/organisaties")]
    [InlineData("page", "test")]
    public void Folder_that_is_a_link_out_of_content_is_refused_and_nothing_is_written_there(string type, string linked)
    {
        using var site = Site();
        var outside = Path.Combine(site.Root, "buiten");
        Directory.CreateDirectory(outside);
        var folder = Path.Combine(site.Content, linked);
        if (Directory.Exists(folder))
        {
            // The region folder itself moves out and is linked back in.
            Directory.Move(folder, Path.Combine(outside, "regio"));
            Directory.CreateSymbolicLink(folder, Path.Combine(outside, "regio"));
        }
        else
        {
            Directory.CreateSymbolicLink(folder, outside);
        }
        var before = Files(outside);
        var (exit, _, error) = site.Run("new", type, "--region", "test", "Buurtteam");
        Assert.Equal(2, exit);
        Assert.Contains("link that leads outside the content folder", error);
        Assert.Equal(before, Files(outside));
    }

    /// <summary>Titles that break YAML when written between plain quotes or without them.</summary>
    public static TheoryData<string> HardTitles() =>
    [
        "Regel\nnieuwe regel", "Windows\r\nregel", "tab\there", "Let op: dit", "a #commentaar", "# kop", "- lijst", "[lijst]", "{map}",
        "&anker", "*alias", "!tag", "| blok", "> gevouwen", "%procent", "@at", "`backtick`", "'enkel'", "\"dubbel\"", "back\\slash",
        "yes", "null", "~ tilde", "123", "2026-01-01", "--- streep", "... punten", "@thuis", "\u0085 volgende regel", "regel\u2028scheider", "\u00a0harde spatie",
        "nul\0byte", "bel\u0007", "escape\u001b[31m", "emoji 😀", "Arabisch: مرحبا", "cliënt en ouder", new string('x', 300), "---\ntitle: kaping\n---",
    ];

    [Theory]
    [MemberData(nameof(HardTitles))]
    public void Title_is_written_as_a_yaml_value_that_reads_back_as_the_same_title(string title)
    {
        using var site = Site();
        var (exit, output, error) = site.Run("new", "faq", "--region", "test", title);
        Assert.True(exit == 0, error);
        var path = output.Trim()[(output.IndexOf("/content/", StringComparison.Ordinal) + "/content/".Length)..];
        Assert.True(Path.GetFileName(path).Length <= NewCommandMaxName, path);
        var text = site.Read(path);
        var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(text[4..end]));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        Assert.Equal(title.Trim(), ((YamlScalarNode)root["title"]).Value);
        Assert.Equal(["title", "description", "audience", "topics", "updated", "review_by"], root.Children.Keys.Select(k => ((YamlScalarNode)k).Value));
        var check = site.Run("check");
        Assert.True(check.Exit == 0, check.Error);
    }

    private const int NewCommandMaxName = 80 + 3;

    [Theory]
    [InlineData("---")]
    [InlineData("עברית")]
    [InlineData("?!")]
    public void Title_without_latin_letters_or_digits_is_a_usage_error_that_says_the_fix(string title)
    {
        using var site = Site();
        var before = Files(site.Root);
        var (exit, _, error) = site.Run("new", "page", "--region", "test", title);
        Assert.Equal(2, exit);
        Assert.Contains("Start with a title in Latin letters", error);
        Assert.Equal(before, Files(site.Root));
    }

    /// <summary>Issue 9, item 9: a new region starts complete, and fails the build until it says who it is.</summary>
    [Fact]
    public void New_region_writes_every_key_with_dutch_hints_and_fails_the_build_until_name_and_baseUrl_are_filled_in()
    {
        using var site = Site();
        var (exit, output, error) = site.Run("new", "region", "noord");
        Assert.True(exit == 0, error);
        Assert.Contains("content/noord/region.yml", output);
        Assert.Contains("Fill in: name (verplicht), baseUrl (verplicht), contact.phone, contact.email, contact.address, contact.hours, municipalities.", output);
        var text = site.Read("noord/region.yml");
        foreach (var field in ContentSchema.RegionFields)
        {
            Assert.Matches($"(?m)^#? ?{field.Key}:", text);
            foreach (var child in field.Children) Assert.Matches($"(?m)^  #? ?{child.Key}:", text);
        }
        Assert.Contains("VERPLICHT", text);
        Assert.DoesNotContain("test.example.org", text);

        var check = site.Run("check", "--region", "noord");
        Assert.Equal(1, check.Exit);
        Assert.Equal(
            [
                "content/noord/region.yml(4,1): error SS1004: 'baseUrl' is required in region.yml but missing. Add a line like 'baseUrl: https://example.org/'.",
                "content/noord/region.yml(4,1): error SS1004: 'name' is required in region.yml but missing. Add a line like 'name: ...'.",
            ],
            check.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[l.IndexOf("content/", StringComparison.Ordinal)..]));

        site.Write("noord/region.yml", text.Replace("name:  #", "name: \"Steunpunt Noord\"  #").Replace("baseUrl:  #", "baseUrl: \"https://noord.example.org/\"  #"));
        var filled = site.Run("check", "--region", "noord");
        Assert.True(filled.Exit == 0, filled.Error);
    }

    [Theory]
    [InlineData("../noord", 2)]
    [InlineData("Noord", 2)]
    [InlineData("_shared", 2)]
    [InlineData("test", 1)]
    public void New_region_refuses_ids_that_are_not_region_ids_and_never_overwrites(string id, int code)
    {
        using var site = Site();
        var before = Files(site.Root);
        var (exit, _, error) = site.Run("new", "region", id);
        Assert.True(exit == code, error);
        Assert.Equal(before, Files(site.Root));
    }

    private static List<string> Files(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => f + "=" + File.ReadAllText(f).GetHashCode()).Order(StringComparer.Ordinal)];
}
