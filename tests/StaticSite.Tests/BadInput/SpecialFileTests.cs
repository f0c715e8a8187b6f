using System.Text;
using StaticSite.Content.Sources;
using StaticSite.Tests.Harness;
using static StaticSite.Tests.BadInput.BadInputAssert;

namespace StaticSite.Tests.BadInput;

/// <summary>
/// Issue 9, item 2: only ordinary files inside the real content/ and themes/ are read. Links out
/// (to a secret beside the project, /etc/passwd, /proc/self/environ, /dev/zero), named pipes,
/// sockets, devices, broken links and link loops are each a diagnostic at their path; nothing
/// hangs, nothing is read past its limit, and no byte of a secret reaches the output.
/// </summary>
public class SpecialFileTests
{
    private const string Secret = "GEHEIM-wachtwoord-8731";

    private static TestSite SiteWithSecret(bool ownThemes = false)
    {
        var site = TestSite.Create(Sites.TwoRegions, ownThemes);
        site.Write("geheim/wachtwoord.md", $"---\ntitle: {Secret}\n---\n{Secret}\n");
        site.Write("geheim/map/pagina.md", $"---\ntitle: {Secret}\n---\n{Secret}\n");
        site.Write("elders/noord/region.yml", "name: Noord\nbaseUrl: https://noord.example.org/\n");
        return site;
    }

    [Fact]
    public void Links_out_of_content_and_special_files_are_reported_at_their_paths_and_never_read()
    {
        using var site = SiteWithSecret();
        var before = BuildGood(site);
        site.Link("content/utrecht/ouders/geheim.md", site.Full("geheim/wachtwoord.md"))
            .Link("content/utrecht/ouders/relatief.md", "../../../geheim/wachtwoord.md")
            .Link("content/utrecht/omgeving.txt", "/proc/self/environ")
            .Link("content/utrecht/wachtwoorden.png", "/etc/passwd")
            .Link("content/utrecht/nullen.png", "/dev/zero")
            .Link("content/utrecht/map", "../../geheim/map")
            .Link("content/noord", "../elders/noord")
            .Link("content/amersfoort/kapot.md", "bestaat-niet.md")
            .Link("content/amersfoort/rond-a.md", "rond-b.md")
            .Link("content/amersfoort/rond-b.md", "rond-a.md")
            .Link("content/amersfoort/ouders/terug", "..")
            .Fifo("content/utrecht/ouders/pijp.md")
            .Fifo("content/utrecht/pijp.png")
            .ZeroDevice("content/utrecht/apparaat.png")
            .Sparse("content/utrecht/ouders/reus.md", 5L * 1024 * 1024 * 1024);
        using var socket = site.UnixSocket("content/utrecht/socket.md");
        var result = site.Build();
        FailedKeepingPrevious(site, result, before, "special_files");
        NothingOfTheSecretIsPublished(site);
    }

    [Theory]
    [InlineData("content/utrecht/region.yml", "link-out", "SS1203")]
    [InlineData("content/utrecht/region.yml", "fifo", "SS1204")]
    [InlineData("content/_shared", "link-out", "SS1203")]
    [InlineData("content/_shared/ouders/tlv.md", "fifo", "SS1204")]
    [InlineData("content/_shared/ouders/tlv.md", "link-out", "SS1203")]
    [InlineData("content/_shared/ouders/tlv.md", "dangling", "SS1205")]
    [InlineData("content/utrecht/ouders", "link-out", "SS1203")]
    [InlineData("content/utrecht/ouders", "loop", "SS1205")]
    public void Each_place_a_link_or_pipe_can_sit_in_content_is_reported_there(string path, string kind, string code)
    {
        using var site = SiteWithSecret();
        var before = BuildGood(site);
        Replace(site, path, kind);
        ReportedAtKeepingPrevious(site, before, path, code);
    }

    [Theory]
    [InlineData("themes/default/layouts/base.html", "link-out", "SS1203")]
    [InlineData("themes/default/layouts/page.html", "fifo", "SS1204")]
    [InlineData("themes/default/partials/search-form.html", "link-out", "SS1203")]
    [InlineData("themes/default/partials/search-form.html", "fifo", "SS1204")]
    [InlineData("themes/default/assets/css/site.css", "link-out", "SS1203")]
    [InlineData("themes/default/assets/css/site.css", "fifo", "SS1204")]
    [InlineData("themes/default/assets/css", "link-out", "SS1203")]
    [InlineData("themes/default/theme.yml", "link-out", "SS1203")]
    [InlineData("themes/default/theme.yml", "fifo", "SS1204")]
    [InlineData("themes/default/node_modules/lunr/lunr.min.js", "link-out", "SS1203")]
    [InlineData("themes/default/node_modules/lunr/lunr.min.js", "fifo", "SS1204")]
    [InlineData("themes/default", "link-out", "SS1203")]
    public void Each_place_a_link_or_pipe_can_sit_in_a_theme_is_reported_there(string path, string kind, string code)
    {
        using var site = SiteWithSecret(ownThemes: true);
        var before = BuildGood(site);
        if (path == "themes/default")
        {
            // The whole theme elsewhere: a real copy outside themes/, linked in.
            Directory.Move(site.Full("themes/default"), site.Full("geheim/thema"));
            site.Link(path, site.Full("geheim/thema"));
        }
        else
        {
            Replace(site, path, kind);
        }
        ReportedAtKeepingPrevious(site, before, path, code);
    }

    [Fact]
    public void Links_that_stay_inside_content_and_a_content_folder_that_is_itself_a_link_simply_work()
    {
        using var site = TestSite.Create(Sites.TwoRegions + """

            -- content/_shared/img/schema.png --
            png
            """);
        site.Link("content/utrecht/ouders/toelating.md", "../../_shared/ouders/tlv.md")
            .Link("content/utrecht/plaatjes", "../_shared/img");
        // content/ itself lives elsewhere (a checkout of another repository): its real path is the root.
        Directory.Move(site.Full("content"), site.Full("echte-content"));
        site.Link("content", site.Full("echte-content"));
        var result = site.Build();
        Assert.True(result.ExitCode == 0 && result.ErrorLines.Count == 0, result.ToString());
        site.AssertFileContains("dist/utrecht/ouders/toelating/index.html", "Wat is een TLV?");
        Assert.Equal("png\n", site.File("dist/utrecht/plaatjes/schema.png"));
        Assert.False(site.Exists("dist/amersfoort/plaatjes"));
    }

    [Fact]
    public void A_themes_folder_that_is_itself_a_link_simply_works()
    {
        using var site = TestSite.Create(Sites.TwoRegions, ownThemes: true);
        Directory.Move(site.Full("themes"), site.Full("echte-themes"));
        site.Link("themes", site.Full("echte-themes"));
        var result = site.Build();
        Assert.True(result.ExitCode == 0 && result.ErrorLines.Count == 0, result.ToString());
        Assert.True(site.Exists("dist/utrecht/index.html"));
    }

    [Fact]
    public void Reading_stops_at_the_limit_whatever_length_a_file_claims()
    {
        // Files in /proc claim a length of 0; the limit must hold while reading, not from the length.
        var proc = SafeFileReader.For("/proc/self", "/proc/self");
        Assert.Equal(0, new FileInfo("/proc/self/status").Length);
        var small = proc.Read("/proc/self/status", "status", 64);
        Assert.Equal("SS1202", small.Problem?.Code);
        var whole = proc.Read("/proc/self/status", "status", 1024 * 1024);
        Assert.Null(whole.Problem);
        Assert.StartsWith("Name:", Encoding.UTF8.GetString(whole.Bytes.Span));
    }

    /// <summary>Puts a link out, a pipe, a broken link or a loop where <paramref name="path"/> was.</summary>
    private static void Replace(TestSite site, string path, string kind)
    {
        var full = site.Full(path);
        var wasFolder = Directory.Exists(full) || Path.GetExtension(path).Length == 0;
        if (Directory.Exists(full)) Directory.Delete(full, recursive: true);
        else if (File.Exists(full)) File.Delete(full);
        switch (kind)
        {
            case "link-out": site.Link(path, site.Full(wasFolder ? "geheim/map" : "geheim/wachtwoord.md")); break;
            case "fifo": site.Fifo(path); break;
            case "dangling": site.Link(path, "bestaat-niet.md"); break;
            case "loop": site.Link(path, ".."); break;
            default: throw new ArgumentException(kind);
        }
    }

    /// <summary>The build failed with <paramref name="code"/> at <paramref name="path"/>, kept the previous site, published no secret.</summary>
    private static void ReportedAtKeepingPrevious(TestSite site, SortedDictionary<string, byte[]> before, string path, string code)
    {
        var result = site.Build();
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(result.WithCode(code), l => l.StartsWith(path + "(1,1): ", StringComparison.Ordinal) || l.StartsWith(path + ": ", StringComparison.Ordinal));
        NoStackTrace(result);
        TestSite.AssertSameFiles(before, site.Snapshot());
        NoLeftovers(site);
        NothingOfTheSecretIsPublished(site);
    }

    private static void NothingOfTheSecretIsPublished(TestSite site)
    {
        foreach (var (path, bytes) in site.Snapshot())
            Assert.False(Encoding.UTF8.GetString(bytes).Contains(Secret, StringComparison.Ordinal), $"{path} holds the secret");
    }
}
