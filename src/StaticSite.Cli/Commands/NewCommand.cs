using System.CommandLine;
using StaticSite.Build.Stages.Input;
using StaticSite.Cli.Scaffolding;
using StaticSite.Content.Model;
using StaticSite.Content.Regions;
using StaticSite.Pipeline.Diagnostics;

namespace StaticSite.Cli.Commands;

/// <summary>
/// <c>staticsite new &lt;type&gt; --region ID "Title"</c>: writes a new content file with the front
/// matter its type needs, in the type's conventional folder, named by the title's slug. Never
/// overwrites a file.
/// </summary>
public static class NewCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var type = new Argument<string>("type") { Description = $"Content type: {string.Join(", ", ContentTypes.All.Select(t => t.Name()))}." };
        var title = new Argument<string>("title") { Description = "Title of the new page (the name, term or question)." };
        var region = new Option<string>("--region", "-r") { Description = $"Region id, or {ContentTree.SharedFolder} for national content.", Required = true };
        var section = new Option<string?>("--section") { Description = "For type page: the folder under the region, like ouders or jongeren/school." };
        var content = CommonOptions.Content();
        var command = new Command("new", "Start a new content file from the template of its type.") { type, title, region, section, content };
        command.SetAction(parse =>
        {
            var typeName = parse.GetValue(type)!;
            if (ContentTypes.Parse(typeName) is not { } contentType)
                return Usage(error, $"unknown type '{typeName}'. Choose one of: {string.Join(", ", ContentTypes.All.Select(t => t.Name()))}.");
            var regionId = parse.GetValue(region)!;
            var contentRoot = parse.GetValue(content)!;
            var regionFolder = Path.Combine(contentRoot, regionId);
            if (regionId != ContentTree.SharedFolder && !File.Exists(Path.Combine(regionFolder, ContentTree.RegionFile)))
                return Usage(error, $"'{regionId}' is not a region of {contentRoot} (a region is a folder with a region.yml). Use {ContentTree.SharedFolder} for national content.");
            var titleText = parse.GetValue(title)!.Trim();
            var slug = AssignUrls.Slugify(titleText);
            if (slug.Length == 0)
                return Usage(error, $"the title '{titleText}' has no letters or digits to make a file name from.");
            var folder = contentType.Folder() ?? SectionFolder(parse.GetValue(section));
            if (folder is null)
                return Usage(error, "--section must be a folder path of lower-case letters, digits and '-', like 'ouders' or 'jongeren/school'.");

            var path = Path.Combine(regionFolder, folder, slug + ".md");
            var display = ContentTree.DisplayPath(Path.GetFullPath(path));
            if (File.Exists(path))
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
