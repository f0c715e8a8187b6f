namespace StaticSite.Rendering.Templates;

/// <summary>
/// Which plural form a language uses for a whole number, with the category names of Unicode CLDR
/// (<c>zero</c>, <c>one</c>, <c>two</c>, <c>few</c>, <c>many</c>, <c>other</c>), so that a theme's text
/// can say "1 stap", "3 stappen", "3 kroki", "5 kroków". The rules are CLDR's for whole numbers, written
/// out here: the build must not depend on the machine's culture data. The browser side (search results)
/// uses <c>Intl.PluralRules</c>, which gives the same categories.
/// </summary>
public static class PluralRules
{
    private static readonly string[] OneOther = ["one", "other"];
    private static readonly string[] OtherOnly = ["other"];
    private static readonly string[] Slavic = ["one", "few", "many", "other"];
    private static readonly string[] Arabic = ["zero", "one", "two", "few", "many", "other"];

    private static readonly HashSet<string> NoPlural = new(StringComparer.Ordinal) { "id", "ja", "ko", "ms", "th", "vi", "zh" };
    private static readonly HashSet<string> ZeroIsOne = new(StringComparer.Ordinal) { "am", "bn", "fa", "fr", "hi", "pa", "pt", "ti" };
    private static readonly HashSet<string> EastSlavic = new(StringComparer.Ordinal) { "be", "ru", "uk" };

    /// <summary>The categories <paramref name="language"/> uses, <c>other</c> last.</summary>
    public static IReadOnlyList<string> Categories(string language) => language switch
    {
        "ar" => Arabic,
        "pl" => Slavic,
        _ when EastSlavic.Contains(language) => Slavic,
        _ when NoPlural.Contains(language) => OtherOnly,
        _ => OneOther,
    };

    /// <summary>The category of <paramref name="count"/> in <paramref name="language"/>.</summary>
    public static string Category(string language, long count)
    {
        var n = Math.Abs(count);
        long mod10 = n % 10, mod100 = n % 100;
        return language switch
        {
            "ar" => n == 0 ? "zero" : n == 1 ? "one" : n == 2 ? "two" : mod100 is >= 3 and <= 10 ? "few" : mod100 is >= 11 and <= 99 ? "many" : "other",
            "pl" => n == 1 ? "one" : mod10 is >= 2 and <= 4 && mod100 is not (>= 12 and <= 14) ? "few" : "many",
            _ when EastSlavic.Contains(language) =>
                mod10 == 1 && mod100 != 11 ? "one" : mod10 is >= 2 and <= 4 && mod100 is not (>= 12 and <= 14) ? "few" : "many",
            _ when NoPlural.Contains(language) => "other",
            _ when ZeroIsOne.Contains(language) => n <= 1 ? "one" : "other",
            _ => n == 1 ? "one" : "other",
        };
    }
}
