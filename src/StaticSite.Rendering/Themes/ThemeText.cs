using System.Collections.Frozen;
using StaticSite.Content.Languages;
using StaticSite.Content.Regions;
using StaticSite.Content.Sources;
using StaticSite.Content.Yaml;
using StaticSite.Pipeline.Diagnostics;
using StaticSite.Rendering.Templates;
using YamlDotNet.RepresentationModel;

namespace StaticSite.Rendering.Themes;

/// <summary>
/// The interface text of a theme (buttons, headings, labels: everything a page shows that is not
/// content) in each language of a region's site, from the theme's <c>i18n/&lt;code&gt;.yml</c> files.
/// A file maps keys to texts; keys may be grouped (<c>search:</c> with <c>title:</c> under it is the
/// key <c>search.title</c>). Along the theme chain the files are merged key by key: a child theme's
/// <c>i18n/en.yml</c> needs only the keys it changes. Dutch is the reference: every key of the Dutch
/// texts should be in every language the region offers; a missing key is a warning naming the file
/// and the key (SS3007) and the Dutch text is used, so no page shows a key instead of text.
/// </summary>
public sealed class ThemeText
{
    /// <summary>The folder of the text files in a theme.</summary>
    public const string Folder = "i18n";

    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _texts;

    private ThemeText(FrozenDictionary<string, FrozenDictionary<string, string>> texts) => _texts = texts;

    /// <summary>Texts of no theme: every lookup fails (for tools that render without a theme's texts).</summary>
    public static ThemeText None { get; } = new(FrozenDictionary<string, FrozenDictionary<string, string>>.Empty);

    /// <summary>
    /// The texts of <paramref name="theme"/> for Dutch and <paramref name="languages"/>; problems (unreadable or
    /// malformed files, missing and unknown keys) are added to <paramref name="diagnostics"/>.
    /// </summary>
    public static ThemeText Load(Theme theme, IEnumerable<string> languages, ICollection<Diagnostic> diagnostics)
    {
        var codes = languages.Prepend(KnownLanguages.DutchCode).Distinct(StringComparer.Ordinal).ToList();
        var texts = new Dictionary<string, FrozenDictionary<string, string>>(StringComparer.Ordinal);
        var written = new Dictionary<string, Dictionary<string, (string Text, SourceLocation At)>>(StringComparer.Ordinal);
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            var merged = written[code] = new(StringComparer.Ordinal);
            // Parents first, so the nearest theme's keys win.
            foreach (var folder in theme.Folders.Reverse())
            {
                var path = Path.Combine(folder, Folder, code + ".yml");
                if (!ContentTree.EntryExists(path)) continue;
                files[code] = path;
                foreach (var (key, value) in Read(theme.Files, path, diagnostics)) merged[key] = value;
            }
            texts[code] = merged.ToFrozenDictionary(p => p.Key, p => p.Value.Text, StringComparer.Ordinal);
        }
        var dutch = texts[KnownLanguages.DutchCode];
        // A group with the keys "one" and "other" (routes.steps.one, routes.steps.other) holds plural forms: each
        // language needs the forms its own plural rules use (Polish: one, few, many, other).
        var plurals = dutch.Keys.Where(k => k.EndsWith(".other", StringComparison.Ordinal)).Select(k => k[..^".other".Length])
            .Where(group => dutch.ContainsKey(group + ".one")).ToHashSet(StringComparer.Ordinal);
        bool IsPluralForm(string key) => key.LastIndexOf('.') is var dot and > 0 && plurals.Contains(key[..dot]);
        IEnumerable<string> Required(string code) =>
            dutch.Keys.Where(k => !IsPluralForm(k)).Concat(plurals.SelectMany(p => PluralRules.Categories(code).Select(c => p + "." + c)));
        foreach (var code in codes.Where(c => c != KnownLanguages.DutchCode))
            foreach (var (key, (_, at)) in written[code].Where(k => !dutch.ContainsKey(k.Key) && !IsPluralForm(k.Key)).OrderBy(k => k.Key, StringComparer.Ordinal))
                diagnostics.Add(Diagnostic.Warning(at, DiagnosticCodes.MissingInterfaceText,
                    $"'{key}' is not a key of the Dutch interface text ({Folder}/{KnownLanguages.DutchCode}.yml), so no page uses it.{(DidYouMean.Suggest(key, dutch.Keys) is { } meant ? $" Did you mean '{meant}'?" : "")}"));
        foreach (var code in codes.Where(c => c != KnownLanguages.DutchCode))
        {
            var language = KnownLanguages.Get(code);
            if (!files.TryGetValue(code, out var file))
            {
                diagnostics.Add(Diagnostic.Warning(SourceLocation.Folder(ContentTree.DisplayPath(theme.Folders[0])), DiagnosticCodes.MissingInterfaceText,
                    $"the theme has no interface text in {language.EnglishName}: add {Folder}/{code}.yml with the keys of {Folder}/{KnownLanguages.DutchCode}.yml translated. Until then {language.EnglishName} pages show the Dutch texts."));
                continue;
            }
            var display = ContentTree.DisplayPath(file);
            foreach (var key in Required(code).Where(k => !texts[code].ContainsKey(k)).Order(StringComparer.Ordinal))
                diagnostics.Add(Diagnostic.Warning(SourceLocation.File(display), DiagnosticCodes.MissingInterfaceText, dutch.TryGetValue(key, out var shown)
                    ? $"the {language.EnglishName} interface text has no '{key}', so its pages show the Dutch text '{Shorten(shown)}'. Add '{key}' translated to {Folder}/{code}.yml (in this theme or a parent)."
                    : $"the {language.EnglishName} interface text has no '{key}', the plural form {language.EnglishName} uses for some numbers ({string.Join(", ", PluralRules.Categories(code))}); the 'other' form is shown instead. Add it to {Folder}/{code}.yml."));
        }
        return new ThemeText(texts.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The text of <paramref name="key"/> in <paramref name="language"/>, else in Dutch; null when Dutch has none either.</summary>
    public string? Find(string language, string key) =>
        _texts.TryGetValue(language, out var texts) && texts.TryGetValue(key, out var text) ? text
        : _texts.TryGetValue(KnownLanguages.DutchCode, out var dutch) && dutch.TryGetValue(key, out var fallback) ? fallback : null;

    /// <summary>The text of <paramref name="key"/> in <paramref name="language"/> (or Dutch, see <see cref="Find"/>).</summary>
    /// <exception cref="KeyNotFoundException">No Dutch text has the key: a template asks for a key the theme does not define.</exception>
    public string Get(string language, string key) =>
        Find(language, key) ?? throw new KeyNotFoundException($"the theme has no interface text '{key}' (not in {Folder}/{KnownLanguages.DutchCode}.yml)");

    /// <summary>
    /// The plural form of the group <paramref name="key"/> (<c>routes.steps</c>) for <paramref name="count"/> in
    /// <paramref name="language"/> (<see cref="PluralRules"/>), <c>{count}</c> filled in with the number as the
    /// language writes it; the <c>other</c> form when the language lacks the form, Dutch when it lacks the group.
    /// </summary>
    /// <exception cref="KeyNotFoundException">The Dutch texts have no <c>.other</c> form of the group.</exception>
    public string Plural(string language, string key, long count)
    {
        var own = _texts.TryGetValue(language, out var texts) ? texts : null;
        var text = own?.GetValueOrDefault(key + "." + PluralRules.Category(language, count)) ?? own?.GetValueOrDefault(key + ".other");
        if (text is null)
        {
            language = KnownLanguages.DutchCode;
            text = Find(language, key + "." + PluralRules.Category(language, count)) ?? Find(language, key + ".other")
                ?? throw new KeyNotFoundException($"the theme has no plural text '{key}' (no '{key}.other' in {Folder}/{KnownLanguages.DutchCode}.yml)");
        }
        return text.Replace("{count}", LanguageFormats.Number(language, count), StringComparison.Ordinal);
    }

    /// <summary>
    /// Every plural form of the group <paramref name="key"/> that <paramref name="language"/> uses, by category
    /// (<c>one</c>, <c>few</c>, ...), with <c>{count}</c> left in: for a script that picks the form itself
    /// (<c>Intl.PluralRules</c>). A form the language lacks is its <c>other</c> form, or the Dutch text.
    /// </summary>
    public IReadOnlyList<(string Category, string Text)> PluralForms(string language, string key)
    {
        var own = _texts.GetValueOrDefault(language);
        var dutch = _texts.GetValueOrDefault(KnownLanguages.DutchCode);
        return [.. PluralRules.Categories(language).Select(category => (category,
            own?.GetValueOrDefault(key + "." + category) ?? own?.GetValueOrDefault(key + ".other")
            ?? dutch?.GetValueOrDefault(key + "." + category) ?? dutch?.GetValueOrDefault(key + ".other")
            ?? throw new KeyNotFoundException($"the theme has no plural text '{key}' (no '{key}.other' in {Folder}/{KnownLanguages.DutchCode}.yml)")))];
    }

    /// <summary>Every key of the Dutch texts, sorted.</summary>
    public IEnumerable<string> Keys => _texts.TryGetValue(KnownLanguages.DutchCode, out var dutch) ? dutch.Keys.Order(StringComparer.Ordinal) : [];

    private static Dictionary<string, (string Text, SourceLocation At)> Read(SafeFileReader reader, string path, ICollection<Diagnostic> diagnostics)
    {
        var keys = new Dictionary<string, (string, SourceLocation)>(StringComparer.Ordinal);
        var display = ContentTree.DisplayPath(path);
        var (source, problem) = SourceText.Read(reader, path, display);
        if (problem is not null) { diagnostics.Add(problem); return keys; }
        var (mapping, yamlProblem) = YamlDocumentReader.ReadMapping(source!, source!.Text, 1);
        if (yamlProblem is not null) { diagnostics.Add(yamlProblem); return keys; }
        void Walk(YamlMappingNode node, string prefix)
        {
            foreach (var (k, v) in node.Children)
            {
                var key = prefix + ((k as YamlScalarNode)?.Value ?? "");
                var at = source.At(YamlDocumentReader.Line(k, 1), (int)k.Start.Column);
                switch (v)
                {
                    case YamlMappingNode group: Walk(group, key + "."); break;
                    case YamlScalarNode { Value: { } text }: keys[key] = (text, at); break;
                    default:
                        diagnostics.Add(Diagnostic.Error(at, DiagnosticCodes.ThemeInvalid,
                            $"'{key}' must be one text (or a group of keys), not a list. Write it as '{key.Split('.')[^1]}: text'."));
                        break;
                }
            }
        }
        Walk(mapping!, "");
        return keys;
    }

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
