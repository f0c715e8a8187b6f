using System.CommandLine;
using StaticSite.Build.Stages.Input;
using StaticSite.Cli.Scaffolding;
using StaticSite.Content.Model;
using StaticSite.Content.Regions;
using StaticSite.Pipeline.Diagnostics;

namespace StaticSite.Cli.Commands;

/// <summary>
/// <c>staticsite new &lt;type&gt; --region ID "Title"</c>: writes a new content file with the front
/// matter its type needs, in the type's conventional folder, named by the title's slug.
/// <c>staticsite new region ID</c>: starts a region with a complete region.yml. Never overwrites a
/// file, and never writes outside the real content folder (a region must be a real region id,
/// and a folder that is a link out of content/ is refused).
/// </summary>
public static class NewCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var type = new Argument<string>("type") { Description = $"Content type: {string.Join(", ", ContentTypes.All.Select(t => t.Name()))}; or {RegionType} to start a new region." };
        var title = new Argument<string>("title") { Description = $"Title of the new page (the name, term or question); for {RegionType}: the new region's id." };
        // Required for content, not for 'new region ID': checked by the action.
        var region = new Option<string?>("--region", "-r") { Description = $"Region id, or {ContentTree.SharedFolder} for national content." };
        var section = new Option<string?>("--section") { Description = "For type page: the folder under the region, like ouders or jongeren/school." };
        var content = CommonOptions.Content();
        var command = new Command("new", "Start a new content file from the template of its type.") { type, title, region, section, content };
        command.SetAction(parse =>
        {
            var typeName = parse.GetValue(type)!;
            var contentRoot = parse.GetValue(content)!;
            if (typeName == RegionType) return NewRegion(parse.GetValue(title)!.Trim(), contentRoot, output, error);
            if (ContentTypes.Parse(typeName) is not { } contentType)
                return Usage(error, $"unknown type '{typeName}'. Choose one of: {string.Join(", ", ContentTypes.All.Select(t => t.Name()))}, or {RegionType}.");
            if (parse.GetValue(region) is not { Length: > 0 } regionId)
                return Usage(error, $"name the region with --region ID (or --region {ContentTree.SharedFolder} for national content).");
            if (regionId != ContentTree.SharedFolder && !ContentTree.IsValidRegionId(regionId))
                return Usage(error, $"'{regionId}' is not a region id: a region id is a folder name of lower-case letters, digits and '-' (like 'utrecht'), or {ContentTree.SharedFolder} for national content.");
            var regionFolder = Path.Combine(contentRoot, regionId);
            if (regionId != ContentTree.SharedFolder && !ContentTree.EntryExists(Path.Combine(regionFolder, ContentTree.RegionFile)))
                return Usage(error, $"'{regionId}' is not a region of {contentRoot} (a region is a folder with a region.yml). Use {ContentTree.SharedFolder} for national content, or start the region with 'staticsite new region {regionId}'.");
            var titleText = parse.GetValue(title)!.Trim();
            var slug = ShortSlug(AssignUrls.Slugify(titleText));
            if (slug.Length == 0)
                return Usage(error, $"the title '{titleText}' has no letters a-z or digits to make a file name from. Start with a title in Latin letters; you can change the title in the file afterwards.");
            var folder = contentType.Folder() ?? SectionFolder(parse.GetValue(section));
            if (folder is null)
                return Usage(error, "--section must be a folder path of lower-case letters, digits and '-', like 'ouders' or 'jongeren/school'.");

            var path = Path.Combine(regionFolder, folder, slug + ".md");
            var display = ContentTree.DisplayPath(Path.GetFullPath(path));
            if (OutsideContent(contentRoot, Path.GetDirectoryName(path)!) is { } outside) return Usage(error, outside);
            if (ContentTree.EntryExists(path))
            {
                error.WriteLine(Diagnostic.Error(SourceLocation.File(display), DiagnosticCodes.DuplicateUrl,
                    $"this file already exists, so it was not overwritten. Edit it, or choose another title for the new {contentType.Name()}."));
                return ExitCodes.ContentErrors;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var stream = new FileStream(path, FileMode.CreateNew))
            using (var writer = new StreamWriter(stream))
                writer.Write(FrontMatterTemplate.Create(contentType, titleText, DateOnly.FromDateTime(DateTime.Today)));
            output.WriteLine($"created {display}");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The type name of <c>staticsite new region ID</c>.</summary>
    public const string RegionType = "region";

    /// <summary>Longest file name made from a title: long titles are cut at a word, far below what file systems take.</summary>
    public const int MaxSlugLength = 80;

    private static int NewRegion(string id, string contentRoot, TextWriter output, TextWriter error)
    {
        if (!ContentTree.IsValidRegionId(id))
            return Usage(error, $"'{id}' cannot be a region id: use lower-case letters, digits and '-', like 'utrecht' or 'zuid-holland-west'.");
        var folder = Path.Combine(contentRoot, id);
        var path = Path.Combine(folder, ContentTree.RegionFile);
        var display = ContentTree.DisplayPath(Path.GetFullPath(path));
        if (OutsideContent(contentRoot, folder) is { } outside) return Usage(error, outside);
        if (ContentTree.EntryExists(path))
        {
            error.WriteLine(Diagnostic.Error(SourceLocation.File(display), DiagnosticCodes.DuplicateUrl,
                $"region '{id}' already exists, so its region.yml was not overwritten. Edit it, or choose another id."));
            return ExitCodes.ContentErrors;
        }
        Directory.CreateDirectory(folder);
        using (var stream = new FileStream(path, FileMode.CreateNew))
        using (var writer = new StreamWriter(stream))
            writer.Write(RegionTemplate.Create(id));
        output.WriteLine($"created {display}");
        output.WriteLine($"Fill in: {string.Join(", ", RegionTemplate.ToFillIn())}.");
        output.WriteLine("The build fails until name and baseUrl are filled in; the other keys can wait.");
        return ExitCodes.Success;
    }

    /// <summary>The problem when <paramref name="folder"/> (which may not exist yet) is really outside the real content folder, through a link.</summary>
    private static string? OutsideContent(string contentRoot, string folder)
    {
        var display = ContentTree.DisplayPath(Path.GetFullPath(folder));
        return ContentTree.Reader(contentRoot).Locate(folder, display).Problem is null ? null
            : $"{display} is, or lies in, a link that leads outside the content folder {contentRoot} (or round in a circle); new files are written only inside it. Remove the link, or choose another region or --section. Nothing was written.";
    }

    /// <summary><paramref name="slug"/> cut to at most <see cref="MaxSlugLength"/> characters, at a '-' where there is one.</summary>
    public static string ShortSlug(string slug)
    {
        if (slug.Length <= MaxSlugLength) return slug;
        var cut = slug.LastIndexOf('-', MaxSlugLength);
        return cut > MaxSlugLength / 2 ? slug[..cut] : slug[..MaxSlugLength].TrimEnd('-');
    }

    /// <summary>The folder for an ordinary page: the region root, or the slugified section path; null when the section is unsafe.</summary>
    private static string? SectionFolder(string? section)
    {
        if (string.IsNullOrWhiteSpace(section)) return "";
        var parts = section.Trim('/').Split('/');
        return parts.All(p => p.Length > 0 && AssignUrls.Slugify(p) == p) ? Path.Combine(parts) : null;
    }

    private static int Usage(TextWriter error, string message)
    {
        error.WriteLine($"staticsite: error: {message}");
        return ExitCodes.Usage;
    }
}
