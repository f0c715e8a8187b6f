using System.Collections.Immutable;
using System.Text;
using StaticSite.Build.Stages.Generate;
using StaticSite.Content.Model;
using StaticSite.Output.Hosting;
using StaticSite.Pipeline.Diagnostics;
using StaticSite.Pipeline.Engine;
using StaticSite.Rendering.Themes;

namespace StaticSite.Build.Stages.Output;

/// <summary>
/// Writes the files hosts read to serve the site: <c>_headers</c> (Netlify, Cloudflare Pages),
/// <c>_redirects</c> (a 301 from every alias) and <c>_nginx.conf</c> (the same headers for nginx),
/// from the site's files as they will be written (<see cref="SiteHeaders"/>). Warns (SS6004) when
/// Cloudflare Pages would not read all of them. Only for builds that write a site and have no errors so far (nothing is written then).
/// </summary>
public sealed class GenerateHostingFiles : IStage<Document>
{
    /// <summary>Header rules Cloudflare Pages reads at most.</summary>
    public const int MaxHeaderRules = 100;
    /// <summary>Static redirects Cloudflare Pages reads at most.</summary>
    public const int MaxRedirects = 2000;

    /// <summary>Site paths of the files this stage writes.</summary>
    public static readonly IReadOnlyList<string> Files = ["_headers", "_redirects", "_nginx.conf"];

    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, ExecutionContext<Document> context)
    {
        var build = context.Service<RegionBuild>();
        if (!build.Options.WriteOutput || context.Diagnostics.HasErrors) return documents;
        var region = build.Region;
        var output = context.Service<RegionOutput>();
        var served = documents.Where(WriteSite.IsWritten).Select(d => new ServedFile(d.OutputPath, KindOf(d), output.SecurityOf(d))).ToList();
        var rules = SiteHeaders.Plan(region.BasePath, served, region.BaseUrl.Scheme == "https", build.Options.IsStaging, CopyThemeAssets.Folder, "api");
        var aliases = GenerateRedirects.Aliases(documents)
            .Select(x => new AliasRedirect(region.BasePath + x.Alias.TrimStart('/'), TemplateFunctions.SiteUrl(region.BasePath, x.Page.Url)))
            .ToList();
        var redirects = Redirects.File(aliases);
        var redirectLines = redirects.Split('\n').Count(l => l.Length > 0 && !l.StartsWith('#'));
        if (rules.Count > MaxHeaderRules || redirectLines > MaxRedirects)
            context.Diagnostics.Add(Diagnostic.Warning(SourceLocation.File(region.SettingsPath), DiagnosticCodes.HostLimitExceeded,
                $"the site of region '{region.Id}' needs {rules.Count} header rules and {redirectLines} redirects; Cloudflare Pages reads at most {MaxHeaderRules} and {MaxRedirects}. " +
                "Remove old aliases that nobody uses any more, or deploy to a host without these limits (docs/deploy.md)."));
        return
        [
            .. documents,
            File("_headers", SiteHeaders.HeadersFile(rules)),
            File("_redirects", redirects),
            File("_nginx.conf", NginxHeaders.Write(rules, region.BasePath, aliases)),
        ];
    }

    private static ServedKind KindOf(Document d) =>
        d.IsPage ? ServedKind.ThemePage
        : d.Kind == PageKind.Redirect ? ServedKind.RedirectPage
        : d.Layer == ContentLayer.Generated && d.OutputPath.StartsWith(CopyThemeAssets.Folder + "/", StringComparison.Ordinal) ? ServedKind.Hashed
        : ServedKind.Other;

    private static Document File(string path, string text) => new()
    {
        DisplayPath = $"(generated /{path})", Layer = ContentLayer.Generated, Kind = PageKind.File,
        RelativePath = path, OutputPath = path, Output = Encoding.UTF8.GetBytes(text),
    };
}
