using StaticSite.Tests.Harness;

namespace StaticSite.Tests.BadInput;

/// <summary>
/// Issue 9, item 3: a build replaces &lt;output&gt;/&lt;region&gt; as a whole, so an output folder where
/// that destroys something is refused with exit 2 and nothing is touched, judged by real paths:
/// <c>dist -&gt; content</c> is refused like <c>--output content</c>.
/// </summary>
public class OutputFolderTests
{
    /// <summary>Each case: how the output is made (a link, or a path), and the code of the refusal.</summary>
    public static TheoryData<string, string, string> Places => new()
    {
        { "dist -> content", "dist", "SS9003" },
        { "dist -> content/utrecht", "dist", "SS9003" },
        { "dist -> themes", "dist", "SS9003" },
        { "dist -> .", "dist", "SS9003" },
        { "dist -> ..", "dist", "SS9003" },
        { "dist -> /", "dist", "SS9004" },
        { "dist -> /usr", "dist", "SS9004" },
        { "uit -> content", "uit/dist", "SS9003" },
        { "uit -> content/utrecht", "uit/site", "SS9003" },
        { "", "content", "SS9003" },
        { "", "content/_shared/uit", "SS9003" },
        { "", "themes/default", "SS9003" },
        { "", ".", "SS9003" },
        { "", "..", "SS9003" },
        { "", "/", "SS9004" },
        { "", "/tmp", "SS9004" },
        { "dist -> dist", "dist", "SS9004" },
    };

    [Theory]
    [MemberData(nameof(Places))]
    public void Output_that_would_replace_sources_or_system_folders_is_refused_and_nothing_is_touched(string link, string output, string code)
    {
        using var site = TestSite.Create(Sites.TwoRegions, ownThemes: true);
        if (link.Length > 0)
        {
            var (name, target) = (link.Split(" -> ")[0], link.Split(" -> ")[1]);
            site.Link(name, target.StartsWith('/') || target == name ? target : site.Full(target));
        }
        var before = Unfollowed(site);
        var result = site.Run("build", "--content", site.Full("content"), "--themes", site.Full("themes"),
            "--output", output.StartsWith('/') ? output : site.Full(output));
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith($"staticsite: error {code}: the output folder ", result.Stderr);
        BadInputAssert.NoStackTrace(result);
        TestSite.AssertSameFiles(before, Unfollowed(site));
    }

    [Fact]
    public void Output_inside_a_folder_that_is_a_link_to_content_is_refused_with_the_real_path_named()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        site.Link("dist", site.Full("content"));
        var before = site.Snapshot("content");
        var result = site.Build();
        Assert.Equal(2, result.ExitCode);
        Golden.AssertDiagnostics("output_link_to_content", result);
        TestSite.AssertSameFiles(before, site.Snapshot("content"));
    }

    [Theory]
    [InlineData("link")]
    [InlineData("file")]
    [InlineData("foreign")]
    public void Region_folder_in_the_output_that_staticsite_did_not_write_is_never_replaced(string kind)
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        site.Write("elders/bewaar.txt", "van iemand anders\n");
        switch (kind)
        {
            case "link": site.Link("dist/utrecht", site.Full("elders")); break;
            case "file": site.Write("dist/utrecht", "een bestand\n"); break;
            default: site.Write("dist/utrecht/notities.txt", "mijn notities\n"); break;
        }
        var before = Unfollowed(site);
        var result = site.Build();
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("staticsite: error SS9005: ", result.Stderr);
        TestSite.AssertSameFiles(before, Unfollowed(site));
    }

    [Fact]
    public void Output_folder_that_is_a_file_is_reported_not_an_internal_error()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        site.Write("dist", "geen map\n");
        var result = site.Build();
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Single(result.WithCode("SS9002"));
        Assert.StartsWith("dist: error SS9002: the output folder could not be made ready (", result.Stderr);
        BadInputAssert.NoStackTrace(result);
        Assert.Equal("geen map\n", site.File("dist"));
    }

    [Fact]
    public void Output_that_is_the_home_folder_is_refused()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        site.Write("thuis/.profile", "# mijn instellingen\n");
        using var child = ChildCommand.Start(site, new Dictionary<string, string> { ["HOME"] = site.Full("thuis") },
            "build", "--content", "content", "--themes", site.ThemesRoot, "--output", "thuis");
        var result = child.WaitForExit(TimeSpan.FromMinutes(2));
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("staticsite: error SS9004: the output folder 'thuis' is your home folder; ", result.Stderr);
        Assert.Equal(["thuis/.profile"], Unfollowed(site).Keys.Where(k => k.StartsWith("thuis/", StringComparison.Ordinal)));
    }

    /// <summary>Every file and link of the site without following links (some point at / or round in a circle): path to bytes, or to "-> target".</summary>
    private static SortedDictionary<string, byte[]> Unfollowed(TestSite site)
    {
        var entries = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        var pending = new Stack<string>([site.Root]);
        while (pending.Count > 0)
            foreach (var entry in new DirectoryInfo(pending.Pop()).EnumerateFileSystemInfos())
            {
                var relative = Path.GetRelativePath(site.Root, entry.FullName);
                if (entry.LinkTarget is { } target) entries[relative] = System.Text.Encoding.UTF8.GetBytes("-> " + target);
                else if (entry is DirectoryInfo) pending.Push(entry.FullName);
                else entries[relative] = File.ReadAllBytes(entry.FullName);
            }
        return entries;
    }
}
