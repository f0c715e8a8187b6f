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

public sealed class LiveReloadEventTests
{
    [Fact]
    public async Task A_tab_is_told_to_reload_only_when_its_own_page_changed()
    {
        using var site = TwoPages();
        await using var server = new PreviewServer("test", new BuildOptions(site.Content, TestSite.Themes), TextWriter.Null);
        await server.StartAsync(0);
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = Polling.Wait };
        using var home = await EventsAsync(http, "/");
        using var tlv = await EventsAsync(http, "/ouders/tlv/");

        // A new first paragraph is the page's summary, which lists may show: every page is rendered again after it.
        site.Write("test/ouders/tlv.md", TestSite.Page("TLV", "Tweede versie.\n"));
        var edited = await NextVersionAsync(tlv);
        // The rest of the site (search index, feeds, lists) catches up after the edit; the home page comes out the same.
        var quiet = await QuietVersionAsync(server);
        Assert.True(quiet >= edited);
        site.Write("test/index.md", TestSite.Page("Welkom", "Nieuwe tekst. Zie [tlv](/ouders/tlv/).\n"));
        Assert.True(await NextVersionAsync(home) > quiet, "the home page's tab was told to reload for another page's edit");
    }

    [Fact]
    public async Task A_tab_whose_events_connect_after_a_rebuild_is_told_to_reload_only_when_its_page_changed_meanwhile()
    {
        using var site = TwoPages();
        await using var server = new PreviewServer("test", new BuildOptions(site.Content, TestSite.Themes), TextWriter.Null);
        await server.StartAsync(0);
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = Polling.Wait };
        var quiet = await QuietVersionAsync(server);
        // Two tabs load their pages, then a save is published before their event streams connect (a slow phone, a busy machine).
        var tlvServed = ServedVersion(await http.GetStringAsync("/ouders/tlv/"));
        var homeServed = ServedVersion(await http.GetStringAsync("/"));
        Assert.Equal(quiet, tlvServed);
        Assert.Equal(quiet, homeServed);
        // A new second paragraph: only the page itself changes (its summary, which lists show, stays the same).
        site.Write("test/ouders/tlv.md", TestSite.Page("TLV", "Eerste versie.\n\nEen tweede alinea.\n"));
        await Polling.GetUntilAsync(http, "/ouders/tlv/", "Een tweede alinea.");
        var now = await QuietVersionAsync(server);
        Assert.True(now > quiet);

        using var tlv = await EventsAsync(http, "/ouders/tlv/", tlvServed);
        using var home = await EventsAsync(http, "/", homeServed);
        Assert.Equal(now, tlv.First);
        Assert.Equal(homeServed, home.First);
        // A version older than the server remembers, or none at all: the tab reloads to be sure.
        using var unknown = await EventsAsync(http, "/", -1);
        Assert.Equal(now, unknown.First);
    }

    private static TestSite TwoPages() => new(
        ("test/region.yml", TestSite.RegionYml),
        ("test/index.md", TestSite.Page("Welkom", "Zie [tlv](/ouders/tlv/).\n")),
        ("test/ouders/tlv.md", TestSite.Page("TLV", "Eerste versie.\n")));

    private static long ServedVersion(string html) =>
        long.Parse(System.Text.RegularExpressions.Regex.Match(html, $@"{LiveReload.SinceParameter}=(\d+)").Groups[1].Value);

    private sealed record Events(StreamReader Reader, long First) : IDisposable
    {
        public void Dispose() => Reader.Dispose();
    }

    private static async Task<Events> EventsAsync(HttpClient http, string page, long since)
    {
        var response = await http.GetAsync($"{LiveReload.EventsPath}?{LiveReload.SinceParameter}={since}&{LiveReload.PageParameter}={Uri.EscapeDataString(page)}",
            HttpCompletionOption.ResponseHeadersRead);
        var events = new StreamReader(await response.Content.ReadAsStreamAsync());
        return new Events(events, await NextVersionAsync(events));
    }

    private static async Task<StreamReader> EventsAsync(HttpClient http, string page)
    {
        var response = await http.GetAsync($"{LiveReload.EventsPath}?{LiveReload.PageParameter}={Uri.EscapeDataString(page)}", HttpCompletionOption.ResponseHeadersRead);
        var events = new StreamReader(await response.Content.ReadAsStreamAsync());
        await NextVersionAsync(events);
        return events;
    }

    private static async Task<long> NextVersionAsync(StreamReader events)
    {
        using var cancel = new CancellationTokenSource(Polling.Wait);
        while (await events.ReadLineAsync(cancel.Token) is { } line)
            if (line.StartsWith("data: ", StringComparison.Ordinal)) return long.Parse(line["data: ".Length..]);
        throw new EndOfStreamException();
    }

    /// <summary>The version once none is published for a second.</summary>
    private static async Task<long> QuietVersionAsync(PreviewServer server)
    {
        var deadline = DateTime.UtcNow + Polling.Wait;
        var version = server.Snapshot.Version;
        while (DateTime.UtcNow < deadline)
        {
            using var second = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            try { version = (await server.WaitForVersionAsync(version, second.Token)).Version; }
            catch (OperationCanceledException) { return version; }
        }
        return version;
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
        var served = System.Text.Encoding.UTF8.GetString(LiveReload.Inject(System.Text.Encoding.UTF8.GetBytes(page), 7, []));
        Assert.Equal(string.Format(expected, LiveReload.Script(7)), served);
        Assert.Contains("var v='7'", served);
    }
}
