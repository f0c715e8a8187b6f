using StaticSite.Tests.Harness;

namespace StaticSite.Tests.BadInput;

/// <summary>SPEC "Command line": wrong usage exits with 2 and writes nothing.</summary>
public class CommandLineTests
{
    [Fact]
    public void Unknown_region_exits_2_and_lists_the_regions()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var result = site.Build("--region", "nope");
        Assert.True(result.ExitCode == 2, result.ToString());
        Golden.AssertDiagnostics("unknown_region", result);
        Assert.False(site.Exists("dist"));
    }

    [Fact]
    public void Unknown_option_exits_2()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var result = site.Build("--regoin", "utrecht");
        Assert.True(result.ExitCode == 2, result.ToString());
        Golden.AssertDiagnostics("unknown_option", result);
        Assert.False(site.Exists("dist"));
    }

    [Fact]
    public void No_command_exits_2()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        Assert.Equal(2, site.Run().ExitCode);
    }

    [Fact]
    public void Missing_content_folder_exits_2()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var result = site.Run("build", "--content", site.Full("geen-content"), "--output", site.Full("dist"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("geen-content", result.Stderr);
    }

    [Fact]
    public void Region_option_builds_only_that_region()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var result = site.Build("--region", "amersfoort");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(site.Exists("dist/amersfoort/index.html"));
        Assert.False(site.Exists("dist/utrecht"));
    }

    [Fact]
    public void Check_validates_without_writing()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        site.Write("content/utrecht/ouders/kapot.md", "---\ntitel: X\n---\n");
        var result = site.Check();
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => l.StartsWith("content/utrecht/ouders/kapot.md(2,1): error SS1002: "));
        Assert.False(site.Exists("dist"));
    }
}
