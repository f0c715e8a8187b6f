using System.Collections.Concurrent;
using StaticSite.Output.Images;

namespace StaticSite.Build;

/// <summary>
/// The images of a region's build that pages show, by site path (<c>/ouders/schema.png</c>): filled by
/// <see cref="Stages.Generate.ResizeImages"/>, read by <see cref="Stages.Process.AddResponsiveImages"/>,
/// which runs after it (the Pages pipeline depends on Images).
/// </summary>
public sealed class RegionImages
{
    private readonly ConcurrentDictionary<string, SiteImage> _images = new(StringComparer.Ordinal);

    /// <summary>Records the image at <paramref name="sitePath"/>.</summary>
    public void Add(string sitePath, SiteImage image) => _images[sitePath] = image;

    /// <summary>The image at <paramref name="sitePath"/>, or null.</summary>
    public SiteImage? Find(string sitePath) => _images.GetValueOrDefault(sitePath);
}
