namespace StaticSite.Tests.Harness;

/// <summary>Small complete sites that tests extend with the one file they are about.</summary>
internal static class Sites
{
    /// <summary>
    /// Two regions (utrecht at the root of its host, amersfoort under a path) and a few shared
    /// pages that link to each other. Builds without any diagnostic.
    /// </summary>
    public const string TwoRegions = """
        -- content/utrecht/region.yml --
        name: Steunpunt Utrecht
        baseUrl: https://utrecht.example.org/
        contact:
          phone: 030-123 45 67
        municipalities: [Utrecht, De Bilt]
        -- content/amersfoort/region.yml --
        name: Steunpunt Eemland
        baseUrl: https://example.org/amersfoort/
        municipalities: [Amersfoort, Leusden]
        -- content/_shared/index.md --
        ---
        title: Welkom
        ---
        Lees over de [TLV](/ouders/tlv/).
        -- content/_shared/ouders/tlv.md --
        ---
        title: Toelaatbaarheidsverklaring
        description: Wat een TLV is.
        ---
        # Wat is een TLV?

        Een TLV is nodig voor het speciaal onderwijs. Zie ook [de route](/route/vastgelopen/).
        -- content/_shared/organisaties/leerplicht.md --
        ---
        title: Leerplicht
        phone: 030-000 00 00
        ---
        Het Leerplichtloket helpt.
        -- content/_shared/route/vastgelopen.md --
        ---
        title: Vastgelopen
        steps:
          - title: Praat met school
          - title: Bel leerplicht
            organisation: leerplicht
        ---
        Zo kom je verder.
        """;
}
