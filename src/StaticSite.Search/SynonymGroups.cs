namespace StaticSite.Search;

/// <summary>
/// Groups of names that mean the same (term, abbreviation, synonyms), normalized the way the
/// search page normalizes query words (<see cref="SearchLanguage.QueryWords"/>): for Dutch lower
/// case, diacritics folded, trimmed, single spaces.
/// </summary>
public static class SynonymGroups
{
    /// <summary>The Dutch groups: one per glossary entry with at least two distinct names, in glossary order.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> From(IReadOnlyList<GlossaryEntry> glossary) => From(glossary, SearchLanguage.Dutch);

    /// <summary>The groups of a glossary in <paramref name="language"/>, its names normalized as that language's search page does.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> From(IReadOnlyList<GlossaryEntry> glossary, SearchLanguage language)
    {
        ArgumentNullException.ThrowIfNull(glossary);
        ArgumentNullException.ThrowIfNull(language);
        var groups = new List<IReadOnlyList<string>>();
        foreach (var entry in glossary)
        {
            var names = new List<string>();
            foreach (var name in new[] { entry.Term, entry.Abbreviation }.Concat(entry.Synonyms))
            {
                if (name is not null && Normalize(name, language) is { Length: > 0 } normalized && !names.Contains(normalized))
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

    /// <summary>A Dutch name normalized: lower case, diacritics folded, split on lunr's separators, keeping words' inner punctuation.</summary>
    public static string Normalize(string phrase) => Normalize(phrase, SearchLanguage.Dutch);

    /// <summary>A name normalized as <paramref name="language"/>'s search page normalizes what is typed: its query words joined by single spaces.</summary>
    public static string Normalize(string phrase, SearchLanguage language) => string.Join(' ', language.QueryWords(phrase));
}
