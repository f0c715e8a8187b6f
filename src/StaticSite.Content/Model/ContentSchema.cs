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
}

/// <summary>
/// The content model in one place: every front matter key of every content type, every key of
/// <c>region.yml</c>, and every key of a route step. Validation, the JSON Schemas and the
/// editor's guide all come from these tables.
/// </summary>
public static class ContentSchema
{
    private static readonly ContentType[] None = [];

    private static FieldDefinition F(string key, FieldKind kind, string description, ContentType[]? appliesTo = null,
        ContentType[]? requiredFor = null, string[]? allowed = null, FieldDefinition[]? children = null) =>
        new(key, kind, description, appliesTo ?? None, requiredFor ?? None, allowed ?? [], children ?? []);

    /// <summary>Audiences a page can be for.</summary>
    public static readonly IReadOnlyList<string> Audiences = ["ouders", "jongeren"];

    /// <summary>Front matter keys of pages, for every content type.</summary>
    public static readonly IReadOnlyList<FieldDefinition> PageFields =
    [
        F(Keys.Type, FieldKind.Text, "Content type; by default taken from the folder (organisaties/, vragen/, begrippen/, route/, nieuws/), else page.",
            allowed: ContentTypes.All.Select(t => t.Name()).ToArray()),
        F(Keys.Title, FieldKind.Text, "Title of the page; for an organisation its name, for a term the term, for a FAQ item the question.",
            requiredFor: ContentTypes.All.ToArray()),
        F(Keys.Description, FieldKind.Text, "One sentence that says what the page is about; shown in lists, search results and search engines. For a term: the short definition; for an organisation: what it offers."),
        F(Keys.Audience, FieldKind.TextList, "Who the page is for: ouders, jongeren or both.", allowed: Audiences.ToArray()),
        F(Keys.Topics, FieldKind.TextList, "Topics, used for related pages and topic overviews (e.g. passend onderwijs, jeugdhulp)."),
        F(Keys.Date, FieldKind.Date, "Date of publication, YYYY-MM-DD.", requiredFor: [ContentType.News]),
        F(Keys.Updated, FieldKind.Date, "Date of the last real change, YYYY-MM-DD."),
        F(Keys.ReviewBy, FieldKind.Date, "Date after which the page must be checked again, YYYY-MM-DD; after it the page counts as stale."),
        F(Keys.Draft, FieldKind.Boolean, "true keeps the page out of the site (build with --drafts to see it)."),
        F(Keys.Aliases, FieldKind.TextList, "Old URLs of this page that must keep working, like /oud/adres/."),
        F(Keys.Weight, FieldKind.Integer, "Ordering in lists: lower comes first."),
        F(Keys.Slug, FieldKind.Text, "The last part of the URL instead of the file name (a-z, 0-9 and -)."),
        F(Keys.Phone, FieldKind.Phone, "Phone number, like 030-123 45 67, 0800-1234 or +31 30 123 45 67.", [ContentType.Organisation]),
        F(Keys.Email, FieldKind.Email, "Email address, like info@voorbeeld.nl.", [ContentType.Organisation]),
        F(Keys.Website, FieldKind.Url, "Website, starting with https://, like https://www.voorbeeld.nl/.", [ContentType.Organisation]),
        F(Keys.Address, FieldKind.Text, "Visiting address on one line.", [ContentType.Organisation]),
        F(Keys.Municipalities, FieldKind.TextList, "Municipalities the organisation serves.", [ContentType.Organisation]),
        F(Keys.Abbreviation, FieldKind.Text, "Abbreviation of the term, like TLV.", [ContentType.Term]),
        F(Keys.Synonyms, FieldKind.TextList, "Other words for the term; search finds the term by them.", [ContentType.Term]),
        F(Keys.Steps, FieldKind.StepList, "The steps of the route, in order.", [ContentType.Route], [ContentType.Route]),
    ];

    /// <summary>Keys of one route step.</summary>
    public static readonly IReadOnlyList<FieldDefinition> StepFields =
    [
        F(Keys.Title, FieldKind.Text, "What to do in this step.", requiredFor: ContentTypes.All.ToArray()),
        F(Keys.Description, FieldKind.Text, "Explanation of the step."),
        F(Keys.Organisation, FieldKind.Text, "File name (without .md) of the organisation page that helps in this step."),
    ];

    /// <summary>Keys of region.yml.</summary>
    public static readonly IReadOnlyList<FieldDefinition> RegionFields =
    [
        F(Keys.Name, FieldKind.Text, "Name of the region's steunpunt, shown on every page.", requiredFor: ContentTypes.All.ToArray()),
        F(Keys.BaseUrl, FieldKind.Text, "Absolute address where the site is published, ending with / (may have a path: https://example.org/regio/).", requiredFor: ContentTypes.All.ToArray()),
        F(Keys.Theme, FieldKind.Text, "Theme folder under themes/ (default: default)."),
        F(Keys.Branding, FieldKind.Mapping, "Colours of the site.", children:
        [
            F(Keys.Color, FieldKind.Text, "Main colour as #rrggbb (header, buttons)."),
            F(Keys.ColorText, FieldKind.Text, "Text colour on the main colour as #rrggbb; contrast must be at least 4.5:1."),
        ]),
        F(Keys.Contact, FieldKind.Mapping, "How parents and young people reach the steunpunt.", children:
        [
            F(Keys.Phone, FieldKind.Phone, "Phone number, like 030-123 45 67, 0800-1234 or +31 30 123 45 67."),
            F(Keys.Email, FieldKind.Email, "Email address, like steunpunt@voorbeeld.nl."),
            F(Keys.Address, FieldKind.Text, "Visiting address on one line."),
            F(Keys.Hours, FieldKind.Text, "Opening hours, in words."),
        ]),
        F(Keys.Municipalities, FieldKind.TextList, "Municipalities of the region."),
        F(Keys.TopTasks, FieldKind.TextList, "URLs of the pages shown as top tasks on the home page, like /ouders/tlv/."),
        F(Keys.Exclude, FieldKind.TextList, "Shared pages this region leaves out: paths relative to content/_shared, with .md."),
        F(Keys.Readability, FieldKind.Mapping, "Settings of the readability check (staticsite check).", children:
        [
            F(Keys.MinScore, FieldKind.Integer, "Lowest Flesch-Douma score accepted before a warning (default 60, fairly easy text)."),
        ]),
    ];
}
