using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace StaticSite.Rendering.Templates;

/// <summary>
/// Dates and numbers written the way each language writes them, from tables in this file rather than
/// the machine's culture data: the build runs with invariant globalization (and NativeAOT), and a site
/// must be byte-identical on every machine. Digits are always 0-9, also in Arabic: dates, phone numbers
/// and house numbers on Dutch papers and screens use them, and parents match what they read here with those.
/// A language without a table gets ISO dates (<c>2026-11-22</c>) and numbers without grouping.
/// </summary>
public static class LanguageFormats
{
    private sealed record Format(string[] Months, Func<int, string, int, string> Date, string Group, string Decimal, int MinimumGroupingDigits);

    private static readonly FrozenDictionary<string, Format> Formats = new Dictionary<string, Format>(StringComparer.Ordinal)
    {
        ["nl"] = new(["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
            (d, m, y) => $"{d} {m} {y}", ".", ",", 1),
        ["en"] = new(["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
            (d, m, y) => $"{d} {m} {y}", ",", ".", 1),
        ["ar"] = new(["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
            (d, m, y) => $"{d} {m} {y}", ",", ".", 1),
        ["tr"] = new(["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
            (d, m, y) => $"{d} {m} {y}", ".", ",", 1),
        // Polish and Ukrainian name the month of a date in the genitive ("22 listopada", "22 листопада").
        ["pl"] = new(["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
            (d, m, y) => $"{d} {m} {y}", "\u00A0", ",", 2),
        ["uk"] = new(["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"],
            (d, m, y) => $"{d} {m} {y} р.", "\u00A0", ",", 1),
        ["de"] = new(["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
            (d, m, y) => $"{d}. {m} {y}", ".", ",", 1),
        ["fr"] = new(["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
            (d, m, y) => $"{d} {m} {y}", "\u202F", ",", 1),
        ["es"] = new(["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
            (d, m, y) => $"{d} de {m} de {y}", ".", ",", 2),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The languages with a table of their own; the others get ISO dates and plain numbers.</summary>
    public static IEnumerable<string> Languages => Formats.Keys.Order(StringComparer.Ordinal);

    /// <summary><paramref name="date"/> written out in <paramref name="language"/> (<c>22 November 2026</c>; ISO for a language without a table).</summary>
    public static string Date(string language, DateOnly date) =>
        Formats.TryGetValue(language, out var f) ? f.Date(date.Day, f.Months[date.Month - 1], date.Year)
            : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A <c>YYYY-MM-DD</c> text as <see cref="Date(string, DateOnly)"/> writes it; any other text unchanged.</summary>
    public static string Date(string language, string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? Date(language, d) : text;

    /// <summary><paramref name="number"/> with the language's grouping and decimal separator (<c>1.234,5</c> in Dutch, <c>1,234.5</c> in English).</summary>
    public static string Number(string language, decimal number)
    {
        var invariant = number.ToString(CultureInfo.InvariantCulture);
        if (!Formats.TryGetValue(language, out var f)) return invariant;
        var negative = invariant.StartsWith('-');
        var digits = negative ? invariant[1..] : invariant;
        var point = digits.IndexOf('.');
        var whole = point < 0 ? digits : digits[..point];
        var text = new StringBuilder();
        if (negative) text.Append('-');
        if (whole.Length >= 3 + f.MinimumGroupingDigits)
        {
            var first = whole.Length % 3 == 0 ? 3 : whole.Length % 3;
            text.Append(whole, 0, first);
            for (var i = first; i < whole.Length; i += 3) text.Append(f.Group).Append(whole, i, 3);
        }
        else text.Append(whole);
        if (point >= 0) text.Append(f.Decimal).Append(digits, point + 1, digits.Length - point - 1);
        return text.ToString();
    }
}
