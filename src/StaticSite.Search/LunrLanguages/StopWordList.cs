using StaticSite.Search.Lunr;

namespace StaticSite.Search.LunrLanguages;

/// <summary>
/// A stop word list as <c>lunr.generateStopWordFilter</c> uses it: the words of a
/// space-separated string split like JavaScript's <c>split(' ')</c>, so two spaces in a row
/// (or a leading space) make the empty string a stop word too, as in some lunr-languages lists.
/// </summary>
public sealed class StopWordList
{
    private readonly HashSet<string> _words;

    /// <summary>Creates the list from <paramref name="spaceSeparated"/>, keeping empty entries.</summary>
    public StopWordList(string spaceSeparated) => _words = new HashSet<string>(spaceSeparated.Split(' '), StringComparer.Ordinal);

    /// <summary>True if <paramref name="token"/> is on the list.</summary>
    public bool Contains(string token) => _words.Contains(token);

    /// <summary>The words, for tests that compare the list with lunr's.</summary>
    public IReadOnlyCollection<string> Words => _words;

    /// <summary>The pipeline step dropping the list's words, under the label lunr registers it with.</summary>
    public PipelineFunction Filter(string label) => new(label, token => _words.Contains(token) ? null : token);
}
