using System.Globalization;
using System.Text;

namespace StaticSite.Rendering.Templates;

/// <summary>
/// Alphabetical order for Dutch titles that is the same on every machine: culture-aware comparers
/// (<c>StringComparer.CurrentCulture</c>) follow the machine's locale and ICU version, which made
/// lists differ between builds. Letters compare without accents and case first (crèche beside
/// creche, Één beside een, ĳ as i + j as Dutch dictionaries do), then ordinal as the tie-break, so
/// two different texts never compare equal.
/// </summary>
public sealed class DutchOrder : IComparer<string?>
{
    /// <summary>The one instance.</summary>
    public static readonly DutchOrder Instance = new();

    private DutchOrder() { }

    /// <inheritdoc />
    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        var primary = string.CompareOrdinal(Key(x), Key(y));
        return primary != 0 ? primary : string.CompareOrdinal(x, y);
    }

    /// <summary>The text without accents, in lower case: the compatibility decomposition without its combining marks.</summary>
    public static string Key(string text)
    {
        var ascii = true;
        foreach (var c in text)
            if (c > '\u007F') { ascii = false; break; }
        if (ascii) return text.ToLowerInvariant();
        string decomposed;
        try { decomposed = text.Normalize(NormalizationForm.FormKD); }
        catch (ArgumentException) { decomposed = text; } // lone surrogates cannot be normalised; compare them as they are
        var key = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) key.Append(char.ToLowerInvariant(c));
        return key.ToString();
    }
}
