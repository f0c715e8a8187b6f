using System.Text;

namespace StaticSite.Search.Lunr;

/// <summary>
/// The bytes an analysed field is kept as between builds (<see cref="IAnalysedFieldCache"/>): the field length, the number of
/// distinct terms, then each term (its UTF-8 length and bytes) with its count, all numbers as 7-bit encoded integers.
/// <see cref="LunrIndexBuilder"/> reads the terms straight from these bytes into its postings, so a field taken from the
/// cache costs no strings but the terms the index has not met yet.
/// </summary>
internal static class AnalysedFieldCodec
{
    // Longer than any term a pipeline keeps (a token is a run of letters and digits); a longer one is a damaged entry.
    internal const int MaxTermBytes = 4096;

    // Refuses a term with half a surrogate pair, which UTF-8 cannot hold: such a field is not kept (it would come back as another term).
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The bytes of a field with <paramref name="length"/> tokens kept and these distinct terms and counts; null when a term cannot be kept as UTF-8.</summary>
    public static byte[]? Encode(int length, string[] terms, int[] counts)
    {
        var stream = new MemoryStream(16 + terms.Length * 12);
        try
        {
            Write(stream, length, terms, counts);
        }
        catch (EncoderFallbackException)
        {
            return null;
        }
        return stream.ToArray();
    }

    private static void Write(MemoryStream stream, int length, string[] terms, int[] counts)
    {
        using (var writer = new BinaryWriter(stream, StrictUtf8, leaveOpen: true))
        {
            writer.Write7BitEncodedInt(length);
            writer.Write7BitEncodedInt(terms.Length);
            for (var i = 0; i < terms.Length; i++)
            {
                writer.Write(terms[i]); // its UTF-8 length as a 7-bit encoded integer, then the bytes
                writer.Write7BitEncodedInt(counts[i]);
            }
        }
    }

    /// <summary>The field length of <paramref name="encoded"/> when it is a whole, well-formed entry; else null (then the field is analysed).</summary>
    public static int? LengthOf(ReadOnlySpan<byte> encoded)
    {
        var at = 0;
        if (Number(encoded, ref at) is not { } length || Number(encoded, ref at) is not { } count || count > encoded.Length) return null;
        for (var i = 0; i < count; i++)
        {
            if (Number(encoded, ref at) is not { } bytes || bytes is 0 or > MaxTermBytes || bytes > encoded.Length - at
                || !System.Text.Unicode.Utf8.IsValid(encoded.Slice(at, bytes)))
                return null;
            at += bytes;
            if (Number(encoded, ref at) is not (> 0)) return null;
        }
        return at == encoded.Length ? length : null;
    }

    /// <summary>Reads a 7-bit encoded non-negative integer at <paramref name="at"/>; null past the end or when malformed.</summary>
    public static int? Number(ReadOnlySpan<byte> bytes, ref int at)
    {
        var value = 0u;
        for (var shift = 0; shift < 35; shift += 7)
        {
            if (at >= bytes.Length) return null;
            var b = bytes[at++];
            value |= (uint)(b & 0x7F) << shift;
            if ((b & 0x80) == 0) return value <= int.MaxValue && (shift < 28 || b <= 0x0F) ? (int)value : null;
        }
        return null;
    }
}
