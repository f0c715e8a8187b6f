using System.Collections.Immutable;
using StaticSite.Content.Model;
using StaticSite.Output.Images;
using StaticSite.Pipeline.Diagnostics;
using StaticSite.Pipeline.Engine;

namespace StaticSite.Build.Stages.Generate;

/// <summary>
/// Makes resized copies (WebP, and the original's format) of every image a page shows, into
/// <c>assets/img/</c> under names with the original's content hash, taken from the image cache when
/// the same image was encoded before. Records each image's size for <see cref="Process.AddResponsiveImages"/>.
/// Reports images that cannot be read (SS6001) and images over the budget (SS6002). Without output
/// (<c>check</c>, the preview) or when the build already has errors it only reads each image's size from its header.
/// </summary>
public sealed class ResizeImages : IStage<Document>
{
    /// <summary>Folder of the copies in the site.</summary>
    public const string Folder = CopyThemeAssets.Folder + "/img";

    /// <summary>What a visitor may download for one image at most (its largest WebP copy, or the file as it is).</summary>
    public const int BudgetBytes = 250 * 1000;

    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, ExecutionContext<Document> context)
    {
        var build = context.Service<RegionBuild>();
        var images = context.Service<RegionImages>();
        var files = documents.Where(d => d.Kind == PageKind.File && d.Source is null && ImageEncoder.IsImage(d.OutputPath))
            .ToDictionary(d => "/" + d.OutputPath, StringComparer.Ordinal);
        // Each used image once, named at the first place a page shows it (pages in input order).
        var used = documents.Where(d => d.IsPage).SelectMany(d => d.Links.Where(l => l.IsImage))
            .Where(l => files.ContainsKey(l.Url)).DistinctBy(l => l.Url, StringComparer.Ordinal).ToList();
        var cache = new ImageCache(build.Options.ImageCacheFolder);
        // A build that already failed writes nothing, the cache included.
        var encode = build.Options.WriteOutput && !context.Diagnostics.HasErrors;
        var results = new Document[used.Count][];
        Parallel.For(0, used.Count, new ParallelOptions { MaxDegreeOfParallelism = context.MaxParallelism }, i =>
        {
            var link = used[i];
            var file = files[link.Url];
            var bytes = file.Output.ToArray();
            results[i] = [];
            var size = ImageEncoder.Measure(bytes);
            if (size is null)
            {
                if (!file.OutputPath.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
                    context.Diagnostics.Add(Diagnostic.Warning(link.At, DiagnosticCodes.ImageUnreadable,
                        $"the image '{link.Url}' ({file.DisplayPath}) cannot be read as an image, so it is published without its size and without smaller copies. Save it again as PNG or JPEG."));
                return;
            }
            var (width, height) = size.Value;
            IReadOnlyList<ImageCopy> copies = [];
            if (encode && ImageEncoder.Converts(file.OutputPath))
            {
                var key = ImageCache.Key(bytes);
                copies = cache.Get(key) ?? Encoded(file.OutputPath, bytes, key, cache) ?? [];
                var name = Path.GetFileNameWithoutExtension(file.OutputPath);
                var stem = $"{Folder}/{name}.{key[..10]}";
                var paths = copies.Select(c => $"{stem}-{c.Width}.{c.Format}").ToList();
                images.Add(link.Url, new SiteImage(new ImageVariants(width, height, copies), [.. paths.Select(p => build.Region.BasePath + p)]));
                results[i] = [.. copies.Select((c, n) => new Document
                {
                    DisplayPath = file.DisplayPath, Layer = ContentLayer.Generated, Kind = PageKind.File,
                    RelativePath = paths[n], OutputPath = paths[n], Output = c.Bytes,
                })];
            }
            else images.Add(link.Url, new SiteImage(new ImageVariants(width, height, []), []));
            if (encode)
            {
                var served = copies.Where(c => c.Format == "webp").Select(c => c.Bytes.Length).DefaultIfEmpty(bytes.Length).Max();
                if (served > BudgetBytes)
                    context.Diagnostics.Add(Diagnostic.Warning(link.At, DiagnosticCodes.ImageOverBudget,
                        $"the image '{link.Url}' is {served / 1000} KB even as served ({(copies.Count > 0 ? "its largest WebP copy" : "as it is")}); pages stay fast on a phone with images up to {BudgetBytes / 1000} KB. Crop it, make it smaller, or save photos as JPEG."));
            }
        });
        // Two images with the same name and bytes share their copies.
        return [.. results.SelectMany(r => r).DistinctBy(d => d.OutputPath, StringComparer.Ordinal)];
    }

    private static IReadOnlyList<ImageCopy>? Encoded(string path, byte[] bytes, string key, ImageCache cache)
    {
        var copies = ImageEncoder.Encode(path, bytes);
        if (copies is not null) cache.Put(key, copies);
        return copies;
    }
}
