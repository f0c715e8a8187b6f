using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using StaticSite.Build.Pipelines;
using StaticSite.Build.Stages.Generate;
using StaticSite.Content.Languages;
using StaticSite.Content.Model;
using StaticSite.Content.Text;
using StaticSite.Output.Api;
using StaticSite.Output.Files;
using StaticSite.Pipeline.Diagnostics;
using StaticSite.Pipeline.Engine;

namespace StaticSite.Build.Stages.Input;

/// <summary>
/// Makes sure every URL is taken once: two published pages at one URL, an alias that equals a
/// page's URL or another alias, and aliases that are not plain root-relative paths are errors
/// naming every file involved. Aliases are also kept off the files the build writes itself
/// (sitemap.xml, api/, assets/, ...), to plain characters, and to lengths a file system can hold.
/// </summary>
public sealed class CheckUrls : IStage<Document>
{
    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, ExecutionContext<Document> context)
    {
        var build = context.Service<RegionBuild>();
        var drafts = build.Options.IncludeDrafts;
        var published = documents.Where(d => d.IsPage && (drafts || !d.Meta.Draft)).ToList();
        var losers = new HashSet<Document>(ReferenceEqualityComparer.Instance);
        // /en/ holds the English pages: a Dutch folder or page of that name would mix with them.
        foreach (var d in published.Where(d => d.Language == KnownLanguages.DutchCode && d.Layer != ContentLayer.Generated))
            if (build.Region.Languages.FirstOrDefault(code => d.Url.StartsWith("/" + code + "/", StringComparison.Ordinal)) is { } taken)
            {
                context.Diagnostics.Add(Diagnostic.Error(d.At(1, 1), DiagnosticCodes.LanguageFolderTaken,
                    $"this Dutch page would be published at {d.Url}, but /{taken}/ is where the site's {KnownLanguages.Get(taken).EnglishName} pages go (languages: in {build.Region.SettingsPath}). " +
                    $"Rename the folder or page '{taken}', or give the page another 'slug'."));
                losers.Add(d);
            }
        foreach (var group in published.GroupBy(d => d.Url, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            foreach (var d in group.Where(d => d.Layer != ContentLayer.Generated))
                context.Diagnostics.Add(Diagnostic.Error(d.At(1, 1), DiagnosticCodes.DuplicateUrl,
                    $"this page and {string.Join(" and ", group.Where(o => o != d).Select(o => o.DisplayPath))} would both be published at {group.Key}. Rename one file or give it another 'slug'."));
            // Later stages (layouts, JSON API, links) index pages by URL; keep one page per URL so the
            // problem is reported once, here, and not again as a crash or an output clash.
            losers.UnionWith(group.Skip(1));
        }

        // Duplicate page URLs were reported above; the first page keeps the URL for the alias checks.
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in published) owners.TryAdd(d.Url, d.DisplayPath);
        var files = documents.Where(d => d.Kind == PageKind.File).Select(d => "/" + d.RelativePath).ToList();
        foreach (var page in published)
            for (var i = 0; i < page.Meta.Aliases.Length; i++)
            {
                var alias = page.Meta.Aliases[i];
                var at = page.Meta.AliasLocations[i];
                if (AliasProblem(alias) is { } problem)
                {
                    context.Diagnostics.Add(Diagnostic.Error(at, problem.Code, problem.Message));
                    continue;
                }
                var normalized = alias.EndsWith('/') ? alias : alias + "/";
                if (files.FirstOrDefault(f => normalized.StartsWith(f + "/", StringComparison.Ordinal)) is { } file)
                    context.Diagnostics.Add(Diagnostic.Error(at, DiagnosticCodes.ReservedUrl,
                        $"alias '{alias}' would be a folder where the file {file} is published; choose another old URL, or remove it."));
                else if (owners.TryGetValue(normalized, out var owner))
                    context.Diagnostics.Add(Diagnostic.Error(at, DiagnosticCodes.DuplicateUrl,
                        $"alias '{alias}' is already the URL of {owner}. Remove the alias, or move that page."));
                else
                    owners[normalized] = page.DisplayPath;
            }
        return losers.Count == 0 ? documents : [.. documents.Where(d => !losers.Contains(d))];
    }

    /// <summary>Longest alias, and longest part of one between slashes (file systems allow 255 bytes per name).</summary>
    public const int MaxAliasLength = 1000, MaxSegmentBytes = 200;

    // Files and folders the build writes itself; an alias there would overwrite them or clash with them.
    private static readonly string[] ReservedFolders = [JsonApiWriter.Folder, CopyThemeAssets.Folder, "admin"];
    private static readonly string[] ReservedFiles = ["_headers", "_redirects", "favicon.ico", "favicon.svg", "index.html"];

    /// <summary>True for an alias that can be written as a folder of the site.</summary>
    public static bool IsValidAlias(string alias) => AliasProblem(alias) is null;

    /// <summary>What is wrong with <paramref name="alias"/> as an old URL of this site (code and message), or null.</summary>
    public static (string Code, string Message)? AliasProblem(string alias)
    {
        const string Form = "an old root-relative URL of this site, like '/oud/adres/'";
        var hidden = Enumerable.Range(0, alias.Length).FirstOrDefault(i => ControlCharacters.IsForbiddenAt(alias, i) || char.GetUnicodeCategory(alias[i]) == UnicodeCategory.Format, -1);
        if (hidden >= 0)
            return (DiagnosticCodes.InvalidValue, $"alias contains an invisible character ({ControlCharacters.Name(alias[hidden])}); write it as {Form}.");
        if (alias.Length > MaxAliasLength || alias.Split('/').Any(s => Encoding.UTF8.GetByteCount(s) > MaxSegmentBytes))
            return (DiagnosticCodes.UrlTooLong, $"alias '{Shorten(alias)}' is too long to be a folder of the site: at most {MaxAliasLength} characters, and at most {MaxSegmentBytes} bytes between two slashes. Shorten it.");
        if (!alias.StartsWith('/') || alias.StartsWith("//", StringComparison.Ordinal) || alias.Contains("://", StringComparison.Ordinal) || alias.Length < 2)
            return (DiagnosticCodes.InvalidValue, $"alias '{alias}' must be {Form}: starting with '/', without a host.");
        var decoded = alias.Contains('%') ? PercentDecoded(alias) : alias;
        if (decoded.Split('/', '\\').Any(s => s is "." or "..") || decoded.Contains('\\'))
            return (DiagnosticCodes.PathOutsideOutput, $"alias '{alias}' contains '..', '.' or '\\'{(decoded != alias ? " once its %-codes are read" : "")}, which could put the redirect outside the site. Write it as {Form}.");
        if (alias.Contains('%'))
            return (DiagnosticCodes.InvalidValue, $"alias '{alias}' uses %-codes; write the characters themselves{(!decoded.Contains('%') && AliasProblem(decoded) is null ? $": '{decoded}'" : "")}.");
        if (alias.FirstOrDefault(c => !IsAliasCharacter(c)) is var bad and not '\0')
            return (DiagnosticCodes.InvalidValue, $"alias '{alias}' contains '{bad}'; an alias may only contain letters, digits, '-', '_', '.', '~' and '/' ({Form}).");
        var path = alias.Trim('/');
        var first = path.Split('/')[0];
        if (ReservedFolders.Contains(first, StringComparer.OrdinalIgnoreCase)
            || ReservedFiles.Concat(SitePipelines.GeneratedFiles.Select(f => f.TrimStart('/'))).Any(f => path.Equals(f, StringComparison.OrdinalIgnoreCase) || path.StartsWith(f + "/", StringComparison.OrdinalIgnoreCase)))
            return (DiagnosticCodes.ReservedUrl, $"alias '{alias}' is a file or folder the build writes itself ({string.Join(", ", ReservedFolders.Select(f => f + "/").Concat(SitePipelines.GeneratedFiles.Select(f => f.TrimStart('/'))))}); choose another old URL, or remove it.");
        return null;
    }

    private static bool IsAliasCharacter(char c) => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or '~' or '/';

    private static string PercentDecoded(string text)
    {
        for (var i = 0; i < 3; i++)
        {
            string next;
            try { next = Uri.UnescapeDataString(text); } catch (UriFormatException) { return text; }
            if (next == text) break;
            text = next;
        }
        return text;
    }

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
