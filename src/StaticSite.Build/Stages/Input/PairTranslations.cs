using System.Collections.Immutable;
using StaticSite.Content.Languages;
using StaticSite.Content.Model;
using StaticSite.Pipeline.Diagnostics;
using StaticSite.Pipeline.Engine;

namespace StaticSite.Build.Stages.Input;

/// <summary>
/// Joins each translation (<c>x.en.md</c>) to its Dutch page (<c>x.md</c>): it is published at the Dutch
/// page's URL under its language (<c>/en/ouders/tlv/</c>, whatever the Dutch page's <c>slug</c>), is of
/// the Dutch page's kind, takes the facts it leaves out from the Dutch page (<see cref="PageMeta.WithFactsOf"/>),
/// and is not published while its Dutch page is a draft. A translation whose Dutch page did not parse is
/// left out (the Dutch page's errors say why); one without a Dutch file was reported when the region's files
/// were listed (SS2040).
/// </summary>
public sealed class PairTranslations : IStage<Document>
{
    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, ExecutionContext<Document> context)
    {
        if (!documents.Any(d => d.IsTranslation)) return documents;
        var dutch = documents.Where(d => d.Source is not null && !d.IsTranslation).ToDictionary(d => d.DutchPath, StringComparer.Ordinal);
        var paired = ImmutableArray.CreateBuilder<Document>(documents.Length);
        foreach (var document in documents)
        {
            if (!document.IsTranslation) paired.Add(document);
            else if (dutch.TryGetValue(document.DutchPath, out var page)) paired.Add(Pair(document, page, context.Diagnostics));
        }
        return paired.ToImmutable();
    }

    /// <summary>The <paramref name="translation"/> of <paramref name="dutch"/>, placed and completed from it (see the class).</summary>
    public static Document Pair(Document translation, Document dutch, DiagnosticBag diagnostics)
    {
        var own = translation.Meta;
        var language = KnownLanguages.Get(translation.Language).EnglishName;
        if (own.WrittenKeys.Contains(Keys.Slug) && own.Slug != dutch.Meta.Slug)
            diagnostics.Add(Diagnostic.Error(own.SlugAt, DiagnosticCodes.TranslationMismatch,
                $"this {language} translation says slug '{own.Slug}', but its Dutch page {dutch.DisplayPath} {(dutch.Meta.Slug is { } s ? $"says '{s}'" : "has none")}: " +
                $"a translation is published at its Dutch page's address under /{translation.Language}/ ({"/" + translation.Language + dutch.Url}). Remove 'slug' from the translation."));
        if (own.WrittenKeys.Contains(Keys.Type) && own.Type != dutch.Meta.Type)
            diagnostics.Add(Diagnostic.Error(translation.At(1, 1), DiagnosticCodes.TranslationMismatch,
                $"this {language} translation says type '{own.Type.Name()}', but its Dutch page {dutch.DisplayPath} is a {dutch.Meta.Type.Name()}: a translation is the same kind of page. Remove 'type' from the translation."));
        var meta = own.WithFactsOf(dutch.Meta);
        if (dutch.Meta.Draft) meta = meta with { Draft = true };
        var placed = AssignUrls.InLanguage(dutch, translation.Language);
        return translation with { Meta = meta, Url = placed.Url, OutputPath = placed.OutputPath, Kind = dutch.Kind, ListVariant = dutch.ListVariant };
    }
}
