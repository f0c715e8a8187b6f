using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using StaticSite.Content.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StaticSite.Content.Schema;

/// <summary>What the web editor of one region edits: its folders, and where it saves.</summary>
/// <param name="ContentFolder">The content folder as a path relative to the project root (<c>content</c>).</param>
/// <param name="RegionId">The region.</param>
/// <param name="SiteUrl">The address of the region's site (the preview or the published site), for Decap's "view site" link.</param>
/// <param name="RegionSections">Folders of the region with ordinary pages (<c>ouders</c>), sorted.</param>
/// <param name="SharedSections">Folders of <c>_shared</c> with ordinary pages, sorted.</param>
/// <param name="Backend">Where edits go: the local server's proxy protocol, or the git host of <c>cms:</c>.</param>
/// <param name="Languages">The languages the region offers besides Dutch (<c>languages:</c>): with the local editor its pages are
/// edited with their translations side by side (Decap's i18n). Empty or null: Dutch only.</param>
public sealed record EditorSite(string ContentFolder, string RegionId, string SiteUrl,
    IReadOnlyList<string> RegionSections, IReadOnlyList<string> SharedSections, EditorBackend Backend, IReadOnlyList<string>? Languages = null)
{
    /// <summary>
    /// True when pages are edited with their translations (Decap's i18n, <c>multiple_files</c>): a region with
    /// languages, in the local editor, whose server names the Dutch page <c>x.md</c> as Decap's <c>x.nl.md</c>.
    /// The published editor talks to the git host itself, which cannot do that, so there each translation is an entry of its own.
    /// </summary>
    public bool EditsTranslations => Languages is { Count: > 0 } && Backend is LocalEditorBackend;
}

/// <summary>Where the web editor saves.</summary>
public abstract record EditorBackend;

/// <summary><c>staticsite serve</c>: Decap's proxy backend, answered by the preview server at <paramref name="ProxyUrl"/>.</summary>
public sealed record LocalEditorBackend(string ProxyUrl) : EditorBackend;

/// <summary>The published site: the git host of the region's <c>cms:</c> block, with the editorial workflow.</summary>
public sealed record GitEditorBackend(CmsSettings Settings) : EditorBackend;

/// <summary>
/// Generates the web editor's <c>config.yml</c> (Decap CMS) from <see cref="ContentSchema"/>: a
/// collection per content type of the region, per section of ordinary pages, per national folder
/// (labelled as shared by every region) and a settings form for <c>region.yml</c>; every key a field
/// with its Dutch label and hint, required flag, pattern, list or select. The same code makes the
/// local editor of <c>staticsite serve</c> and the <c>admin/</c> of a published site. For a region with
/// languages the local editor's page collections are Decap i18n collections (<c>structure: multiple_files</c>,
/// Dutch the default locale): a translated key (<c>title</c>, the text, ...) is edited per language, a fact the
/// translation takes from its Dutch page (<see cref="FieldDefinition.FromDutchPage"/>) only on the Dutch side.
/// </summary>
public static class DecapConfigGenerator
{
    /// <summary>Collection name of the region.yml settings form.</summary>
    public const string SettingsCollection = "instellingen";

    /// <summary>Collection name of the region's pages outside any section.</summary>
    public const string RegionPagesCollection = "paginas";

    /// <summary>Prefix of the collection names of national folders.</summary>
    public const string SharedPrefix = "landelijk_";

    /// <summary>Prefix of the collection names of the region's sections.</summary>
    public const string SectionPrefix = "sectie_";

    /// <summary>The hidden collection the route steps choose an organisation from: the region's and the national ones.</summary>
    public const string OrganisationChoices = "organisatiekeuze";

    /// <summary>
    /// The folder name of <see cref="OrganisationChoices"/> inside a region's folder. It is not a real
    /// folder ('@' is not allowed in content file names): the preview server answers it with every
    /// organisation the region's site has, regional and national, under their real paths, because a
    /// Decap relation reads one collection and a region's organisations live in two folders.
    /// </summary>
    public const string OrganisationChoicesFolder = "@organisaties";

    /// <summary>The locale of the Dutch page in Decap's i18n: the default, whose file the local server names <c>x.md</c>.</summary>
    public const string DutchLocale = "nl";

    /// <summary>The region's folder for uploaded images and documents.</summary>
    public const string MediaFolder = "afbeeldingen";

    /// <summary>Label prefix of national collections.</summary>
    public const string SharedLabel = "Landelijk";

    /// <summary>The warning every national collection carries.</summary>
    public const string SharedWarning = "Let op: landelijke pagina's staan op de site van elke regio. Een wijziging hier verandert de site van alle regio's.";

    private static readonly (ContentType Type, string Label, string Singular)[] TypeCollections =
    [
        (ContentType.Organisation, "Organisaties", "Organisatie"),
        (ContentType.Faq, "Veelgestelde vragen", "Vraag"),
        (ContentType.Term, "Begrippen", "Begrip"),
        (ContentType.Route, "Routes", "Route"),
        (ContentType.News, "Nieuws", "Nieuwsbericht"),
    ];

    /// <summary>The collection name of a content type's folder (<c>organisaties</c>).</summary>
    public static string CollectionOf(ContentType type) => type.Folder() ?? RegionPagesCollection;

    /// <summary>The configuration as a JSON tree (the form the tests and the YAML writer read).</summary>
    public static JsonObject Build(EditorSite site)
    {
        var regionFolder = $"{site.ContentFolder}/{site.RegionId}";
        var sharedFolder = $"{site.ContentFolder}/_shared";
        var config = new JsonObject();
        config["backend"] = Backend(site.Backend);
        // Edits become pull or merge requests to review. Decap's Gitea backend refuses the workflow
        // (it throws at start-up), so there the editor commits to the branch.
        if (site.Backend is GitEditorBackend { Settings.Backend: not "gitea" }) config["publish_mode"] = "editorial_workflow";
        config["locale"] = "nl";
        config["site_url"] = site.SiteUrl;
        config["display_url"] = site.SiteUrl;
        config["media_folder"] = $"{regionFolder}/{MediaFolder}";
        config["public_folder"] = $"/{MediaFolder}";
        config["slug"] = new JsonObject { ["encoding"] = "ascii", ["clean_accents"] = true, ["sanitize_replacement"] = "-" };
        if (site.EditsTranslations)
            config["i18n"] = new JsonObject
            {
                ["structure"] = "multiple_files",
                ["locales"] = new JsonArray([.. site.Languages!.Prepend(DutchLocale).Select(l => (JsonNode)l)]),
                ["default_locale"] = DutchLocale,
            };

        var i18n = site.EditsTranslations;
        var collections = new JsonArray();
        foreach (var (type, label, singular) in TypeCollections)
            collections.Add((JsonNode)Folder(CollectionOf(type), label, singular, $"{regionFolder}/{type.Folder()}", type, shared: false, i18n));
        collections.Add((JsonNode)Folder(RegionPagesCollection, "Pagina's", "Pagina", regionFolder, ContentType.Page, shared: false, i18n));
        foreach (var section in site.RegionSections)
            collections.Add((JsonNode)Folder(SectionPrefix + Name(section), $"Pagina's: {section}", "Pagina", $"{regionFolder}/{section}", ContentType.Page, shared: false, i18n));
        collections.Add((JsonNode)Settings(regionFolder));
        collections.Add((JsonNode)Folder(SharedPrefix + RegionPagesCollection, $"{SharedLabel}: pagina's", "Landelijke pagina", sharedFolder, ContentType.Page, shared: true, i18n));
        foreach (var section in site.SharedSections)
            collections.Add((JsonNode)Folder(SharedPrefix + SectionPrefix + Name(section), $"{SharedLabel}: {section}", "Landelijke pagina", $"{sharedFolder}/{section}", ContentType.Page, shared: true, i18n));
        foreach (var (type, label, singular) in TypeCollections)
            collections.Add((JsonNode)Folder(SharedPrefix + CollectionOf(type), $"{SharedLabel}: {label.ToLowerInvariant()}", $"Landelijke {singular.ToLowerInvariant()}",
                $"{sharedFolder}/{type.Folder()}", type, shared: true, i18n));
        collections.Add((JsonNode)new JsonObject
        {
            ["name"] = OrganisationChoices, ["label"] = "Organisaties om uit te kiezen", ["folder"] = $"{regionFolder}/{OrganisationChoicesFolder}",
            ["extension"] = "md", ["format"] = "frontmatter", ["hide"] = true, ["create"] = false, ["delete"] = false,
            ["fields"] = new JsonArray(new JsonObject { ["name"] = Keys.Title, ["label"] = "Naam", ["widget"] = "string" }),
        });
        config["collections"] = collections;
        return config;
    }

    /// <summary>The configuration as <c>config.yml</c> text.</summary>
    public static string Yaml(EditorSite site)
    {
        var stream = new YamlStream(new YamlDocument(ToYaml(Build(site))));
        var writer = new StringWriter { NewLine = "\n" };
        writer.Write("# Generated by staticsite from the content model (ContentSchema); do not edit.\n");
        stream.Save(writer, assignAnchors: false);
        var text = writer.ToString();
        // YamlStream ends a document with "...": not wrong, but nobody writes config.yml like that.
        return text.EndsWith("...\n", StringComparison.Ordinal) ? text[..^4] : text;
    }

    private static JsonObject Backend(EditorBackend backend) => backend switch
    {
        LocalEditorBackend local => new JsonObject { ["name"] = "proxy", ["proxy_url"] = local.ProxyUrl, ["branch"] = "main" },
        GitEditorBackend { Settings: var s } => GitBackend(s),
        _ => throw new ArgumentOutOfRangeException(nameof(backend)),
    };

    private static JsonObject GitBackend(CmsSettings s)
    {
        var o = new JsonObject { ["name"] = s.Backend, ["repo"] = s.Repo, ["branch"] = s.Branch };
        // GitLab and Gitea log in from the browser with PKCE and an application id; GitHub needs an OAuth service.
        if (s.Backend is "gitlab" or "gitea") o["auth_type"] = "pkce";
        if (s.AppId.Length > 0) o["app_id"] = s.AppId;
        if (s.BaseUrl.Length > 0) o["base_url"] = s.BaseUrl;
        if (s.AuthEndpoint.Length > 0) o["auth_endpoint"] = s.AuthEndpoint;
        if (s.ApiRoot.Length > 0) o["api_root"] = s.ApiRoot;
        else if (s.Backend == "gitea" && s.BaseUrl.Length > 0) o["api_root"] = s.BaseUrl.TrimEnd('/') + "/api/v1";
        return o;
    }

    private static JsonObject Folder(string name, string label, string singular, string folder, ContentType type, bool shared, bool i18n)
    {
        var fields = new JsonArray();
        foreach (var f in ContentSchema.PageFields.Where(f => f.AppliesToType(type)))
        {
            var field = Field(f, type, shared);
            // A fact the translation takes from its Dutch page is not in its file: Decap shows it on the Dutch side only.
            if (i18n) MarkI18n(field, translated: !f.FromDutchPage);
            fields.Add((JsonNode)field);
        }
        var body = new JsonObject
        {
            ["name"] = "body", ["label"] = TextLabel(type), ["widget"] = "markdown", ["required"] = false,
            ["hint"] = "Koppen met ## (niveau 2). Links naar andere pagina's met hun adres, zoals /ouders/tlv/. Een afbeelding krijgt altijd een korte beschrijving.",
        };
        if (i18n) body["i18n"] = true;
        fields.Add((JsonNode)body);
        var o = new JsonObject
        {
            ["name"] = name,
            ["label"] = label,
            ["label_singular"] = singular,
            ["folder"] = folder,
            ["extension"] = "md",
            ["format"] = "frontmatter",
            ["create"] = true,
            ["delete"] = true,
            ["slug"] = type == ContentType.News ? "{{year}}-{{month}}-{{slug}}" : "{{slug}}",
            ["summary"] = "{{title}}",
            ["sortable_fields"] = new JsonArray("title", Keys.Weight),
        };
        if (i18n) o["i18n"] = true;
        if (shared)
        {
            o["description"] = SharedWarning;
            // Images of national pages must exist in every region's site: they go to _shared, not to one region.
            o["media_folder"] = $"/{folder.Split('/')[0]}/_shared/{MediaFolder}";
            o["public_folder"] = $"/{MediaFolder}";
        }
        o["fields"] = fields;
        return o;
    }

    // Decap hides a nested field without i18n in the other languages: the fields of a translated list are translated too.
    private static void MarkI18n(JsonObject field, bool translated)
    {
        field["i18n"] = translated;
        if (field["fields"] is JsonArray children)
            foreach (var child in children.OfType<JsonObject>()) MarkI18n(child, translated);
        if (field["field"] is JsonObject item) MarkI18n(item, translated);
    }

    private static string TextLabel(ContentType type) => type switch
    {
        ContentType.Faq => "Antwoord",
        ContentType.Term => "Uitleg",
        _ => "Tekst",
    };

    private static JsonObject Settings(string regionFolder)
    {
        var fields = new JsonArray();
        foreach (var f in ContentSchema.RegionFields) fields.Add((JsonNode)Field(f, ContentType.Page, shared: false));
        return new JsonObject
        {
            ["name"] = SettingsCollection,
            ["label"] = "Instellingen van de regio",
            ["delete"] = false,
            ["files"] = new JsonArray(new JsonObject
            {
                ["name"] = "region",
                ["label"] = "Regio-instellingen (region.yml)",
                ["file"] = $"{regionFolder}/region.yml",
                ["format"] = "yml",
                ["fields"] = fields,
            }),
        };
    }

    private static JsonObject Field(FieldDefinition f, ContentType type, bool shared)
    {
        var o = new JsonObject { ["name"] = f.Key, ["label"] = f.Label };
        var required = f.RequiredFor.Contains(type);
        o["required"] = required;
        if (f.Hint.Length > 0) o["hint"] = f.Hint;
        switch (f.Kind)
        {
            case FieldKind.Text when f.AllowedValues.Count > 0:
                o["widget"] = "select";
                o["options"] = new JsonArray([.. f.AllowedValues.Select(v => (JsonNode)v)]);
                break;
            case FieldKind.Text when f.Key == Keys.Description:
                o["widget"] = "text";
                break;
            case FieldKind.Text or FieldKind.Url or FieldKind.Email or FieldKind.Phone:
                o["widget"] = "string";
                break;
            case FieldKind.TextList when f.AllowedValues.Count > 0:
                o["widget"] = "select";
                o["multiple"] = true;
                o["options"] = new JsonArray([.. f.AllowedValues.Select(v => (JsonNode)v)]);
                break;
            case FieldKind.TextList when f.Choices.Count > 0:
                o["widget"] = "select";
                o["multiple"] = true;
                o["options"] = new JsonArray([.. f.Choices.Select(c => (JsonNode)new JsonObject { ["label"] = c.Label, ["value"] = c.Value })]);
                break;
            case FieldKind.TextList:
                o["widget"] = "list";
                o["field"] = new JsonObject { ["name"] = "item", ["label"] = f.Label, ["widget"] = "string" };
                break;
            case FieldKind.Date:
                o["widget"] = "datetime";
                o["format"] = "YYYY-MM-DD";
                o["date_format"] = "DD-MM-YYYY";
                o["time_format"] = false;
                o["picker_utc"] = true;
                break;
            case FieldKind.Boolean:
                o["widget"] = "boolean";
                break;
            case FieldKind.Integer:
                o["widget"] = "number";
                o["value_type"] = "int";
                break;
            case FieldKind.StepList:
                o["widget"] = "list";
                o["label_singular"] = "stap";
                o["summary"] = "{{fields.title}}";
                o["fields"] = new JsonArray([.. ContentSchema.StepFields.Select(s => (JsonNode)Step(s, shared))]);
                break;
            case FieldKind.Mapping:
                o["widget"] = "object";
                o["collapsed"] = false;
                o["fields"] = new JsonArray([.. f.Children.Select(c => (JsonNode)Field(c, type, shared))]);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(f), f.Kind, "unknown field kind");
        }
        if (f.Pattern is { } pattern) o["pattern"] = new JsonArray(pattern.Regex, pattern.Message);
        return o;
    }

    private static JsonObject Step(FieldDefinition f, bool shared)
    {
        var o = Field(f, ContentType.Route, shared);
        if (f.Key == Keys.Description) o["widget"] = "text";
        if (f.Key != Keys.Organisation) return o;
        // The build expects the organisation's file name without .md; Decap adds {{filename}} to every hit.
        o["widget"] = "relation";
        o["collection"] = OrganisationChoices;
        o["value_field"] = "{{filename}}";
        o["search_fields"] = new JsonArray(Keys.Title);
        o["display_fields"] = new JsonArray(Keys.Title);
        o["options_length"] = 200;
        if (shared)
            o["hint"] = f.Hint + " Let op: een landelijke route kan alleen organisaties noemen die elke regio heeft (landelijke organisaties).";
        return o;
    }

    private static string Name(string folder) => Regex.Replace(folder, "[^a-z0-9]+", "_");

    private static YamlNode ToYaml(JsonNode? node) => node switch
    {
        JsonObject o => new YamlMappingNode(o.Select(p => new KeyValuePair<YamlNode, YamlNode>(new YamlScalarNode(p.Key), ToYaml(p.Value)))),
        JsonArray a => new YamlSequenceNode(a.Select(ToYaml)),
        JsonValue v when v.TryGetValue<bool>(out var b) => new YamlScalarNode(b ? "true" : "false"),
        JsonValue v when v.TryGetValue<int>(out var i) => new YamlScalarNode(i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        JsonValue v => Text(v.GetValue<string>()),
        null => new YamlScalarNode("null"),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    // Plain when nothing could misread it; double-quoted (with YAML's escapes) otherwise.
    private static YamlScalarNode Text(string s) =>
        Regex.IsMatch(s, "^[A-Za-z_][A-Za-z0-9_./-]*$") && s is not ("true" or "false" or "yes" or "no" or "on" or "off" or "null" or "y" or "n")
            ? new YamlScalarNode(s)
            : new YamlScalarNode(s) { Style = ScalarStyle.DoubleQuoted };
}
