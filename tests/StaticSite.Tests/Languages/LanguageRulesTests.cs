using StaticSite.Content.Languages;
using StaticSite.Rendering.Templates;

namespace StaticSite.Tests.Languages;

/// <summary>
/// The rules behind the languages, one row each: which file names are translations, which code an
/// editor meant, how each language writes a date, a number and a count. All from tables in the code, so a
/// site is the same on every machine whatever its culture settings.
/// </summary>
public class LanguageRulesTests
{
    [Theory]
    [InlineData("ouders/tlv.en.md", "ouders/tlv.md", "en", true)]
    [InlineData("index.ar.md", "index.md", "ar", true)]
    [InlineData("ouders/tlv.md", "ouders/tlv.md", "nl", false)]
    [InlineData("ouders/tlv.nl.md", "ouders/tlv.md", "nl", false)]
    [InlineData("nieuws/versie.2.md", "nieuws/versie.2.md", "nl", false)]
    [InlineData("en.md", "en.md", "nl", false)]
    [InlineData("ouders/brief.xx.md", "ouders/brief.xx.md", "nl", false)]
    [InlineData("route/pap.pap.md", "route/pap.md", "pap", true)]
    public void A_file_name_is_a_translation_when_it_ends_in_a_known_language_code(string path, string dutch, string language, bool translation)
    {
        var name = TranslationName.Parse(path);
        Assert.Equal((dutch, language, translation), (name.DutchPath, name.Language, name.IsTranslation));
        if (translation) Assert.Equal(path, TranslationName.PathOf(dutch, language));
    }

    [Theory]
    [InlineData("EN", "en")]
    [InlineData("en_GB", "en")]
    [InlineData("ua", "uk")]
    [InlineData("Ukrainian", "uk")]
    [InlineData("Oekraïens", "uk")]
    [InlineData("Türkçe", "tr")]
    [InlineData("Koerdisch", "ku")]
    [InlineData("eng", "en")]
    [InlineData("klingon", null)]
    public void The_code_an_editor_meant_is_suggested(string written, string? meant) =>
        Assert.Equal(meant, KnownLanguages.Suggest(written));

    [Fact]
    public void Every_language_is_named_in_itself_and_the_right_to_left_ones_say_so()
    {
        Assert.Equal(["Nederlands", "English", "العربية", "Türkçe", "Polski", "Українська"],
            ((string[])["nl", "en", "ar", "tr", "pl", "uk"]).Select(c => KnownLanguages.Get(c).NativeName));
        Assert.Equal(["ar", "ckb", "fa", "he", "ps", "ur"], KnownLanguages.All.Where(l => l.IsRightToLeft).Select(l => l.Code));
        Assert.Equal(KnownLanguages.All.Count, KnownLanguages.All.Select(l => l.Code).Distinct().Count());
    }

    [Theory]
    [InlineData("nl", "22 november 2026")]
    [InlineData("en", "22 November 2026")]
    [InlineData("ar", "22 نوفمبر 2026")]
    [InlineData("tr", "22 Kasım 2026")]
    [InlineData("pl", "22 listopada 2026")]
    [InlineData("uk", "22 листопада 2026 р.")]
    [InlineData("de", "22. November 2026")]
    [InlineData("so", "2026-11-22")]
    public void Dates_are_written_as_each_language_writes_them(string language, string expected) =>
        Assert.Equal(expected, LanguageFormats.Date(language, "2026-11-22"));

    [Theory]
    [InlineData("nl", 1234567.5, "1.234.567,5")]
    [InlineData("en", 1234567.5, "1,234,567.5")]
    [InlineData("ar", 1234, "1,234")]
    [InlineData("pl", 1234, "1234")]
    [InlineData("pl", 12345, "12\u00A0345")]
    [InlineData("uk", 1234, "1\u00A0234")]
    [InlineData("tr", -1000, "-1.000")]
    [InlineData("so", 1234.5, "1234.5")]
    public void Numbers_get_the_grouping_and_decimal_separator_of_the_language(string language, double number, string expected) =>
        Assert.Equal(expected, LanguageFormats.Number(language, (decimal)number));

    [Theory]
    [InlineData("nl", 1, "one")]
    [InlineData("nl", 0, "other")]
    [InlineData("pl", 1, "one")]
    [InlineData("pl", 3, "few")]
    [InlineData("pl", 13, "many")]
    [InlineData("pl", 22, "few")]
    [InlineData("pl", 25, "many")]
    [InlineData("uk", 21, "one")]
    [InlineData("uk", 11, "many")]
    [InlineData("uk", 34, "few")]
    [InlineData("ar", 0, "zero")]
    [InlineData("ar", 2, "two")]
    [InlineData("ar", 7, "few")]
    [InlineData("ar", 11, "many")]
    [InlineData("ar", 100, "other")]
    [InlineData("fr", 0, "one")]
    [InlineData("zh", 1, "other")]
    public void Counts_take_the_plural_form_cldr_gives_the_language(string language, long count, string category)
    {
        Assert.Equal(category, PluralRules.Category(language, count));
        Assert.Contains(category, PluralRules.Categories(language));
    }
}
