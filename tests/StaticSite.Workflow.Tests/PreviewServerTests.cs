using System.Net;
using StaticSite.Build;
using StaticSite.Cli.Preview;

namespace StaticSite.Workflow.Tests;

public sealed class PreviewServerTests
{
    private static readonly TimeSpan Wait = Polling.Wait;

    private static TestSite Site(string baseUrl = "https://test.example.org/") => new(
        ("test/region.yml", $"name: \"Steunpunt Test\"\nbaseUrl: \"{baseUrl}\"\n"),
        ("test/index.md", TestSite.Page("Welkom", "Wij helpen u graag. Zie [tlv](/ouders/tlv/).\n")),
        ("test/ouders/tlv.md", TestSite.Page("TLV", "Eerste versie.\n")));

    private static async Task<PreviewServer> StartAsync(TestSite site)
    {
        var server = new PreviewServer("test", new BuildOptions(site.Content, TestSite.Themes), TextWriter.Null);
        await server.StartAsync(0);
        return server;
    }

    [Fact]
    public async Task Serves_pages_under_the_base_path_on_loopback_with_the_live_reload_script()
    {
        using var site = Site("https://test.example.org/regio/");
        await using var server = await StartAsync(site);
        Assert.Equal("127.0.0.1", server.Address!.Host);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Address };
        var root = await http.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal("/regio/", root.Headers.Location!.OriginalString);
        var home = await http.GetStringAsync("/regio/");
        Assert.Contains(LiveReload.EventsPath, home);
        Assert.Contains("href=\"/regio/ouders/tlv/\"", home);
        Assert.Contains("Eerste versie.", await http.GetStringAsync("/regio/ouders/tlv/"));
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/regio/nergens/")).StatusCode);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "dist")));
    }

    [Fact]
    public async Task A_saved_edit_shows_on_the_page_and_on_pages_that_list_it()
    {
        using var site = Site();
        await using var server = await StartAsync(site);
        using var http = new HttpClient { BaseAddress = server.Address };
        site.Write("test/ouders/tlv.md", TestSite.Page("TLV", "Tweede versie.\n"));
        Assert.Contains("Tweede versie.", await Polling.GetUntilAsync(http, "/ouders/tlv/", "Tweede versie."));
        site.Write("test/ouders/tlv.md", TestSite.Page("Toelaatbaarheid", "Derde versie.\n"));
        Assert.Contains("Toelaatbaarheid", await Polling.GetUntilAsync(http, "/ouders/", "Toelaatbaarheid"));
        site.Write("test/ouders/nieuw.md", TestSite.Page("Nieuw", "Een nieuwe pagina.\n"));
        Assert.Contains("Een nieuwe pagina.", await Polling.GetUntilAsync(http, "/ouders/nieuw/", "Een nieuwe pagina."));
    }

    [Fact]
    public async Task A_build_error_shows_an_overlay_over_the_last_good_page_until_fixed()
    {
        using var site = Site();
        await using var server = await StartAsync(site);
        using var http = new HttpClient { BaseAddress = server.Address };
        site.Write("test/ouders/tlv.md", TestSite.Page("TLV", "Kapotte [link](/bestaat-niet/).\n"));
        var page = await Polling.GetUntilAsync(http, "/ouders/tlv/", LiveReload.OverlayId);
        Assert.Contains(LiveReload.OverlayId, page);
        Assert.Contains("error SS2002", page);
        Assert.Contains("Eerste versie.", page);
        site.Write("test/ouders/tlv.md", TestSite.Page("TLV", "Hersteld.\n"));
        page = await Polling.GetUntilAsync(http, "/ouders/tlv/", "Hersteld.");
        Assert.DoesNotContain(LiveReload.OverlayId, page);
    }

    [Fact]
    public async Task Open_tabs_get_a_reload_event_after_a_save()
    {
        using var site = Site();
        await using var server = await StartAsync(site);
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = Wait };
        using var response = await http.GetAsync(LiveReload.EventsPath, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        using var events = new StreamReader(await response.Content.ReadAsStreamAsync());
        var first = await events.ReadLineAsync();
        Assert.Equal($"data: {server.Snapshot.Version}", first);
        site.Write("test/ouders/tlv.md", TestSite.Page("TLV", "Tweede versie.\n"));
        using var cancel = new CancellationTokenSource(Wait);
        string? line;
        do line = await events.ReadLineAsync(cancel.Token); while (line is "" );
        Assert.StartsWith("data: ", line);
        Assert.NotEqual(first, line);
    }
}

public sealed class LiveReloadTests
{
    [Theory]
    [InlineData("<html><body><p>ü</p></body></html>", "<html><body><p>ü</p>{0}</body></html>")]
    [InlineData("<HTML><BODY>a</BODY><!-- </body> in a comment --></HTML>", "<HTML><BODY>a</BODY><!-- {0}</body> in a comment --></HTML>")]
    [InlineData("<p>no body end", "<p>no body end{0}")]
    public void The_script_goes_before_the_last_body_end_and_nothing_else_changes(string page, string expected)
    {
        var served = System.Text.Encoding.UTF8.GetString(LiveReload.Inject(System.Text.Encoding.UTF8.GetBytes(page), []));
        Assert.Equal(string.Format(expected, LiveReload.Script), served);
    }
}
