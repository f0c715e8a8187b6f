using System.Text;
using StaticSite.Build;
using StaticSite.Cli.Preview;
using Xunit.Abstractions;

namespace StaticSite.Workflow.Tests;

/// <summary>
/// The preview's incremental rebuilds never serve a wrong page: after random edits of a site with
/// every content type, lists, related pages, the glossary, images, news and routes, the edited page
/// is at once byte-identical to a full build's, and once the deferred work is done every file the
/// preview serves is, also when deferred work computed before an edit is applied after it (as the
/// server's deferred thread does). Seeded; a failure names its seed and the edits that led to it.
/// </summary>
public sealed class PreviewMatchesFullBuildTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_edits_give_the_pages_of_a_full_build(int seed)
    {
        using var site = new RandomSite(seed);
        var builder = site.NewBuilder();
        Assert.Equal(0, builder.BuildAll().Errors);
        for (var step = 0; step < 30; step++)
        {
            // Deferred work runs beside edits: some of it computed before this edit is applied after it.
            var early = new List<DeferredStep>();
            if (builder.PlanDeferredWork() is { } work)
                for (var n = site.Random.Next(4); n > 0 && !work.IsDone; n--) early.Add(work.ComputeNext());
            var edit = site.EditOnePage();
            var update = builder.Update([site.FullPath(edit.Page)]);
            Assert.NotNull(update);
            var fresh = site.FullBuild();
            Assert.True(fresh.Errors.Select(e => e.ToString()).SequenceEqual(builder.Snapshot.Errors.Select(e => e.ToString())), "FRESH: " + string.Join(" | ", fresh.Errors) + " PREVIEW: " + string.Join(" | ", builder.Snapshot.Errors));
            if (fresh.Errors.Count == 0)
                SameFile(fresh, builder.Snapshot, site.OutputPath(edit.Page), site.History);
            foreach (var late in early)
                if (!builder.Apply(late)) break;
            if (early.Count > 0 || site.Random.Next(3) == 0)
            {
                while (builder.HasDeferredWork) builder.CompleteDeferredWork(() => false);
                if (fresh.Errors.Count == 0) SameFiles(fresh, builder.Snapshot, site.History);
            }
        }
        while (builder.HasDeferredWork) builder.CompleteDeferredWork(() => false);
        site.RevertBrokenPages();
        builder.Update(site.Pages.Select(site.FullPath).ToList());
        while (builder.HasDeferredWork) builder.CompleteDeferredWork(() => false);
        SameFiles(site.FullBuild(), builder.Snapshot, site.History);
        output.WriteLine($"seed {seed}: {site.History.Count} edits");
    }

    private static void SameFile(SiteSnapshot expected, SiteSnapshot actual, string path, IReadOnlyList<string> history)
    {
        Assert.True(expected.Files.ContainsKey(path), $"the full build has no {path}");
        Assert.True(actual.Files.TryGetValue(path, out var served), $"the preview serves no {path} after: {string.Join("; ", history)}");
        Same(path, expected.Files[path], served, history);
    }

    private static void SameFiles(SiteSnapshot expected, SiteSnapshot actual, IReadOnlyList<string> history)
    {
        Assert.Equal(expected.Files.Keys.Order(StringComparer.Ordinal), actual.Files.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in expected.Files) Same(path, bytes, actual.Files[path], history);
    }

    private static void Same(string path, ReadOnlyMemory<byte> expected, ReadOnlyMemory<byte> actual, IReadOnlyList<string> history)
    {
        if (expected.Span.SequenceEqual(actual.Span)) return;
        var a = Encoding.UTF8.GetString(expected.Span);
        var b = Encoding.UTF8.GetString(actual.Span);
        var at = 0;
        while (at < a.Length && at < b.Length && a[at] == b[at]) at++;
        var from = Math.Max(0, at - 120);
        Assert.Fail($"{path} differs from a full build's at character {at} after: {string.Join("; ", history)}\n" +
                    $"full build: ...{a[from..Math.Min(a.Length, at + 160)]}\npreview:    ...{b[from..Math.Min(b.Length, at + 160)]}");
    }

    /// <summary>A region with every content type, its pages kept as data so edits change one thing at a time.</summary>
    private sealed class RandomSite : IDisposable
    {
        private const string Region = "test";
        // A 1×1 PNG: pages show it, and the build reads its size.
        private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");
        private static readonly string[] Topics = ["tlv", "pgb", "dyslexie", "jeugdhulp", "thuiszitten"];
        private static readonly string[] Words = ["school", "ouders", "kind", "hulp", "TLV", "gemeente", "mentor", "zorg", "PGB", "wijkteam", "leerplicht", "Wijkteam"];
        private readonly TestSite _site = new();
        private readonly Dictionary<string, PageData> _pages = new(StringComparer.Ordinal);
        private readonly HashSet<string> _broken = new(StringComparer.Ordinal);

        public RandomSite(int seed)
        {
            Random = new Random(seed);
            _site.Write($"{Region}/region.yml",
                "name: \"Steunpunt Test\"\nbaseUrl: \"https://test.example.org/regio/\"\ncontact:\n  phone: \"030-123 45 67\"\ntop_tasks: [\"/ouders/pagina-1/\"]\n");
            Directory.CreateDirectory(Path.Combine(_site.Content, Region, "ouders"));
            File.WriteAllBytes(Path.Combine(_site.Content, Region, "ouders", "schema.png"), Png);
            Add("index.md", new PageData("Welkom") { Body = ["Welkom bij het steunpunt. Zie [de eerste pagina](/ouders/pagina-1/)."] });
            Add("ouders/index.md", new PageData("Voor ouders") { Body = ["Alles voor ouders."] });
            for (var i = 1; i <= 8; i++) Add($"ouders/pagina-{i}.md", NewPage($"Pagina {i}"));
            for (var i = 1; i <= 5; i++) Add($"jongeren/stuk-{i}.md", NewPage($"Stuk {i}"));
            for (var i = 1; i <= 4; i++) Add($"nieuws/bericht-{i}.md", NewPage($"Bericht {i}") with { Date = new DateOnly(2026, i, 10) });
            Add("begrippen/tlv.md", new PageData("Toelaatbaarheidsverklaring") { Abbreviation = "TLV", Description = "Verklaring voor speciaal onderwijs.", Body = ["Een TLV is nodig voor het speciaal onderwijs."] });
            Add("begrippen/wijkteam.md", new PageData("Wijkteam") { Synonyms = ["buurtteam"], Description = "Hulp in de wijk.", Body = ["Het wijkteam helpt."] });
            Add("organisaties/buurtzorg.md", new PageData("Buurtzorg") { Description = "Zorg in de buurt.", Body = ["Wij helpen."], Extra = "phone: \"030-765 43 21\"\n" });
            Add("route/vastgelopen.md", new PageData("Vastgelopen") { Body = ["Wat u kunt doen."],
                Extra = "steps:\n  - title: \"Bel ons\"\n    description: \"Wij denken mee.\"\n    organisation: \"buurtzorg\"\n" });
            Add("vragen/wat-is-een-tlv.md", NewPage("Wat is een TLV?"));
        }

        public Random Random { get; }
        public List<string> History { get; } = [];
        public IEnumerable<string> Pages => _pages.Keys;

        public RegionPreviewBuilder NewBuilder() => new(Region, new BuildOptions(_site.Content, TestSite.Themes));

        public SiteSnapshot FullBuild()
        {
            var builder = NewBuilder();
            builder.BuildAll();
            return builder.Snapshot;
        }

        public string FullPath(string page) => Path.Combine(_site.Content, Region, page);

        public string OutputPath(string page) =>
            page == "index.md" ? "index.html" : page.EndsWith("/index.md", StringComparison.Ordinal) ? page[..^"md".Length] + "html" : page[..^".md".Length] + "/index.html";

        /// <summary>Changes one thing of one random page (a broken page is fixed first) and saves it.</summary>
        public (string Page, string What) EditOnePage()
        {
            if (_broken.Count > 0 && Random.Next(2) == 0)
            {
                var fixedPage = _broken.First();
                _broken.Remove(fixedPage);
                _pages[fixedPage] = _pages[fixedPage] with { Body = [.. _pages[fixedPage].Body.Where(p => !p.Contains("/bestaat-niet/"))] };
                return Save(fixedPage, "fixed the broken link");
            }
            var keys = _pages.Keys.Order(StringComparer.Ordinal).ToList();
            var path = keys[Random.Next(keys.Count)];
            var page = _pages[path];
            var other = keys[Random.Next(keys.Count)];
            var otherUrl = "/" + OutputPath(other)[..^"index.html".Length];
            (PageData Page, string What) change = Random.Next(12) switch
            {
                0 => (page with { Body = [.. page.Body, Sentence()] }, "added a paragraph"),
                1 => (page with { Body = [Sentence(), .. page.Body.Skip(1)] }, "changed the first paragraph"),
                2 => (page with { Title = page.Title + " " + Word() }, "changed the title"),
                3 => (page with { Description = Sentence() }, "changed the description"),
                4 => (page with { Topics = [.. Topics.Where(_ => Random.Next(3) == 0)] }, "changed the topics"),
                5 => (page with { Weight = Random.Next(4) }, "changed the weight"),
                6 => (page with { Body = [.. page.Body, $"## {Word()} {Random.Next(100)}", Sentence()] }, "added a heading"),
                7 => (page with { Body = [.. page.Body, $"Lees ook [{Word()}]({otherUrl})."] }, "linked to " + otherUrl),
                8 => (page with { Body = [.. page.Body, "![Een schema](/ouders/schema.png)"] }, "showed the image"),
                9 => (page with { Date = new DateOnly(2025, 1 + Random.Next(12), 1 + Random.Next(28)) }, "changed the date"),
                10 when path.StartsWith("begrippen/", StringComparison.Ordinal) =>
                    (page with { Abbreviation = page.Abbreviation is null ? "WT" : null, Synonyms = [.. page.Synonyms, Word().ToLowerInvariant() + "team"] }, "changed the term"),
                11 when !path.StartsWith("route/", StringComparison.Ordinal) =>
                    (page with { Body = [.. page.Body, "Een [kapotte link](/bestaat-niet/)."] }, "broke a link"),
                _ => (page with { Body = [.. page.Body, Sentence()] }, "added a paragraph"),
            };
            if (change.What == "broke a link") _broken.Add(path);
            _pages[path] = change.Page;
            return Save(path, change.What);
        }

        public void RevertBrokenPages()
        {
            foreach (var path in _broken.ToList())
            {
                _pages[path] = _pages[path] with { Body = [.. _pages[path].Body.Where(p => !p.Contains("/bestaat-niet/"))] };
                Save(path, "fixed the broken link");
            }
            _broken.Clear();
        }

        public void Dispose() => _site.Dispose();

        private (string, string) Save(string path, string what)
        {
            _site.Write($"{Region}/{path}", _pages[path].ToMarkdown());
            History.Add($"{path}: {what}");
            return (path, what);
        }

        private void Add(string path, PageData page)
        {
            _pages[path] = page;
            _site.Write($"{Region}/{path}", page.ToMarkdown());
        }

        private PageData NewPage(string title) => new(title)
        {
            Description = Sentence(),
            Topics = [.. Topics.Where(_ => Random.Next(3) == 0)],
            Body = [Sentence(), $"## {Word()}", Sentence()],
        };

        private string Word() => Words[Random.Next(Words.Length)];

        private string Sentence() => string.Join(' ', Enumerable.Range(0, 4 + Random.Next(6)).Select(_ => Word())) + ".";
    }

    private sealed record PageData(string Title)
    {
        public string? Description { get; init; }
        public string[] Topics { get; init; } = [];
        public int? Weight { get; init; }
        public DateOnly? Date { get; init; }
        public string? Abbreviation { get; init; }
        public string[] Synonyms { get; init; } = [];
        public string Extra { get; init; } = "";
        public string[] Body { get; init; } = [];

        public string ToMarkdown()
        {
            var yaml = new StringBuilder($"---\ntitle: \"{Title}\"\n");
            if (Description is not null) yaml.Append($"description: \"{Description}\"\n");
            if (Topics.Length > 0) yaml.Append($"topics: [{string.Join(", ", Topics)}]\n");
            if (Weight is not null) yaml.Append($"weight: {Weight}\n");
            if (Date is not null) yaml.Append($"date: {Date:yyyy-MM-dd}\n");
            if (Abbreviation is not null) yaml.Append($"abbreviation: \"{Abbreviation}\"\n");
            if (Synonyms.Length > 0) yaml.Append($"synonyms: [{string.Join(", ", Synonyms)}]\n");
            yaml.Append(Extra).Append("---\n");
            return yaml + string.Join("\n\n", Body) + "\n";
        }
    }
}
