namespace StaticSite.Content.Yaml;

/// <summary>Suggests the key an editor probably meant: a Dutch word for it, or a near spelling.</summary>
public static class DidYouMean
{
    // Editors write Dutch; these are the Dutch words they reach for first.
    private static readonly Dictionary<string, string> DutchWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["titel"] = "title", ["naam"] = "title", ["omschrijving"] = "description", ["beschrijving"] = "description",
        ["doelgroep"] = "audience", ["doelgroepen"] = "audience", ["onderwerpen"] = "topics", ["onderwerp"] = "topics",
        ["tags"] = "topics", ["datum"] = "date", ["bijgewerkt"] = "updated", ["concept"] = "draft",
        ["gewicht"] = "weight", ["volgorde"] = "weight", ["telefoon"] = "phone", ["tel"] = "phone",
        ["mail"] = "email", ["e-mail"] = "email", ["adres"] = "address", ["url"] = "website", ["site"] = "website",
        ["gemeenten"] = "municipalities", ["gemeentes"] = "municipalities", ["afkorting"] = "abbreviation",
        ["synoniemen"] = "synonyms", ["stappen"] = "steps", ["organisatie"] = "organisation",
        ["baseurl"] = "baseUrl", ["base_url"] = "baseUrl", ["openingstijden"] = "hours",
        ["kleur"] = "color", ["colour"] = "color", ["uitsluiten"] = "exclude", ["controleren_voor"] = "review_by",
        ["reviewby"] = "review_by", ["review-by"] = "review_by",
    };

    /// <summary>The best suggestion among <paramref name="known"/>, or null when nothing is close.</summary>
    public static string? Suggest(string written, IEnumerable<string> known)
    {
        var candidates = known.ToList();
        if (DutchWords.TryGetValue(written, out var meant) && candidates.Contains(meant)) return meant;
        var exactIgnoringCase = candidates.FirstOrDefault(k => string.Equals(k, written, StringComparison.OrdinalIgnoreCase));
        if (exactIgnoringCase is not null) return exactIgnoringCase;
        var best = candidates
            .Select(k => (Key: k, Distance: Distance(written.ToLowerInvariant(), k.ToLowerInvariant())))
            .OrderBy(x => x.Distance).ThenBy(x => x.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Key is not null && best.Distance <= Math.Max(1, Math.Min(3, written.Length / 3)) ? best.Key : null;
    }

    /// <summary>Levenshtein distance with transpositions counted as one edit.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }
}
