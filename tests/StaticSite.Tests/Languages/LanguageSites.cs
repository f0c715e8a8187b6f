namespace StaticSite.Tests.Languages;

/// <summary>Small sites with translations, declared inline, that the language tests extend.</summary>
internal static class LanguageSites
{
    /// <summary>
    /// utrecht offers English and Arabic; amersfoort (under a path) offers English and excludes the TLV term.
    /// Shared pages with translations, a regional organisation, term, route and news item in English,
    /// and pages that exist only in Dutch. Builds without any diagnostic.
    /// </summary>
    public const string Utrecht = """
        -- content/utrecht/region.yml --
        name: Steunpunt Utrecht
        baseUrl: https://utrecht.example.org/
        contact:
          phone: 030-123 45 67
          email: info@utrecht.example.org
        languages: [en, ar]
        -- content/amersfoort/region.yml --
        name: Steunpunt Eemland
        baseUrl: https://example.org/amersfoort/
        languages: [en]
        exclude: [begrippen/tlv.md]
        -- content/_shared/index.md --
        ---
        title: Welkom
        ---
        Lees over de [TLV](/ouders/tlv/) en het [OPP](/ouders/opp/).
        -- content/_shared/index.en.md --
        ---
        title: Welcome
        updated: 2026-03-01
        ---
        Read about the [TLV](/ouders/tlv/) and the [OPP](/ouders/opp/).
        -- content/_shared/ouders/tlv.md --
        ---
        title: Toelaatbaarheidsverklaring
        description: Wat een TLV is.
        updated: 2026-03-01
        ---
        Een TLV is nodig voor het speciaal onderwijs.
        -- content/_shared/ouders/tlv.en.md --
        ---
        title: Admission statement
        description: What a TLV is.
        updated: 2026-03-01
        ---
        A TLV is needed for special education. Schools apply for admission statements.
        -- content/_shared/ouders/tlv.ar.md --
        ---
        title: إعلان القبول
        updated: 2026-03-05
        ---
        تحتاج المدرسة إلى إعلان القبول لكي يذهب طفلك إلى مدرسة التعليم الخاص.
        -- content/_shared/ouders/opp.md --
        ---
        title: Ontwikkelingsperspectief
        ---
        Het OPP beschrijft wat uw kind nodig heeft.
        -- content/_shared/begrippen/tlv.md --
        ---
        title: Toelaatbaarheidsverklaring
        abbreviation: TLV
        synonyms: [toelating speciaal onderwijs]
        ---
        Uitleg.
        -- content/_shared/begrippen/tlv.en.md --
        ---
        title: Admission statement
        abbreviation: TLV
        synonyms: [admission to special education]
        updated: 2026-01-01
        ---
        Explanation.
        -- content/utrecht/organisaties/leerplicht.md --
        ---
        title: Leerplicht Utrecht
        phone: 030-000 00 00
        municipalities: [Utrecht]
        ---
        Het Leerplichtloket helpt.
        -- content/utrecht/organisaties/leerplicht.en.md --
        ---
        title: School attendance office Utrecht
        ---
        The school attendance office helps.
        -- content/utrecht/route/vastgelopen.md --
        ---
        title: Vastgelopen
        steps:
          - title: Praat met school
          - title: Bel leerplicht
            organisation: leerplicht
        ---
        Zo kom je verder.
        -- content/utrecht/route/vastgelopen.en.md --
        ---
        title: Stuck
        steps:
          - title: Talk to the school
          - title: Call the attendance office
        ---
        This is how to go on.
        -- content/utrecht/nieuws/avond.md --
        ---
        title: Informatieavond
        date: 2026-02-10
        ---
        Kom naar de avond.
        -- content/utrecht/nieuws/avond.en.md --
        ---
        title: Information evening
        ---
        Come to the evening.
        """;
}
