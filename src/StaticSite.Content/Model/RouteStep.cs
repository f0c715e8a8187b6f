using StaticSite.Pipeline.Diagnostics;

namespace StaticSite.Content.Model;

/// <summary>One step of an escalation route.</summary>
/// <param name="Title">What to do.</param>
/// <param name="Description">Explanation.</param>
/// <param name="Organisation">File name without .md of the organisation page that helps, or null.</param>
/// <param name="OrganisationAt">Where <paramref name="Organisation"/> was written, for diagnostics.</param>
public sealed record RouteStep(string Title, string Description, string? Organisation, SourceLocation OrganisationAt);
