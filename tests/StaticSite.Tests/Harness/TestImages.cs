using SkiaSharp;

namespace StaticSite.Tests.Harness;

/// <summary>Real image files for sites declared in tests: the build reads every image a page shows.</summary>
public static class TestImages
{
    /// <summary>A PNG of <paramref name="width"/> × <paramref name="height"/> pixels: a colour gradient, so resized copies differ by size.</summary>
    public static byte[] Png(int width = 40, int height = 30)
    {
        using var bitmap = new SKBitmap(width, height);
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
                bitmap.SetPixel(x, y, new SKColor((byte)(x * 255 / width), (byte)(y * 255 / height), 128));
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
