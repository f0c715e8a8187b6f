using StaticSite.Content.Languages;
using StaticSite.Content.Schema;

namespace StaticSite.Cli.Preview.Editor;

/// <summary>
/// The file names of the web editor and of the site, for a region whose pages are edited with their
/// translations (Decap's i18n, <c>structure: multiple_files</c>). Decap names every language's file
/// <c>&lt;name&gt;.&lt;locale&gt;.md</c>, the default locale's too (<c>tlv.nl.md</c>); the site names the Dutch page
/// <c>tlv.md</c> and its translations <c>tlv.en.md</c>, as Decap does. The server speaks Decap's names on
/// its protocol and uses the site's on disk, so nothing else changes for either.
/// </summary>
/// <param name="on">True when the region offers languages (the editor's collections are i18n collections).</param>
public sealed class LocaleFileNames(bool on)
{
    private const string Dutch = "." + DecapConfigGenerator.DutchLocale + ".md";

    /// <summary>The path on disk of a page path as Decap names it (<c>.../tlv.nl.md</c> → <c>.../tlv.md</c>).</summary>
    public string FromEditor(string path) =>
        on && path.EndsWith(Dutch, StringComparison.Ordinal) && TranslationName.Parse(path) is { HasCode: true, IsTranslation: false } name ? name.DutchPath : path;

    /// <summary>The path Decap knows a page on disk by (<c>.../tlv.md</c> → <c>.../tlv.nl.md</c>); translations and other files keep theirs.</summary>
    public string ToEditor(string path) =>
        on && path.EndsWith(".md", StringComparison.Ordinal) && !TranslationName.Parse(path).HasCode ? path[..^".md".Length] + Dutch : path;

    /// <summary>True for the path (as Decap names it) of a translation, not the Dutch page.</summary>
    public bool IsTranslation(string path) => on && TranslationName.Parse(path).IsTranslation;
}
