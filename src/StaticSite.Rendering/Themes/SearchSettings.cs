namespace StaticSite.Rendering.Themes;

/// <summary>
/// What the search page of one language needs to load its index (<c>site.search</c> in templates):
/// the build fills it from the search language of the page language, so the theme hard-codes no
/// language's scripts or files.
/// </summary>
/// <param name="Scripts">Asset names of lunr and the language's pipeline scripts, in load order (<c>js/lunr.js</c>, ...).</param>
/// <param name="Index">Asset name of the first index (<c>search/en/index.json</c>).</param>
/// <param name="Body">Asset name of the body index.</param>
/// <param name="Documents">Asset name of the document store.</param>
/// <param name="Trimmer">Label of the lunr function that trims a typed word (<c>trimmer</c>, <c>trimmer-ar</c>).</param>
/// <param name="Folding">Label of the function that folds a typed word before trimming, or empty.</param>
/// <param name="StopWordFilter">Label of the stop word filter, or empty.</param>
public sealed record SearchSettings(
    IReadOnlyList<string> Scripts, string Index, string Body, string Documents, string Trimmer, string Folding, string StopWordFilter);
