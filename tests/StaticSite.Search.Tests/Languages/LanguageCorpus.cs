using System.Text.RegularExpressions;

namespace StaticSite.Search.Tests.Languages;

/// <summary>
/// A seeded corpus of any size made from a language's hand-written pages: each page a title,
/// a description, headings and a body of sentences drawn from the sample, so that every
/// language gets pages of the same shape and length for builds and measurements.
/// </summary>
internal static partial class LanguageCorpus
{
    /// <summary>Body sentences per page by default: short pages, quick to compare in node.</summary>
    public static readonly (int Min, int Max) ShortPages = (18, 40);

    /// <summary>Body sentences per page as long as gen_corpus.py's pages (about 740 words with the other fields).</summary>
    public static readonly (int Min, int Max) CorpusLengthPages = (60, 120);

    public static IReadOnlyList<SearchDocument> Generate(
        IReadOnlyList<SearchDocument> sample, IReadOnlyList<GlossaryEntry> glossary, string urlPrefix, int pages, (int Min, int Max)? sentencesPerPage = null, int seed = 42)
    {
        var (minSentences, maxSentences) = sentencesPerPage ?? ShortPages;
        var sentences = sample.SelectMany(p => Sentences(p.Body).Concat(Sentences(p.Description ?? ""))).Distinct().ToArray();
        var headings = sample.SelectMany(p => p.Headings).Concat(sample.Select(p => p.Title)).Distinct().ToArray();
        var names = glossary.SelectMany(g => new[] { g.Term, g.Abbreviation }.Concat(g.Synonyms)).OfType<string>().ToArray();
        string[] types = ["page", "page", "page", "faq", "term", "organisation", "route", "news"];
        string[][] audiences = [["ouders"], ["jongeren"], ["ouders", "jongeren"], []];
        var random = new Random(seed);
        T Pick<T>(T[] items) => items[random.Next(items.Length)];

        var documents = new List<SearchDocument>(pages);
        for (var i = 0; i < pages; i++)
        {
            var title = $"{Pick(headings)} {i}";
            var description = Pick(sentences);
            var body = string.Join(' ', Enumerable.Range(0, random.Next(minSentences, maxSentences + 1)).Select(_ => Pick(sentences)));
            documents.Add(new SearchDocument(
                $"{urlPrefix}{i}/", title, random.Next(5) == 0 ? null : description,
                [.. Enumerable.Range(0, random.Next(0, 5)).Select(_ => Pick(headings))],
                body,
                random.Next(4) == 0 ? [Pick(names)] : [],
                Pick(types), Pick(audiences), description));
        }

        return documents;
    }

    private static IEnumerable<string> Sentences(string text) =>
        SentenceEnd().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0);

    [GeneratedRegex(@"(?<=[.?!؟])\s+")]
    private static partial Regex SentenceEnd();
}
