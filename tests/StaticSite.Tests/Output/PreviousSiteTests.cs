using System.IO.Compression;
using StaticSite.Output.Compression;
using StaticSite.Output.Files;
using StaticSite.Tests.Harness;

namespace StaticSite.Tests.Output;

/// <summary>
/// A build takes a file whose bytes are unchanged, with its Brotli and gzip copies, over from the site the last
/// build left (hard links, issue 12), and never a file that is not exactly what it would write: changed in place,
/// a copy deleted or damaged, a folder swapped for a link out of the output, a damaged record.
/// A taken-over file keeps its last-write time; a written one gets a new one.
/// </summary>
public class PreviousSiteTests
{
    private const string Site = Incremental.BuildCacheTests.Site;

    private const string Page = "dist/utrecht/ouders/school/index.html";
    private const string Api = "dist/utrecht/api/items/ouders/school.json";

    private static Dictionary<string, DateTime> Times(TestSite site) =>
        Directory.EnumerateFiles(site.Full("dist/utrecht"), "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(site.Root, f).Replace('\\', '/'), File.GetLastWriteTimeUtc);

    private static void AssertSameAsFullBuild(TestSite site)
    {
        Assert.Equal(0, site.Run("build", "--content", site.Full("content"), "--themes", site.ThemesRoot, "--output", site.Full("full"), "--no-cache").ExitCode);
        TestSite.AssertSameFiles(site.Snapshot("full/utrecht"), site.Snapshot("dist/utrecht"));
    }

    private static TestSite Built(bool aged = false)
    {
        var site = TestSite.Create(Site);
        Assert.Equal(0, site.Build().ExitCode);
        if (aged) Age(site);
        Thread.Sleep(30); // a file written again gets another time
        return site;
    }

    /// <summary>
    /// Makes the last build a second older, as if it had not just finished: a small site is built in milliseconds, so
    /// every file of it is racily stamped (checked by its bytes); aged, files are taken over by their stamps alone.
    /// </summary>
    private static void Age(TestSite site)
    {
        var recordPath = site.Full("dist/.cache/published/utrecht");
        var record = PublishedFiles.Read(recordPath, Precompressor.Settings);
        Assert.True(record.Files.Count > 10);
        var aged = new PublishedFiles();
        FileStamp Older(string path)
        {
            var full = site.Full("dist/utrecht/" + path);
            File.SetLastWriteTimeUtc(full, File.GetLastWriteTimeUtc(full).AddSeconds(-1));
            return FileStamp.Of(full)!.Value;
        }
        foreach (var (path, file) in record.Files)
            aged.Add(path, new PublishedFile(file.Hash, Older(path), file.Brotli is null ? null : Older(path + ".br"), file.Gzip is null ? null : Older(path + ".gz")));
        aged.Write(recordPath, Precompressor.Settings);
    }

    [Fact]
    public void An_unchanged_build_takes_every_file_and_copy_over_and_an_edit_writes_only_what_changed()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var site = Built(aged: true);
        var first = Times(site);
        Assert.Equal(0, site.Build().ExitCode);
        Assert.Equal(first, Times(site));

        Thread.Sleep(30);
        site.Write("content/_shared/ouders/school.md", "---\ntitle: School kiezen\ndescription: Hoe u een school kiest.\n---\nKies een school die past.\n");
        Assert.Equal(0, site.Build().ExitCode);
        var after = Times(site);
        foreach (var changed in new[] { Page, Page + ".br", Page + ".gz", Api, Api + ".br", Api + ".gz" })
            Assert.NotEqual(first[changed], after[changed]);
        Assert.Equal(first["dist/utrecht/ouders/tlv/index.html.br"], after["dist/utrecht/ouders/tlv/index.html.br"]);
        Assert.Equal(first["dist/utrecht/ouders/tlv/index.html"], after["dist/utrecht/ouders/tlv/index.html"]);
        site.AssertFileContains(Page, "Kies een school die past.");
        AssertSameAsFullBuild(site);
    }

    public static TheoryData<string, bool> Damages()
    {
        var data = new TheoryData<string, bool>();
        foreach (var damage in new[]
                 {
                     "page changed in place, same length", "brotli copy changed in place, same length", "gzip copy emptied",
                     "brotli copy deleted", "page replaced by a link", "record damaged", "record emptied",
                 })
        foreach (var aged in new[] { false, true })
            data.Add(damage, aged);
        return data;
    }

    [Theory]
    [MemberData(nameof(Damages))]
    public void A_previous_file_that_is_not_exactly_what_the_build_writes_is_written_again(string damage, bool aged)
    {
        using var site = Built(aged);
        var page = site.Full(Page);
        var bytes = File.ReadAllBytes(page);
        var record = site.Full("dist/.cache/published/utrecht");
        Assert.True(File.Exists(record));
        switch (damage)
        {
            case "page changed in place, same length":
                bytes[bytes.Length / 2] ^= 0x01;
                File.WriteAllBytes(page, bytes);
                break;
            case "brotli copy changed in place, same length":
                var brotli = File.ReadAllBytes(page + ".br");
                brotli[^2] ^= 0x10;
                File.WriteAllBytes(page + ".br", brotli);
                break;
            case "gzip copy emptied": File.WriteAllBytes(page + ".gz", []); break;
            case "brotli copy deleted": File.Delete(page + ".br"); break;
            case "page replaced by a link":
                var elsewhere = site.Full("elsewhere.html");
                File.WriteAllBytes(elsewhere, bytes);
                File.Delete(page);
                File.CreateSymbolicLink(page, elsewhere);
                break;
            case "record damaged":
                var recorded = File.ReadAllBytes(record);
                File.WriteAllBytes(record, recorded[..(recorded.Length / 2)]);
                break;
            case "record emptied": File.WriteAllBytes(record, []); break;
        }

        Assert.Equal(0, site.Build().ExitCode);
        Assert.False(new FileInfo(page).Attributes.HasFlag(FileAttributes.ReparsePoint));
        AssertCopiesDecompressTo(page);
        AssertSameAsFullBuild(site);
    }

    [Fact]
    public void A_folder_of_the_previous_site_swapped_for_a_link_out_of_the_output_is_never_linked_from()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var site = Built(aged: true);
        // The same files outside the output, and the site's folder pointing there: taking them over would link files
        // that live outside the output into the new site.
        var outside = site.Full("outside/school");
        Directory.CreateDirectory(outside);
        foreach (var file in Directory.GetFiles(site.Full("dist/utrecht/ouders/school")))
            File.Copy(file, Path.Combine(outside, Path.GetFileName(file)));
        foreach (var file in Directory.GetFiles(site.Full("dist/utrecht/ouders/school")))
            File.SetLastWriteTimeUtc(Path.Combine(outside, Path.GetFileName(file)), File.GetLastWriteTimeUtc(file));
        Directory.Delete(site.Full("dist/utrecht/ouders/school"), recursive: true);
        Directory.CreateSymbolicLink(site.Full("dist/utrecht/ouders/school"), outside);

        Assert.Equal(0, site.Build().ExitCode);
        Assert.False(new DirectoryInfo(site.Full("dist/utrecht/ouders/school")).Attributes.HasFlag(FileAttributes.ReparsePoint));
        File.AppendAllText(Path.Combine(outside, "index.html"), "changed outside");
        Assert.DoesNotContain("changed outside", site.File(Page));
        AssertSameAsFullBuild(site);
    }

    [Fact]
    public void A_failed_build_keeps_the_previous_site_and_its_record()
    {
        using var site = Built();
        var before = site.Snapshot("dist/utrecht");
        var record = File.ReadAllBytes(site.Full("dist/.cache/published/utrecht"));
        site.Write("content/_shared/ouders/kapot.md", "---\ntitel: Kapot\n---\nTekst.\n");
        Assert.Equal(1, site.Build().ExitCode);
        TestSite.AssertSameFiles(before, site.Snapshot("dist/utrecht"));
        Assert.Equal(record, File.ReadAllBytes(site.Full("dist/.cache/published/utrecht")));
        site.Delete("content/_shared/ouders/kapot.md");
        Assert.Equal(0, site.Build().ExitCode);
        AssertSameAsFullBuild(site);
    }

    private static void AssertCopiesDecompressTo(string file)
    {
        var original = File.ReadAllBytes(file);
        using (var br = new BrotliStream(File.OpenRead(file + ".br"), CompressionMode.Decompress)) Assert.Equal(original, ReadAll(br));
        using (var gz = new GZipStream(File.OpenRead(file + ".gz"), CompressionMode.Decompress)) Assert.Equal(original, ReadAll(gz));
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
