using System.Security.Cryptography;

namespace StaticSite.Output.Files;

/// <summary>Content-hashed file names, so a CDN can cache assets forever and a change gets a new URL.</summary>
public static class ContentHash
{
    /// <summary><c>css/site.css</c> with content <paramref name="bytes"/> becomes <c>css/site.1a2b3c4d.css</c>.</summary>
    public static string Name(string path, ReadOnlySpan<byte> bytes)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
        var slash = path.LastIndexOf('/');
        var dot = path.LastIndexOf('.');
        return dot > slash ? $"{path[..dot]}.{hash}{path[dot..]}" : $"{path}.{hash}";
    }
}
