using StaticSite.Build.Caching;
using StaticSite.Content.Model;
using StaticSite.Output.Compression;
using StaticSite.Output.Files;
using StaticSite.Output.Hosting;
using StaticSite.Pipeline.Diagnostics;
using StaticSite.Pipeline.Engine;

namespace StaticSite.Build;

/// <summary>
/// The region's new site while it is built (<see cref="StagedSite"/>): files are written, with their
/// Brotli and gzip copies (<see cref="Precompressor"/>, through the <see cref="CompressionCache"/>), as
/// soon as a pipeline has them final, so writing and compressing overlap the pipelines still running.
/// A file with the same bytes as in the site the last build left is taken over from it with its copies
/// (<see cref="PreviousSite"/>: hard links, nothing written or compressed).
/// Made on first use, only for builds that write a site; <c>WriteSite</c> writes the rest and commits
/// it when the region has no errors, or discards it.
/// </summary>
public sealed class RegionOutput : IDisposable
{
    private readonly Lock _lock = new();
    private StagedSite? _site;
    private CompressionCache? _cache;
    private PreviousSite? _previous;
    private readonly PublishedFiles _published = new();
    private volatile bool _failed;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, PageSecurity> _security = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (UInt128 Hash, PageSecurity Security)> _known = new(StringComparer.Ordinal);

    /// <summary>
    /// Writes <paramref name="document"/>'s file and its compressed copies into the staged site, and for
    /// HTML keeps what the host files need of it (<see cref="SecurityOf"/>); true when it was written.
    /// Nothing happens for a build that writes no site, after an error (the site will be discarded), or
    /// when the site already has a file at that path (<c>WriteSite</c> reports the clash). An I/O problem
    /// is reported once (SS9001) and stops further writing.
    /// </summary>
    public bool Publish(Document document, ExecutionContext<Document> context)
    {
        if (_failed || context.Diagnostics.HasErrors || document.Published || !document.HasFile) return false;
        var build = context.Service<RegionBuild>();
        if (!build.Options.WriteOutput) return false;
        try
        {
            var (site, cache, previous) = Open(build);
            var path = document.OutputPath;
            var content = document.Output;
            var copies = Precompressor.IsText(path);
            var hash = KeyHasher.HashOf(content.Span);
            if (previous.TryTakeOver(site, path, content.Span, hash, copies) is { } same)
            {
                _published.Add(path, same);
                if (copies) cache.Keep(hash);
            }
            else
            {
                if (site.WriteStamped(path, content.Span) is not { } stamp) return false;
                FileStamp? brotliStamp = null, gzipStamp = null;
                if (copies)
                {
                    var (brotli, gzip) = cache.Compress(content, hash);
                    brotliStamp = site.WriteStamped(path + ".br", brotli);
                    gzipStamp = site.WriteStamped(path + ".gz", gzip);
                }
                _published.Add(path, new PublishedFile(hash, stamp, brotliStamp, gzipStamp));
            }
            if (IsHtml(document))
                _security[path] = _known.TryGetValue(path, out var known) && known.Hash == hash ? known.Security : ContentSecurityPolicy.Scan(content.Span);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            if (_failed) return false;
            _failed = true;
            context.Diagnostics.Add(Failure(build, ex));
            return false;
        }
    }

    /// <summary>
    /// Tells what the page to be published at <paramref name="path"/>, whose bytes hash to <paramref name="hash"/>, needs from the
    /// Content-Security-Policy, as found when it was rendered (from its text) or kept in the build cache: publishing it does not
    /// decode and scan its bytes again. Used only for exactly those bytes.
    /// </summary>
    public void KnowSecurity(string path, UInt128 hash, PageSecurity security) => _known[path] = (hash, security);

    /// <summary>What an HTML file needs from the Content-Security-Policy: kept when it was published, else read from its bytes; null for other files.</summary>
    public PageSecurity? SecurityOf(Document document) =>
        !IsHtml(document) ? null : _security.TryGetValue(document.OutputPath, out var known) ? known : ContentSecurityPolicy.Scan(document.Output.Span);

    private static bool IsHtml(Document document) => document.OutputPath.EndsWith(".html", StringComparison.Ordinal);

    /// <summary>True when the staged site has a file at <paramref name="path"/>.</summary>
    public bool Has(string path)
    {
        lock (_lock) return _site?.Contains(path) ?? false;
    }

    /// <summary>Puts the staged site in place of the region's published one.</summary>
    /// <param name="build">The region's build.</param>
    /// <param name="keep">What is kept about the new site once it is in place (the build cache), run while the old site is deleted.</param>
    public void Commit(RegionBuild build, Action keep)
    {
        Open(build).Site.Commit(meanwhile: () =>
        {
            // After the swap, the record of what is now in place; a site without one only has its files written again.
            try
            {
                _published.Write(PublishedPath(build), Precompressor.Settings);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
            _cache?.Finish();
            keep();
        });
    }

    /// <summary>Deletes the staged site unless it was committed.</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            _site?.Dispose();
            _cache?.Dispose();
        }
    }

    /// <summary>The error of a site that could not be written.</summary>
    public static Diagnostic Failure(RegionBuild build, Exception ex) =>
        Diagnostic.Error(SourceLocation.Folder(build.Options.OutputRoot), DiagnosticCodes.OutputFailed,
            $"the site of region '{build.Region.Id}' could not be written ({ex.Message}); the previous site was left as it was. Check free disk space and permissions.");

    private (StagedSite Site, CompressionCache Cache, PreviousSite Previous) Open(RegionBuild build)
    {
        lock (_lock)
        {
            _previous ??= new PreviousSite(SafeOutputPath.Combine(build.Options.OutputRoot, build.Region.Id),
                PublishedFiles.Read(PublishedPath(build), Precompressor.Settings));
            _site ??= AtomicSiteWriter.Begin(build.Options.OutputRoot, build.Region.Id);
            _cache ??= new CompressionCache(build.Options.CompressionCacheFolder, build.Region.Id);
            return (_site, _cache, _previous);
        }
    }

    /// <summary>Where the record of the files of <paramref name="build"/>'s region's site is kept (<see cref="PublishedFiles"/>).</summary>
    public static string PublishedPath(RegionBuild build) => Path.Combine(build.Options.PublishedFolder, build.Region.Id);
}
