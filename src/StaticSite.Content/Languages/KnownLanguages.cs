using System.Collections.Frozen;

namespace StaticSite.Content.Languages;

/// <summary>
/// The languages a site can be offered in: Dutch (always, the default) and every code a region may
/// list in <c>languages:</c>. A fixed table rather than every ISO 639 code, because each language
/// needs its own name written in itself for the language switcher, and a direction; a code outside
/// it is an error that names the fix (SS1030). The table covers the languages parents in the
/// Netherlands most often read better than Dutch, and the other languages of Europe.
/// </summary>
public static class KnownLanguages
{
    /// <summary>The code of Dutch, the default language of every site.</summary>
    public const string DutchCode = "nl";

    /// <summary>Every known language, Dutch first, then by code.</summary>
    public static IReadOnlyList<SiteLanguage> All { get; } =
    [
        new("nl", "Nederlands", "Nederlands", "Dutch", false, "nl_NL"),
        new("am", "አማርኛ", "Amhaars", "Amharic", false, "am_ET"),
        new("ar", "العربية", "Arabisch", "Arabic", true, "ar_AR"),
        new("az", "Azərbaycan", "Azerbeidzjaans", "Azerbaijani", false, "az_AZ"),
        new("be", "Беларуская", "Belarussisch", "Belarusian", false, "be_BY"),
        new("bg", "Български", "Bulgaars", "Bulgarian", false, "bg_BG"),
        new("bn", "বাংলা", "Bengaals", "Bengali", false, "bn_BD"),
        new("bs", "Bosanski", "Bosnisch", "Bosnian", false, "bs_BA"),
        new("ckb", "کوردیی ناوەندی", "Soranî (Koerdisch)", "Central Kurdish", true, "ckb_IQ"),
        new("cs", "Čeština", "Tsjechisch", "Czech", false, "cs_CZ"),
        new("da", "Dansk", "Deens", "Danish", false, "da_DK"),
        new("de", "Deutsch", "Duits", "German", false, "de_DE"),
        new("el", "Ελληνικά", "Grieks", "Greek", false, "el_GR"),
        new("en", "English", "Engels", "English", false, "en_GB"),
        new("es", "Español", "Spaans", "Spanish", false, "es_ES"),
        new("et", "Eesti", "Estisch", "Estonian", false, "et_EE"),
        new("fa", "فارسی", "Perzisch", "Persian", true, "fa_IR"),
        new("fi", "Suomi", "Fins", "Finnish", false, "fi_FI"),
        new("fr", "Français", "Frans", "French", false, "fr_FR"),
        new("fy", "Frysk", "Fries", "Western Frisian", false, "fy_NL"),
        new("he", "עברית", "Hebreeuws", "Hebrew", true, "he_IL"),
        new("hi", "हिन्दी", "Hindi", "Hindi", false, "hi_IN"),
        new("hr", "Hrvatski", "Kroatisch", "Croatian", false, "hr_HR"),
        new("hu", "Magyar", "Hongaars", "Hungarian", false, "hu_HU"),
        new("hy", "Հայերեն", "Armeens", "Armenian", false, "hy_AM"),
        new("id", "Bahasa Indonesia", "Indonesisch", "Indonesian", false, "id_ID"),
        new("it", "Italiano", "Italiaans", "Italian", false, "it_IT"),
        new("ja", "日本語", "Japans", "Japanese", false, "ja_JP"),
        new("ka", "ქართული", "Georgisch", "Georgian", false, "ka_GE"),
        new("ko", "한국어", "Koreaans", "Korean", false, "ko_KR"),
        new("ku", "Kurdî", "Koerdisch (Kurmanci)", "Kurdish", false, "ku_TR"),
        new("lt", "Lietuvių", "Litouws", "Lithuanian", false, "lt_LT"),
        new("lv", "Latviešu", "Lets", "Latvian", false, "lv_LV"),
        new("mk", "Македонски", "Macedonisch", "Macedonian", false, "mk_MK"),
        new("ms", "Bahasa Melayu", "Maleis", "Malay", false, "ms_MY"),
        new("nb", "Norsk bokmål", "Noors", "Norwegian", false, "nb_NO"),
        new("ne", "नेपाली", "Nepalees", "Nepali", false, "ne_NP"),
        new("pa", "ਪੰਜਾਬੀ", "Punjabi", "Punjabi", false, "pa_IN"),
        new("pap", "Papiamentu", "Papiaments", "Papiamento", false, "pap_CW"),
        new("pl", "Polski", "Pools", "Polish", false, "pl_PL"),
        new("ps", "پښتو", "Pasjtoe", "Pashto", true, "ps_AF"),
        new("pt", "Português", "Portugees", "Portuguese", false, "pt_PT"),
        new("ro", "Română", "Roemeens", "Romanian", false, "ro_RO"),
        new("ru", "Русский", "Russisch", "Russian", false, "ru_RU"),
        new("sk", "Slovenčina", "Slowaaks", "Slovak", false, "sk_SK"),
        new("sl", "Slovenščina", "Sloveens", "Slovenian", false, "sl_SI"),
        new("so", "Soomaali", "Somalisch", "Somali", false, "so_SO"),
        new("sq", "Shqip", "Albanees", "Albanian", false, "sq_AL"),
        new("sr", "Српски", "Servisch", "Serbian", false, "sr_RS"),
        new("sv", "Svenska", "Zweeds", "Swedish", false, "sv_SE"),
        new("sw", "Kiswahili", "Swahili", "Swahili", false, "sw_KE"),
        new("ta", "தமிழ்", "Tamil", "Tamil", false, "ta_IN"),
        new("th", "ไทย", "Thai", "Thai", false, "th_TH"),
        new("ti", "ትግርኛ", "Tigrinya", "Tigrinya", false, "ti_ER"),
        new("tl", "Tagalog", "Tagalog", "Tagalog", false, "tl_PH"),
        new("tr", "Türkçe", "Turks", "Turkish", false, "tr_TR"),
        new("uk", "Українська", "Oekraïens", "Ukrainian", false, "uk_UA"),
        new("ur", "اردو", "Urdu", "Urdu", true, "ur_PK"),
        new("vi", "Tiếng Việt", "Vietnamees", "Vietnamese", false, "vi_VN"),
        new("zh", "中文", "Chinees", "Chinese", false, "zh_CN"),
    ];

    private static readonly FrozenDictionary<string, SiteLanguage> ByCode = All.ToFrozenDictionary(l => l.Code, StringComparer.Ordinal);

    /// <summary>Dutch.</summary>
    public static SiteLanguage Dutch { get; } = ByCode[DutchCode];

    /// <summary>The language with exactly this code, or null.</summary>
    public static SiteLanguage? Find(string code) => ByCode.GetValueOrDefault(code);

    /// <summary>The language with this code; an unknown code (checked when region.yml was read) is a programming error.</summary>
    public static SiteLanguage Get(string code) =>
        ByCode.TryGetValue(code, out var language) ? language : throw new ArgumentException($"'{code}' is not a known language code.", nameof(code));

    // What editors write instead of a language code: the country (ua for Ukraine), or the language's name.
    private static readonly FrozenDictionary<string, string> Mistakes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ua"] = "uk", ["gb"] = "en", ["us"] = "en", ["ma"] = "ar", ["sy"] = "ar", ["eg"] = "ar", ["iq"] = "ar", ["sa"] = "ar",
        ["ir"] = "fa", ["af"] = "ps", ["il"] = "he", ["gr"] = "el", ["cz"] = "cs", ["dk"] = "da", ["se"] = "sv", ["no"] = "nb",
        ["jp"] = "ja", ["cn"] = "zh", ["kr"] = "ko", ["al"] = "sq", ["rs"] = "sr", ["ba"] = "bs", ["er"] = "ti",
        ["by"] = "be", ["ee"] = "et", ["si"] = "sl", ["vn"] = "vi", ["br"] = "pt", ["cw"] = "pap", ["pk"] = "ur", ["ge"] = "ka",
        ["eng"] = "en", ["ara"] = "ar", ["tur"] = "tr", ["pol"] = "pl", ["ukr"] = "uk",
        ["deu"] = "de", ["ger"] = "de", ["fra"] = "fr", ["fre"] = "fr", ["spa"] = "es", ["nld"] = "nl", ["dut"] = "nl",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The known code an editor probably meant by <paramref name="written"/> (a code in capitals, with a
    /// region like <c>en-GB</c>, a country like <c>ua</c>, the language's name in English, Dutch or
    /// itself), or null when nothing fits.
    /// </summary>
    public static string? Suggest(string written)
    {
        var text = written.Trim();
        var lower = text.ToLowerInvariant().Replace('_', '-');
        if (Find(lower) is { } exact) return exact.Code;
        var primary = lower.Split('-')[0];
        if (primary.Length > 0 && Find(primary) is { } withoutRegion) return withoutRegion.Code;
        if (Mistakes.TryGetValue(lower, out var meant) || Mistakes.TryGetValue(primary, out meant)) return meant;
        return All.FirstOrDefault(l =>
            string.Equals(l.EnglishName, text, StringComparison.OrdinalIgnoreCase)
            || string.Equals(l.DutchName, text, StringComparison.OrdinalIgnoreCase)
            || l.DutchName.StartsWith(text + " ", StringComparison.OrdinalIgnoreCase)
            || string.Equals(l.NativeName, text, StringComparison.OrdinalIgnoreCase))?.Code;
    }
}
