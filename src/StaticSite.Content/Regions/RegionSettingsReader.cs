using System.Collections.Immutable;
using System.Globalization;
using StaticSite.Content.Languages;
using StaticSite.Content.Model;
using StaticSite.Content.Sources;
using StaticSite.Content.Yaml;
using StaticSite.Pipeline.Diagnostics;

namespace StaticSite.Content.Regions;

/// <summary>Reads and checks a region's <c>region.yml</c>.</summary>
public static class RegionSettingsReader
{
    /// <summary>Default colours: dark blue with white text (contrast 8.6:1).</summary>
    public const string DefaultColor = "#1d4f91", DefaultColorText = "#ffffff";

    /// <summary>Minimum contrast of a colour pair (WCAG 2.1 AA, normal text).</summary>
    public const double MinimumContrast = 4.5;

    /// <summary>Parses region.yml of region <paramref name="id"/>; null when it has errors (all reported).</summary>
    public static RegionSettings? Read(string id, SourceText source, List<Diagnostic> diagnostics)
    {
        var before = diagnostics.Count;
        var (mapping, problem) = YamlDocumentReader.ReadMapping(source, source.Text, 1);
        if (problem is not null) { diagnostics.Add(problem); return null; }
        var values = new FieldReader(source, 1, diagnostics).Read(mapping!, ContentSchema.RegionFields, ContentType.Page, "in region.yml");
        if (!values.Has(Keys.Name) && !values.Has(Keys.BaseUrl) && mapping!.Children.Count == 0)
            diagnostics.Add(Diagnostic.Error(source.At(1, 1), DiagnosticCodes.MissingField, "region.yml is empty. Give at least 'name:' and 'baseUrl:'."));

        var baseUrl = ReadBaseUrl(values, diagnostics);
        var branding = ReadBranding(values, source, diagnostics);
        var contact = values.Mapping(Keys.Contact);
        var exclude = values.List(Keys.Exclude);
        foreach (var path in exclude.Where(p => !p.EndsWith(".md", StringComparison.Ordinal) || p.StartsWith('/') || p.Contains("..")))
            diagnostics.Add(Diagnostic.Error(values.LocationOf(Keys.Exclude), DiagnosticCodes.InvalidValue,
                $"exclude entry '{path}' must be a path relative to content/_shared ending in .md, like 'jongeren/stage.md'."));
        var cms = ReadCms(values, diagnostics);
        var languages = ReadLanguages(values, diagnostics);
        var theme = values.Text(Keys.Theme) ?? "default";
        if (!IsSafeName(theme))
            diagnostics.Add(Diagnostic.Error(values.LocationOf(Keys.Theme), DiagnosticCodes.PathOutsideOutput,
                $"theme '{theme}' must be the name of a folder under themes/ (a-z, 0-9, - and _)."));

        if (diagnostics.Count > before && diagnostics.Skip(before).Any(d => d.IsError)) return null;
        return new RegionSettings
        {
            Id = id,
            SettingsPath = source.DisplayPath,
            Name = values.Text(Keys.Name)!,
            NameAt = values.LocationOf(Keys.Name),
            BaseUrl = baseUrl!,
            BaseUrlAt = values.LocationOf(Keys.BaseUrl),
            Theme = theme,
            ThemeAt = values.LocationOf(Keys.Theme),
            Branding = branding,
            Contact = new ContactDetails(contact?.Text(Keys.Phone) ?? "", contact?.Text(Keys.Email) ?? "",
                contact?.Text(Keys.Address) ?? "", contact?.Text(Keys.Hours) ?? ""),
            Municipalities = [.. values.List(Keys.Municipalities)],
            TopTasks = [.. values.List(Keys.TopTasks)],
            TopTasksAt = values.LocationOf(Keys.TopTasks),
            Exclude = [.. exclude],
            ExcludeAt = values.LocationOf(Keys.Exclude),
            Languages = languages,
            LanguagesAt = values.LocationOf(Keys.Languages),
            MinReadability = values.Mapping(Keys.Readability)?.Integer(Keys.MinScore) ?? 60,
            Cms = cms,
            CmsAt = values.LocationOf(Keys.Cms),
        };
    }

    /// <summary>
    /// The codes of <c>languages:</c> that are known languages, in the order written. An unknown or
    /// misspelt code is an error at its line naming the code probably meant (SS1030); Dutch, which is
    /// always the default, and a code listed twice are warnings (SS1031) and left out.
    /// </summary>
    private static ImmutableArray<string> ReadLanguages(FieldValues values, List<Diagnostic> diagnostics)
    {
        var written = values.List(Keys.Languages);
        var locations = values.ListLocations(Keys.Languages);
        var codes = ImmutableArray.CreateBuilder<string>();
        for (var i = 0; i < written.Count; i++)
        {
            var code = written[i];
            var at = locations[i];
            if (KnownLanguages.Find(code) is null)
            {
                var meant = KnownLanguages.Suggest(code);
                diagnostics.Add(Diagnostic.Error(at, DiagnosticCodes.UnknownLanguage, meant is not null
                    ? $"languages: '{code}' is not a language code; did you mean '{meant}' ({KnownLanguages.Get(meant).EnglishName})? Write the code in lower case, without a country: en, ar, tr, pl, uk."
                    : $"languages: '{code}' is not a language code staticsite knows. Write a code like en (English), ar (Arabic), tr (Turkish), pl (Polish) or uk (Ukrainian); known codes: {string.Join(", ", KnownLanguages.All.Where(l => !l.IsDutch).Select(l => l.Code))}."));
                continue;
            }
            if (code == KnownLanguages.DutchCode)
                diagnostics.Add(Diagnostic.Warning(at, DiagnosticCodes.LanguageListedTwice,
                    "languages: 'nl' is not needed: Dutch is always the site's default language. Remove it from the list."));
            else if (codes.Contains(code))
                diagnostics.Add(Diagnostic.Warning(at, DiagnosticCodes.LanguageListedTwice,
                    $"languages: '{code}' is listed twice. Remove one."));
            else
                codes.Add(code);
        }
        return codes.ToImmutable();
    }

    /// <summary>True for a folder name that cannot climb out of its parent.</summary>
    public static bool IsSafeName(string name) =>
        name.Length > 0 && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_');

    /// <summary>What each backend needs (required) and does not use (ignored), as Decap CMS reads its backend settings.</summary>
    private static readonly Dictionary<string, (string[] Required, string[] Unused)> CmsRules = new(StringComparer.Ordinal)
    {
        ["github"] = ([Keys.BaseUrlCms], [Keys.AppId]),
        ["gitlab"] = ([Keys.AppId], []),
        ["gitea"] = ([Keys.AppId, Keys.BaseUrlCms], [Keys.AuthEndpoint]),
    };

    private static CmsSettings? ReadCms(FieldValues values, List<Diagnostic> diagnostics)
    {
        if (values.Mapping(Keys.Cms) is not { } cms || cms.Text(Keys.Backend) is not { } backend || cms.Text(Keys.Repo) is not { } repo) return null;
        var ok = true;
        if (!System.Text.RegularExpressions.Regex.IsMatch(repo, ContentSchema.RepositoryPattern.Regex))
        {
            ok = false;
            diagnostics.Add(Diagnostic.Error(cms.LocationOf(Keys.Repo), DiagnosticCodes.CmsRepository,
                $"cms repo '{repo}' must be written as owner/name, like 'steunpunt/website' (the part of the repository's address after the host)."));
        }
        foreach (var key in new[] { Keys.BaseUrlCms, Keys.ApiRoot })
            if (cms.Text(key) is { } url && !(Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme == "https" && System.Text.RegularExpressions.Regex.IsMatch(url, ContentSchema.HttpsUrlPattern.Regex)))
            {
                ok = false;
                diagnostics.Add(Diagnostic.Error(cms.LocationOf(key), DiagnosticCodes.CmsAddress,
                    $"cms {key} '{url}' must be an absolute https:// address, like 'https://login.example.org'."));
            }
        var (required, unused) = CmsRules[backend];
        foreach (var key in required.Where(k => cms.Text(k) is null))
        {
            ok = false;
            diagnostics.Add(Diagnostic.Error(cms.At, DiagnosticCodes.CmsSettingMissing, key == Keys.AppId
                ? $"the {backend} backend needs 'app_id:' in cms, the id of the OAuth application you create on {backend} (without a secret, for PKCE login). See the README, 'The web editor on the published site'."
                : backend == "github"
                    ? "the github backend needs 'base_url:' in cms, the address of the OAuth login service that lets editors log in with GitHub. See the README, 'The web editor on the published site'."
                    : $"the {backend} backend needs 'base_url:' in cms, the address of your {backend} server, like 'https://git.example.org'."));
        }
        foreach (var key in unused.Where(k => cms.Text(k) is not null))
            diagnostics.Add(Diagnostic.Warning(cms.LocationOf(key), DiagnosticCodes.CmsSettingUnused,
                $"cms {key} is not used by the {backend} backend; remove it."));
        return ok ? new CmsSettings(backend, repo, cms.Text(Keys.Branch) ?? "main", cms.Text(Keys.BaseUrlCms) ?? "",
            cms.Text(Keys.AuthEndpoint) ?? "", cms.Text(Keys.AppId) ?? "", cms.Text(Keys.ApiRoot) ?? "") : null;
    }

    private static Uri? ReadBaseUrl(FieldValues values, List<Diagnostic> diagnostics)
    {
        if (values.Text(Keys.BaseUrl) is not { } text) return null;
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
            && text.EndsWith('/') && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment))
            return uri;
        diagnostics.Add(Diagnostic.Error(values.LocationOf(Keys.BaseUrl), DiagnosticCodes.InvalidValue,
            $"baseUrl '{text}' must be an absolute http(s) address ending with '/', like 'https://example.org/' or 'https://example.org/regio/'."));
        return null;
    }

    private static Branding ReadBranding(FieldValues values, SourceText source, List<Diagnostic> diagnostics)
    {
        var b = values.Mapping(Keys.Branding);
        var color = b?.Text(Keys.Color) ?? DefaultColor;
        var text = b?.Text(Keys.ColorText) ?? DefaultColorText;
        var ok = true;
        foreach (var (key, value) in new[] { (Keys.Color, color), (Keys.ColorText, text) })
            if (!ColorContrast.IsHexColor(value))
            {
                ok = false;
                diagnostics.Add(Diagnostic.Error(b?.LocationOf(key) ?? source.At(1, 1), DiagnosticCodes.InvalidValue,
                    $"branding {key} '{value}' must be a colour written as #rrggbb, like #1d4f91."));
            }
        var at = b?.LocationOf(Keys.ColorText) ?? source.At(1, 1);
        if (ok && ColorContrast.Ratio(color, text) is var ratio && ratio < MinimumContrast)
            diagnostics.Add(Diagnostic.Error(at, DiagnosticCodes.LowContrast,
                $"branding colours {color} and {text} have a contrast of {ratio.ToString("0.00", CultureInfo.InvariantCulture)}:1; text must have at least {MinimumContrast.ToString(CultureInfo.InvariantCulture)}:1 to be readable (WCAG 2.1 AA). Make one colour darker or lighter."));
        return new Branding(color, text, at);
    }
}
