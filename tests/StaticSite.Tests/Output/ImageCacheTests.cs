using StaticSite.Output.Images;

namespace StaticSite.Tests.Output;

/// <summary>The image cache gives back what it stored, and only what really lies inside its folder: cached copies are published.</summary>
public sealed class ImageCacheTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("image-cache-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static readonly ImageCopy[] Copies = [new(400, 300, "webp", [1, 2, 3]), new(800, 600, "webp", [4, 5, 6, 7])];

    [Fact]
    public void Stored_copies_are_given_back()
    {
        var cache = new ImageCache(Path.Combine(_root, "images"));
        cache.Put("abc", Copies);
        var found = cache.Get("abc");
        Assert.NotNull(found);
        Assert.Equal(Copies.Select(c => (c.Width, c.Height, c.Format, Convert.ToHexString(c.Bytes))),
            found.Select(c => (c.Width, c.Height, c.Format, Convert.ToHexString(c.Bytes))));
    }

    [Theory]
    [InlineData("entry")]
    [InlineData("manifest")]
    [InlineData("copy")]
    public void A_whole_entry_reached_through_a_link_out_of_the_cache_is_not_used(string linked)
    {
        // A valid entry outside the cache folder, as a planted link could show it.
        var outside = new ImageCache(Path.Combine(_root, "outside"));
        outside.Put("abc", Copies);
        var outsideEntry = Path.Combine(_root, "outside", "abc");
        var cacheFolder = Path.Combine(_root, "images");
        var cache = new ImageCache(cacheFolder);
        cache.Put("abc", Copies);
        var entry = Path.Combine(cacheFolder, "abc");
        var copy = Path.GetFileName(Directory.GetFiles(entry, "*.webp")[0]);
        var (path, target) = linked switch
        {
            "entry" => (entry, outsideEntry),
            "manifest" => (Path.Combine(entry, "copies.txt"), Path.Combine(outsideEntry, "copies.txt")),
            _ => (Path.Combine(entry, copy), Path.Combine(outsideEntry, copy)),
        };
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true); else File.Delete(path);
        if (linked == "entry") Directory.CreateSymbolicLink(path, target); else File.CreateSymbolicLink(path, target);

        Assert.Null(cache.Get("abc"));

        // Storing the entry again replaces the link; what it pointed at is left as it was.
        var before = Directory.GetFiles(outsideEntry).ToDictionary(f => f, File.ReadAllBytes);
        cache.Put("abc", Copies);
        Assert.NotNull(cache.Get("abc"));
        Assert.Null(new DirectoryInfo(entry).LinkTarget);
        Assert.Equal(before.Keys.Order(), Directory.GetFiles(outsideEntry).Order());
        foreach (var (file, bytes) in before) Assert.Equal(bytes, File.ReadAllBytes(file));
    }
}
