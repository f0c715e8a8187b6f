using System.Collections.Immutable;
using StaticSite.Build.Pipelines;
using StaticSite.Content.Model;
using StaticSite.Content.Yaml;
using StaticSite.Pipeline.Diagnostics;
using StaticSite.Pipeline.Engine;
using StaticSite.Output.Api;
using StaticSite.Rendering.Themes;

namespace StaticSite.Build.Stages.Process;

/// <summary>
/// Checks every internal link and image of every page against the region's whole site: pages,
/// aliases, copied files and generated files. Broken links and missing images are errors (with
/// the nearest existing URL as a suggestion); links to drafts and unknown anchors are warnings.
/// Also checks route steps' organisations and the region's top tasks.
/// </summary>
public sealed class CheckLinks : IStage<Document>
{
    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, ExecutionContext<Document> context)
    {
        var build = context.Service<RegionBuild>();
        var pages = documents.Where(d => d.IsPage).ToDictionary(d => d.Url, StringComparer.Ordinal);
        var targets = new HashSet<string>(pages.Keys, StringComparer.Ordinal);
        foreach (var d in documents)
        {
            foreach (var alias in d.Meta.Aliases) targets.Add(alias.EndsWith('/') ? alias : alias + "/");
            if (d.Kind == PageKind.File) targets.Add("/" + d.OutputPath);
        }
        foreach (var generated in SitePipelines.GeneratedFiles) targets.Add(generated);
        // What GenerateFeeds and AddGeneratedPages make for the other languages: a feed where there is news, a 404 page.
        foreach (var code in build.Region.Languages)
        {
            targets.Add($"/{code}/404.html");
            if (documents.Any(d => d.Kind == PageKind.News && d.Language == code)) targets.Add(TemplateModel.InLanguage(code, TemplateModel.FeedPath));
        }
        var drafts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in context.OutputsOf(SitePipelines.Content).Where(d => d.Meta.Draft && !build.Options.IncludeDrafts))
            drafts.TryAdd(d.Url, d.DisplayPath);

        Parallel.ForEach(documents.Where(d => d.Links.Length > 0), new ParallelOptions { MaxDegreeOfParallelism = context.MaxParallelism }, page =>
        {
            foreach (var link in page.Links)
                CheckLink(page, link, pages, targets, drafts, build.Region.Id, context.Diagnostics);
        });

        var organisations = documents.Where(d => d.Kind == PageKind.Organisation)
            .Select(d => Path.GetFileNameWithoutExtension(d.RelativePath)).ToHashSet(StringComparer.Ordinal);
        foreach (var route in documents.Where(d => d.Kind == PageKind.Route))
            foreach (var step in route.Meta.Steps.Where(s => s.Organisation is not null && !organisations.Contains(s.Organisation)))
            {
                var meant = DidYouMean.Suggest(step.Organisation!, organisations);
                context.Diagnostics.Add(Diagnostic.Error(step.OrganisationAt, DiagnosticCodes.UnknownOrganisation,
                    $"step '{step.Title}' names organisation '{step.Organisation}', but there is no organisaties/{step.Organisation}.md in this region or in _shared.{(meant is not null ? $" Did you mean '{meant}'?" : "")}"));
            }

        foreach (var task in build.Region.TopTasks.Where(t => !pages.ContainsKey(t)))
            context.Diagnostics.Add(Diagnostic.Error(build.Region.TopTasksAt, DiagnosticCodes.BrokenLink,
                $"top task '{task}' is not a page of this site.{Suggestion(task, pages.Keys)} Write a URL like '/ouders/tlv/'."));
        return documents;
    }

    private static void CheckLink(Document page, LinkReference link, Dictionary<string, Document> pages, HashSet<string> targets,
        Dictionary<string, string> drafts, string regionId, DiagnosticBag diagnostics)
    {
        var url = link.Url;
        var hash = url.IndexOf('#');
        var anchor = hash >= 0 ? url[(hash + 1)..] : "";
        var path = hash >= 0 ? url[..hash] : url;
        var query = path.IndexOf('?');
        if (query >= 0) path = path[..query];
        path = Uri.UnescapeDataString(path);
        if (path.StartsWith($"/{JsonApiWriter.Folder}/", StringComparison.Ordinal) || path.StartsWith("/assets/", StringComparison.Ordinal)) return;
        if (!path.EndsWith('/') && !Path.HasExtension(path) && targets.Contains(path + "/")) path += "/";
        if (path.EndsWith("/index.html", StringComparison.Ordinal)) path = path[..^"index.html".Length];

        if (targets.Contains(path))
        {
            if (anchor.Length > 0 && pages.TryGetValue(path, out var target) && target.Source is not null
                && !target.Headings.Any(h => h.Id == anchor))
                diagnostics.Add(Diagnostic.Warning(link.At, DiagnosticCodes.BrokenAnchor,
                    $"the link goes to '#{anchor}' on {path}, but that page has no heading with that id. Headings there: {string.Join(", ", target.Headings.Select(h => "#" + h.Id).Take(8))}."));
            return;
        }
        if (drafts.TryGetValue(path, out var draft))
        {
            diagnostics.Add(Diagnostic.Warning(link.At, DiagnosticCodes.LinkToDraft,
                $"the link to {path} points at a draft ({draft}); it will not work until that page is published."));
            return;
        }
        if (link.IsImage)
            diagnostics.Add(Diagnostic.Error(link.At, DiagnosticCodes.MissingImage,
                $"the image '{link.Url}' does not exist in the site of region '{regionId}'. Put the file in content/ next to the page (or in the folder the path names), or correct the path."));
        else
            diagnostics.Add(Diagnostic.Error(link.At, DiagnosticCodes.BrokenLink,
                $"the link to '{link.Url}' points at no page of the site of region '{regionId}'.{Suggestion(path, pages.Keys)} Links are written as root-relative URLs like '/ouders/tlv/'."));
    }

    private static string Suggestion(string url, IEnumerable<string> known) =>
        DidYouMean.Suggest(url, known) is { } meant ? $" Did you mean '{meant}'?" : "";
}
