using System.Collections.Immutable;
using StaticSite.Content.Languages;
using StaticSite.Content.Model;
using StaticSite.Pipeline.Engine;
using StaticSite.Rendering.Themes;

namespace StaticSite.Build.Stages.Input;

/// <summary>
/// Adds the pages every site has even when no editor wrote them, in each language of the site: an
/// overview for each folder without an <c>index.md</c> (in another language: each folder that has
/// translated pages and no translated <c>index</c>), a home page if there is none, the search page and
/// the 404 page (<c>/en/zoeken/</c>, <c>en/404.html</c>). Their titles are the theme's interface text
/// (<c>sections.ouders</c>, <c>search.title</c>, ...) in the page's language.
/// </summary>
public sealed class AddGeneratedPages : IStage<Document>
{
    // Conventional folders: their key in the theme's text (sections.<folder>), the Dutch title when a
    // theme has no text for them, and their order. Other folders get their name with a capital.
    private static readonly Dictionary<string, (string Title, int Weight)> KnownSections = new(StringComparer.Ordinal)
    {
        ["ouders"] = ("Voor ouders", 10), ["jongeren"] = ("Voor jongeren", 20),
        ["organisaties"] = ("Organisaties", 60), ["route"] = ("Routes: wat als je vastloopt", 70),
        ["vragen"] = ("Veelgestelde vragen", 80), ["begrippen"] = ("Begrippen", 90), ["nieuws"] = ("Nieuws", 100),
    };

    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, ExecutionContext<Document> context)
    {
        var build = context.Service<RegionBuild>();
        var text = context.Service<ThemeText>();
        var pages = documents.Where(d => d.Source is not null).ToList();
        var existing = pages.Select(p => p.Url).ToHashSet(StringComparer.Ordinal);
        var byUrl = pages.GroupBy(p => p.Url, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var added = new List<Document>();
        foreach (var language in build.Region.AllLanguages)
        {
            string Text(string key, string dutch) => text.Find(language, key) ?? dutch;
            var home = TemplateModel.HomeOf(language);
            var folders = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var p in pages.Where(p => p.Language == language && p.Kind != PageKind.Home))
                for (var u = TemplateModel.ParentUrl(p.Url); u != home && u != "/"; u = TemplateModel.ParentUrl(u))
                    folders.Add(u);
            foreach (var folder in folders.Where(f => !existing.Contains(f)))
            {
                var folderName = folder.Trim('/').Split('/')[^1];
                var dutchFolder = folder[(home.Length - 1)..];
                var (title, weight) = KnownSections.TryGetValue(folderName, out var known)
                    ? (Text("sections." + folderName, known.Title), known.Weight)
                    : byUrl.TryGetValue(dutchFolder, out var dutchSection) ? (dutchSection.Meta.Title, dutchSection.Meta.Weight)
                    : (char.ToUpperInvariant(folderName[0]) + folderName[1..].Replace('-', ' '), 50);
                var variant = ContentTypes.FromPath(dutchFolder.TrimStart('/') + "x.md");
                added.Add(Generated(folder, language, PageKind.List, title, weight, variant));
            }
            if (!existing.Contains(home))
                added.Add(Generated(home, language, PageKind.Home, build.Region.Name, 0, ContentType.Page));
            var search = TemplateModel.InLanguage(language, TemplateModel.SearchPath);
            if (!existing.Contains(search))
                added.Add(Generated(search, language, PageKind.Search, Text("search.title", "Zoeken"), 1000, ContentType.Page,
                    Fill(Text("search.description", "Zoek op de site van {name}: informatie, organisaties, vragen en begrippen voor ouders en jongeren."), build.Region.Name)));
            var notFound = TemplateModel.InLanguage(language, "/404/");
            added.Add(Generated(notFound, language, PageKind.NotFound, Text("notfound.title", "Pagina niet gevonden"), 1000, ContentType.Page,
                Fill(Text("notfound.description", "Deze pagina bestaat niet (meer). Zoek op de site van {name} of ga naar de startpagina."), build.Region.Name))
                with { OutputPath = NotFoundFile(language) });
        }
        return [.. documents, .. added];
    }

    /// <summary>The 404 page of a language: <c>404.html</c> at the root for Dutch, <c>en/404.html</c> for English.</summary>
    public static string NotFoundFile(string language) => language == KnownLanguages.DutchCode ? "404.html" : language + "/404.html";

    private static string Fill(string text, string regionName) => text.Replace("{name}", regionName, StringComparison.Ordinal);

    private static Document Generated(string url, string language, PageKind kind, string title, int weight, ContentType variant, string description = "") => new()
    {
        DisplayPath = $"(generated {url})",
        Layer = ContentLayer.Generated,
        Language = language,
        Url = url,
        Kind = kind,
        ListVariant = variant,
        Meta = new PageMeta { Title = title, Weight = weight, Type = ContentType.Page, Description = description },
        OutputPath = url == "/" ? "index.html" : url.Trim('/') + "/index.html",
    };
}
