using System.Collections.Immutable;
using StaticSite.Content.Model;
using StaticSite.Pipeline.Engine;
using StaticSite.Rendering.Themes;
using StaticSite.Search;

namespace StaticSite.Build.Stages.Generate;

/// <summary>
/// Builds the region's lunr search indexes, one set per language of the site, each over that
/// language's published pages with that language's pipeline (<see cref="SearchLanguage.For"/>) and
/// glossary synonyms from that language's term pages, and the small document store the result list
/// shows. All are written as hashed assets (Dutch at <c>search/index.json</c>, English at
/// <c>search/en/index.json</c>, ...); a search page finds its language's through <c>site.search</c>.
/// </summary>
public sealed class GenerateSearchIndex : IStage<Document>
{
    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, ExecutionContext<Document> context)
    {
        var region = context.Service<RegionBuild>().Region;
        // The languages' indexes share nothing: they are built side by side, and kept in the region's language order.
        var languages = region.AllLanguages.ToList();
        var built = new List<Document>[languages.Count];
        Parallel.For(0, languages.Count, new ParallelOptions { MaxDegreeOfParallelism = context.MaxParallelism },
            i => built[i] = [.. Build(documents.Where(d => d.Language == languages[i]), region, SearchLanguage.For(languages[i]))]);
        return [.. built.SelectMany(b => b)];
    }

    private static IEnumerable<Document> Build(IEnumerable<Document> documents, RegionSettings region, SearchLanguage language)
    {
        var pages = documents.ToList();
        return SiteSearchIndex.Build(SearchDocuments(pages, region.BasePath), Glossary(pages), language)
            .Select(a => CopyThemeAssets.Asset(a.LogicalName, a.Utf8, $"(generated {a.LogicalName})"));
    }

    /// <summary>What the index of a language holds: its published pages (<paramref name="documents"/>, of one language), by URL, in index order, linked under <paramref name="basePath"/>.</summary>
    public static IReadOnlyList<SearchDocument> SearchDocuments(IEnumerable<Document> documents, string basePath) =>
        [.. documents
            .Where(d => d.IsPage && d.Kind is not (PageKind.Search or PageKind.NotFound))
            .OrderBy(d => d.Url, StringComparer.Ordinal)
            .Select(d => new SearchDocument(
                TemplateFunctions.SiteUrl(basePath, d.Url),
                d.Meta.Title,
                d.Meta.Description.Length > 0 ? d.Meta.Description : null,
                [.. d.Headings.Select(h => h.Text)],
                d.PlainText,
                // Topics name what a page is about as editors see it ("Mijn kind zit thuis" is about thuiszitten).
                [.. d.Meta.Synonyms, .. d.Meta.Abbreviation.Length > 0 ? [d.Meta.Abbreviation] : Array.Empty<string>(), .. d.Meta.Topics],
                d.Kind == PageKind.List ? "page" : d.Meta.Type.Name(),
                [.. d.Meta.Audience],
                d.Summary))];

    /// <summary>The glossary of a language: its term pages (<paramref name="documents"/>, of one language), whose names find each other.</summary>
    public static IReadOnlyList<GlossaryEntry> Glossary(IEnumerable<Document> documents) =>
        [.. documents.Where(d => d.Kind == PageKind.Term)
            .OrderBy(d => d.Url, StringComparer.Ordinal)
            .Select(d => new GlossaryEntry(d.Meta.Title, d.Meta.Abbreviation.Length > 0 ? d.Meta.Abbreviation : null, [.. d.Meta.Synonyms]))];
}
