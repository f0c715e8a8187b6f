using System.Collections.Immutable;
using StaticSite.Content.Model;
using StaticSite.Output.Files;
using StaticSite.Pipeline.Diagnostics;
using StaticSite.Pipeline.Engine;

namespace StaticSite.Build.Stages.Input;

/// <summary>
/// Makes sure every URL is taken once: two published pages at one URL, an alias that equals a
/// page's URL or another alias, and aliases that are not plain root-relative paths are errors
/// naming every file involved.
/// </summary>
public sealed class CheckUrls : IStage<Document>
{
    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, ExecutionContext<Document> context)
    {
        var drafts = context.Service<RegionBuild>().Options.IncludeDrafts;
        var published = documents.Where(d => d.IsPage && (drafts || !d.Meta.Draft)).ToList();
        var losers = new HashSet<Document>(ReferenceEqualityComparer.Instance);
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
        foreach (var page in published)
            for (var i = 0; i < page.Meta.Aliases.Length; i++)
            {
                var alias = page.Meta.Aliases[i];
                var at = page.Meta.AliasLocations[i];
                if (!IsValidAlias(alias))
                {
                    context.Diagnostics.Add(Diagnostic.Error(at, alias.Contains("..") ? DiagnosticCodes.PathOutsideOutput : DiagnosticCodes.InvalidValue,
                        $"alias '{alias}' must be an old root-relative URL of this site, like '/oud/adres/': starting and ending with '/', without '..', '?', '#' or a host."));
                    continue;
                }
                var normalized = alias.EndsWith('/') ? alias : alias + "/";
                if (owners.TryGetValue(normalized, out var owner))
                    context.Diagnostics.Add(Diagnostic.Error(at, DiagnosticCodes.DuplicateUrl,
                        $"alias '{alias}' is already the URL of {owner}. Remove the alias, or move that page."));
                else
                    owners[normalized] = page.DisplayPath;
            }
        return losers.Count == 0 ? documents : [.. documents.Where(d => !losers.Contains(d))];
    }

    /// <summary>True for an alias that can be written as a folder of the site.</summary>
    public static bool IsValidAlias(string alias) =>
        alias.Length > 1 && alias.StartsWith('/') && !alias.StartsWith("//", StringComparison.Ordinal)
        && !alias.Contains('?') && !alias.Contains('#') && SafeOutputPath.IsSafe(alias.Trim('/'));
}
