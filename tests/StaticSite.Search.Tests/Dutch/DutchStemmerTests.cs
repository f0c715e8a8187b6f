using StaticSite.Search.Dutch;

namespace StaticSite.Search.Tests.Dutch;

public sealed class DutchStemmerTests
{
    [Fact]
    public void Stems_the_whole_snowball_dutch_porter_vocabulary_like_the_reference()
    {
        var folder = Path.Combine(TestPaths.Shared, "data", "snowball-dutch-porter");
        Assert.True(Directory.Exists(folder), $"Test data missing: {folder} (expected <clone>/../shared).");
        var words = File.ReadAllLines(Path.Combine(folder, "voc.txt"));
        var stems = File.ReadAllLines(Path.Combine(folder, "output.txt"));
        Assert.Equal(45_670, words.Length);
        Assert.Equal(words.Length, stems.Length);

        var wrong = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            var actual = DutchStemmer.Stem(words[i]);
            if (actual != stems[i])
            {
                wrong.Add($"{words[i]} -> {actual}, expected {stems[i]}");
            }
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} words stemmed wrongly, e.g.:\n" + string.Join("\n", wrong.Take(20)));
    }

    [Theory]
    [InlineData("ouders", "ouder")]
    [InlineData("cliëntondersteuner", "clientondersteuner")]
    [InlineData("toelaatbaarheidsverklaring", "toelaatbaarheidsverklar")]
    [InlineData("", "")]
    public void Stems_site_vocabulary(string word, string stem) => Assert.Equal(stem, DutchStemmer.Stem(word));
}
