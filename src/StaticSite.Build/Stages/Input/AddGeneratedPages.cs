using System.Collections.Immutable;
using StaticSite.Content.Model;
using StaticSite.Pipeline.Engine;
using StaticSite.Rendering.Themes;

namespace StaticSite.Build.Stages.Input;

/// <summary>
/// Adds the pages every site has even when no editor wrote them: an overview for each folder
/// without an <c>index.md</c>, a home page if there is none, the search page and the 404 page.
/// </summary>
public sealed class AddGeneratedPages : IStage<Document>
{
    // Titles of conventional folders; other folders get their name with a capital.
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
        var pages = documents.Where(d => d.Source is not null).ToList();
        var existing = pages.Select(p => p.Url).ToHashSet(StringComparer.Ordinal);
        var added = new List<Document>();

        var folders = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var p in pages.Where(p => p.Kind != PageKind.Home))
            for (var u = TemplateModel.ParentUrl(p.Url); u != "/"; u = TemplateModel.ParentUrl(u))
                folders.Add(u);
        foreach (var folder in folders.Where(f => !existing.Contains(f)))
        {
            var name = folder.Trim('/').Split('/')[^1];
            var (title, weight) = KnownSections.TryGetValue(name, out var known) ? known : (char.ToUpperInvariant(name[0]) + name[1..].Replace('-', ' '), 50);
            var variant = ContentTypes.FromPath(folder.TrimStart('/') + "x.md");
            added.Add(Generated(folder, PageKind.List, title, weight, variant));
        }
        if (!existing.Contains("/"))
            added.Add(Generated("/", PageKind.Home, build.Region.Name, 0, ContentType.Page));
        if (!existing.Contains(TemplateModel.SearchPath))
            added.Add(Generated(TemplateModel.SearchPath, PageKind.Search, "Zoeken", 1000, ContentType.Page,
                $"Zoek op de site van {build.Region.Name}: informatie, organisaties, vragen en begrippen voor ouders en jongeren."));
        added.Add(Generated("/404/", PageKind.NotFound, "Pagina niet gevonden", 1000, ContentType.Page,
            $"Deze pagina bestaat niet (meer). Zoek op de site van {build.Region.Name} of ga naar de startpagina.") with { OutputPath = "404.html" });
        return [.. documents, .. added];
    }

    private static Document Generated(string url, PageKind kind, string title, int weight, ContentType variant, string description = "") => new()
    {
        DisplayPath = $"(generated {url})",
        Layer = ContentLayer.Generated,
        Url = url,
        Kind = kind,
        ListVariant = variant,
        Meta = new PageMeta { Title = title, Weight = weight, Type = ContentType.Page, Description = description },
        OutputPath = url == "/" ? "index.html" : url.Trim('/') + "/index.html",
    };
}
