using System.Globalization;
using StaticSite.Content.Model;
using StaticSite.Content.Readability;
using StaticSite.Pipeline.Diagnostics;
using StaticSite.Pipeline.Engine;

namespace StaticSite.Build.Stages.Lint;

/// <summary>
/// The content-health lints of <c>staticsite check</c>, as warnings on the pages editors wrote:
/// stale pages (SS4001), images without alt text (SS4002), heading order (SS4003),
/// organisations nobody can contact (SS4004) and Dutch text too hard for the region's readers (SS4005).
/// Runs only when <see cref="BuildOptions.Lint"/> is set, so it never fails a build. Reads the
/// headings and prose that RenderMarkdown took from the Markdown syntax tree: the body is parsed once.
/// </summary>
public sealed class CheckContentHealth : DocumentStage<Document>
{
    /// <summary>How many long sentences a readability warning names.</summary>
    public const int SentencesNamed = 3;

    /// <inheritdoc />
    protected override Document? Process(Document document, ExecutionContext<Document> context)
    {
        if (document.Source is null || !document.IsPage) return document;
        var build = context.Service<RegionBuild>();
        var today = build.Options.Today ?? DateOnly.FromDateTime(DateTime.Today);
        var bag = context.Diagnostics;
        CheckStale(document, today, bag);
        CheckAltText(document, bag);
        CheckHeadings(document, bag);
        CheckContact(document, bag);
        // Flesch-Douma and its syllable count are made for Dutch: a translation's score would say nothing.
        if (!document.IsTranslation) CheckReadability(document, build.Region.MinReadability, bag);
        return document;
    }

    private static void CheckStale(Document page, DateOnly today, DiagnosticBag bag)
    {
        if (page.Meta.ReviewBy is not { } due || due >= today) return;
        bag.Add(Diagnostic.Warning(page.At(page.Meta.ReviewByAt.Line, 1), DiagnosticCodes.StalePage,
            $"this page had to be checked again by {Iso(due)} (review_by). Read it through, correct what has changed, and set review_by to a new date."));
    }

    private static void CheckAltText(Document page, DiagnosticBag bag)
    {
        foreach (var image in page.Links.Where(l => l.IsImage && !l.HasAltText))
            bag.Add(Diagnostic.Warning(image.At, DiagnosticCodes.MissingAltText,
                $"the image '{image.Url}' has no alternative text, so blind readers do not know what it shows. Write a short description between the brackets: ![wat er te zien is]({image.Url})."));
    }

    private static void CheckHeadings(Document page, DiagnosticBag bag)
    {
        var previous = 1; // the title is the page's h1
        foreach (var heading in page.Headings)
        {
            if (heading.Level == 1)
                bag.Add(Diagnostic.Warning(heading.At, DiagnosticCodes.HeadingOrder,
                    $"heading '{heading.Text}' is a level-1 heading (#), but the page title is already the level-1 heading. Start headings in the text at level 2 (##)."));
            else if (heading.Level > previous + 1)
                bag.Add(Diagnostic.Warning(heading.At, DiagnosticCodes.HeadingOrder,
                    $"heading '{heading.Text}' jumps from level {previous} to level {heading.Level}; screen-reader users navigate by heading levels. Make it level {previous + 1} ({new string('#', previous + 1)})."));
            previous = heading.Level;
        }
    }

    private static void CheckContact(Document page, DiagnosticBag bag)
    {
        var m = page.Meta;
        if (m.Type != ContentType.Organisation || m.Phone.Length + m.Email.Length + m.Website.Length + m.Address.Length > 0) return;
        bag.Add(Diagnostic.Warning(page.At(1, 1), DiagnosticCodes.NoContactDetails,
            $"organisation '{m.Title}' gives no way to reach it. Add at least one of phone, email, website or address to the front matter."));
    }

    private static void CheckReadability(Document page, int minimum, DiagnosticBag bag)
    {
        if (FleschDouma.Score(page.Prose) is not { } score || score.Score >= minimum) return;
        var longest = score.Longest(SentencesNamed);
        var named = string.Join("; ", longest.Select(s => $"line {s.Line}: '{FirstWords(s)}' ({s.Words.Count} words)"));
        bag.Add(Diagnostic.Warning(page.At(longest[0].Line, 1), DiagnosticCodes.HardToRead,
            $"the text scores {score.Score.ToString("0", CultureInfo.InvariantCulture)} on the Flesch-Douma readability scale; this region asks for at least {minimum} (region.yml readability: min_score). Use shorter sentences and shorter words. Longest sentences: {named}."));
    }

    private static string FirstWords(Sentence s) => string.Join(' ', s.Words.Take(6)) + (s.Words.Count > 6 ? " …" : "");

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
