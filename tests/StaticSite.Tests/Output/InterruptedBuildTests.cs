using StaticSite.Output.Files;
using StaticSite.Tests.BadInput;
using StaticSite.Tests.Harness;

namespace StaticSite.Tests.Output;

/// <summary>
/// Issue 9, items 4 and 5, with the real command in a child process: killed (SIGKILL) at every
/// dangerous point of writing a region, a build leaves dist/&lt;region&gt; the complete old or the
/// complete new site, and the next build leaves no hidden folder; two builds into one output
/// take turns, and one that waits too long says so.
/// </summary>
public class InterruptedBuildTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    /// <summary>Every point the writer passes, with the one-step swap (renameat2) and with the two-rename fallback.</summary>
    public static TheoryData<string, bool> KillPoints()
    {
        var data = new TheoryData<string, bool>();
        foreach (var point in FaultInjection.Points)
        {
            if (point != "old-moved") data.Add(point, false);
            data.Add(point, true);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(KillPoints))]
    public void Build_killed_at_any_point_leaves_the_complete_old_or_new_site_and_the_next_build_no_hidden_folder(string point, bool twoRenames)
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var old = BadInputAssert.BuildGood(site);
        var (changed, expected) = ChangeContent(site);

        using (var child = ChildCommand.Build(site, Fault(point, twoRenames), "--region", "utrecht"))
        {
            child.WaitForError($"fault point '{point}' reached", Patience);
            child.KillHard();
        }

        var now = Region(site.Snapshot());
        if (point == "old-moved")
        {
            // Between the two renames there is no dist/utrecht: the old site waits whole beside it.
            Assert.Empty(now);
            TestSite.AssertSameFiles(Region(old), Region(site.Snapshot("dist/.utrecht.old"), prefix: ""));
        }
        else
        {
            Assert.True(Same(now, Region(old)) || Same(now, expected), $"after a kill at '{point}' dist/utrecht is neither the old nor the new site");
        }

        var next = site.Build("--region", "utrecht");
        Assert.True(next.ExitCode == 0, next.ToString());
        Assert.All(next.ErrorLines, l => Assert.Contains(" warning SS9007: ", l));
        BadInputAssert.NoLeftovers(site);
        TestSite.AssertSameFiles(expected, Region(site.Snapshot()));
        Assert.Contains("Nieuwe tekst", changed);
    }

    [Fact]
    public void Old_site_is_put_back_even_when_the_build_after_the_kill_fails()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var old = BadInputAssert.BuildGood(site);
        ChangeContent(site);
        using (var child = ChildCommand.Build(site, Fault("old-moved", twoRenames: true), "--region", "utrecht"))
        {
            child.WaitForError("fault point 'old-moved' reached", Patience);
            child.KillHard();
        }
        site.Write("content/utrecht/kapot.md", "---\ntitel: X\n---\n");
        var next = site.Build("--region", "utrecht");
        Assert.Equal(1, next.ExitCode);
        Assert.Contains(next.WithCode("SS9007"), l => l.StartsWith("dist/.utrecht.old: warning SS9007: ", StringComparison.Ordinal) && l.Contains("the previous site was put back in place"));
        TestSite.AssertSameFiles(old, site.Snapshot());
        BadInputAssert.NoLeftovers(site);
    }

    [Fact]
    public void A_leftover_old_site_that_is_a_link_is_removed_and_never_put_in_place()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var good = BadInputAssert.BuildGood(site);
        // What looks like the old site of a killed build, but is a link to a site-like folder outside the output.
        var outside = site.Full("elsewhere");
        Directory.Move(site.Full("dist/utrecht"), outside);
        Directory.CreateSymbolicLink(site.Full("dist/.utrecht.old"), outside);
        var before = TestSite.SnapshotOf(outside);

        var next = site.Build("--region", "utrecht");

        Assert.True(next.ExitCode == 0, next.ToString());
        Assert.Null(new DirectoryInfo(site.Full("dist/utrecht")).LinkTarget);
        TestSite.AssertSameFiles(good, site.Snapshot());
        TestSite.AssertSameFiles(before, TestSite.SnapshotOf(outside));
        BadInputAssert.NoLeftovers(site);
    }

    [Fact]
    public void Second_build_into_the_same_output_waits_for_the_lock_and_fails_clearly_when_it_waits_too_long()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var before = BadInputAssert.BuildGood(site);
        ChangeContent(site);
        using var first = ChildCommand.Build(site, Fault("staged", twoRenames: false));
        first.WaitForError("fault point 'staged' reached", Patience);

        using var second = ChildCommand.Build(site, new Dictionary<string, string> { [OutputLock.TimeoutVariable] = "1" });
        var refused = second.WaitForExit(Patience);
        Assert.True(refused.ExitCode == 1, refused.ToString());
        Golden.AssertDiagnostics("output_locked", refused);
        // The first build's staging folder is there; the published sites are untouched.
        TestSite.AssertSameFiles(before, new(site.Snapshot().Where(f => !f.Key.StartsWith('.')).ToDictionary(), StringComparer.Ordinal));

        first.KillHard();
        var third = site.Build();
        Assert.True(third.ExitCode == 0, third.ToString());
        BadInputAssert.NoLeftovers(site);
    }

    [Fact]
    public void Two_builds_at_once_into_one_output_both_succeed_and_leave_one_complete_site()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        for (var i = 0; i < 150; i++)
            site.Write($"content/_shared/ouders/pagina-{i:000}.md", $"---\ntitle: Pagina {i}\n---\nTekst van pagina {i}.\n");
        var reference = site.Run("build", "--content", site.Full("content"), "--themes", site.ThemesRoot, "--output", site.Full("referentie"));
        Assert.Equal(0, reference.ExitCode);

        using var a = ChildCommand.Build(site);
        using var b = ChildCommand.Build(site);
        var (ra, rb) = (a.WaitForExit(Patience), b.WaitForExit(Patience));
        Assert.True(ra.ExitCode == 0, ra.ToString());
        Assert.True(rb.ExitCode == 0, rb.ToString());
        TestSite.AssertSameFiles(site.Snapshot("referentie"), site.Snapshot());
        BadInputAssert.NoLeftovers(site);
    }

    private static Dictionary<string, string> Fault(string point, bool twoRenames) => new()
    {
        [FaultInjection.PauseVariable] = point,
        [FaultInjection.NoExchangeVariable] = twoRenames ? "1" : "0",
    };

    /// <summary>Changes a page and adds one; returns the new page text and the files of utrecht's new site.</summary>
    private static (string Changed, SortedDictionary<string, byte[]> Expected) ChangeContent(TestSite site)
    {
        site.Write("content/_shared/ouders/tlv.md", "---\ntitle: Toelaatbaarheidsverklaring\n---\nNieuwe tekst.\n");
        site.Write("content/utrecht/ouders/nieuw.md", "---\ntitle: Nieuw\n---\nEen nieuwe pagina.\n");
        var result = site.Run("build", "--region", "utrecht", "--content", site.Full("content"), "--themes", site.ThemesRoot, "--output", site.Full("verwacht"));
        Assert.True(result.ExitCode == 0, result.ToString());
        return (site.File("verwacht/utrecht/ouders/tlv/index.html"), Region(site.Snapshot("verwacht")));
    }

    private static SortedDictionary<string, byte[]> Region(SortedDictionary<string, byte[]> files, string prefix = "utrecht/") =>
        new(files.Where(f => f.Key.StartsWith(prefix, StringComparison.Ordinal)).ToDictionary(f => f.Key[prefix.Length..], f => f.Value), StringComparer.Ordinal);

    private static bool Same(SortedDictionary<string, byte[]> a, SortedDictionary<string, byte[]> b) =>
        a.Keys.SequenceEqual(b.Keys) && a.All(kv => kv.Value.AsSpan().SequenceEqual(b[kv.Key]));
}
