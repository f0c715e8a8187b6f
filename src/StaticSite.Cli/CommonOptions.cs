using System.CommandLine;

namespace StaticSite.Cli;

/// <summary>Options shared by several commands, declared once.</summary>
public static class CommonOptions
{
    /// <summary><c>--region ID</c>, repeatable.</summary>
    public static Option<string[]> Region() => new("--region", "-r")
    {
        Description = "Region id to build (repeatable); default: every region.",
        AllowMultipleArgumentsPerToken = false,
        DefaultValueFactory = _ => [],
    };

    /// <summary><c>--content DIR</c>.</summary>
    public static Option<string> Content() => new("--content") { Description = "Content folder.", DefaultValueFactory = _ => "content" };

    /// <summary><c>--themes DIR</c>.</summary>
    public static Option<string> Themes() => new("--themes") { Description = "Themes folder.", DefaultValueFactory = _ => "themes" };

    /// <summary><c>--output DIR</c>.</summary>
    public static Option<string> Output() => new("--output", "-o") { Description = "Output folder.", DefaultValueFactory = _ => "dist" };

    /// <summary><c>--drafts</c>.</summary>
    public static Option<bool> Drafts() => new("--drafts") { Description = "Publish draft pages too (for previews)." };
}
