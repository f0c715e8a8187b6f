using StaticSite.Search.Dutch;
using StaticSite.Search.Lunr;

namespace StaticSite.Search;

/// <summary>
/// Groups of names that mean the same (term, abbreviation, synonyms), normalized the way the
/// browser normalizes query words: lower case, diacritics folded, single spaces.
/// </summary>
public static class SynonymGroups
{
    /// <summary>One group per glossary entry with at least two distinct names, in glossary order.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> From(IReadOnlyList<GlossaryEntry> glossary)
    {
        var groups = new List<IReadOnlyList<string>>();
        foreach (var entry in glossary)
        {
            var names = new List<string>();
            foreach (var name in new[] { entry.Term, entry.Abbreviation }.Concat(entry.Synonyms))
            {
                if (name is not null && Normalize(name) is { Length: > 0 } normalized && !names.Contains(normalized))
                {
                    names.Add(normalized);
                }
            }

            if (names.Count > 1)
            {
                groups.Add(names);
            }
        }

        return groups;
    }

    /// <summary>Lower-cases, folds diacritics and splits on lunr's separators, keeping words' inner punctuation.</summary>
    public static string Normalize(string phrase)
    {
        var words = LunrTokenizer.Tokenize(phrase)
            .Select(t => DiacriticsFolding.Fold(DutchTrimmer.Trim(t.Text)))
            .Where(w => w.Length > 0);
        return string.Join(' ', words);
    }
}
