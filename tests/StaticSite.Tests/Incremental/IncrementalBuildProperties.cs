using CsCheck;
using StaticSite.Tests.Harness;

namespace StaticSite.Tests.Incremental;

/// <summary>
/// Property test of the incremental build (issue 12): a small site with a translation language, a glossary,
/// an organisation, a route and news gets random edits of every kind an editor or maintainer makes (a body,
/// front matter, a title, a new, deleted or renamed page, region.yml, a theme file, a translation); after each
/// edit the build that uses the cache of the one before gives exactly the files, diagnostics and exit code of a
/// build that renders everything (<c>--no-cache</c>). <c>STATICSITE_PROPERTY_SEED=&lt;seed&gt;</c> replays a failure.
/// </summary>
public class IncrementalBuildProperties
{
    private const int Iterations = 6;

    private static readonly string? Seed = Environment.GetEnvironmentVariable("STATICSITE_PROPERTY_SEED");

    /// <summary>Kinds of edit; the number after each picks the page, the text or the name.</summary>
    private enum Edit { Body, FrontMatter, Title, NewPage, DeletePage, RenamePage, RegionSettings, Theme, Translation }

    private static readonly Gen<(Edit Kind, int Choice)[]> Edits =
        Gen.Select(Gen.Enum<Edit>(), Gen.Int[0, 10_000]).Array[3, 7];

    private const string Fixed = """
        -- content/utrecht/region.yml --
        name: Steunpunt Utrecht
        baseUrl: https://example.org/utrecht/
        contact:
          phone: 030-123 45 67
          email: steunpunt@example.org
        municipalities: [Utrecht, De Bilt]
        languages: [en]
        -- content/_shared/index.md --
        ---
        title: Welkom
        ---
        Welkom bij {{ region.name }}.
        -- content/_shared/begrippen/tlv.md --
        ---
        title: Toelaatbaarheidsverklaring
        abbreviation: TLV
        synonyms: [toelating]
        description: Een verklaring die toegang geeft tot het speciaal onderwijs.
        ---
        Uitleg over de toelaatbaarheidsverklaring.
        -- content/_shared/organisaties/leerplicht.md --
        ---
        title: Leerplicht
        description: Het loket voor leerplicht.
        phone: 030-286 00 00
        topics: [school]
        ---
        Het loket.
        -- content/_shared/route/vastgelopen.md --
        ---
        title: Vastgelopen
        steps:
          - title: Praat met de school
          - title: Bel leerplicht
            organisation: leerplicht
        ---
        Wat u kunt doen als het vastloopt.
        -- content/_shared/nieuws/bericht.md --
        ---
        title: Nieuw steunpunt
        date: 2026-01-05
        topics: [school]
        ---
        Het steunpunt is open.
        """;

    private static readonly string[] Sentences =
    [
        "De TLV is nodig voor het speciaal onderwijs.",
        "Lees wat u kunt doen op [de route](/route/vastgelopen/).",
        "Bel ons op {{ region.contact.phone }} of mail {{ region.contact.email }}.",
        "Vraag naar toelating bij het samenwerkingsverband.",
        "Een langere zin over passend onderwijs, ouders, jongeren en de school, die in de samenvatting van de pagina komt te staan als er geen beschrijving is.",
        "## Wat kunt u doen?",
        "### Meer weten",
        "Zie ook [leerplicht](/organisaties/leerplicht/) en het [nieuws](/nieuws/).",
        "- een lijst\n- met twee punten",
        "Gemeenten: {{ region.municipalities | array.join \", \" }}.",
        // What a page needs from the Content-Security-Policy (_headers): a style attribute's hash, an image host.
        "Een <span style=\"color: #1d4f91\">gekleurd</span> woord.",
        "Een foto: <img src=\"https://fotos.example.com/school.jpg\" alt=\"De school\">",
    ];

    private static readonly string[] Folders = ["ouders", "jongeren", "ouders/school", "vragen"];

    private const string TopTasks = "top_tasks: [\"/route/vastgelopen/\"]\n";

    private static readonly string[] Topics = ["", "topics: [school]\n", "topics: [school, ouders]\n", "topics: [ouders]\n"];

    [Fact]
    public void After_random_edits_an_incremental_build_equals_a_full_build_byte_for_byte()
    {
        var reused = 0;
        Edits.Sample(edits =>
        {
            using var site = TestSite.Create(Fixed, ownThemes: true);
            var pages = new EditablePages(site);
            pages.Add("_shared/ouders/school-kiezen.md", "School kiezen", 0, [0, 4]);
            pages.Add("utrecht/ouders/tlv-aanvragen.md", "TLV aanvragen", 1, [1, 5, 2]);
            pages.Add("_shared/jongeren/stage.md", "Stage", 3, [3]);
            pages.Add("_shared/vragen/wie-betaalt.md", "Wie betaalt het vervoer?", 0, [4]);
            reused += AssertSameAsFullBuild(site);
            foreach (var (kind, choice) in edits)
            {
                Apply(site, pages, kind, choice);
                reused += AssertSameAsFullBuild(site);
            }
        }, iter: Iterations, threads: 1, seed: Seed, print: edits => string.Join(", ", edits.Select(e => $"{e.Kind} {e.Choice}")));
        Assert.True(reused > 0, "no build used the cache: the property proved nothing");
    }

    private static void Apply(TestSite site, EditablePages pages, Edit kind, int choice)
    {
        switch (kind)
        {
            case Edit.Body:
                pages.Edit(choice, p => p with { Body = [.. p.Body, choice % Sentences.Length] });
                break;
            case Edit.FrontMatter:
                pages.Edit(choice, p => p with { Extra = (p.Extra + 1 + choice) % (Topics.Length * 2) });
                break;
            case Edit.Title:
                pages.Edit(choice, p => p with { Title = p.Title.Split(' ')[0] + " " + (choice % 7 == 0 ? "TLV" : $"versie {choice}") });
                break;
            case Edit.NewPage:
                pages.Add($"{(choice % 2 == 0 ? "_shared" : "utrecht")}/{Folders[choice % Folders.Length]}/pagina-{choice}.md", $"Pagina {choice}", choice, [choice % Sentences.Length]);
                break;
            case Edit.DeletePage:
                pages.Delete(choice);
                break;
            case Edit.RenamePage:
                pages.Rename(choice, $"hernoemd-{choice}.md");
                break;
            case Edit.RegionSettings:
                var region = site.File("content/utrecht/region.yml");
                site.Write("content/utrecht/region.yml", (choice % 3) switch
                {
                    0 when region.Contains("030-123 45 67", StringComparison.Ordinal) => region.Replace("030-123 45 67", "030-765 43 21", StringComparison.Ordinal),
                    0 => region.Replace("030-765 43 21", "030-123 45 67", StringComparison.Ordinal),
                    1 => region.Replace("name: Steunpunt Utrecht", $"name: Steunpunt Utrecht {choice} #", StringComparison.Ordinal),
                    _ when region.Contains(TopTasks, StringComparison.Ordinal) => region.Replace(TopTasks, "", StringComparison.Ordinal),
                    _ => region + TopTasks,
                });
                break;
            case Edit.Theme:
                if (choice % 2 == 0)
                    site.Write("themes/default/partials/search-form.html", site.File("themes/default/partials/search-form.html") + $"<!-- versie {choice} -->\n");
                else
                    site.Write("themes/default/assets/css/site.css", site.File("themes/default/assets/css/site.css") + $"\n.versie-{choice} {{ color: #000; }}\n");
                break;
            case Edit.Translation:
                pages.Translate(choice);
                break;
        }
    }

    /// <summary>Builds with the cache, then everything afresh into another folder; returns how many pages the cache gave.</summary>
    private static int AssertSameAsFullBuild(TestSite site)
    {
        var incremental = site.Build();
        var full = site.Run("build", "--content", site.Full("content"), "--themes", site.ThemesRoot, "--output", site.Full("full"), "--no-cache");
        Assert.True(full.ExitCode == incremental.ExitCode, $"incremental:\n{incremental}\nfull:\n{full}");
        Assert.Equal(full.Stderr, incremental.Stderr);
        TestSite.AssertSameFiles(site.Snapshot("full"), site.Snapshot("dist"));
        return incremental.Stdout.Contains("not rendered again", StringComparison.Ordinal) ? 1 : 0;
    }

    /// <summary>The pages the edits change (nothing links to them, so deleting one is never a broken link).</summary>
    private sealed class EditablePages(TestSite site)
    {
        private readonly List<(string Path, EditablePage Page)> _pages = [];

        public void Add(string path, string title, int extra, int[] body)
        {
            if (_pages.Any(p => p.Path == path)) return;
            var page = new EditablePage(title, extra, body);
            _pages.Add((path, page));
            Write(path, page);
        }

        public void Edit(int choice, Func<EditablePage, EditablePage> change)
        {
            if (_pages.Count == 0) return;
            var i = choice % _pages.Count;
            _pages[i] = (_pages[i].Path, change(_pages[i].Page));
            Write(_pages[i].Path, _pages[i].Page);
        }

        public void Delete(int choice)
        {
            if (_pages.Count == 0) return;
            var i = choice % _pages.Count;
            Remove(_pages[i].Path);
            _pages.RemoveAt(i);
        }

        public void Rename(int choice, string name)
        {
            if (_pages.Count == 0) return;
            var i = choice % _pages.Count;
            var path = _pages[i].Path[..(_pages[i].Path.LastIndexOf('/') + 1)] + name;
            if (_pages.Any(p => p.Path == path)) return;
            Remove(_pages[i].Path);
            _pages[i] = (path, _pages[i].Page);
            Write(path, _pages[i].Page);
        }

        public void Translate(int choice)
        {
            if (_pages.Count == 0) return;
            var i = choice % _pages.Count;
            _pages[i] = (_pages[i].Path, _pages[i].Page with { Translated = true });
            Write(_pages[i].Path, _pages[i].Page);
        }

        private void Write(string path, EditablePage page)
        {
            site.Write("content/" + path, page.Markdown());
            if (page.Translated)
                site.Write("content/" + English(path), $"---\ntitle: \"{page.Title} (English)\"\nupdated: 2026-02-01\n---\nThis page in English. Call {{{{ region.contact.phone }}}}.\n");
        }

        private void Remove(string path)
        {
            site.Delete("content/" + path);
            if (site.Exists("content/" + English(path))) site.Delete("content/" + English(path));
        }

        private static string English(string path) => path[..^".md".Length] + ".en.md";
    }

    private sealed record EditablePage(string Title, int Extra, int[] Body, bool Translated = false)
    {
        public string Markdown()
        {
            var description = Extra >= Topics.Length ? "description: Een korte beschrijving.\n" : "";
            return $"---\ntitle: \"{Title}\"\n{description}{Topics[Extra % Topics.Length]}---\n{string.Join("\n\n", Body.Select(b => Sentences[b]))}\n";
        }
    }
}
