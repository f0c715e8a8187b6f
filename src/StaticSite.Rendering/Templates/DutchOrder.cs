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

    /// <summary>
    /// The text in lower case with the accents of Latin letters taken off (and ĳ, æ, œ, ß written
    /// out). A table, not Unicode decomposition: <c>string.Normalize</c> leaves text unchanged in
    /// .NET's invariant globalization mode, so it would sort one way with ICU and another without.
    /// </summary>
    public static string Key(string text)
    {
        var key = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            var at = Accented.IndexOf(lower);
            if (at >= 0) key.Append(Plain[at]);
            else key.Append(lower switch { 'ĳ' => "ij", 'æ' => "ae", 'œ' => "oe", 'ß' => "ss", _ => lower.ToString() });
        }
        return key.ToString();
    }

    private const string Accented = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżž";
    private const string Plain = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiijklllllnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzz";
}
