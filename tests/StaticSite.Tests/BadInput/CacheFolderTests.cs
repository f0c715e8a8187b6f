using StaticSite.Tests.Harness;

namespace StaticSite.Tests.BadInput;

/// <summary>
/// The caches in <c>dist/.cache</c> are the part of the output a build reuses as it finds it, and CI restores them
/// from elsewhere. Whatever is put there (a link to a folder or file outside the output, a dangling link, a file
/// where a folder belongs, a folder where a file belongs), a build writes nothing outside the output, reads nothing
/// through it into the site, and still publishes the same site.
/// </summary>
public class CacheFolderTests
{
    /// <summary>Every folder of the cache.</summary>
    public static TheoryData<string> Folders => new() { ".cache", ".cache/build", ".cache/published", ".cache/compressed", ".cache/images" };

    /// <summary>What is put in a cache folder's place.</summary>
    public static TheoryData<string, string> FolderPlantings
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var folder in Folders)
                foreach (var kind in new[] { "link to a copy outside", "dangling link", "file" })
                    data.Add(folder, kind);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(FolderPlantings))]
    public void A_cache_folder_replaced_by_a_link_or_file_is_made_a_real_folder_and_nothing_outside_is_touched(string folder, string kind)
    {
        using var site = Built(out var expected);
        var place = site.Full("dist/" + folder);
        var outside = site.Full("elsewhere/" + Path.GetFileName(folder));
        Directory.CreateDirectory(site.Full("elsewhere"));
        switch (kind)
        {
            case "link to a copy outside":
                // A whole, valid cache outside the output, reached through the link: neither written nor used.
                Directory.Move(place, outside);
                Directory.CreateSymbolicLink(place, outside);
                break;
            case "dangling link":
                Directory.Delete(place, recursive: true);
                File.CreateSymbolicLink(place, outside);
                break;
            default:
                Directory.Delete(place, recursive: true);
                File.WriteAllText(place, "not a folder");
                break;
        }
        var before = TestSite.SnapshotOf(outside);
        Directory.Delete(site.Full("dist/utrecht"), recursive: true);

        BuildAndAssertSame(site, expected);

        TestSite.AssertSameFiles(before, TestSite.SnapshotOf(outside));
        Assert.Equal(kind == "link to a copy outside", Directory.Exists(outside));
        Assert.True(IsRealFolder(place), $"{folder} is a real folder again");
        // The next build uses the cache made in the real folder.
        BuildAndAssertSame(site, expected);
        TestSite.AssertSameFiles(before, TestSite.SnapshotOf(outside));
    }

    /// <summary>An entry of a cache folder (a cache file, its temporary name, an image's entry) with a link or folder in its place.</summary>
    public static TheoryData<string, string> EntryPlantings
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var entry in new[] { ".cache/build/utrecht", ".cache/published/utrecht", ".cache/build/utrecht.tmp-{pid}", ".cache/published/utrecht.tmp-{pid}",
                ".cache/build/utrecht.tmp-1", ".cache/published/utrecht.tmp-1", ".cache/images/{image}", ".cache/images/{image}/copies.txt", ".cache/images/{image}/{copy}" })
                foreach (var kind in new[] { "link to a file outside", "dangling link", "link to a folder outside", "folder" })
                    data.Add(entry, kind);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(EntryPlantings))]
    public void An_entry_of_the_cache_replaced_by_a_link_is_never_followed(string entry, string kind)
    {
        using var site = Built(out var expected);
        var image = Path.GetFileName(Directory.GetDirectories(site.Full("dist/.cache/images")).Single());
        var copy = Path.GetFileName(Directory.GetFiles(site.Full($"dist/.cache/images/{image}"), "*.webp").First());
        var place = site.Full("dist/" + entry.Replace("{pid}", Environment.ProcessId.ToString()).Replace("{image}", image).Replace("{copy}", copy));
        Directory.CreateDirectory(site.Full("elsewhere/folder"));
        File.WriteAllText(site.Full("elsewhere/folder/copies.txt"), "1 1 webp secret.webp\n");
        File.WriteAllText(site.Full("elsewhere/file"), "not the cache's");
        var before = TestSite.SnapshotOf(site.Full("elsewhere"));
        if (File.Exists(place)) File.Delete(place);
        else if (Directory.Exists(place)) Directory.Delete(place, recursive: true);
        switch (kind)
        {
            case "link to a file outside": File.CreateSymbolicLink(place, site.Full("elsewhere/file")); break;
            case "dangling link": File.CreateSymbolicLink(place, site.Full("elsewhere/missing")); break;
            case "link to a folder outside": Directory.CreateSymbolicLink(place, site.Full("elsewhere/folder")); break;
            default: Directory.CreateDirectory(Path.Combine(place, "inner")); break;
        }
        // Without the site the build writes every file and every cache again.
        Directory.Delete(site.Full("dist/utrecht"), recursive: true);

        BuildAndAssertSame(site, expected);

        TestSite.AssertSameFiles(before, TestSite.SnapshotOf(site.Full("elsewhere")));
        Assert.False(File.Exists(site.Full("elsewhere/missing")), "nothing was created where the dangling link points");
        BuildAndAssertSame(site, expected);
        TestSite.AssertSameFiles(before, TestSite.SnapshotOf(site.Full("elsewhere")));
    }

    private static TestSite Built(out SortedDictionary<string, byte[]> expected)
    {
        var site = TestSite.Create(Sites.TwoRegions);
        site.WriteBytes("content/_shared/ouders/foto.png", TestImages.Png(900, 600));
        site.Write("content/_shared/ouders/foto.md", "---\ntitle: Foto\n---\n![Een klaslokaal](foto.png)\n");
        var result = site.Build("--region", "utrecht");
        Assert.True(result.ExitCode == 0, result.ToString());
        expected = site.Snapshot("dist/utrecht");
        Assert.Contains(expected.Keys, k => k.EndsWith(".webp", StringComparison.Ordinal));
        return site;
    }

    private static void BuildAndAssertSame(TestSite site, SortedDictionary<string, byte[]> expected)
    {
        var result = site.Build("--region", "utrecht");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("warning", result.Stderr, StringComparison.Ordinal);
        TestSite.AssertSameFiles(expected, site.Snapshot("dist/utrecht"));
    }

    private static bool IsRealFolder(string path) =>
        new DirectoryInfo(path) is { Exists: true, LinkTarget: null };
}
