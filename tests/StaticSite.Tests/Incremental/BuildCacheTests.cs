using StaticSite.Build;
using StaticSite.Build.Caching;
using StaticSite.Content.Model;
using StaticSite.Pipeline.Diagnostics;
using StaticSite.Tests.Harness;

namespace StaticSite.Tests.Incremental;

/// <summary>
/// The build cache (issue 12): what a second build renders again after an edit, and that a damaged cache,
/// a changed file of the previous site or another tool never gives a wrong site.
/// </summary>
public class BuildCacheTests
{
    /// <summary>A region of four shared pages, also used by <see cref="Output.PreviousSiteTests"/>.</summary>
    internal const string Site = """
        -- content/utrecht/region.yml --
        name: Steunpunt Utrecht
        baseUrl: https://example.org/utrecht/
        -- content/_shared/index.md --
        ---
        title: Welkom
        ---
        Welkom bij {{ region.name }}.
        -- content/_shared/ouders/tlv.md --
        ---
        title: TLV
        description: Wat een TLV is.
        ---
        Een toelaatbaarheidsverklaring.
        -- content/_shared/ouders/school.md --
        ---
        title: School kiezen
        description: Hoe u een school kiest.
        ---
        Kies een school.
        -- content/_shared/jongeren/stage.md --
        ---
        title: Stage
        description: Stage lopen.
        ---
        Een stage.
        """;

    private static string CacheFile(TestSite site) => site.Full("dist/.cache/build/utrecht");

    private static BuildResult FullBuild(TestSite site) =>
        site.Run("build", "--content", site.Full("content"), "--themes", site.ThemesRoot, "--output", site.Full("full"), "--no-cache");

    private static void AssertSameAsFullBuild(TestSite site, BuildResult incremental)
    {
        var full = FullBuild(site);
        Assert.Equal(0, incremental.ExitCode);
        Assert.Equal(full.Stderr, incremental.Stderr);
        TestSite.AssertSameFiles(site.Snapshot("full"), site.Snapshot("dist"));
    }

    [Fact]
    public void A_body_edit_renders_only_that_page_again()
    {
        using var site = TestSite.Create(Site);
        var first = site.Build();
        Assert.DoesNotContain("not rendered again", first.Stdout);
        Assert.True(File.Exists(CacheFile(site)));

        site.Write("content/_shared/ouders/tlv.md", "---\ntitle: TLV\ndescription: Wat een TLV is.\n---\nEen toelaatbaarheidsverklaring, nu langer.\n");
        var second = site.Build();
        // Four pages with Markdown; the page itself is rendered again, and every other page but the search page is reused.
        Assert.Contains("utrecht: unchanged since the last build, not rendered again: 3 of 4 Markdown bodies,", second.Stdout);
        var pages = System.Text.RegularExpressions.Regex.Match(second.Stdout, @"Markdown bodies, (\d+) of (\d+) pages");
        Assert.Equal(int.Parse(pages.Groups[2].Value) - 1, int.Parse(pages.Groups[1].Value));
        site.AssertFileContains("dist/utrecht/ouders/tlv/index.html", "nu langer");
        AssertSameAsFullBuild(site, second);
    }

    [Fact]
    public void The_search_index_is_made_again_only_when_what_it_indexes_changed()
    {
        using var site = TestSite.Create(Site);
        Assert.Equal(0, site.Build().ExitCode);
        var again = site.Build();
        Assert.True(again.Stdout.Contains("3 of 3 search index files"), again.ToString());

        // The region's telephone number is on every page but in no index: pages are rendered again, the index is not.
        site.Write("content/utrecht/region.yml", "name: Steunpunt Utrecht\nbaseUrl: https://example.org/utrecht/\ncontact:\n  phone: \"030 123 45 67\"\n");
        var contact = site.Build();
        Assert.Contains("3 of 3 search index files", contact.Stdout);
        site.AssertFileContains("dist/utrecht/index.html", "030 123 45 67");
        AssertSameAsFullBuild(site, contact);

        // A word added to one body is in the body index: the index is made again.
        site.Write("content/_shared/jongeren/stage.md", "---\ntitle: Stage\ndescription: Stage lopen.\n---\nEen stage bij een snickerbar.\n");
        var body = site.Build();
        Assert.Contains("0 of 3 search index files", body.Stdout);
        Assert.Contains(Directory.GetFiles(site.Full("dist/utrecht/assets/search"), "body.*.json"), f => File.ReadAllText(f).Contains("snickerbar"));
        AssertSameAsFullBuild(site, body);

        // An index file of the previous site that is not what was recorded is never used.
        foreach (var file in Directory.GetFiles(site.Full("dist/utrecht/assets/search"), "index.*.json")) File.AppendAllText(file, " ");
        var damaged = site.Build();
        Assert.Contains("0 of 3 search index files", damaged.Stdout);
        AssertSameAsFullBuild(site, damaged);
    }

    [Fact]
    public void A_page_taken_over_unchanged_still_gives_the_content_security_policy_what_it_needs()
    {
        using var site = TestSite.Create(Site);
        // One page with a style attribute (its hash) and an image from another host; the policy is the union of all pages'.
        site.Write("content/_shared/ouders/school.md",
            "---\ntitle: School kiezen\ndescription: Hoe u een school kiest.\n---\nKies een <span style=\"color: #1d4f91\">school</span>.\n\n<img src=\"https://fotos.example.com/school.jpg\" alt=\"Een school\">\n");
        var first = site.Build();
        Assert.True(first.ExitCode == 0, first.ToString());
        var policy = site.File("dist/utrecht/_headers");
        Assert.Contains("https://fotos.example.com", policy);
        Assert.Contains("'unsafe-hashes' 'sha256-", policy);

        // Another page's body is edited: the page with the style attribute is taken over from the previous site, not rendered.
        site.Write("content/_shared/jongeren/stage.md", "---\ntitle: Stage\ndescription: Stage lopen.\n---\nEen stage.\n\nNog een alinea.\n");
        var second = site.Build();
        Assert.Contains("not rendered again: 3 of 4 Markdown bodies", second.Stdout);
        Assert.Equal(policy, site.File("dist/utrecht/_headers"));
        AssertSameAsFullBuild(site, second);
    }

    [Fact]
    public void A_title_edit_renders_the_pages_again_but_not_the_other_pages_Markdown()
    {
        using var site = TestSite.Create(Site);
        site.Build();
        site.Write("content/_shared/ouders/school.md", "---\ntitle: Een school kiezen\ndescription: Hoe u een school kiest.\n---\nKies een school.\n");
        var second = site.Build();
        Assert.Contains("not rendered again: 4 of 4 Markdown bodies, 0 of", second.Stdout);
        site.AssertFileContains("dist/utrecht/ouders/index.html", "Een school kiezen");
        AssertSameAsFullBuild(site, second);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("flipped")]
    [InlineData("garbage")]
    [InlineData("empty")]
    [InlineData("folder")]
    public void A_damaged_cache_means_a_full_build_never_a_wrong_site(string damage)
    {
        using var site = TestSite.Create(Site);
        site.Build();
        var bytes = File.ReadAllBytes(CacheFile(site));
        switch (damage)
        {
            case "truncated": File.WriteAllBytes(CacheFile(site), bytes[..(bytes.Length / 2)]); break;
            case "flipped": bytes[bytes.Length / 2] ^= 0x20; File.WriteAllBytes(CacheFile(site), bytes); break;
            case "garbage": File.WriteAllBytes(CacheFile(site), [.. Enumerable.Range(0, 5000).Select(i => (byte)(i * 7))]); break;
            case "empty": File.WriteAllBytes(CacheFile(site), []); break;
            case "folder": File.Delete(CacheFile(site)); Directory.CreateDirectory(CacheFile(site)); break;
        }
        site.Write("content/_shared/jongeren/stage.md", "---\ntitle: Stage\ndescription: Stage lopen.\n---\nEen stage, bij een bedrijf.\n");
        var second = site.Build();
        Assert.DoesNotContain("not rendered again", second.Stdout);
        AssertSameAsFullBuild(site, second);
        if (damage != "folder")
        {
            // The next build has a whole cache again.
            var third = site.Build();
            Assert.Contains("not rendered again: 4 of 4 Markdown bodies", third.Stdout);
        }
    }

    [Fact]
    public void A_page_changed_in_the_previous_site_is_rendered_again()
    {
        using var site = TestSite.Create(Site);
        site.Build();
        File.WriteAllText(site.Full("dist/utrecht/ouders/tlv/index.html"), "<p>door iemand anders veranderd</p>");
        File.Delete(site.Full("dist/utrecht/jongeren/stage/index.html"));
        var second = site.Build();
        site.AssertFileContains("dist/utrecht/ouders/tlv/index.html", "! door iemand anders veranderd", "Een toelaatbaarheidsverklaring");
        AssertSameAsFullBuild(site, second);
    }

    [Fact]
    public void A_cache_of_another_tool_is_not_used()
    {
        using var site = TestSite.Create(Site);
        var options = new BuildOptions(site.Full("content"), site.ThemesRoot, site.Full("dist"), ToolIdentity: "staticsite 1");
        Assert.Equal(0, SiteBuilder.Build(options).Regions[0].Cache!.MarkdownReused);
        Assert.Equal(4, SiteBuilder.Build(options).Regions[0].Cache!.MarkdownReused);

        var other = SiteBuilder.Build(options with { ToolIdentity = "staticsite 2" }).Regions[0].Cache!;
        Assert.Equal((0, 0), (other.MarkdownReused, other.LayoutsReused));
        Assert.True(other.MarkdownRendered == 4 && other.LayoutsRendered > 4, other.ToString());
    }

    [Fact]
    public void No_cache_neither_reads_nor_writes_the_cache()
    {
        using var site = TestSite.Create(Site);
        var first = site.Build("--no-cache");
        Assert.False(File.Exists(CacheFile(site)));
        site.Build();
        var written = File.ReadAllBytes(CacheFile(site));
        var again = site.Build("--no-cache");
        Assert.DoesNotContain("not rendered again", again.Stdout);
        Assert.Equal(written, File.ReadAllBytes(CacheFile(site)));
        Assert.Equal(first.Stderr, again.Stderr);
    }

    [Fact]
    public void Check_and_builds_that_write_no_site_leave_the_cache_alone()
    {
        using var site = TestSite.Create(Site);
        site.Build();
        var before = File.ReadAllBytes(CacheFile(site));
        var stamp = File.GetLastWriteTimeUtc(CacheFile(site));
        site.Write("content/_shared/ouders/tlv.md", "---\ntitle: TLV\ndescription: Wat een TLV is.\n---\nEen [kapotte link](/nergens/).\n");

        var check = SiteBuilder.Build(new BuildOptions(site.Full("content"), site.ThemesRoot, site.Full("dist"), WriteOutput: false, Lint: true));
        Assert.Null(check.Regions[0].Cache);
        Assert.Contains(check.Diagnostics, d => d.Code == "SS2002");
        var dryRun = SiteBuilder.Build(new BuildOptions(site.Full("content"), site.ThemesRoot, site.Full("dist"), WriteOutput: false));
        Assert.Null(dryRun.Regions[0].Cache);
        Assert.Equal(before, File.ReadAllBytes(CacheFile(site)));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(CacheFile(site)));

        // The same problem from staticsite check.
        var cli = site.Check();
        Assert.Equal(1, cli.ExitCode);
        Assert.Single(cli.WithCode("SS2002"));
    }

    [Fact]
    public void A_failed_build_keeps_the_cache_of_the_site_in_place()
    {
        using var site = TestSite.Create(Site);
        site.Build();
        var before = File.ReadAllBytes(CacheFile(site));
        site.Write("content/_shared/ouders/tlv.md", "---\ntitle: TLV\n---\nEen [kapotte link](/nergens/).\n");
        Assert.Equal(1, site.Build().ExitCode);
        Assert.Equal(before, File.ReadAllBytes(CacheFile(site)));

        site.Write("content/_shared/ouders/tlv.md", "---\ntitle: TLV\n---\nWeer goed.\n");
        var fixedBuild = site.Build();
        Assert.Contains("not rendered again: 3 of 4 Markdown bodies", fixedBuild.Stdout);
        AssertSameAsFullBuild(site, fixedBuild);
    }

    [Fact]
    public void Warnings_of_pages_taken_from_the_cache_are_reported_again()
    {
        using var site = TestSite.Create(Site);
        site.Write("content/_shared/ouders/school.md", "---\ntitle: School kiezen\n---\nKies een school\u000B met een [link](/ouders/tlv/#nergens).\n");
        var first = site.Build();
        Assert.NotEmpty(first.ErrorLines);
        var second = site.Build();
        Assert.Contains("4 of 4 Markdown bodies", second.Stdout);
        Assert.Equal(first.Stderr, second.Stderr);
    }

    [Fact]
    public void A_cached_page_comes_back_exactly_as_it_was_rendered()
    {
        // Valid text is kept as UTF-8; text with half a surrogate pair as UTF-16 code units.
        foreach (var text in new[] { "<p>Kies een school</p>", "", "<p>Coördinatie € 😀 اللغة</p>", "half a pair \ud800 and \udc00 alone" })
        {
            var at = new SourceLocation("content/_shared/ouders/" + text + ".md", 3, 7);
            var entry = new CachedMarkdown(text, [new Heading(2, "kop", text, at)], [new LinkReference("/ouders/" + text, at, false)], text + text,
                [Diagnostic.Warning(at, "SS2008", text)]);
            var encoded = BuildCacheFile.Encode(entry);
            var decoded = BuildCacheFile.Decode(encoded);
            Assert.NotNull(decoded);
            Assert.Equal(entry.Html, decoded.Html);
            Assert.Equal(entry.PlainText, decoded.PlainText);
            Assert.Equal([.. entry.Headings], decoded.Headings.ToArray());
            Assert.Equal([.. entry.Links], decoded.Links.ToArray());
            Assert.Equal([.. entry.Diagnostics], decoded.Diagnostics.ToArray());
            // Cut short anywhere, an entry is not used (the page is rendered again).
            for (var length = 0; length < encoded.Length; length++) Assert.Null(BuildCacheFile.Decode(encoded.AsMemory(0, length)));
        }
    }
}

