using StaticSite.Content.Languages;

namespace StaticSite.Content.Model;

/// <summary>The shape of a value an editor writes.</summary>
public enum FieldKind
{
    /// <summary>One line of text.</summary>
    Text,
    /// <summary>A list of texts (a single text is read as a list of one).</summary>
    TextList,
    /// <summary>A date written <c>YYYY-MM-DD</c>.</summary>
    Date,
    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,
    /// <summary>A whole number.</summary>
    Integer,
    /// <summary>A list of route steps, each a mapping.</summary>
    StepList,
    /// <summary>A nested mapping of further fields.</summary>
    Mapping,
    /// <summary>A web address: absolute, http or https (<c>https://www.voorbeeld.nl/</c>).</summary>
    Url,
    /// <summary>An email address (<c>naam@voorbeeld.nl</c>).</summary>
    Email,
    /// <summary>A phone number, Dutch unless it starts with + (<c>030-123 45 67</c>).</summary>
    Phone,
}

/// <summary>One key an editor can write: its shape, where it applies and what it means.</summary>
/// <param name="Key">The key as written.</param>
/// <param name="Kind">The shape of its value.</param>
/// <param name="Description">What it means, for editors (also in the JSON Schema).</param>
/// <param name="AppliesTo">The content types that accept it; empty means every type.</param>
/// <param name="RequiredFor">The content types that must have it.</param>
/// <param name="AllowedValues">For text and lists: the only values allowed; empty means any.</param>
/// <param name="Children">For mappings: the fields inside.</param>
/// <remarks>
/// <see cref="Label"/> and <see cref="Hint"/> are the Dutch texts the web editor shows next to the
/// field; <see cref="Pattern"/> states, for the editor's form and the JSON Schema, a rule that the
/// build's validation already enforces (a test keeps the two in step).
/// </remarks>
public sealed record FieldDefinition(
    string Key,
    FieldKind Kind,
    string Description,
    IReadOnlyList<ContentType> AppliesTo,
    IReadOnlyList<ContentType> RequiredFor,
    IReadOnlyList<string> AllowedValues,
    IReadOnlyList<FieldDefinition> Children)
{
    /// <summary>True when <paramref name="type"/> accepts this key.</summary>
    public bool AppliesToType(ContentType type) => AppliesTo.Count == 0 || AppliesTo.Contains(type);

    /// <summary>Dutch label of the field in the web editor.</summary>
    public string Label { get; init; } = Key;

    /// <summary>Dutch hint under the field in the web editor; empty for none.</summary>
    public string Hint { get; init; } = "";

    /// <summary>A rule on the written text that validation enforces, or null.</summary>
    public FieldPattern? Pattern { get; init; }

    /// <summary>
    /// For page keys: a translation (<c>x.en.md</c>) that leaves this key out takes the Dutch page's value
    /// (facts such as a phone number or a date, which are the same in every language), and need not give
    /// it even where it is required. False for text a translation translates (title, description, ...).
    /// </summary>
    public bool FromDutchPage { get; init; }

    /// <summary>
    /// The values the web editor offers and the JSON Schema lists, for a key whose reader checks the
    /// value itself with its own diagnostic (<c>languages</c>: SS1030); empty for the others.
    /// </summary>
    public IReadOnlyList<FieldChoice> Choices { get; init; } = [];
}

/// <summary>A value the web editor offers for a key (<see cref="FieldDefinition.Choices"/>).</summary>
/// <param name="Value">What is written in the file.</param>
/// <param name="Label">What the editor shows, in Dutch.</param>
public sealed record FieldChoice(string Value, string Label);

/// <summary>A regular expression a value must match, with the Dutch message the web editor shows when it does not.</summary>
/// <param name="Regex">ECMAScript-compatible regular expression (also valid in .NET), anchored with ^ and $.</param>
/// <param name="Message">What to write instead, in Dutch.</param>
public sealed record FieldPattern(string Regex, string Message);

/// <summary>
/// The content model in one place: every front matter key of every content type, every key of
/// <c>region.yml</c>, and every key of a route step. Validation, the JSON Schemas and the
/// editor's guide all come from these tables.
/// </summary>
public static class ContentSchema
{
    private static readonly ContentType[] None = [];

    private static FieldDefinition F(string key, FieldKind kind, string description, string label, string hint, ContentType[]? appliesTo = null,
        ContentType[]? requiredFor = null, string[]? allowed = null, FieldDefinition[]? children = null, FieldPattern? pattern = null, bool fromDutchPage = false, FieldChoice[]? choices = null) =>
        new(key, kind, description, appliesTo ?? None, requiredFor ?? None, allowed ?? [], children ?? [])
        { Label = label, Hint = hint, Pattern = pattern, FromDutchPage = fromDutchPage, Choices = choices ?? [] };

    /// <summary>A date as validation reads it (FieldReader: SS1005).</summary>
    public static readonly FieldPattern DatePattern = new("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-03-01.");

    /// <summary>A colour as validation reads it (RegionSettingsReader: SS1007).</summary>
    public static readonly FieldPattern ColorPattern = new("^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$", "Schrijf een kleur als #rrggbb (of kort #rgb), bijvoorbeeld #1d4f91.");

    /// <summary>A base URL as validation reads it (RegionSettingsReader: SS1007).</summary>
    public static readonly FieldPattern BaseUrlPattern = new("^https?://[^/?#\\s]+(/[^?#\\s]*)?/$", "Schrijf een volledig adres dat begint met https:// en eindigt met /, bijvoorbeeld https://example.org/regio/.");

    /// <summary>A slug as validation reads it (AssignUrls).</summary>
    public static readonly FieldPattern SlugPattern = new("^[a-z0-9_]+(-[a-z0-9_]+)*$", "Gebruik alleen kleine letters, cijfers en streepjes, bijvoorbeeld tlv-aanvragen.");

    /// <summary>A git repository as the cms settings read it (SS1020).</summary>
    public static readonly FieldPattern RepositoryPattern = new("^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+$", "Schrijf de repository als eigenaar/naam, bijvoorbeeld steunpunt/website.");

    /// <summary>An address of a git host or login service as the cms settings read it (SS1022).</summary>
    public static readonly FieldPattern HttpsUrlPattern = new("^https://[^\\s]+$", "Schrijf een volledig adres dat begint met https://.");

    // Empty is allowed by the three contact patterns: a scaffolded file says phone: "" until the
    // editor fills it in. The build checks more (ContactCheck: real Dutch numbers, allowed schemes);
    // these catch the plain typing errors in the form and in the JSON Schema already.

    /// <summary>A website: http(s) with a host that has a dot.</summary>
    public static readonly FieldPattern WebsitePattern = new("^(https?://[^\\s/]+\\.[^\\s]+)?$", "Schrijf een volledig adres dat begint met https://, bijvoorbeeld https://www.voorbeeld.nl/.");

    /// <summary>An email address: one @ and a domain with a dot.</summary>
    public static readonly FieldPattern EmailPattern = new("^([^@\\s]+@[^@\\s]+\\.[^@\\s]+)?$", "Schrijf een e-mailadres zoals info@voorbeeld.nl.");

    /// <summary>A phone number: digits, spaces and - ( ) . /, may start with +.</summary>
    public static readonly FieldPattern PhonePattern = new("^([+0-9][0-9 ()./-]*)?$", "Schrijf een telefoonnummer met cijfers, zoals 030-123 45 67 of +31 30 123 45 67.");

    /// <summary>Git hosts the production web editor can use (Decap CMS backends).</summary>
    public static readonly IReadOnlyList<string> CmsBackends = ["github", "gitlab", "gitea"];

    /// <summary>Audiences a page can be for.</summary>
    public static readonly IReadOnlyList<string> Audiences = ["ouders", "jongeren"];

    /// <summary>Front matter keys of pages, for every content type.</summary>
    public static readonly IReadOnlyList<FieldDefinition> PageFields =
    [
        F(Keys.Type, FieldKind.Text, "Content type; by default taken from the folder (organisaties/, vragen/, begrippen/, route/, nieuws/), else page.",
            "Soort inhoud", "Meestal leeg laten: de map bepaalt de soort.", allowed: ContentTypes.All.Select(t => t.Name()).ToArray(), fromDutchPage: true),
        F(Keys.Title, FieldKind.Text, "Title of the page; for an organisation its name, for a term the term, for a FAQ item the question.",
            "Titel", "Bij een organisatie de naam, bij een begrip het woord, bij een vraag de vraag zelf.", requiredFor: ContentTypes.All.ToArray()),
        F(Keys.Description, FieldKind.Text, "One sentence that says what the page is about; shown in lists, search results and search engines. For a term: the short definition; for an organisation: what it offers.",
            "Korte beschrijving", "Eén zin over de pagina; staat in overzichten en zoekresultaten. Bij een begrip: de korte uitleg; bij een organisatie: wat zij doet."),
        F(Keys.Audience, FieldKind.TextList, "Who the page is for: ouders, jongeren or both.",
            "Voor wie", "Ouders, jongeren of allebei.", allowed: Audiences.ToArray(), fromDutchPage: true),
        F(Keys.Topics, FieldKind.TextList, "Topics, used for related pages and topic overviews (e.g. passend onderwijs, jeugdhulp).",
            "Onderwerpen", "Bijvoorbeeld passend onderwijs, jeugdhulp. Pagina's met hetzelfde onderwerp worden aan elkaar gekoppeld."),
        F(Keys.Date, FieldKind.Date, "Date of publication, YYYY-MM-DD.",
            "Datum", "Datum van publicatie (verplicht bij nieuws).", requiredFor: [ContentType.News], pattern: DatePattern, fromDutchPage: true),
        F(Keys.Updated, FieldKind.Date, "Date of the last real change, YYYY-MM-DD.",
            "Bijgewerkt op", "Datum van de laatste echte inhoudelijke wijziging.", pattern: DatePattern),
        F(Keys.ReviewBy, FieldKind.Date, "Date after which the page must be checked again, YYYY-MM-DD; after it the page counts as stale.",
            "Opnieuw nakijken voor", "Na deze datum meldt de controle dat de pagina verouderd kan zijn.", pattern: DatePattern),
        F(Keys.Draft, FieldKind.Boolean, "true keeps the page out of the site (build with --drafts to see it).",
            "Concept", "Aan: de pagina komt nog niet op de site."),
        F(Keys.Aliases, FieldKind.TextList, "Old URLs of this page that must keep working, like /oud/adres/.",
            "Oude adressen", "Adressen waarop deze pagina vroeger stond, zoals /oud/adres/; die blijven werken."),
        F(Keys.Weight, FieldKind.Integer, "Ordering in lists: lower comes first.",
            "Volgorde", "Een lager getal staat eerder in overzichten.", fromDutchPage: true),
        F(Keys.Slug, FieldKind.Text, "The last part of the URL instead of the file name (a-z, 0-9 and -).",
            "Laatste deel van het adres", "Meestal leeg laten; anders alleen kleine letters, cijfers en streepjes.", pattern: SlugPattern, fromDutchPage: true),
        F(Keys.Phone, FieldKind.Phone, "Phone number, like 030-123 45 67, 0800-1234 or +31 30 123 45 67.", "Telefoonnummer", "Bijvoorbeeld 030-123 45 67.", [ContentType.Organisation], pattern: PhonePattern, fromDutchPage: true),
        F(Keys.Email, FieldKind.Email, "Email address, like info@voorbeeld.nl.", "E-mailadres", "Bijvoorbeeld info@organisatie.nl.", [ContentType.Organisation], pattern: EmailPattern, fromDutchPage: true),
        F(Keys.Website, FieldKind.Url, "Website, starting with https://, like https://www.voorbeeld.nl/.", "Website", "Het volledige adres, beginnend met https://.", [ContentType.Organisation], pattern: WebsitePattern, fromDutchPage: true),
        F(Keys.Address, FieldKind.Text, "Visiting address on one line.", "Bezoekadres", "Op één regel: straat, huisnummer, postcode en plaats.", [ContentType.Organisation], fromDutchPage: true),
        F(Keys.Municipalities, FieldKind.TextList, "Municipalities the organisation serves.",
            "Gemeenten", "De gemeenten waar de organisatie werkt.", [ContentType.Organisation], fromDutchPage: true),
        F(Keys.Abbreviation, FieldKind.Text, "Abbreviation of the term, like TLV.", "Afkorting", "Zoals TLV of OPP.", [ContentType.Term]),
        F(Keys.Synonyms, FieldKind.TextList, "Other words for the term; search finds the term by them.",
            "Andere woorden", "Woorden die mensen ook gebruiken; de zoekfunctie vindt het begrip ook daarmee.", [ContentType.Term]),
        F(Keys.Steps, FieldKind.StepList, "The steps of the route, in order.",
            "Stappen", "De stappen van de route, in volgorde. Bij elke stap kunt u een organisatie kiezen die helpt.", [ContentType.Route], [ContentType.Route]),
    ];

    /// <summary>
    /// Front matter keys of a translation (<c>x.en.md</c>): the keys of <see cref="PageFields"/>, where a key
    /// the translation takes from its Dutch page (<see cref="FieldDefinition.FromDutchPage"/>) is never required.
    /// </summary>
    public static readonly IReadOnlyList<FieldDefinition> TranslationFields =
        [.. PageFields.Select(f => f.FromDutchPage ? f with { RequiredFor = [] } : f)];

    /// <summary>Keys of one route step.</summary>
    public static readonly IReadOnlyList<FieldDefinition> StepFields =
    [
        F(Keys.Title, FieldKind.Text, "What to do in this step.", "Wat doet u in deze stap", "Kort en actief, zoals 'Praat met de mentor'.", requiredFor: ContentTypes.All.ToArray()),
        F(Keys.Description, FieldKind.Text, "Explanation of the step.", "Uitleg", "Wat gebeurt er in deze stap en wat levert het op?"),
        F(Keys.Organisation, FieldKind.Text, "File name (without .md) of the organisation page that helps in this step.",
            "Organisatie die helpt", "Kies een organisatie van uw regio of een landelijke organisatie."),
    ];

    /// <summary>Keys of the <c>cms:</c> block of region.yml: the git host the production web editor saves to.</summary>
    public static readonly IReadOnlyList<FieldDefinition> CmsFields =
    [
        F(Keys.Backend, FieldKind.Text, "The git host of the content repository: github, gitlab or gitea.",
            "Git-dienst", "Waar de inhoud staat: github, gitlab of gitea.", requiredFor: ContentTypes.All.ToArray(), allowed: [.. CmsBackends]),
        F(Keys.Repo, FieldKind.Text, "The repository as owner/name.", "Repository", "Als eigenaar/naam, bijvoorbeeld steunpunt/website.",
            requiredFor: ContentTypes.All.ToArray(), pattern: RepositoryPattern),
        F(Keys.Branch, FieldKind.Text, "The branch the site is built from (default main); edits become pull or merge requests to it.",
            "Branch", "De branch waarvan de site gebouwd wordt (standaard main). Wijzigingen worden voorstellen (pull/merge requests) naar deze branch."),
        F(Keys.BaseUrlCms, FieldKind.Text, "github: address of the OAuth login service (required); gitlab: address of a self-hosted GitLab (default https://gitlab.com); gitea: address of the Gitea server (required).",
            "Adres van de inlogdienst of server", "GitHub: de OAuth-inlogdienst (verplicht). GitLab: alleen bij een eigen GitLab-server. Gitea: het adres van de server (verplicht).", pattern: HttpsUrlPattern),
        F(Keys.AuthEndpoint, FieldKind.Text, "github and gitlab: path of the login on base_url (github default auth, gitlab default oauth/authorize).",
            "Inlogpad", "Alleen als de inlogdienst een ander pad gebruikt dan de standaard."),
        F(Keys.AppId, FieldKind.Text, "gitlab and gitea: the application id of the OAuth application (PKCE, no secret); required for both.",
            "Applicatie-id", "GitLab en Gitea: het id van de OAuth-applicatie die u bij de git-dienst aanmaakt."),
        F(Keys.ApiRoot, FieldKind.Text, "Address of the git host's API, only for a self-hosted GitHub Enterprise, GitLab or Gitea.",
            "API-adres", "Alleen voor een eigen server van GitHub Enterprise, GitLab of Gitea.", pattern: HttpsUrlPattern),
    ];

    /// <summary>Keys of region.yml.</summary>
    public static readonly IReadOnlyList<FieldDefinition> RegionFields =
    [
        F(Keys.Name, FieldKind.Text, "Name of the region's steunpunt, shown on every page.",
            "Naam van het steunpunt", "Staat bovenaan elke pagina.", requiredFor: ContentTypes.All.ToArray()),
        F(Keys.BaseUrl, FieldKind.Text, "Absolute address where the site is published, ending with / (may have a path: https://example.org/regio/).",
            "Adres van de site", "Het volledige adres waar de site komt te staan, eindigend met /.", requiredFor: ContentTypes.All.ToArray(), pattern: BaseUrlPattern),
        F(Keys.Theme, FieldKind.Text, "Theme folder under themes/ (default: default).", "Vormgeving", "De map onder themes/; meestal default."),
        F(Keys.Branding, FieldKind.Mapping, "Colours of the site.", "Kleuren", "De kleuren van de site.", children:
        [
            F(Keys.Color, FieldKind.Text, "Main colour as #rrggbb (header, buttons).", "Hoofdkleur", "Voor de kop en de knoppen, als #rrggbb.", pattern: ColorPattern),
            F(Keys.ColorText, FieldKind.Text, "Text colour on the main colour as #rrggbb; contrast must be at least 4.5:1.",
                "Tekstkleur op de hoofdkleur", "Als #rrggbb; moet goed leesbaar zijn op de hoofdkleur (contrast minstens 4,5:1).", pattern: ColorPattern),
        ]),
        F(Keys.Contact, FieldKind.Mapping, "How parents and young people reach the steunpunt.", "Contact", "Hoe ouders en jongeren het steunpunt bereiken.", children:
        [
            F(Keys.Phone, FieldKind.Phone, "Phone number, like 030-123 45 67, 0800-1234 or +31 30 123 45 67.", "Telefoonnummer", "Bijvoorbeeld 0900-123 45 67.", pattern: PhonePattern),
            F(Keys.Email, FieldKind.Email, "Email address, like steunpunt@voorbeeld.nl.", "E-mailadres", "Bijvoorbeeld steunpunt@regio.nl.", pattern: EmailPattern),
            F(Keys.Address, FieldKind.Text, "Visiting address on one line.", "Bezoekadres", "Op één regel."),
            F(Keys.Hours, FieldKind.Text, "Opening hours, in words.", "Openingstijden", "In woorden, zoals 'maandag tot en met vrijdag van 9.00 tot 17.00 uur'."),
        ]),
        F(Keys.Municipalities, FieldKind.TextList, "Municipalities of the region.", "Gemeenten", "Alle gemeenten van de regio."),
        F(Keys.TopTasks, FieldKind.TextList, "URLs of the pages shown as top tasks on the home page, like /ouders/tlv/.",
            "Toptaken", "Adressen van de pagina's die op de startpagina uitgelicht worden, zoals /ouders/tlv/."),
        F(Keys.Exclude, FieldKind.TextList, "Shared pages this region leaves out: paths relative to content/_shared, with .md.",
            "Landelijke pagina's weglaten", "Paden onder content/_shared met .md, zoals jongeren/stage.md."),
        F(Keys.Languages, FieldKind.TextList, "Languages the site offers besides Dutch, which is always the default and not listed: codes like en, ar, tr, pl, uk. The translation of x.md is x.<code>.md beside it, published at /<code>/...",
            "Talen naast Nederlands", "Codes zoals en (Engels), ar (Arabisch), tr (Turks), pl (Pools), uk (Oekraïens). Nederlands staat er altijd op en hoort niet in de lijst.",
            choices: [.. KnownLanguages.All.Where(l => !l.IsDutch).Select(l => new FieldChoice(l.Code, $"{l.DutchName} ({l.Code})"))]),
        F(Keys.Readability, FieldKind.Mapping, "Settings of the readability check (staticsite check).", "Leesbaarheid", "Instellingen van de leesbaarheidscontrole.", children:
        [
            F(Keys.MinScore, FieldKind.Integer, "Lowest Flesch-Douma score accepted before a warning (default 60, fairly easy text).",
                "Laagste leesbaarheidsscore", "Onder deze Flesch-Douma-score volgt een waarschuwing (standaard 60)."),
        ]),
        F(Keys.Cms, FieldKind.Mapping, "The web editor of the published site (admin/): the git host where edits are proposed as pull or merge requests. Without it the site has no admin/.",
            "Webeditor op de site", "Waar de webeditor van de gepubliceerde site wijzigingen voorstelt. Zonder deze instelling heeft de site geen admin/.", children: [.. CmsFields]),
    ];
}
