namespace StaticSite.Search.Tests.Languages;

/// <summary>
/// Hand-written pages of one language on what the sites are about (school, support for parents,
/// rights, complaints), its glossary, queries in other word forms than the pages use with the
/// page each must find, and edge-case documents (fields <c>title</c> and <c>body</c>).
/// </summary>
internal sealed record LanguageSample(
    string Code,
    IReadOnlyList<SearchDocument> Pages,
    IReadOnlyList<GlossaryEntry> Glossary,
    IReadOnlyList<(string Query, string Url)> InflectedQueries,
    IReadOnlyList<(string Query, string Url)> SynonymQueries,
    IReadOnlyList<(string Title, string Body)> EdgeCases)
{
    public SearchLanguage Language => SearchLanguage.For(Code);

    public static SearchDocument Page(string url, string title, string? description, string[] headings, string body,
        string type = "page", string[]? audience = null, string[]? synonyms = null) =>
        new(url, title, description, headings, body, synonyms ?? [], type, audience ?? ["ouders"], description ?? title);

    /// <summary>Every language with a sample, Ukrainian standing for the fallback pipeline.</summary>
    public static IReadOnlyList<LanguageSample> All { get; } =
        [Texts.EnglishPages.Sample, Texts.ArabicPages.Sample, Texts.TurkishPages.Sample, Texts.PolishPages.Sample, Texts.UkrainianPages.Sample];

    public static LanguageSample Get(string code) => All.Single(s => s.Code == code);

    /// <summary>Edge cases every language gets besides its own: scripts, digits, marks, emoji, controls, long tokens, JavaScript property names.</summary>
    public static IReadOnlyList<(string Title, string Body)> CommonEdgeCases { get; } =
    [
        ("", ""),
        ("Cijfers 1 2 3", "1 2 3 10 020 3.14 1e5 0x1F 1.000,50 €12,50 50% №5 ²³ ١٢٣ ۴۵۶ ٣٫١٤"),
        ("Leestekens", "... !!! (haakjes) \"aanhalingstekens\" 'enkel' «guillemets» ¿vraag? ‘quote’ “dubbel” – — … · • x--y - e-mail a.b.c a/b a\\b"),
        // No lone surrogates: text read from UTF-8 files never holds them, and JSON cannot carry them to node
        // (FallbackTableTests makes them in node instead).
        ("Emoji 😀", "emoji 😀 🙂test test🙂 👨‍👩‍👧 🇳🇱 ✔️ ❤ 𐐀Deseret 𝒜𝒷𝒸 ￼ � a\uFFFDb"),
        ("Controle\u0001\u001f\\ \"quote\" </script>", "\tTab\nnieuwe\u00A0regel\u2003em\u3000ideo\u200Bzero\u2028ls\uFEFFbom\u0085nel \u00ADsoft\u00AD hy\u00ADphen"),
        ("Richting", "\u200Frtl\u200F \u200Eltr\u200E \u061Calm \u202Bembed\u202C \u2067iso\u2069 a\u200Db a\u200Cb"),
        ("Scripts", "schoolمدرسة okulШкола szkołaΣχολείο Σχολείο ΟΔΟΣ ΣΑΣ Σ İstanbul ISTANBUL ıi İi Ǆemal ǅ ǆ ﬁnal straße ß ẞ Ǿ æ œ ĳ"),
        ("Samengesteld", "e\u0301cole ecole école Ecole\u0301 a\u0308\u0301 \u0301begin einde\u0301 ñ n\u0303"),
        ("Lang", new string('x', 300) + " " + string.Concat(Enumerable.Repeat("ondersteuning", 25)) + " " + string.Concat(Enumerable.Repeat("مدرسة", 40))),
        ("__proto__", "__proto__ constructor toString hasOwnProperty valueOf prototype length 0 -1 4294967295"),
    ];
}
