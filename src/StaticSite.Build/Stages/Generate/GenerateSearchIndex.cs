using System.Collections.Immutable;
using StaticSite.Build.Caching;
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
        var build = context.Service<RegionBuild>();
        var cache = RegionBuildCache.IsUsed(build) ? context.Service<RegionBuildCache>() : null;
        var built = new List<Document>[languages.Count];
        Parallel.For(0, languages.Count, new ParallelOptions { MaxDegreeOfParallelism = context.MaxParallelism },
            i => built[i] = [.. Build(documents.Where(d => d.Language == languages[i]), build, SearchLanguage.For(languages[i]), cache)]);
        return [.. built.SelectMany(b => b)];
    }

    private static IEnumerable<Document> Build(IEnumerable<Document> documents, RegionBuild build, SearchLanguage language, RegionBuildCache? cache)
    {
        var pages = documents.ToList();
        var searchDocuments = SearchDocuments(pages, build.Region.BasePath);
        var glossary = Glossary(pages);
        var key = cache is null ? default : Key(build, language, searchDocuments, glossary);
        // Unchanged since the last build (the usual case for all but one region of many): the previous site's files.
        string[] names = [.. SiteSearchIndex.AssetNames.Select(language.AssetName)];
        var previous = cache is null ? [] : names.Select(n => cache.FindGenerated(FileKey(key, n), build)).ToList();
        var reused = previous.Count == names.Length && previous.All(p => p is not null);
        var assets = reused
            ? names.Select((n, i) => Generated(n, previous[i]!)).ToList()
            : SiteSearchIndex.Build(searchDocuments, glossary, language, cache?.AnalysedFields(build, language.PipelineName))
                .Select(a => Generated(a.LogicalName, a.Utf8)).ToList();
        if (cache is not null)
        {
            if (reused) cache.KeepPreviousAnalysed(build);
            foreach (var asset in assets) cache.KeepGenerated(FileKey(key, asset.RelativePath), asset.OutputPath, asset.Output.Span, reused);
            cache.CountSearchFiles(assets.Count, reused);
        }
        return assets;
    }

    private static Document Generated(string logicalName, ReadOnlyMemory<byte> content) => CopyThemeAssets.Asset(logicalName, content, $"(generated {logicalName})");

    // Everything the search files of a language are made of.
    private static UInt128 Key(RegionBuild build, SearchLanguage language, IReadOnlyList<SearchDocument> documents, IReadOnlyList<GlossaryEntry> glossary)
    {
        var key = RegionBuildCache.GeneratedKey(build, "search").Add(language.Code).Add(language.PipelineName).Add(documents.Count);
        foreach (var d in documents)
            key.Add(d.Url).Add(d.Title).Add(d.Description).Add(d.Headings).Add(d.Body).Add(d.Synonyms).Add(d.Type).Add(d.Audience).Add(d.Summary);
        key.Add(glossary.Count);
        foreach (var g in glossary) key.Add(g.Term).Add(g.Abbreviation).Add(g.Synonyms);
        return key.Key;
    }

    private static UInt128 FileKey(UInt128 key, string logicalName) => new KeyHasher().Add(key).Add(logicalName).Key;

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
