using Microsoft.Playwright;

namespace StaticSite.Browser.Tests.Infrastructure;

/// <summary>
/// Shared by every browser test: the example site built once, each region served on 127.0.0.1 under its
/// base path, and one headless Debian Chromium. Each test opens its own context (viewport, zoom).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>
    /// Debian's Chromium (<c>apt-get install chromium</c>; the cake Test target installs it), or the
    /// browser STATICSITE_CHROMIUM names. Playwright never downloads a browser here.
    /// </summary>
    public static readonly string ChromiumPath = Environment.GetEnvironmentVariable("STATICSITE_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private readonly Dictionary<string, StaticSiteServer> _servers = [];
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser fixture did not start.");

    public StaticSiteServer Server(string region) => _servers[region];

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {ChromiumPath}: run `dotnet cake --target=Test` (it installs Debian's chromium when run as root) or `apt-get install -y chromium`, or set STATICSITE_CHROMIUM. " +
                "Playwright's own browser download is not used.");
        if (!File.Exists(RepositoryPaths.AxeScript))
            throw new InvalidOperationException($"axe-core is missing at {RepositoryPaths.AxeScript}: run `npm ci` in tests/.");

        foreach (var region in BuiltSite.Instance.Regions.Values)
            _servers[region.Id] = await StaticSiteServer.StartAsync(region);

        _playwright = await StartPlaywrightAsync();
        _browser = await LaunchChromiumAsync(_playwright);
    }

    /// <summary>Playwright, told never to download a browser of its own.</summary>
    public static async Task<IPlaywright> StartPlaywrightAsync()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        return await Playwright.CreateAsync();
    }

    /// <summary>Debian's Chromium, headless, as every browser test and benchmark runs it.</summary>
    public static async Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright) =>
        await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run",
            ],
        });

    /// <summary>
    /// A fresh page in its own context, <paramref name="width"/> CSS pixels wide. Browser zoom is a
    /// device scale factor with fewer CSS pixels: 1280 px at 200% is 640 CSS px at factor 2.
    /// </summary>
    /// <param name="bypassCsp">For tests that inject a script tag of their own (axe-core): the site's
    /// Content-Security-Policy, which every page is served with, rightly blocks it.</param>
    public async Task<PageSession> NewPageAsync(int width = 1280, int height = 800, float deviceScaleFactor = 1, bool bypassCsp = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            DeviceScaleFactor = deviceScaleFactor,
            Locale = "nl-NL",
            BypassCSP = bypassCsp,
        });
        context.SetDefaultTimeout(10_000);
        return new PageSession(await context.NewPageAsync());
    }

    /// <summary>Opens a page kind of a region and checks it is the page meant (status and layout kind).</summary>
    public async Task OpenAsync(IPage page, string region, PageKind kind)
    {
        var response = await page.GotoAsync(Server(region).Url(kind.Path), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.NotNull(response);
        Assert.True(response!.Status == (kind.IsNotFound ? 404 : 200), $"{region} {kind.Path}: HTTP {response.Status}");
        var bodyClass = await page.GetAttributeAsync("body", "class") ?? "";
        Assert.True(bodyClass.Split(' ').Contains("kind-" + kind.Kind), $"{region} {kind.Path} is not a '{kind.Kind}' page (body class '{bodyClass}')");
        if (kind.Kind == "search")
            await page.Locator("#search-results > li").First.WaitForAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        foreach (var server in _servers.Values) await server.DisposeAsync();
    }
}

/// <summary>A page whose browser context is closed on dispose.</summary>
public sealed class PageSession(IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public async ValueTask DisposeAsync() => await Page.Context.CloseAsync();
}

/// <summary>Behaviour: accessibility rules, keyboard, search.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

/// <summary>
/// Layout: reflow and screenshots. A collection of its own, with its own Chromium, so it runs beside
/// <see cref="BrowserCollection"/> and the suite takes about half as long.
/// </summary>
[CollectionDefinition(Name)]
public sealed class LayoutCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "layout";
}
