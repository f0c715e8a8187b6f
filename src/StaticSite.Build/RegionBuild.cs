using System.Collections.Immutable;
using StaticSite.Content.Model;
using StaticSite.Content.Regions;
using StaticSite.Rendering.Themes;

namespace StaticSite.Build;

/// <summary>
/// Everything the stages of one region's build share: the options, the region's settings, its
/// theme and the files that make up its site. Registered as a service of the build's
/// <see cref="Pipeline.Engine.ExecutionContext{TDocument}"/>.
/// </summary>
/// <param name="Options">Build options.</param>
/// <param name="Region">The region's checked settings.</param>
/// <param name="Theme">The region's theme chain.</param>
/// <param name="Files">Shared and regional files after the inheritance rules.</param>
public sealed record RegionBuild(BuildOptions Options, RegionSettings Region, Theme Theme, ImmutableArray<ContentFile> Files)
{
    /// <summary>The text of region.yml as it was read for <see cref="Region"/> (null when not known: then the build cache is not used).</summary>
    public string? SettingsText { get; init; }
}
