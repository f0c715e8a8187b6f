using SkiaSharp;

namespace StaticSite.Output.Images;

/// <summary>
/// Reads and resizes the images pages show, with SkiaSharp.
/// <para>
/// Why SkiaSharp and not NetVips: on the 2400×1600 example image (three widths, PNG and WebP each)
/// NetVips was faster (0.55 s against 0.91 s warm) but its PNG copies were 50% larger (Lanczos
/// resampling keeps more of a photo's noise; WebP copies were the same size), and an unchanged image
/// is never encoded twice (see <see cref="ImageCache"/>), so speed matters little. SkiaSharp ships a
/// .NET 10 build marked trimmable for NativeAOT (a later step of the command line), is MIT licensed
/// throughout (libvips is LGPL), and its native library without fontconfig needs nothing from the
/// system. Both gave byte-identical output run after run.
/// </para>
/// <para>
/// Copies carry no metadata (a phone photo's EXIF, with its GPS position, is not published) and are
/// encoded with fixed settings, so the same image always gives the same bytes.
/// </para>
/// </summary>
public static class ImageEncoder
{
    /// <summary>Widths of the copies (a phone, the text column at 1× and 1.5×, and 2×), never wider than the original.</summary>
    public static readonly IReadOnlyList<int> Widths = [480, 720, 1080, 1440];

    /// <summary>Quality of lossy copies (WebP, JPEG).</summary>
    public const int Quality = 80;

    /// <summary>Changes whenever the copies would come out differently, so cached copies of older settings are not reused.</summary>
    public static readonly string Settings = $"skia-{typeof(SKImage).Assembly.GetName().Version}-q{Quality}-w{string.Join(",", Widths)}-f{FallbackWidth}-v2";

    /// <summary>True for the formats that get resized copies (PNG, JPEG, WebP); other images (SVG, GIF) are published as they are.</summary>
    public static bool Converts(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".png" or ".jpg" or ".jpeg" or ".webp";

    /// <summary>True for files a browser shows as an image.</summary>
    public static bool IsImage(string path) =>
        Converts(path) || Path.GetExtension(path).ToLowerInvariant() is ".gif" or ".svg" or ".avif";

    /// <summary>The pixel size of an encoded image from its header alone; null when it is not a readable image.</summary>
    public static (int Width, int Height)? Measure(byte[] bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        return codec is null || codec.Info.Width <= 0 ? null : (codec.Info.Width, codec.Info.Height);
    }

    /// <summary>Width of the one copy in the original's format, for the few browsers without WebP (the text column at 1×).</summary>
    public const int FallbackWidth = 720;

    /// <summary>
    /// Resized copies of <paramref name="bytes"/> (a PNG, JPEG or WebP file at <paramref name="path"/>): WebP at
    /// every width of <see cref="Widths"/> up to the original's, then one copy in the original's format at
    /// <see cref="FallbackWidth"/> for browsers without WebP (every browser of the last years reads WebP,
    /// and a PNG photo at all four widths would cost more encoding time and disk than all WebP copies
    /// together). Null when the file cannot be decoded.
    /// </summary>
    public static IReadOnlyList<ImageCopy>? Encode(string path, byte[] bytes)
    {
        using var original = SKBitmap.Decode(bytes);
        if (original is null || original.Width <= 0) return null;
        var ext = Path.GetExtension(path).ToLowerInvariant();
        var fallback = ext switch { ".png" => "png", ".jpg" or ".jpeg" => "jpg", _ => null };
        var widths = Widths.Where(w => w < original.Width).Append(Math.Min(original.Width, Widths[^1])).Distinct().Order().ToList();
        var webp = new List<ImageCopy>();
        var other = new List<ImageCopy>();
        foreach (var width in widths)
        {
            var height = Math.Max(1, (int)Math.Round((double)original.Height * width / original.Width));
            using var scaled = width == original.Width ? original.Copy() : original.Resize(new SKImageInfo(width, height, original.ColorType, original.AlphaType),
                new SKSamplingOptions(SKCubicResampler.Mitchell));
            using var pixels = scaled.PeekPixels();
            webp.Add(new ImageCopy(width, height, "webp", Bytes(pixels.Encode(new SKWebpEncoderOptions(SKWebpEncoderCompression.Lossy, Quality)))));
            if (width != Math.Min(FallbackWidth, widths[^1])) continue;
            if (fallback == "png")
                other.Add(new ImageCopy(width, height, "png", Bytes(pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.AllFilters, zLibLevel: 9)))));
            else if (fallback == "jpg")
                other.Add(new ImageCopy(width, height, "jpg", Bytes(pixels.Encode(new SKJpegEncoderOptions(Quality, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore)))));
        }
        return [.. webp, .. other];
    }

    private static byte[] Bytes(SKData? data)
    {
        using (data) return data?.ToArray() ?? throw new InvalidOperationException("the image could not be encoded");
    }
}
