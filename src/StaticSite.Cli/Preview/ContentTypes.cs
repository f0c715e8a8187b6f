namespace StaticSite.Cli.Preview;

/// <summary>The HTTP content type of a site file, by extension.</summary>
public static class ContentTypes
{
    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8", [".css"] = "text/css; charset=utf-8", [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8", [".xml"] = "application/xml; charset=utf-8", [".txt"] = "text/plain; charset=utf-8",
        [".svg"] = "image/svg+xml", [".png"] = "image/png", [".jpg"] = "image/jpeg", [".jpeg"] = "image/jpeg", [".gif"] = "image/gif",
        [".webp"] = "image/webp", [".ico"] = "image/x-icon", [".pdf"] = "application/pdf", [".woff2"] = "font/woff2",
    };

    /// <summary>The content type of <paramref name="path"/>; <c>application/octet-stream</c> when unknown.</summary>
    public static string Of(string path) => ByExtension.GetValueOrDefault(Path.GetExtension(path), "application/octet-stream");
}
