namespace StaticSite.Pipeline.Diagnostics;

/// <summary>
/// A Dutch explanation of every diagnostic code, for editors who read the web editor in Dutch. The
/// diagnostics themselves stay English (tools, CI logs and the SPEC's examples rely on their wording);
/// the web editor shows this explanation above the precise original message and its line.
/// A test checks that every code of <see cref="DiagnosticCodes"/> has one.
/// </summary>
public static class DiagnosticExplanations
{
    /// <summary>The explanations, by code.</summary>
    public static readonly IReadOnlyDictionary<string, string> Dutch = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [DiagnosticCodes.MalformedYaml] = "De instellingen bovenaan (tussen de twee regels ---) zijn niet goed opgeschreven. Vaak ontbreekt een dubbele punt, staan er aanhalingstekens niet in paren of is een regel verkeerd ingesprongen.",
        [DiagnosticCodes.UnknownKey] = "Er staat een instelling die de site niet kent. Vaak is het een tikfout in de naam; de melding noemt de naam die waarschijnlijk bedoeld is.",
        [DiagnosticCodes.WrongType] = "Een instelling heeft de verkeerde vorm: bijvoorbeeld een lijst waar één tekst hoort, of tekst waar een getal of aan/uit hoort.",
        [DiagnosticCodes.MissingField] = "Een verplicht veld is leeg of ontbreekt. Vul het in en sla opnieuw op.",
        [DiagnosticCodes.InvalidDate] = "Een datum is geen bestaande datum of staat niet in de vorm JJJJ-MM-DD (bijvoorbeeld 2026-03-01).",
        [DiagnosticCodes.FrontMatterNotClosed] = "Het blok met instellingen bovenaan is niet afgesloten met een regel ---, of ontbreekt.",
        [DiagnosticCodes.InvalidValue] = "Een waarde is niet toegestaan: bijvoorbeeld een doelgroep die niet bestaat, een kleur die geen #rrggbb is of een adres in de verkeerde vorm.",
        [DiagnosticCodes.InvalidRegion] = "Een regiomap klopt niet: de map mist region.yml of heeft een naam met andere tekens dan kleine letters, cijfers en streepjes.",
        [DiagnosticCodes.CmsRepository] = "Bij de webeditor (cms) staat de repository niet als eigenaar/naam, zoals steunpunt/website.",
        [DiagnosticCodes.CmsSettingMissing] = "De gekozen git-dienst van de webeditor (cms) heeft nog een instelling nodig om te kunnen inloggen; de melding noemt welke.",
        [DiagnosticCodes.CmsAddress] = "Een adres bij de webeditor (cms) is geen volledig adres dat begint met https://.",
        [DiagnosticCodes.CmsSettingUnused] = "Een instelling van de webeditor (cms) wordt door de gekozen git-dienst niet gebruikt; u kunt haar weghalen.",
        [DiagnosticCodes.InvalidUtf8] = "Het bestand bevat tekens die geen geldige tekst zijn. Sla het op als UTF-8.",
        [DiagnosticCodes.NotAPage] = "Het bestand is geen tekstpagina of is veel te groot. Een pagina is gewone tekst van hooguit enkele megabytes.",
        [DiagnosticCodes.DuplicateUrl] = "Twee pagina's zouden op hetzelfde adres komen. Geef een van beide een andere bestandsnaam of een ander laatste deel van het adres.",
        [DiagnosticCodes.BrokenLink] = "Een link wijst naar een pagina die niet bestaat op de site van deze regio. Controleer het adres; de melding noemt vaak het adres dat bedoeld is.",
        [DiagnosticCodes.MissingImage] = "Een afbeelding bestaat niet. Voeg het bestand toe of verbeter de naam.",
        [DiagnosticCodes.UnsafeHtml] = "Er stond HTML in de tekst die de pagina kan breken of code kan uitvoeren; die is weggehaald. Schrijf de tekst zonder die HTML.",
        [DiagnosticCodes.UnsafeUrl] = "Een link kon code uitvoeren (zoals javascript:) en is weggehaald. Gebruik een gewoon webadres.",
        [DiagnosticCodes.PathOutsideOutput] = "Een naam of adres zou buiten de site terechtkomen (bijvoorbeeld met .. of /). Gebruik alleen letters, cijfers en streepjes.",
        [DiagnosticCodes.UnknownOrganisation] = "Een stap van de route noemt een organisatie die niet bestaat in deze regio of landelijk. Kies een bestaande organisatie.",
        [DiagnosticCodes.LinkToDraft] = "Een link wijst naar een pagina die nog concept is; die link werkt pas als die pagina gepubliceerd is.",
        [DiagnosticCodes.BrokenAnchor] = "Een link wijst naar een kopje (#...) dat op de andere pagina niet bestaat.",
        [DiagnosticCodes.RegionFactError] = "Een regiogegeven tussen {{ }} kon niet worden ingevuld. Controleer de schrijfwijze, zoals {{ region.name }}.",
        [DiagnosticCodes.UnknownExclude] = "region.yml laat een landelijke pagina weg die niet bestaat. Controleer het pad.",
        [DiagnosticCodes.YamlLimit] = "De instellingen bovenaan (of region.yml) zijn veel te diep genest of bevatten veel te veel waarden. Schrijf ze eenvoudiger op; gewone pagina's komen nooit in de buurt van deze grens.",
        [DiagnosticCodes.LinkOutsideSources] = "Het bestand of de map is een snelkoppeling (symbolische link) naar een plek buiten content/ of themes/. Die wordt niet gelezen, zodat er niets van buiten de site op de site komt. Zet het echte bestand in de map.",
        [DiagnosticCodes.NotAFile] = "Op deze plek staat geen gewoon bestand maar iets anders (een pijp, apparaat of socket). Vervang het door een gewoon bestand of haal het weg.",
        [DiagnosticCodes.BrokenFileLink] = "Een snelkoppeling wijst naar een bestand dat niet bestaat, of snelkoppelingen wijzen in een kringetje naar elkaar. Herstel of verwijder de snelkoppeling.",
        [DiagnosticCodes.FileUnreadable] = "Het bestand kon niet gelezen worden (bijvoorbeeld door de rechten op het bestand). Vraag de beheerder om het leesbaar te maken.",
        [DiagnosticCodes.UnicodeTwins] = "Twee bestanden hebben namen die er hetzelfde uitzien, maar hun letters met accent (zoals ë) zijn anders opgeslagen. Verwijder of hernoem er een.",
        [DiagnosticCodes.CaseTwins] = "Twee bestanden hebben namen die alleen in hoofdletters verschillen. Op Windows en Mac zijn dat hetzelfde bestand. Verwijder of hernoem er een.",
        [DiagnosticCodes.FileNameNotUtf8] = "De bestandsnaam is op een ander soort computer gemaakt en bevat tekens die niet gelezen kunnen worden. Geef het bestand opnieuw een naam.",
        [DiagnosticCodes.FileNameTooLong] = "De naam of het pad van het bestand is te lang. Gebruik een kortere naam of minder mappen.",
        [DiagnosticCodes.FileNameNotPortable] = "De bestandsnaam bevat een teken dat niet in een webadres of op Windows kan (zoals # % ? : \\ | of een spatie aan het eind), of is een gereserveerde naam zoals con. Gebruik letters, cijfers en streepjes.",
        [DiagnosticCodes.InvalidUrl] = "Een webadres is niet bruikbaar: het moet beginnen met https:// (of http://) en naar een echte website wijzen.",
        [DiagnosticCodes.InvalidEmail] = "Een e-mailadres klopt niet. Schrijf het als naam@voorbeeld.nl.",
        [DiagnosticCodes.InvalidPhone] = "Een telefoonnummer is geen geldig Nederlands nummer. Schrijf het als 030-123 45 67, 0800-1234 of +31 30 123 45 67.",
        [DiagnosticCodes.TooManyHeadings] = "De pagina heeft veel te veel kopjes. Verdeel de tekst over meer pagina's.",
        [DiagnosticCodes.NestedTooDeeply] = "Lijsten, citaten of HTML staan veel te diep in elkaar. Schrijf de tekst vlakker op.",
        [DiagnosticCodes.UnsupportedHtml] = "Er stond HTML in de tekst die pagina's niet kunnen gebruiken. De tekst erin is bewaard, de HTML weggelaten. Schrijf het liever in gewone Markdown.",
        [DiagnosticCodes.DuplicateId] = "Een stukje HTML gebruikt een id dat op de pagina al bestaat (bijvoorbeeld van de vormgeving of een kopje). Kies een ander id.",
        [DiagnosticCodes.ControlCharacter] = "Er stond een onzichtbaar teken in de tekst (vaak meegekopieerd uit een ander programma); het is vervangen door een spatie. Typ het stuk tekst opnieuw.",
        [DiagnosticCodes.ReservedUrl] = "Een oud adres (aliases) zou een bestand overschrijven dat de site zelf maakt, zoals sitemap.xml of api/. Kies een ander oud adres.",
        [DiagnosticCodes.UrlTooLong] = "Een oud adres (aliases) is te lang om als bestandsnaam te bestaan. Maak het korter.",
        [DiagnosticCodes.TooManyBareLinks] = "Een alinea bevat heel veel losse webadressen. Zet ze in een lijst of maak er gewone links van.",
        [DiagnosticCodes.MissingRegionFact] = "De pagina toont een regiogegeven (zoals het telefoonnummer) dat in region.yml niet is ingevuld. Vul het in bij de regio-instellingen.",
        [DiagnosticCodes.RegionClash] = "Twee regio's hebben hetzelfde webadres of dezelfde naam; vaak is region.yml van een andere regio gekopieerd. Geef deze regio een eigen naam, adres en contactgegevens.",
        [DiagnosticCodes.TemplateTimeLimit] = "De vormgeving deed te lang over deze pagina en is gestopt. Dit is iets voor de beheerder van de vormgeving.",
        [DiagnosticCodes.OutputOverlapsSources] = "De map voor de gebouwde site valt samen met content/, themes/ of de projectmap; dan zou de bouw uw eigen bestanden overschrijven. Kies een andere map, zoals dist/.",
        [DiagnosticCodes.OutputUnsafePlace] = "De map voor de gebouwde site is een plek die niet overschreven mag worden (zoals / of uw thuismap). Kies een lege of eigen map, zoals dist/.",
        [DiagnosticCodes.OutputNotASite] = "De gekozen map bevat al andere bestanden dan een gebouwde site; die zouden verloren gaan. Kies een lege map of de map van een eerdere bouw.",
        [DiagnosticCodes.OutputLocked] = "Er loopt al een andere bouw naar dezelfde map. Wacht tot die klaar is en probeer het opnieuw.",
        [DiagnosticCodes.InterruptedBuildRecovered] = "Een eerdere bouw is halverwege afgebroken; de vorige site is teruggezet en de resten zijn opgeruimd. U hoeft niets te doen.",
        [DiagnosticCodes.ImageUnreadable] = "Een afbeelding op de pagina kon niet als afbeelding gelezen worden (het bestand is beschadigd of geen PNG, JPEG, GIF of WebP). Ze krijgt geen kleinere versies; sla de afbeelding opnieuw op.",
        [DiagnosticCodes.ImageOverBudget] = "Een afbeelding is ook als kleinste versie nog te zwaar voor telefoons. Maak haar kleiner of kies een eenvoudiger afbeelding.",
        [DiagnosticCodes.MinificationFailed] = "Een bestand van de vormgeving kon niet kleiner gemaakt worden en staat er zoals het is. Dit is iets voor de beheerder van de vormgeving.",
        [DiagnosticCodes.HostLimitExceeded] = "De site heeft meer regels voor de webserver (oude adressen, instellingen) dan Cloudflare Pages leest. Haal oude adressen weg die niemand meer gebruikt.",
        [DiagnosticCodes.TemplateSyntax] = "Een sjabloon van de vormgeving bevat een fout. Dit is iets voor de beheerder van de vormgeving.",
        [DiagnosticCodes.TemplateRender] = "De vormgeving kon deze pagina niet opbouwen. Dit is iets voor de beheerder van de vormgeving.",
        [DiagnosticCodes.LayoutMissing] = "De vormgeving heeft geen opmaak voor dit soort pagina. Dit is iets voor de beheerder van de vormgeving.",
        [DiagnosticCodes.ThemeInvalid] = "De gekozen vormgeving (theme) bestaat niet of klopt niet.",
        [DiagnosticCodes.LowContrast] = "De kleuren van de site verschillen te weinig: tekst is dan slecht leesbaar. Maak een van de kleuren donkerder of lichter.",
        [DiagnosticCodes.StalePage] = "De pagina had opnieuw nagekeken moeten worden (review_by). Lees haar na en zet een nieuwe datum.",
        [DiagnosticCodes.MissingAltText] = "Een afbeelding heeft geen beschrijving. Blinde lezers weten dan niet wat erop staat. Schrijf een korte beschrijving.",
        [DiagnosticCodes.HeadingOrder] = "De kopjes slaan een niveau over of beginnen op het hoogste niveau. Begin kopjes in de tekst op niveau 2 (##) en sla geen niveau over.",
        [DiagnosticCodes.NoContactDetails] = "Bij deze organisatie staat geen telefoonnummer, e-mailadres, website of adres. Vul er minstens één in.",
        [DiagnosticCodes.HardToRead] = "De tekst is moeilijk te lezen voor veel ouders en jongeren. Gebruik kortere zinnen en kortere woorden; de melding noemt de langste zinnen.",
        [DiagnosticCodes.EditorNotInstalled] = "De bestanden van de webeditor zijn niet geïnstalleerd. Vraag de beheerder om 'npm ci' uit te voeren in de map editor/ en het programma opnieuw te bouwen.",
        [DiagnosticCodes.EditorPathRefused] = "De webeditor mag alleen bestanden in de map content/ lezen en opslaan. Dit bestand ligt daarbuiten en is niet aangeraakt.",
        [DiagnosticCodes.EditorRequestInvalid] = "Het verzoek aan de webeditor was onvolledig of onleesbaar. Laad de pagina opnieuw en probeer het nog eens.",
        [DiagnosticCodes.EditorRequestRefused] = "Dit verzoek kwam niet van de webeditor zelf (een andere site of een ander adres) en is geweigerd.",
        [DiagnosticCodes.EditorRequestTooLarge] = "Het bestand is te groot om via de webeditor op te slaan. Maak het kleiner, bijvoorbeeld een afbeelding met minder pixels.",
        [DiagnosticCodes.EditorFileKindRefused] = "Dit soort bestand kan de webeditor hier niet opslaan. Pagina's zijn .md-bestanden; afbeeldingen en documenten horen in de map voor media.",
        [DiagnosticCodes.EditorSaveRefused] = "Er is niets opgeslagen: met deze wijziging zou de site niet meer gebouwd kunnen worden. Hieronder staat wat er mis is.",
        [DiagnosticCodes.EditorFileFailed] = "Het bestand kon niet worden gelezen of opgeslagen, bijvoorbeeld omdat de schijf vol is of de rechten ontbreken.",
        [DiagnosticCodes.InternalError] = "Er ging iets mis in het programma zelf, niet in uw tekst. Meld dit aan de beheerder.",
        [DiagnosticCodes.OutputFailed] = "De site kon niet worden weggeschreven. De vorige versie van de site is ongewijzigd gebleven.",
    };

    /// <summary>The Dutch explanation of <paramref name="code"/>, or a general one for a code without an entry.</summary>
    public static string For(string code) =>
        Dutch.TryGetValue(code, out var text) ? text : "De site kan met deze wijziging niet gebouwd worden. Hieronder staat de precieze melding.";
}
