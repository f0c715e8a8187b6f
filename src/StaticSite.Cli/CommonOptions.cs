using System.CommandLine;

namespace StaticSite.Cli;

/// <summary>Options shared by several commands, declared once.</summary>
public static class CommonOptions
{
    /// <summary><c>--region ID</c>, repeatable; <paramref name="verb"/> says what the command does with it ("build", "check").</summary>
    public static Option<string[]> Region(string verb = "build") => new("--region", "-r")
    {
        Description = $"Region id to {verb} (repeatable); default: every region.",
        AllowMultipleArgumentsPerToken = false,
        DefaultValueFactory = _ => [],
    };

    /// <summary><c>--content DIR</c>.</summary>
    public static Option<string> Content() => new("--content") { Description = "Content folder.", DefaultValueFactory = _ => "content" };

    /// <summary><c>--themes DIR</c>.</summary>
    public static Option<string> Themes() => new("--themes") { Description = "Themes folder.", DefaultValueFactory = _ => "themes" };

    /// <summary><c>--output DIR</c>.</summary>
    public static Option<string> Output() => new("--output", "-o") { Description = "Output folder.", DefaultValueFactory = _ => "dist" };

    /// <summary><c>--drafts</c>; <paramref name="description"/> says what it does for the command.</summary>
    public static Option<bool> Drafts(string description = "Publish draft pages too (for previews).") => new("--drafts") { Description = description };
}
