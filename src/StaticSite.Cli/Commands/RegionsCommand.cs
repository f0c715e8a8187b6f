using System.CommandLine;
using System.Text.Json;
using StaticSite.Build.Regions;
using StaticSite.Content.Regions;
using StaticSite.Pipeline.Diagnostics;

namespace StaticSite.Cli.Commands;

/// <summary>
/// <c>staticsite regions</c>: the region ids, one a line, or as JSON for a CI build matrix; with
/// <c>--changed-since REF</c> only the regions that the changes since that git commit affect
/// (<see cref="AffectedRegions"/>).
/// </summary>
public static class RegionsCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var content = CommonOptions.Content();
        var themes = CommonOptions.Themes();
        var json = new Option<bool>("--json") { Description = "Print {\"regions\": [...], \"all\": [...], \"changedSince\": ...} for a CI build matrix." };
        var since = new Option<string?>("--changed-since") { Description = "Only the regions that changed since this git commit (a change under _shared or themes affects all)." };
        var command = new Command("regions", "List the region ids, or those changed since a git commit, for CI build matrices.") { content, themes, json, since };
        command.SetAction(parse =>
        {
            var contentRoot = parse.GetValue(content)!;
            if (!Directory.Exists(contentRoot))
                return Usage(error, $"the content folder '{contentRoot}' does not exist. Run the command in the project folder, or pass --content DIR.");
            var all = ContentTree.FindRegionIds(contentRoot, new List<Diagnostic>());
            var regions = all;
            var reference = parse.GetValue(since);
            if (reference is not null)
            {
                var root = GitChanges.RepositoryRoot(contentRoot);
                if (root is null) return Usage(error, $"--changed-since needs a git work tree, and '{contentRoot}' is not in one.");
                if (!GitChanges.IsCommit(root, reference))
                    // A new branch's first push has no earlier commit (CI passes 0000000...): build everything.
                    error.WriteLine($"staticsite: warning: '{reference}' is not a commit of this repository (a shallow clone, or a new branch?); listing every region.");
                else
                {
                    var relative = (string path) => Path.GetRelativePath(root, Path.GetFullPath(path)).Replace('\\', '/');
                    regions = AffectedRegions.Of(GitChanges.Since(root, reference), all, relative(contentRoot), relative(parse.GetValue(themes)!));
                }
            }
            if (parse.GetValue(json))
                output.WriteLine(JsonSerializer.Serialize(new RegionList(regions, all, reference), RegionsJson.Default.RegionList));
            else
                foreach (var id in regions) output.WriteLine(id);
            return ExitCodes.Success;
        });
        return command;
    }

    private static int Usage(TextWriter error, string message)
    {
        error.WriteLine($"staticsite: error: {message}");
        return ExitCodes.Usage;
    }
}

/// <summary>The JSON of <c>staticsite regions --json</c>.</summary>
/// <param name="Regions">The regions to build.</param>
/// <param name="All">Every region.</param>
/// <param name="ChangedSince">The commit given with <c>--changed-since</c>, or null.</param>
public sealed record RegionList(IReadOnlyList<string> Regions, IReadOnlyList<string> All, string? ChangedSince);

[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
[System.Text.Json.Serialization.JsonSerializable(typeof(RegionList))]
internal sealed partial class RegionsJson : System.Text.Json.Serialization.JsonSerializerContext;
