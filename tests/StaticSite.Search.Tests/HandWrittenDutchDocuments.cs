namespace StaticSite.Search.Tests;

/// <summary>Realistic pages of an ouder- en jeugdsteunpunt site, written in plain Dutch for the tests.</summary>
internal static class HandWrittenDutchDocuments
{
    private static SearchDocument Page(string url, string title, string? description, string[] headings, string body,
        string type = "page", string[]? audience = null, string[]? synonyms = null) =>
        new(url, title, description, headings, body, synonyms ?? [], type, audience ?? ["ouders"], description ?? title);

    public static IReadOnlyList<GlossaryEntry> Glossary { get; } =
    [
        new("toelaatbaarheidsverklaring", "TLV", ["toelating speciaal onderwijs"]),
        new("cliëntondersteuner", null, ["onafhankelijke cliëntondersteuning", "clientondersteuning"]),
        new("ontwikkelingsperspectief", "OPP", []),
        new("samenwerkingsverband", "SWV", []),
        new("persoonsgebonden budget", "pgb", []),
        new("centrum voor jeugd en gezin", "CJG", ["consultatiebureau"]),
    ];

    public static IReadOnlyList<SearchDocument> All { get; } =
    [
        Page("/ouders/tlv/", "Toelaatbaarheidsverklaring", "Wat een toelaatbaarheidsverklaring is en hoe u die aanvraagt.",
            ["Wie vraagt de verklaring aan?", "Hoe lang duurt het?"],
            "Wil uw kind naar het speciaal onderwijs? Dan is er een toelaatbaarheidsverklaring nodig. De school vraagt die aan bij het samenwerkingsverband. " +
            "U praat mee over het ontwikkelingsperspectief van uw kind. Het samenwerkingsverband beslist meestal binnen zes weken. Bent u het niet eens met het besluit? Dan kunt u bezwaar maken.",
            "term", ["ouders"], ["TLV", "toelating speciaal onderwijs"]),
        Page("/ouders/clientondersteuner/", "Cliëntondersteuner", "Een onafhankelijke cliëntondersteuner helpt u gratis.",
            ["Wat doet een cliëntondersteuner?", "Hoe kom ik in contact?"],
            "Een cliëntondersteuner staat naast u. Hij of zij helpt bij gesprekken met school, gemeente of jeugdhulp. De hulp is gratis en onafhankelijk. " +
            "Ook jongeren kunnen een cliëntondersteuner vragen. Bel het steunpunt om een afspraak te maken.",
            "term", ["ouders", "jongeren"], ["onafhankelijke cliëntondersteuning"]),
        Page("/ouders/passend-onderwijs/", "Passend onderwijs", "Iedere leerling heeft recht op een passende plek.",
            ["Zorgplicht", "Extra ondersteuning"],
            "Scholen hebben zorgplicht. Dat betekent dat de school een passende plek moet zoeken voor een leerling die extra ondersteuning nodig heeft. " +
            "Soms is dat op de eigen school, soms op een andere school of in het speciaal onderwijs. Ouders praten altijd mee."),
        Page("/jongeren/thuiszitten/", "Je zit thuis en wilt weer naar school", "Wat je kunt doen als je al een tijd niet naar school gaat.",
            ["Met wie kun je praten?"],
            "Zit je thuis zonder school? Dat is zwaar. Je hebt recht op onderwijs. Praat met je mentor, de leerplichtambtenaar of iemand van het steunpunt. " +
            "Samen zoeken we een plek die bij je past. Soms is daarvoor een TLV nodig.",
            "page", ["jongeren"]),
        Page("/organisaties/cjg/", "Centrum voor Jeugd en Gezin", "Vragen over opvoeden en opgroeien.", [],
            "Het CJG helpt ouders en jongeren met vragen over gezondheid, opvoeden en opgroeien. U kunt langskomen zonder afspraak op het consultatiebureau.",
            "organisation", ["ouders", "jongeren"]),
        Page("/vragen/pgb/", "Kan ik een persoonsgebonden budget krijgen?", null, [],
            "Met een persoonsgebonden budget (pgb) regelt u zelf de jeugdhulp voor uw kind. U vraagt het aan bij de gemeente. De gemeente kijkt of een pgb past.",
            "faq"),
        Page("/route/bezwaar/", "Route: het niet eens zijn met school", "Stap voor stap van gesprek tot geschillencommissie.",
            ["Praat met de school", "Vraag hulp van een onderwijsconsulent", "Dien een klacht in"],
            "Begin altijd met een gesprek met de mentor of de directeur. Komt u er niet uit? Een onderwijsconsulent kan bemiddelen. Daarna kunt u naar de geschillencommissie passend onderwijs.",
            "route", ["ouders"]),
        Page("/nieuws/nieuwe-website/", "Nieuwe website van het steunpunt", "Alle informatie op één plek.", [],
            "Vanaf vandaag vindt u alle informatie over onderwijs, zorg en jeugdhulp op één plek. Ook voor jongeren is er een eigen deel.",
            "news", ["ouders", "jongeren"]),
        Page("/ouders/opp/", "Ontwikkelingsperspectief", "Het plan voor een leerling die extra ondersteuning krijgt.", ["Instemmingsrecht"],
            "In het ontwikkelingsperspectief (OPP) staat welke ondersteuning uw kind krijgt en wat het doel is. U heeft instemmingsrecht op het handelingsdeel.",
            "term", ["ouders"], ["OPP"]),
        Page("/ouders/vervoer/", "Leerlingenvervoer", "Vervoer naar een school ver van huis.", [],
            "Gaat uw kind naar een school die ver weg is? Soms betaalt de gemeente het vervoer. Vraag het ruim op tijd aan; de crèche en naschoolse opvang vallen er niet onder."),
        Page("/ouders/financien/", "Financiële regelingen", "Regelingen voor gezinnen met een laag inkomen.", ["Kindgebonden budget", "Schoolkosten"],
            "Er zijn regelingen voor schoolkosten, sport en cultuur. De coördinator van de gemeente helpt bij de aanvraag. Een reünie van oud-leerlingen telt niet mee."),
        Page("/organisaties/swv/", "Samenwerkingsverband Passend Onderwijs", "Het SWV verdeelt het geld voor extra ondersteuning.", [],
            "Het samenwerkingsverband (SWV) is een samenwerking van scholen in de regio. Het geeft toelaatbaarheidsverklaringen af en heeft een loket voor ouders.",
            "organisation", ["ouders"]),
    ];
}
