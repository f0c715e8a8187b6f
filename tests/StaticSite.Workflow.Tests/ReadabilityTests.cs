using StaticSite.Content.Readability;
using StaticSite.Rendering.Markdown;

namespace StaticSite.Workflow.Tests;

public sealed class ReadabilityTests
{
    private static readonly MarkdownRenderer Markdown = new();

    private static ReadabilityScore? ScoreMarkdown(string markdown) => FleschDouma.Score(Markdown.Prose(markdown));

    [Theory]
    [InlineData("kind", 1)]
    [InlineData("ouders", 2)]
    [InlineData("school", 1)]
    [InlineData("jij", 1)]
    [InlineData("leeuw", 1)]
    [InlineData("nieuw", 1)]
    [InlineData("theater", 3)]
    [InlineData("cliënt", 2)]
    [InlineData("België", 3)]
    [InlineData("ruïne", 3)]
    [InlineData("toelaatbaarheidsverklaring", 7)]
    [InlineData("ondersteuning", 4)]
    [InlineData("café", 2)]
    [InlineData("TLV", 1)]
    [InlineData("2026", 1)]
    public void Counts_Dutch_syllables(string word, int expected) => Assert.Equal(expected, DutchSyllables.Count(word));

    [Fact]
    public void Formula_is_Flesch_Douma() =>
        Assert.Equal(206.835 - 0.93 * 10 - 77 * 1.5, FleschDouma.Formula(words: 100, sentences: 10, syllables: 150), 6);

    [Fact]
    public void Short_plain_sentences_score_high_and_long_compound_ones_low()
    {
        var easy = string.Concat(Enumerable.Repeat("Wij zijn er voor u. U kunt ons bellen. Wij helpen graag. ", 4));
        var hard = string.Concat(Enumerable.Repeat("De toelaatbaarheidsverklaring voor het voortgezet speciaal onderwijs wordt door het samenwerkingsverband afgegeven na multidisciplinair overleg met deskundigen. ", 3));
        Assert.True(ScoreMarkdown(easy)!.Score > 80);
        Assert.True(ScoreMarkdown(hard)!.Score < 30);
    }

    [Fact]
    public void Too_short_texts_get_no_score() => Assert.Null(ScoreMarkdown("Kort. Heel kort."));

    [Fact]
    public void Sentences_keep_their_file_line_and_leave_out_markup_headings_and_code()
    {
        var body = "## Kop zonder punt\n\nEerste zin met een [link](/ouders/tlv/). Tweede zin\nloopt door.\n\n```\ncode. niet. tellen.\n```\n- Een punt in een lijst\n- ![foto](x.png) Nog een\n";
        var sentences = MarkdownProse.Sentences(Markdown.Prose(body, bodyLine: 5));
        Assert.Equal(["Eerste zin met een link.", "Tweede zin loopt door.", "Een punt in een lijst", "Nog een"], sentences.Select(s => s.Text));
        Assert.Equal([7, 7, 13, 14], sentences.Select(s => s.Line));
    }

    [Fact]
    public void Longest_sentences_come_first()
    {
        var score = FleschDouma.Score([.. MarkdownProse.Sentences(Markdown.Prose(string.Join(' ', Enumerable.Range(1, 12).Select(i => string.Join(' ', Enumerable.Repeat("woord", i)) + "."))))])!;
        Assert.Equal([12, 11], score.Longest(2).Select(s => s.Words.Count));
    }
}
