namespace StaticSite.Content.Languages;

/// <summary>A language a region's site can be offered in (<c>region.yml</c> <c>languages:</c>).</summary>
/// <param name="Code">The code editors write and URLs carry (<c>en</c>, <c>ar</c>, <c>pap</c>): ISO 639-1, or ISO 639-3 where there is no two-letter code.</param>
/// <param name="NativeName">The language named in itself, as the language switcher shows it (<c>العربية</c>).</param>
/// <param name="DutchName">The name in Dutch, for diagnostics' explanations and the web editor (<c>Arabisch</c>).</param>
/// <param name="EnglishName">The name in English, for messages and suggestions (<c>Arabic</c>).</param>
/// <param name="IsRightToLeft">True for languages written right to left: their pages get <c>dir="rtl"</c>.</param>
/// <param name="Locale">The Open Graph locale of its pages (<c>ar_AR</c>), as link previews read it.</param>
public sealed record SiteLanguage(string Code, string NativeName, string DutchName, string EnglishName, bool IsRightToLeft, string Locale)
{
    /// <summary><c>rtl</c> or <c>ltr</c>, as HTML's <c>dir</c> attribute takes it.</summary>
    public string Direction => IsRightToLeft ? "rtl" : "ltr";

    /// <summary>True for Dutch, the default language of every site.</summary>
    public bool IsDutch => Code == KnownLanguages.DutchCode;
}
