using StaticSite.Content.Model;

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
}
