using System.Collections.Immutable;
using StaticSite.Pipeline.Diagnostics;

namespace StaticSite.Content.Model;

/// <summary>How parents reach the region's steunpunt.</summary>
public sealed record ContactDetails(string Phone, string Email, string Address, string Hours);

/// <summary>The region's colours (CSS #rrggbb).</summary>
/// <param name="Color">Main colour.</param>
/// <param name="ColorText">Text on the main colour.</param>
/// <param name="At">Where the branding was written, for contrast diagnostics.</param>
public sealed record Branding(string Color, string ColorText, SourceLocation At);

/// <summary>The git host the production web editor (Decap CMS in <c>admin/</c>) proposes edits to. See <see cref="ContentSchema.CmsFields"/>.</summary>
/// <param name="Backend">github, gitlab or gitea.</param>
/// <param name="Repo">owner/name.</param>
/// <param name="Branch">Branch the site is built from.</param>
/// <param name="BaseUrl">Login service (github) or server (gitlab, gitea); empty for the backend's default.</param>
/// <param name="AuthEndpoint">Path of the login on <paramref name="BaseUrl"/>; empty for the default.</param>
/// <param name="AppId">OAuth application id (gitlab, gitea).</param>
/// <param name="ApiRoot">API address of a self-hosted server; empty for the default.</param>
public sealed record CmsSettings(string Backend, string Repo, string Branch, string BaseUrl, string AuthEndpoint, string AppId, string ApiRoot);

/// <summary>The checked settings of one region (<c>content/&lt;id&gt;/region.yml</c>). See <see cref="ContentSchema.RegionFields"/>.</summary>
public sealed record RegionSettings
{
    /// <summary>Region id: the folder name.</summary>
    public required string Id { get; init; }
    /// <summary>Display path of region.yml.</summary>
    public required string SettingsPath { get; init; }
    /// <summary>Name of the steunpunt.</summary>
    public required string Name { get; init; }
    /// <summary>Where the name was written.</summary>
    public SourceLocation NameAt { get; init; }
    /// <summary>Absolute base URL ending with '/'.</summary>
    public required Uri BaseUrl { get; init; }
    /// <summary>Where the baseUrl was written.</summary>
    public SourceLocation BaseUrlAt { get; init; }
    /// <summary>Theme folder name.</summary>
    public string Theme { get; init; } = "default";
    /// <summary>Where the theme was named.</summary>
    public SourceLocation ThemeAt { get; init; }
    /// <summary>Colours.</summary>
    public required Branding Branding { get; init; }
    /// <summary>Contact details.</summary>
    public required ContactDetails Contact { get; init; }
    /// <summary>Municipalities of the region.</summary>
    public ImmutableArray<string> Municipalities { get; init; } = [];
    /// <summary>Root-relative URLs of top tasks for the home page.</summary>
    public ImmutableArray<string> TopTasks { get; init; } = [];
    /// <summary>Where top_tasks was written.</summary>
    public SourceLocation TopTasksAt { get; init; }
    /// <summary>Shared pages left out (paths relative to content/_shared).</summary>
    public ImmutableArray<string> Exclude { get; init; } = [];
    /// <summary>Where exclude was written.</summary>
    public SourceLocation ExcludeAt { get; init; }
    /// <summary>
    /// Codes of the languages the site offers besides Dutch, in the order region.yml lists them (<c>en</c>, <c>ar</c>);
    /// each a <see cref="StaticSite.Content.Languages.KnownLanguages">known language</see>, never <c>nl</c>, never twice. Empty: Dutch only.
    /// </summary>
    public ImmutableArray<string> Languages { get; init; } = [];
    /// <summary>Where languages was written.</summary>
    public SourceLocation LanguagesAt { get; init; }

    /// <summary>Every language of the site: Dutch first, then <see cref="Languages"/>.</summary>
    public IEnumerable<string> AllLanguages => [StaticSite.Content.Languages.KnownLanguages.DutchCode, .. Languages];

    /// <summary>Lowest acceptable Flesch-Douma score.</summary>
    public int MinReadability { get; init; } = 60;
    /// <summary>The production web editor's git host; null: the site has no admin/.</summary>
    public CmsSettings? Cms { get; init; }
    /// <summary>Where cms was written.</summary>
    public SourceLocation CmsAt { get; init; }

    /// <summary>The path part of the base URL, always starting and ending with '/' (<c>/</c> or <c>/regio/</c>).</summary>
    public string BasePath => BaseUrl.AbsolutePath.EndsWith('/') ? BaseUrl.AbsolutePath : BaseUrl.AbsolutePath + "/";
}
