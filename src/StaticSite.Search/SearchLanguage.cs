using System.Text.RegularExpressions;
using StaticSite.Search.Arabic;
using StaticSite.Search.Dutch;
using StaticSite.Search.English;
using StaticSite.Search.Fallback;
using StaticSite.Search.Lunr;
using StaticSite.Search.Polish;
using StaticSite.Search.Turkish;

namespace StaticSite.Search;

/// <summary>A script the search page loads before it reads the index.</summary>
/// <param name="Asset">The asset path templates ask for (<c>asset "js/lunr.ar.js"</c>).</param>
/// <param name="ThemeSource">Where the default theme has it: <c>node_modules/…</c> (a <c>vendor:</c> entry of theme.yml) or <c>assets/…</c>.</param>
public sealed record SearchScript(string Asset, string ThemeSource);

/// <summary>
/// Everything language-specific about a site's search, for one page language: the pipelines the
/// index is built with, the scripts the search page must load for lunr.js to read that index, and
/// how the search page turns typed words into query words (and the glossary its synonyms).
/// </summary>
/// <remarks>
/// <para>Dutch (<c>nl</c>) is the site's pipeline of today: lunr-languages' Dutch with the site's
/// diacritics folding before the stemmer. English (<c>en</c>) is lunr.js's own pipeline;
/// Arabic, Turkish and Polish (<c>ar</c>, <c>tr</c>, <c>pl</c>) are lunr-languages 1.22.0's,
/// exactly as <c>lunr.ar</c>, <c>lunr.tr</c> and <c>lunr.pl</c> install them. Every other code
/// (Ukrainian <c>uk</c> among them) gets <see cref="FallbackPipelines"/>: folding and a
/// Unicode-aware trimmer, no stemmer.</para>
/// <para>The search page normalizes a typed word as the glossary's names are normalized here
/// (<see cref="QueryWords"/>): lower case, split on white space and hyphens, lunr's query
/// operators <c>* ~ ^ : +</c> removed, then <see cref="QueryFolding"/> if there is one, then
/// <see cref="QueryTrimmer"/>; words left empty are dropped. In the browser the functions are
/// <c>lunr.Pipeline.registeredFunctions[label]</c>, called with a <c>lunr.Token</c>; the
/// fallback's trimmer returns nothing for a word it empties. Stop words are left out of a query
/// with <see cref="StopWordFilter"/> unless nothing else is left, as search.js does for Dutch.</para>
/// <para>Latin words on Arabic pages (TLV, CJG) are not indexed: lunr-languages' Arabic trimmer
/// empties them and its stop word list drops the empty token.</para>
/// </remarks>
public sealed partial class SearchLanguage
{
    private readonly Func<LunrPipeline> _index;
    private readonly Func<LunrPipeline> _search;

    private SearchLanguage(
        string code, string pipelineName, Func<LunrPipeline> index, Func<LunrPipeline> search, SearchScript[] scripts,
        PipelineFunction queryTrimmer, PipelineFunction? queryFolding, PipelineFunction? stopWordFilter)
    {
        Code = code;
        PipelineName = pipelineName;
        _index = index;
        _search = search;
        Scripts = scripts;
        QueryTrimmer = queryTrimmer;
        QueryFolding = queryFolding;
        StopWordFilter = stopWordFilter;
    }

    /// <summary>The language code as given, lower-cased (<c>nl</c>, <c>en</c>, <c>uk</c>, <c>pt-br</c>).</summary>
    public string Code { get; }

    /// <summary>Which pipeline the language uses: <c>nl</c>, <c>en</c>, <c>ar</c>, <c>tr</c>, <c>pl</c> or <c>fallback</c>.</summary>
    public string PipelineName { get; }

    /// <summary>True when the language has no pipeline of its own and uses <see cref="FallbackPipelines"/>.</summary>
    public bool IsFallback => PipelineName == "fallback";

    /// <summary>True for Dutch only: the site's <c>diacritics-nl</c> folding (cliënt finds client) applies.</summary>
    public bool FoldsDutchDiacritics => ReferenceEquals(QueryFolding, DutchPipelines.Diacritics);

    /// <summary>The scripts the search page loads, in this order, so that <c>lunr.Index.load</c> knows every function the index names.</summary>
    public IReadOnlyList<SearchScript> Scripts { get; }

    /// <summary>The trimmer the search page applies to each typed word (for Arabic the index's, which its search pipeline lacks).</summary>
    public PipelineFunction QueryTrimmer { get; }

    /// <summary>The folding applied to typed words before the trimmer (<c>diacritics-nl</c>, <c>fold-fallback</c>), or none.</summary>
    public PipelineFunction? QueryFolding { get; }

    /// <summary>The stop word filter of the index pipeline, which the search page uses to leave stop words out of a query; none for the fallback.</summary>
    public PipelineFunction? StopWordFilter { get; }

    /// <summary>A new index pipeline (each remembers the tokens it has seen: one per build).</summary>
    public LunrPipeline CreateIndexPipeline() => _index();

    /// <summary>A new search pipeline, serialized with the index for the queries lunr.js runs.</summary>
    public LunrPipeline CreateSearchPipeline() => _search();

    /// <summary>The query words the search page makes of <paramref name="text"/> (see the remarks).</summary>
    public IReadOnlyList<string> QueryWords(string text)
    {
        var words = new List<string>();
        foreach (var token in LunrTokenizer.Tokenize(text))
        {
            string? word = StripQueryOperators(token.Text);
            if (QueryFolding is not null)
            {
                word = QueryFolding.Transform(word);
            }

            word = word is null ? null : QueryTrimmer.Transform(word);
            if (!string.IsNullOrEmpty(word))
            {
                words.Add(word);
            }
        }

        return words;
    }

    private static string StripQueryOperators(string word) =>
        word.AsSpan().IndexOfAny("*~^:+") < 0 ? word : QueryOperators().Replace(word, "");

    [GeneratedRegex("[*~^:+]")]
    private static partial Regex QueryOperators();

    /// <summary>The logical name of one of <see cref="SiteSearchIndex"/>'s assets for this language: Dutch's as they are, the others' in a folder named by the code (<c>search/en/index.json</c>).</summary>
    public string AssetName(string dutchAssetName) =>
        PipelineName == "nl" && Code == "nl" ? dutchAssetName : dutchAssetName.Replace("search/", $"search/{Code}/", StringComparison.Ordinal);

    /// <summary>The codes with a pipeline of their own; every other code uses the fallback.</summary>
    public static IReadOnlyList<string> CodesWithOwnPipeline { get; } = ["nl", "en", "ar", "tr", "pl"];

    private static readonly SearchScript Lunr = new("js/lunr.js", "node_modules/lunr/lunr.min.js");
    private static readonly SearchScript StemmerSupport = new("js/lunr.stemmer.support.js", "node_modules/lunr-languages/lunr.stemmer.support.js");

    private static SearchScript LunrLanguages(string code) => new($"js/lunr.{code}.js", $"node_modules/lunr-languages/lunr.{code}.js");

    private static SearchScript Own(string name) => new($"js/{name}", $"assets/js/{name}");

    /// <summary>Dutch, the default language: the site's pipelines as they have always been.</summary>
    public static SearchLanguage Dutch { get; } = new(
        "nl", "nl", DutchPipelines.SiteIndex, DutchPipelines.SiteSearch,
        [Lunr, StemmerSupport, LunrLanguages("nl"), Own("lunr-nl-extras.js")],
        DutchPipelines.Trimmer, DutchPipelines.Diacritics, DutchPipelines.StopWordFilter);

    [GeneratedRegex("^[a-z]{2,8}(-[a-z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();

    /// <summary>
    /// The search language for <paramref name="code"/>, a BCP 47 language tag such as <c>en</c>
    /// or <c>pt-BR</c> (case and <c>_</c> for <c>-</c> do not matter): the pipeline is chosen by
    /// its first part, and any language without one of its own gets the fallback.
    /// </summary>
    /// <exception cref="ArgumentException">The code is not a language tag (the site checks codes before this).</exception>
    public static SearchLanguage For(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var tag = code.Trim().Replace('_', '-').ToLowerInvariant();
        if (!LanguageTag().IsMatch(tag))
        {
            throw new ArgumentException($"'{code}' is not a language code such as nl, en or ar.", nameof(code));
        }

        var primary = tag.Split('-')[0];
        return primary switch
        {
            "nl" when tag == "nl" => Dutch,
            "nl" => new(tag, "nl", Dutch._index, Dutch._search, [.. Dutch.Scripts], Dutch.QueryTrimmer, Dutch.QueryFolding, Dutch.StopWordFilter),
            "en" => new(tag, "en", EnglishPipelines.Index, EnglishPipelines.Search, [Lunr],
                EnglishPipelines.Trimmer, null, EnglishPipelines.StopWordFilter),
            "ar" => new(tag, "ar", ArabicPipelines.Index, ArabicPipelines.Search, [Lunr, StemmerSupport, LunrLanguages("ar")],
                ArabicPipelines.Trimmer, null, ArabicPipelines.StopWordFilter),
            "tr" => new(tag, "tr", TurkishPipelines.Index, TurkishPipelines.Search, [Lunr, StemmerSupport, LunrLanguages("tr")],
                TurkishPipelines.Trimmer, null, TurkishPipelines.StopWordFilter),
            "pl" => new(tag, "pl", PolishPipelines.Index, PolishPipelines.Search, [Lunr, StemmerSupport, LunrLanguages("pl")],
                PolishPipelines.Trimmer, null, PolishPipelines.StopWordFilter),
            _ => new(tag, "fallback", FallbackPipelines.Index, FallbackPipelines.Search, [Lunr, Own("lunr-fallback.js")],
                FallbackPipelines.Trimmer, FallbackPipelines.Folding, null),
        };
    }
}
