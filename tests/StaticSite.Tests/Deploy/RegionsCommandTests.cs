using System.Diagnostics;
using System.Text.Json;
using StaticSite.Tests.Harness;

namespace StaticSite.Tests.Deploy;

/// <summary>
/// <c>staticsite regions --json [--changed-since REF]</c>, the build matrix of CI, on a real git
/// repository made in a temporary folder: each row of the table in AffectedRegions.
/// </summary>
public class RegionsCommandTests
{
    private const string Repository = """
        -- content/utrecht/region.yml --
        name: Utrecht
        baseUrl: https://utrecht.example.org/
        -- content/amersfoort/region.yml --
        name: Eemland
        baseUrl: https://example.org/amersfoort/
        -- content/zwolle/region.yml --
        name: Zwolle
        baseUrl: https://zwolle.example.org/
        -- content/_shared/index.md --
        ---
        title: Welkom
        ---
        Welkom.
        -- content/utrecht/contact.md --
        ---
        title: Contact
        ---
        Bel ons.
        -- themes/default/theme.yml --
        name: default
        -- src/Tool.cs --
        class Tool {}
        -- docs/deploy.md --
        # Deploy
        -- README.md --
        # Project
        """;

    private static TestSite CreateRepository()
    {
        var site = TestSite.Create(Repository);
        Git(site, "init", "-q", "-b", "main");
        Git(site, "add", "-A");
        Git(site, "commit", "-q", "-m", "first");
        return site;
    }

    private static RegionListJson Regions(TestSite site, params string[] extra)
    {
        var result = site.Run(["regions", "--json", "--content", site.Full("content"), "--themes", site.Full("themes"), .. extra]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonSerializer.Deserialize<RegionListJson>(result.Stdout, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase })!;
    }

    private static IReadOnlyList<string> ChangedAfter(TestSite site, string path, string text)
    {
        site.Write(path, text);
        Git(site, "add", "-A");
        Git(site, "commit", "-q", "-m", "change " + path);
        return Regions(site, "--changed-since", "HEAD~1").Regions;
    }

    [Fact]
    public void Without_a_ref_every_region_is_listed_in_order()
    {
        using var site = CreateRepository();
        var list = Regions(site);
        Assert.Equal(["amersfoort", "utrecht", "zwolle"], list.Regions);
        Assert.Equal(list.Regions, list.All);
        Assert.Null(list.ChangedSince);
        Assert.Equal("amersfoort\nutrecht\nzwolle\n", site.Run("regions", "--content", site.Full("content")).Stdout);
    }

    [Theory]
    [InlineData("content/utrecht/contact.md", "utrecht")]
    [InlineData("content/amersfoort/nieuw.md", "amersfoort")]
    [InlineData("content/_shared/index.md", "amersfoort,utrecht,zwolle")]
    [InlineData("themes/default/layouts/base.html", "amersfoort,utrecht,zwolle")]
    [InlineData("src/Tool.cs", "amersfoort,utrecht,zwolle")]
    [InlineData("docs/deploy.md", "")]
    [InlineData("README.md", "")]
    [InlineData("content/README.md", "")]
    public void A_change_since_the_ref_rebuilds_the_regions_it_affects(string path, string expected)
    {
        using var site = CreateRepository();
        var regions = ChangedAfter(site, path, "veranderd\n");
        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), regions);
    }

    [Fact]
    public void Uncommitted_and_new_files_count_and_a_page_moved_between_regions_affects_both()
    {
        using var site = CreateRepository();
        site.Write("content/zwolle/nieuw.md", "---\ntitle: Nieuw\n---\nTekst.\n");
        Assert.Equal(["zwolle"], Regions(site, "--changed-since", "HEAD").Regions);
        site.Delete("content/zwolle/nieuw.md");
        Git(site, "mv", "content/utrecht/contact.md", "content/amersfoort/contact.md");
        Assert.Equal(["amersfoort", "utrecht"], Regions(site, "--changed-since", "HEAD").Regions);
    }

    [Fact]
    public void Several_commits_since_the_ref_are_all_counted()
    {
        using var site = CreateRepository();
        var first = Git(site, "rev-parse", "HEAD").Trim();
        ChangedAfter(site, "content/utrecht/contact.md", "een\n");
        ChangedAfter(site, "content/zwolle/contact.md", "twee\n");
        var list = Regions(site, "--changed-since", first);
        Assert.Equal(["utrecht", "zwolle"], list.Regions);
        Assert.Equal(first, list.ChangedSince);
    }

    [Fact]
    public void A_ref_that_is_no_commit_lists_every_region_with_a_warning()
    {
        // GitHub passes 0000000000000000000000000000000000000000 as the commit before a new branch's first push.
        using var site = CreateRepository();
        var result = site.Run("regions", "--json", "--content", site.Full("content"), "--changed-since", new string('0', 40));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning: '0000000000000000000000000000000000000000' is not a commit", result.Stderr);
        Assert.Contains("\"regions\":[\"amersfoort\",\"utrecht\",\"zwolle\"]", result.Stdout);
    }

    [Fact]
    public void Changed_since_outside_a_git_work_tree_is_wrong_usage()
    {
        using var site = TestSite.Create(Repository);
        var result = site.Run("regions", "--content", site.Full("content"), "--changed-since", "HEAD");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("needs a git work tree", result.Stderr);
    }

    private static string Git(TestSite site, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = site.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["GIT_AUTHOR_NAME"] = start.Environment["GIT_COMMITTER_NAME"] = "Test";
        start.Environment["GIT_AUTHOR_EMAIL"] = start.Environment["GIT_COMMITTER_EMAIL"] = "test@example.org";
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        using var git = Process.Start(start)!;
        var output = git.StandardOutput.ReadToEnd();
        var error = git.StandardError.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', args)}: {error}");
        return output;
    }

    private sealed record RegionListJson(List<string> Regions, List<string> All, string? ChangedSince);
}
