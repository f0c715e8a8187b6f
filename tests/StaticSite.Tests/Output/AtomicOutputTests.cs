using StaticSite.Tests.Harness;

namespace StaticSite.Tests.Output;

/// <summary>SPEC "Output": deterministic, atomic, and never outside --output.</summary>
public class AtomicOutputTests
{
    [Fact]
    public void Building_the_real_content_twice_gives_byte_identical_files()
    {
        using var site = TestSite.Create("-- README.txt --\ntwee builds\n");
        string[] Args(string output) => ["build", "--content", RepositoryPaths.Content, "--themes", RepositoryPaths.Themes, "--output", site.Full(output)];
        var first = site.Run(Args("one"));
        var second = site.Run(Args("two"));
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        var a = site.Snapshot("one");
        Assert.True(a.Count > 100, $"only {a.Count} files");
        Assert.Contains("utrecht/index.html", a.Keys);
        Assert.Contains("amersfoort/index.html", a.Keys);
        TestSite.AssertSameFiles(a, site.Snapshot("two"));
    }

    [Fact]
    public void Rebuild_replaces_the_previous_site_and_removes_deleted_pages()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        site.Write("content/utrecht/ouders/weg.md", "---\ntitle: Weg\n---\nTekst.\n");
        Assert.Equal(0, site.Build().ExitCode);
        Assert.True(site.Exists("dist/utrecht/ouders/weg/index.html"));
        site.Delete("content/utrecht/ouders/weg.md");
        Assert.Equal(0, site.Build().ExitCode);
        Assert.False(site.Exists("dist/utrecht/ouders/weg"));
        BadInput.BadInputAssert.NoLeftovers(site);
    }

    [Fact]
    public void Build_writes_nothing_outside_the_output_folder()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        site.Write("naast-dist/bewaar.txt", "niet aanraken\n");
        var before = site.Snapshot(".");
        var result = site.Build();
        Assert.Equal(0, result.ExitCode);
        var after = site.Snapshot(".");
        var outside = after.Where(kv => !kv.Key.StartsWith("dist/", StringComparison.Ordinal)).ToDictionary();
        Assert.Equal(before.Keys.ToList(), outside.Keys.Order(StringComparer.Ordinal).ToList());
        foreach (var (path, bytes) in before) Assert.Equal(bytes, outside[path]);
    }

    [Fact]
    public void Other_folders_in_the_output_folder_are_left_alone()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        site.Write("dist/eigen/bestand.txt", "van iemand anders\n");
        site.Write("dist/utrecht-oud/index.html", "oud\n");
        Assert.Equal(0, site.Build("--region", "utrecht").ExitCode);
        Assert.Equal("van iemand anders\n", site.File("dist/eigen/bestand.txt"));
        Assert.Equal("oud\n", site.File("dist/utrecht-oud/index.html"));
    }

    [Fact]
    public void Leftover_staging_folder_of_an_interrupted_build_is_cleaned_up()
    {
        // What a build killed between the two renames of the fallback swap leaves: no dist/utrecht,
        // the previous site as .utrecht.old, and a staging folder of its own.
        using var site = TestSite.Create(Sites.TwoRegions);
        var before = BadInput.BadInputAssert.BuildGood(site);
        Directory.Move(site.Full("dist/utrecht"), site.Full("dist/.utrecht.old"));
        site.Write("dist/.utrecht.staging.4242-0badcafe/half.html", "half geschreven\n");
        site.Write("dist/.amersfoort.staging/index.html", "van een oudere versie\n");
        var result = site.Build();
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(3, result.WithCode("SS9007").Count);
        BadInput.BadInputAssert.NoLeftovers(site);
        Assert.False(site.Exists("dist/utrecht/half.html"));
        TestSite.AssertSameFiles(before, site.Snapshot());
    }

    [Fact]
    public void Failed_build_leaves_the_previous_site_byte_identical_and_no_staging_folder()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var before = BadInput.BadInputAssert.BuildGood(site);
        site.Write("content/_shared/ouders/tlv.md", "---\ntitle: TLV\ndate: morgen\n---\nNieuwe tekst.\n");
        var result = site.Build();
        Assert.Equal(1, result.ExitCode);
        TestSite.AssertSameFiles(before, site.Snapshot());
        BadInput.BadInputAssert.NoLeftovers(site);
        Assert.Contains("utrecht: not written because of errors; the previous site (if any) was kept", result.Stdout);
    }
}
