using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace StaticSite.Output.Images;

/// <summary>An image the site has, as the markup needs it.</summary>
/// <param name="Variants">Its size and copies.</param>
/// <param name="CopyUrls">URL (with base path) of each copy in <see cref="ImageVariants.Copies"/>, same order.</param>
public sealed record SiteImage(ImageVariants Variants, IReadOnlyList<string> CopyUrls);

/// <summary>
/// Rewrites the <c>&lt;img&gt;</c> elements of a rendered body: each image the site has gets its width and
/// height (no layout shift while it loads), <c>decoding="async"</c>, <c>loading="lazy"</c> unless it is
/// probably on the first screen, and, when copies were made, a <c>&lt;picture&gt;</c> with a WebP
/// <c>srcset</c> of every width, so a phone downloads a phone-sized file, and the copy in the
/// original format as the <c>&lt;img&gt;</c>'s own <c>src</c> for browsers without WebP.
/// The alternative text and any other attribute stay as written.
/// </summary>
public static partial class PictureMarkup
{
    /// <summary>The rendered width of the text column: 45rem, or the screen less the page's padding.</summary>
    public const string Sizes = "(min-width: 47rem) 45rem, calc(100vw - 2rem)";

    /// <summary>
    /// Text characters before an image above which it counts as below the first screen of a phone
    /// (the header, the title and a short introduction fill that screen).
    /// </summary>
    public const int FirstScreenText = 300;

    /// <summary>
    /// <paramref name="html"/> with its images rewritten; <paramref name="lookup"/> gives the image at a
    /// <c>src</c> as written (with base path), or null for images the site does not have (other hosts).
    /// </summary>
    public static string Rewrite(string html, Func<string, SiteImage?> lookup)
    {
        if (!html.Contains("<img", StringComparison.OrdinalIgnoreCase)) return html;
        var first = true;
        return ImageTag().Replace(html, match =>
        {
            var attributes = Attribute().Matches(match.Value)
                .Select(a => (Name: a.Groups["name"].Value.ToLowerInvariant(), a.Groups["value"].Value)).ToList();
            var src = attributes.FirstOrDefault(a => a.Name == "src").Value;
            var image = src is null ? null : lookup(WebUtility.HtmlDecode(src));
            var onFirstScreen = first && TextLength(html[..match.Index]) < FirstScreenText;
            first = false;
            if (image is null) return match.Value;
            var variants = image.Variants;
            string Get(string name) => attributes.FirstOrDefault(a => a.Name == name).Value ?? "";
            var img = new StringBuilder("<img");
            var copies = variants.Copies.Select((c, i) => (Copy: c, Url: image.CopyUrls[i])).ToList();
            var webp = copies.Where(c => c.Copy.Format == "webp").ToList();
            var own = copies.Where(c => c.Copy.Format != "webp").ToList();
            var fallback = own.Count > 0 ? own : webp;
            foreach (var (name, value) in attributes)
            {
                if (name is "width" or "height" or "loading" or "decoding" or "srcset" or "sizes") continue;
                var written = name == "src" && fallback.Count > 0 ? Default(fallback).Url : WebUtility.HtmlDecode(value);
                img.Append(' ').Append(name).Append("=\"").Append(WebUtility.HtmlEncode(written)).Append('"');
            }
            if (fallback.Count > 1) img.Append(" srcset=\"").Append(SrcSet(fallback)).Append("\" sizes=\"").Append(Sizes).Append('"');
            var (width, height) = Get("width").Length > 0 && Get("height").Length > 0 ? (Get("width"), Get("height"))
                : (variants.Width.ToString(System.Globalization.CultureInfo.InvariantCulture), variants.Height.ToString(System.Globalization.CultureInfo.InvariantCulture));
            img.Append(" width=\"").Append(width).Append("\" height=\"").Append(height).Append('"');
            img.Append(onFirstScreen ? "" : " loading=\"lazy\"").Append(" decoding=\"async\">");
            if (webp.Count == 0 || own.Count == 0) return img.ToString();
            return $"<picture><source type=\"image/webp\" srcset=\"{SrcSet(webp)}\" sizes=\"{Sizes}\">{img}</picture>";
        });
    }

    /// <summary>The copy for browsers that do not read <c>srcset</c>: the one nearest the text column's width.</summary>
    private static (ImageCopy Copy, string Url) Default(List<(ImageCopy Copy, string Url)> copies) =>
        copies.FirstOrDefault(c => c.Copy.Width >= 720, copies[^1]);

    private static string SrcSet(IEnumerable<(ImageCopy Copy, string Url)> copies) =>
        string.Join(", ", copies.Select(c => $"{WebUtility.HtmlEncode(c.Url)} {c.Copy.Width}w"));

    private static int TextLength(string html) => Tag().Replace(html, "").Trim().Length;

    [GeneratedRegex(@"<img\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ImageTag();

    [GeneratedRegex("""\s(?<name>[a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*"(?<value>[^"]*)"|\s(?<name>[a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*'(?<value>[^']*)'""")]
    private static partial Regex Attribute();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();
}
