namespace StaticSite.Output.Images;

/// <summary>One resized copy of an image.</summary>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
/// <param name="Format">File extension without the dot: <c>webp</c>, <c>png</c>, <c>jpg</c>.</param>
/// <param name="Bytes">The encoded copy.</param>
public sealed record ImageCopy(int Width, int Height, string Format, byte[] Bytes)
{
    /// <summary>The MIME type of <see cref="Format"/>.</summary>
    public string MediaType => Format switch { "webp" => "image/webp", "png" => "image/png", _ => "image/jpeg" };
}

/// <summary>What the build knows of an image a page shows: its size, and the copies made of it.</summary>
/// <param name="Width">Width of the original in pixels.</param>
/// <param name="Height">Height of the original in pixels.</param>
/// <param name="Copies">Resized copies, WebP first then the original's format, each by width; empty when the image is used as it is (SVG, GIF, or not encoded in this build).</param>
public sealed record ImageVariants(int Width, int Height, IReadOnlyList<ImageCopy> Copies);
