using Microsoft.Playwright;
using StaticSite.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StaticSite.Browser.Tests;

/// <summary>
/// Issue 8: an editor who has never seen git edits the site in Chromium through <c>/admin/</c>
/// (Decap CMS on the preview server): creates, edits and deletes pages by filling forms, sees them
/// as the site renders them, and reads every refusal in Dutch.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class EditorTests(BrowserFixture browser)
{
    private static IFrameLocator PreviewPane(IPage page) => page.FrameLocator("#preview-pane");

    private static IFrameLocator PreviewPage(IPage page) => PreviewPane(page).FrameLocator(".staticsite-preview-page");

    private static async Task PublishAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Publiceer", Exact = true }).ClickAsync();
        await page.GetByText("Publiceer nu", new() { Exact = true }).ClickAsync();
    }

    private static async Task TypeBodyAsync(IPage page, string text)
    {
        var body = page.Locator("[data-slate-editor]").First;
        await body.ClickAsync();
        await page.Keyboard.TypeAsync(text);
    }

    [Fact]
    public async Task Creating_an_organisation_in_the_form_writes_its_front_matter_and_the_preview_shows_the_page()
    {
        await using var editor = await EditorServer.StartAsync();
        await using var session = await browser.NewPageAsync(1400, 900);
        var page = session.Page;
        await editor.LogInAsync(page);
        await page.GotoAsync(editor.AdminUrl + "#/collections/organisaties/new");

        await page.GetByLabel("Titel").FillAsync("Buurtteam Noord");
        await page.GetByLabel("Korte beschrijving").FillAsync("Hulp bij opvoeden in de wijk Noord.");
        await page.GetByLabel("Telefoonnummer").FillAsync("030-123 45 99");
        await page.GetByLabel("Website").FillAsync("https://noord.example.org/");
        await TypeBodyAsync(page, "Het buurtteam helpt gezinnen in Noord.");

        // The preview is the site's own page: the region's layout, header and the text just typed.
        await Expect(PreviewPage(page).Locator("h1")).ToHaveTextAsync("Buurtteam Noord", new() { Timeout = 15_000 });
        await Expect(PreviewPage(page).Locator("main")).ToContainTextAsync("Het buurtteam helpt gezinnen in Noord.");
        await Expect(PreviewPage(page).Locator("header")).ToContainTextAsync("Ouder- en jeugdsteunpunt Utrecht");
        await ScreenshotAsync(page, "editor-new-organisation");

        await PublishAsync(page);
        var text = await editor.WaitForFileAsync("utrecht/organisaties/buurtteam-noord.md", t => t is not null);
        Assert.NotNull(text);
        Assert.StartsWith("---\n", text);
        Assert.Contains("title: Buurtteam Noord", text);
        Assert.Contains("description: Hulp bij opvoeden in de wijk Noord.", text);
        Assert.Contains("phone: 030-123 45 99", text);
        Assert.Contains("website: https://noord.example.org/", text);
        Assert.Contains("Het buurtteam helpt gezinnen in Noord.", text);

        // The saved page is in the site preview like an editor's own save.
        await using var site = await browser.NewPageAsync();
        await RetryGotoAsync(site.Page, editor.SiteUrl("/organisaties/buurtteam-noord/"));
        await Expect(site.Page.Locator("h1")).ToHaveTextAsync("Buurtteam Noord");
    }

    [Fact]
    public async Task Editing_a_faq_saves_the_new_question_and_keeps_the_rest_of_the_file()
    {
        await using var editor = await EditorServer.StartAsync();
        await using var session = await browser.NewPageAsync(1400, 900);
        var page = session.Page;
        await editor.LogInAsync(page);
        await page.GotoAsync(editor.AdminUrl + "#/collections/vragen/entries/ik-woon-in-stichtse-vecht");
        var title = page.GetByLabel("Titel");
        await Expect(title).ToHaveValueAsync("Ik woon in Stichtse Vecht of De Bilt. Kan ik ook bij jullie terecht?", new() { Timeout = 15_000 });
        await title.FillAsync("Ik woon in De Bilt. Kan ik bij jullie terecht?");
        await Expect(PreviewPage(page).Locator("h1")).ToHaveTextAsync("Ik woon in De Bilt. Kan ik bij jullie terecht?", new() { Timeout = 15_000 });

        await PublishAsync(page);
        var text = await editor.WaitForFileAsync("utrecht/vragen/ik-woon-in-stichtse-vecht.md", t => t?.Contains("Ik woon in De Bilt.") == true);
        Assert.Contains("Ik woon in De Bilt. Kan ik bij jullie terecht?", text);
        Assert.Contains("review_by: 2027-11-01", text);
        Assert.Contains("Wij zijn er voor ouders en jongeren uit Utrecht", text);
    }

    [Fact]
    public async Task A_missing_title_is_blocked_in_the_form_and_nothing_is_written()
    {
        await using var editor = await EditorServer.StartAsync();
        await using var session = await browser.NewPageAsync(1400, 900);
        var page = session.Page;
        await editor.LogInAsync(page);
        var before = Directory.GetFiles(editor.File("utrecht/vragen")).Length;
        await page.GotoAsync(editor.AdminUrl + "#/collections/vragen/new");
        await TypeBodyAsync(page, "Een antwoord zonder vraag.");
        await PublishAsync(page);
        await Expect(page.GetByText("Titel is vereist.")).ToBeVisibleAsync();
        await Task.Delay(500);
        Assert.Equal(before, Directory.GetFiles(editor.File("utrecht/vragen")).Length);
    }

    [Fact]
    public async Task A_save_with_an_unknown_key_is_refused_and_the_reason_stays_on_screen_in_dutch()
    {
        await using var editor = await EditorServer.StartAsync();
        // A file someone committed with a typo in a key; the editor opens it and saves a change.
        var path = editor.File("utrecht/vragen/tikfout.md");
        await File.WriteAllTextAsync(path, "---\ntitle: \"Mag ik langskomen?\"\nonderwerp: spreekuur\n---\nJa, op het inloopspreekuur.\n");
        await using var session = await browser.NewPageAsync(1400, 900);
        var page = session.Page;
        await editor.LogInAsync(page);
        await page.GotoAsync(editor.AdminUrl + "#/collections/vragen/entries/tikfout");
        var title = page.GetByLabel("Titel");
        await Expect(title).ToHaveValueAsync("Mag ik langskomen?", new() { Timeout = 15_000 });
        await title.FillAsync("Mag ik zomaar langskomen?");
        await PublishAsync(page);

        var refusal = page.Locator("#staticsite-save-refused");
        await Expect(refusal).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Expect(refusal).ToContainTextAsync("Er is niets opgeslagen");
        await Expect(refusal).ToContainTextAsync("Er staat een instelling die de site niet kent");
        await Expect(refusal).ToContainTextAsync("(regel 3)");
        await Expect(refusal).ToContainTextAsync("error SS1002: front matter key 'onderwerp' is not known");
        await ScreenshotAsync(page, "editor-save-refused");
        Assert.Equal("---\ntitle: \"Mag ik langskomen?\"\nonderwerp: spreekuur\n---\nJa, op het inloopspreekuur.\n", await File.ReadAllTextAsync(path));
        // Decap's own notice says it too.
        await Expect(page.GetByText("Kan item niet opslaan", new() { Exact = false })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task National_pages_carry_the_warning_that_a_change_changes_every_region()
    {
        await using var editor = await EditorServer.StartAsync();
        await using var session = await browser.NewPageAsync(1400, 900);
        var page = session.Page;
        await editor.LogInAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Landelijk: ouders" }).ClickAsync();
        await Expect(page.GetByText("Een wijziging hier verandert de site van alle regio's.")).ToBeVisibleAsync();
        await page.GotoAsync(editor.AdminUrl + "#/collections/landelijk_sectie_ouders/entries/tlv");
        await Expect(PreviewPane(page).Locator(".staticsite-shared-warning")).ToContainTextAsync("verandert de site van alle regio's", new() { Timeout = 15_000 });
        await Expect(PreviewPage(page).Locator("h1")).ToContainTextAsync("TLV");
    }

    [Fact]
    public async Task A_route_step_picks_a_national_organisation_by_its_file_name()
    {
        await using var editor = await EditorServer.StartAsync();
        await using var session = await browser.NewPageAsync(1400, 900);
        var page = session.Page;
        await editor.LogInAsync(page);
        await page.GotoAsync(editor.AdminUrl + "#/collections/route/new");
        await page.GetByLabel("Titel").First.FillAsync("Hulp bij een geschil");
        await page.GetByRole(AriaRole.Button, new() { Name = "Voeg stap toe" }).ClickAsync();
        await page.GetByLabel("Wat doet u in deze stap").FillAsync("Leg het geschil voor");
        var organisation = page.GetByLabel("Organisatie die helpt");
        await organisation.ClickAsync();
        await page.Keyboard.TypeAsync("Geschillen");
        await page.GetByText("Geschillencommissie passend onderwijs", new() { Exact = false }).Last.ClickAsync();
        await TypeBodyAsync(page, "Zo gaat u verder als u er niet uitkomt.");
        await Expect(PreviewPage(page).Locator("main")).ToContainTextAsync("Leg het geschil voor", new() { Timeout = 15_000 });
        await PublishAsync(page);
        var text = await editor.WaitForFileAsync("utrecht/route/hulp-bij-een-geschil.md", t => t is not null);
        Assert.Contains("organisation: geschillencommissie-passend-onderwijs", text);
    }

    [Fact]
    public async Task Deleting_a_page_removes_its_file_and_its_page()
    {
        await using var editor = await EditorServer.StartAsync();
        await using var session = await browser.NewPageAsync(1400, 900);
        var page = session.Page;
        await editor.LogInAsync(page);
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.GotoAsync(editor.AdminUrl + "#/collections/vragen/entries/informatieavond-aanmelden");
        await Expect(page.GetByLabel("Titel")).Not.ToHaveValueAsync("", new() { Timeout = 15_000 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Item verwijderen" }).ClickAsync();
        var text = await editor.WaitForFileAsync("utrecht/vragen/informatieavond-aanmelden.md", t => t is null);
        Assert.Null(text);
    }

    /// <summary>What the editor saw, as a test artifact in TestResults/.</summary>
    private static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(RepositoryPaths.Results);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Results, name + ".png") });
    }

    private static async Task RetryGotoAsync(IPage page, string url)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var response = await page.GotoAsync(url);
                if (response?.Status == 200 || attempt > 50) return;
            }
            catch (PlaywrightException e) when (e.Message.Contains("interrupted by another navigation") && attempt <= 50)
            {
                // The preview's 404 page reloads itself when the page appears (live reload), which can cut into this navigation.
            }
            await Task.Delay(200);
        }
    }
}
