using StaticSite.Browser.Tests.Infrastructure;

namespace StaticSite.Browser.Tests;

/// <summary>
/// Full-page screenshots of every page kind at phone and desktop width, kept as test artifacts in
/// <c>tests/StaticSite.Browser.Tests/TestResults/screenshots/&lt;region&gt;/&lt;kind&gt;-&lt;width&gt;.png</c> for people to look at,
/// and the first screen at phone width.
/// </summary>
[Collection(LayoutCollection.Name)]
public sealed class ScreenshotTests(BrowserFixture browser)
{
    [Theory]
    [MemberData(nameof(PageKinds.All), MemberType = typeof(PageKinds))]
    public async Task Page_kind_is_captured_at_375_and_1280_px(string region, string kind)
    {
        var folder = Path.Combine(RepositoryPaths.Results, "screenshots", region);
        Directory.CreateDirectory(folder);
        foreach (var width in new[] { 375, 1280 })
        {
            await using var session = await browser.NewPageAsync(width, 800);
            await browser.OpenAsync(session.Page, region, PageKinds.Get(region, kind));
            var file = Path.Combine(folder, $"{kind}-{width}.png");

            await session.Page.ScreenshotAsync(new() { Path = file, FullPage = true, Animations = Microsoft.Playwright.ScreenshotAnimations.Disabled });

            Assert.True(new FileInfo(file).Length > 1000, $"{file} is empty");

            // A phone's first screen, readable at full size where the long full-page image is not.
            if (width == 375)
                await session.Page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{kind}-{width}-first-screen.png") });
        }
    }
}
