using System.Collections.Concurrent;
using StaticSite.Search.Lunr;

namespace StaticSite.Search.Tests.Lunr;

/// <summary>
/// Analysed fields kept between builds (<see cref="IAnalysedFieldCache"/>): an index made with them is the same, to the byte,
/// as one made from the text alone, whether the fields come from the cache, from a cache of other texts, or from damaged entries.
/// </summary>
public sealed class AnalysedFieldCacheTests
{
    /// <summary>A cache in memory, as the build cache keeps it between builds (by text).</summary>
    private sealed class MemoryCache : IAnalysedFieldCache
    {
        public ConcurrentDictionary<string, ReadOnlyMemory<byte>> Entries { get; } = new(StringComparer.Ordinal);
        public int Found, Kept;

        public ReadOnlyMemory<byte>? Find(string text)
        {
            if (!Entries.TryGetValue(text, out var entry)) return null;
            Interlocked.Increment(ref Found);
            return entry;
        }

        public void Keep(string text, ReadOnlyMemory<byte> analysed)
        {
            Interlocked.Increment(ref Kept);
            Entries[text] = analysed;
        }
    }

    private static readonly IReadOnlyList<SearchDocument> Pages = GeneratedCorpus.Load(300);

    private static IReadOnlyList<SearchAsset> Build(IReadOnlyList<SearchDocument> pages, IAnalysedFieldCache? cache = null) =>
        SiteSearchIndex.Build(pages, HandWrittenDutchDocuments.Glossary, SearchLanguage.Dutch, cache);

    [Fact]
    public void An_index_made_from_kept_fields_is_the_index_made_from_the_text()
    {
        var expected = Build(Pages);
        var cache = new MemoryCache();
        Assert.Equal(expected, Build(Pages, cache));
        // Every body (and any other longer field) was kept, and the next build finds them all and analyses none.
        Assert.True(cache.Entries.Count >= Pages.Count(p => p.Body.Length >= IAnalysedFieldCache.MinLength));
        var kept = cache.Kept;
        Assert.Equal(expected, Build(Pages, cache));
        Assert.Equal(kept, cache.Found);
        Assert.Equal(kept, cache.Kept);
    }

    [Fact]
    public void After_an_edit_only_the_changed_page_is_analysed_and_the_index_is_the_same_as_without_the_cache()
    {
        var cache = new MemoryCache();
        Build(Pages, cache);
        // One page gets words no other page has, another loses its body: new terms must get their ordinals in the same order.
        var edited = Pages.Select((p, i) => i switch
        {
            7 => p with { Body = "Snickerbar en zwembadpas voor de leerplichtambtenaar. " + p.Body },
            11 => p with { Body = "" },
            _ => p,
        }).ToList();
        var kept = cache.Kept;
        Assert.Equal(Build(edited), Build(edited, cache));
        // The edited body alone was analysed and kept (the emptied one is too short to keep).
        Assert.Equal(kept + 1, cache.Kept);
    }

    [Theory]
    [InlineData("cut short")]
    [InlineData("empty")]
    [InlineData("garbage")]
    [InlineData("term not UTF-8")]
    [InlineData("no terms")]
    public void A_damaged_entry_is_analysed_again(string damage)
    {
        var cache = new MemoryCache();
        Build(Pages, cache);
        foreach (var (text, entry) in cache.Entries.ToList())
        {
            var bytes = entry.ToArray();
            cache.Entries[text] = damage switch
            {
                "cut short" => bytes[..(bytes.Length / 2)],
                "empty" => Array.Empty<byte>(),
                "garbage" => [.. Enumerable.Range(0, 64).Select(i => (byte)(i * 37 + 255))],
                "term not UTF-8" => Corrupt(bytes, at: FirstTermByte(bytes), 0xFF),
                _ => Corrupt(bytes, at: TermCountByte(bytes), 0),
            };
        }
        Assert.Equal(Build(Pages), Build(Pages, cache));
    }

    // The term count: after the field length.
    private static int TermCountByte(byte[] bytes)
    {
        var at = 0;
        while ((bytes[at++] & 0x80) != 0) { }
        return at;
    }

    // The first byte of the first term: after the field length and the term count (each one byte for these fields, or more).
    private static int FirstTermByte(byte[] bytes)
    {
        var at = 0;
        while ((bytes[at++] & 0x80) != 0) { }
        while ((bytes[at++] & 0x80) != 0) { }
        while ((bytes[at++] & 0x80) != 0) { }
        return at;
    }

    private static byte[] Corrupt(byte[] bytes, int at, byte value)
    {
        var copy = bytes.ToArray();
        copy[at] = value;
        return copy;
    }
}
