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
    /// <remarks>
    /// The same order as comparing <see cref="Key"/> of both texts ordinally, without making the keys:
    /// sorting a thousand titles made them about twenty thousand times.
    /// </remarks>
    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        var primary = CompareKeys(x, y);
        return primary != 0 ? primary : string.CompareOrdinal(x, y);
    }

    private static int CompareKeys(string x, string y)
    {
        int i = 0, j = 0;
        char xNext = '\0', yNext = '\0';
        bool xPending = false, yPending = false;
        while (true)
        {
            var xEnd = !xPending && i == x.Length;
            var yEnd = !yPending && j == y.Length;
            if (xEnd || yEnd) return xEnd == yEnd ? 0 : xEnd ? -1 : 1;
            char a, b;
            if (xPending) { a = xNext; xPending = false; }
            else xPending = KeyChars(x[i++], out a, out xNext);
            if (yPending) { b = yNext; yPending = false; }
            else yPending = KeyChars(y[j++], out b, out yNext);
            if (a != b) return a < b ? -1 : 1;
        }
    }

    /// <summary>The one or two characters <paramref name="c"/> becomes in a <see cref="Key"/>; true when there are two.</summary>
    private static bool KeyChars(char c, out char first, out char second)
    {
        var lower = char.ToLowerInvariant(c);
        second = '\0';
        var at = lower < 0x80 ? -1 : Accented.IndexOf(lower);
        if (at >= 0) { first = Plain[at]; return false; }
        switch (lower)
        {
            case 'ĳ': first = 'i'; second = 'j'; return true;
            case 'æ': first = 'a'; second = 'e'; return true;
            case 'œ': first = 'o'; second = 'e'; return true;
            case 'ß': first = 's'; second = 's'; return true;
            default: first = lower; return false;
        }
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
            if (KeyChars(c, out var first, out var second)) key.Append(first).Append(second);
            else key.Append(first);
        }
        return key.ToString();
    }

    private const string Accented = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżž";
    private const string Plain = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiijklllllnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzz";
}
