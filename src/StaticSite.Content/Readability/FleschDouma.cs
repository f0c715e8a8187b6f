namespace StaticSite.Content.Readability;

/// <summary>The readability of one text.</summary>
/// <param name="Score">Flesch-Douma score: higher is easier (60-70 is about B1; below 30 is very hard).</param>
/// <param name="Words">Number of words.</param>
/// <param name="Syllables">Number of syllables.</param>
/// <param name="Sentences">The sentences, in reading order.</param>
public sealed record ReadabilityScore(double Score, int Words, int Syllables, IReadOnlyList<Sentence> Sentences)
{
    /// <summary>The <paramref name="count"/> longest sentences (most words first, earlier first on a tie).</summary>
    public IReadOnlyList<Sentence> Longest(int count) =>
        [.. Sentences.Select((s, i) => (s, i)).OrderByDescending(x => x.s.Words.Count).ThenBy(x => x.i).Take(count).Select(x => x.s)];
}

/// <summary>
/// The Flesch-Douma readability formula, Flesch's reading ease adapted to Dutch by Douma (1960):
/// <c>206.835 − 0.93 × (words per sentence) − 77 × (syllables per word)</c>, with syllables counted
/// by <see cref="DutchSyllables"/>.
/// </summary>
public static class FleschDouma
{
    /// <summary>Fewer words than this give no meaningful score.</summary>
    public const int MinimumWords = 30;

    /// <summary>The score of a list of sentences, or null when there are too few words to judge.</summary>
    public static ReadabilityScore? Score(IReadOnlyList<Sentence> sentences)
    {
        var words = sentences.Sum(s => s.Words.Count);
        if (words < MinimumWords) return null;
        var syllables = sentences.Sum(s => s.Words.Sum(DutchSyllables.Count));
        return new ReadabilityScore(Formula(words, sentences.Count, syllables), words, syllables, sentences);
    }

    /// <summary>The score of a page's prose (<see cref="ProseBlock"/>s from the Markdown syntax tree).</summary>
    public static ReadabilityScore? Score(IEnumerable<ProseBlock> prose) => Score(MarkdownProse.Sentences(prose));

    /// <summary>The bare formula.</summary>
    public static double Formula(int words, int sentences, int syllables) =>
        206.835 - 0.93 * ((double)words / sentences) - 77.0 * ((double)syllables / words);
}
