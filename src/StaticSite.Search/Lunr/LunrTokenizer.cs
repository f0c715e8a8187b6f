namespace StaticSite.Search.Lunr;

/// <summary>
/// <c>lunr.tokenizer</c>: lower-cases a field's text as JavaScript does and splits it on
/// whitespace and hyphens (lunr's separator <c>/[\s\-]+/</c>).
/// </summary>
public static class LunrTokenizer
{
    // Prose repeats a small vocabulary: handing out one string per distinct token instead of one
    // per occurrence removes most of the index build's allocations (and its garbage collections).
    [ThreadStatic] private static Dictionary<string, string>? _pool;
    private const int MaxPooled = 500_000;

    /// <summary>Splits a field value into tokens; <see langword="null"/> gives none.</summary>
    public static IReadOnlyList<LunrToken> Tokenize(string? text)
    {
        var tokens = new List<LunrToken>();
        TokenizeInto(text, tokens);
        return tokens;
    }

    /// <summary>Clears <paramref name="tokens"/> and fills it with the tokens of <paramref name="text"/> (a reusable buffer).</summary>
    public static void TokenizeInto(string? text, List<LunrToken> tokens)
    {
        tokens.Clear();
        if (text is null)
        {
            return;
        }

        var lower = JsLowerCase.ToLower(text);
        var start = 0;
        for (var end = 0; end <= lower.Length; end++)
        {
            if (end < lower.Length && !IsSeparator(lower[end]))
            {
                continue;
            }

            if (end > start)
            {
                tokens.Add(new LunrToken(Intern(lower.AsSpan(start, end - start)), start, end - start, tokens.Count));
            }

            start = end + 1;
        }
    }

    private static string Intern(ReadOnlySpan<char> text)
    {
        var pool = _pool ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out var pooled))
        {
            return pooled;
        }

        if (pool.Count >= MaxPooled)
        {
            pool.Clear();
        }

        var created = text.ToString();
        pool.Add(created, created);
        return created;
    }

    /// <summary>JavaScript's <c>\s</c> (white space and line terminators) and the hyphen-minus.</summary>
    public static bool IsSeparator(char c) => c switch
    {
        '-' or ' ' or '\t' or '\n' or '\v' or '\f' or '\r' or '\u00A0' or '\u1680' or '\u2028' or '\u2029'
            or '\u202F' or '\u205F' or '\u3000' or '\uFEFF' => true,
        >= '\u2000' and <= '\u200A' => true,
        _ => false,
    };
}
