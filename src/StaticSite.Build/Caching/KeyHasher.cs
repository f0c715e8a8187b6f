using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace StaticSite.Build.Caching;

/// <summary>
/// Builds a 128-bit key of the build cache from a sequence of values: each string, byte run and
/// number goes in with its length or a fixed size, so no two different sequences share their bytes
/// ("ab"+"c" and "a"+"bc" give different keys).
/// </summary>
/// <remarks>
/// XxHash128, as the compression cache: the cache lives inside the output folder that only the build
/// writes, so keys need no defence against forged entries, and hashing the text of 1,000 pages costs
/// a few milliseconds instead of the tens a cryptographic hash would.
/// </remarks>
public sealed class KeyHasher
{
    private readonly XxHash128 _hash = new();
    private readonly byte[] _number = new byte[8];

    /// <summary>Adds a string (its UTF-16 code units and length).</summary>
    public KeyHasher Add(string? text)
    {
        if (text is null) return Add(-1);
        Add(text.Length);
        _hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
        return this;
    }

    /// <summary>Adds bytes and their length.</summary>
    public KeyHasher Add(ReadOnlySpan<byte> bytes)
    {
        Add(bytes.Length);
        _hash.Append(bytes);
        return this;
    }

    /// <summary>Adds a number.</summary>
    public KeyHasher Add(long number)
    {
        System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(_number, number);
        _hash.Append(_number);
        return this;
    }

    /// <summary>Adds a flag.</summary>
    public KeyHasher Add(bool flag) => Add(flag ? 1L : 0L);

    /// <summary>Adds another key.</summary>
    public KeyHasher Add(UInt128 key) => Add((long)(ulong)(key >> 64)).Add((long)(ulong)key);

    /// <summary>Adds a list of strings and its length.</summary>
    public KeyHasher Add(IReadOnlyList<string> items)
    {
        Add(items.Count);
        foreach (var item in items) Add(item);
        return this;
    }

    /// <summary>The key of everything added so far.</summary>
    public UInt128 Key => _hash.GetCurrentHashAsUInt128();

    /// <summary>The XxHash128 of <paramref name="bytes"/> alone, as recorded for files of the site.</summary>
    public static UInt128 HashOf(ReadOnlySpan<byte> bytes) => XxHash128.HashToUInt128(bytes);
}
