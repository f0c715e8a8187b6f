using Microsoft.AspNetCore.StaticFiles;

namespace StaticSite.Cli.Preview;

/// <summary>The HTTP content type of a site file, by extension: ASP.NET Core's own table, with UTF-8 named for text.</summary>
public static class ContentTypes
{
    private static readonly FileExtensionContentTypeProvider Provider = new();

    /// <summary>The content type of <paramref name="path"/>; <c>application/octet-stream</c> when unknown.</summary>
    public static string Of(string path)
    {
        if (!Provider.TryGetContentType(path, out var type)) return "application/octet-stream";
        var isText = type.StartsWith("text/", StringComparison.Ordinal) || type is "application/javascript" or "application/json" or "application/xml";
        return isText ? type + "; charset=utf-8" : type;
    }
}
