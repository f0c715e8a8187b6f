using System.Collections.Immutable;
using System.Globalization;
using StaticSite.Build.Pipelines;
using StaticSite.Content.Languages;
using StaticSite.Content.Model;
using StaticSite.Pipeline.Diagnostics;
using StaticSite.Pipeline.Engine;

namespace StaticSite.Build.Stages.Lint;

/// <summary>
/// The translation lint of <c>staticsite check</c>: a translation whose Dutch page was changed after it
/// (the Dutch page's <c>updated</c> is later than the translation's) may no longer say what the Dutch page
/// says, and one without <c>updated</c> cannot be compared; both are warning SS4006 at the translation.
/// A Dutch page without a date has nothing to compare with. Runs only when <see cref="BuildOptions.Lint"/> is set.
/// </summary>
public sealed class CheckTranslations : IStage<Document>
{
    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, ExecutionContext<Document> context)
    {
        var dutch = context.OutputsOf(SitePipelines.Content).Where(d => d.Source is not null && !d.IsTranslation)
            .ToDictionary(d => d.DutchPath, StringComparer.Ordinal);
        foreach (var translation in documents.Where(d => d.IsTranslation && d.Source is not null))
            if (dutch.TryGetValue(translation.DutchPath, out var page)) Check(translation, page, context.Diagnostics);
        return documents;
    }

    /// <summary>Reports <paramref name="translation"/> when it is older than its Dutch <paramref name="page"/>, or gives no date to tell.</summary>
    public static void Check(Document translation, Document page, DiagnosticBag diagnostics)
    {
        if (page.Meta.Updated is not { } changed) return;
        var language = KnownLanguages.Get(translation.Language).EnglishName;
        if (translation.Meta.Updated is not { } translated)
            diagnostics.Add(Diagnostic.Warning(translation.At(1, 1), DiagnosticCodes.StaleTranslation,
                $"this {language} translation gives no 'updated' date, so check cannot tell whether it still says what its Dutch page {page.DisplayPath} says (updated {Iso(changed)}). " +
                "Compare the two, and add 'updated: YYYY-MM-DD' with the date you did."));
        else if (translated < changed)
            diagnostics.Add(Diagnostic.Warning(translation.Meta.UpdatedAt, DiagnosticCodes.StaleTranslation,
                $"its Dutch page {page.DisplayPath} was updated on {Iso(changed)}, after this {language} translation ({Iso(translated)}), so it may be out of date. " +
                "Read what changed in the Dutch page, bring the translation up to date, and set 'updated' to the date you did."));
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
