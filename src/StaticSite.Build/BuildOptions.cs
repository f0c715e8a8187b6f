namespace StaticSite.Build;

/// <summary>What to build and where: the options of <c>staticsite build</c> and <c>staticsite check</c>.</summary>
/// <param name="ContentRoot">The content folder (default <c>content</c>).</param>
/// <param name="ThemesRoot">The themes folder (default <c>themes</c>).</param>
/// <param name="OutputRoot">The output folder (default <c>dist</c>).</param>
/// <param name="Regions">Region ids to build; empty means all.</param>
/// <param name="IncludeDrafts">Publish drafts too (for previews).</param>
/// <param name="WriteOutput">False for <c>check</c>: validate without writing.</param>
/// <param name="Lint">Run the content-health lints of <c>check</c> (stale pages, readability, ...).</param>
/// <param name="Today">The date stale pages are measured against.</param>
/// <param name="KeepDocuments">Keep every region's documents in the report (for tools and tests); off by default so a
/// 30-region build holds one region in memory at a time.</param>
/// <param name="EditorRoot">Where the web editor's files are (for regions with <c>cms:</c>); null: next to the tool (<see cref="Editor.EditorFiles.DefaultRoot"/>).</param>
public sealed record BuildOptions(
    string ContentRoot = "content",
    string ThemesRoot = "themes",
    string OutputRoot = "dist",
    IReadOnlyList<string>? Regions = null,
    bool IncludeDrafts = false,
    bool WriteOutput = true,
    bool Lint = false,
    DateOnly? Today = null,
    bool KeepDocuments = false,
    string? EditorRoot = null);
