using System.Globalization;
using System.Text;
using StaticSite.Content.Model;
using StaticSite.Content.Sources;
using StaticSite.Pipeline.Diagnostics;
using StaticSite.Pipeline.Engine;

namespace StaticSite.Build.Stages.Input;

/// <summary>
/// Gives each page its pretty URL and layout kind: <c>ouders/tlv.md</c> → <c>/ouders/tlv/</c>,
/// <c>ouders/index.md</c> → <c>/ouders/</c> (a section overview), <c>index.md</c> → <c>/</c>
/// (the home page). A <c>slug</c> replaces the file name. A translation gets the URL of its Dutch
/// page's name under its language (<c>ouders/tlv.en.md</c> → <c>/en/ouders/tlv/</c>); PairTranslations
/// then makes it exactly its Dutch page's.
/// </summary>
public sealed class AssignUrls : DocumentStage<Document>
{
    /// <inheritdoc />
    protected override Document? Process(Document document, ExecutionContext<Document> context)
    {
        if (document.Source is null) return document;
        var placed = Place(document, context);
        return placed is null || !document.IsTranslation ? placed : InLanguage(placed, document.Language);
    }

    /// <summary><paramref name="page"/> moved under its language's folder (<c>/en/...</c>).</summary>
    public static Document InLanguage(Document page, string language)
    {
        var url = "/" + language + page.Url;
        return page with { Url = url, OutputPath = url.Trim('/') + "/index.html" };
    }

    private static Document? Place(Document document, ExecutionContext<Document> context)
    {
        var relative = document.DutchPath.Length > 0 ? document.DutchPath : document.RelativePath;
        var slash = relative.LastIndexOf('/');
        var folder = slash < 0 ? "" : relative[..slash];
        var name = Path.GetFileNameWithoutExtension(relative);
        var folderUrl = folder.Length == 0 ? "/" : "/" + string.Join('/', folder.Split('/').Select(Slugify)) + "/";

        if (name == "index")
        {
            var isHome = folder.Length == 0;
            return document with
            {
                Url = folderUrl,
                Kind = isHome ? PageKind.Home : PageKind.List,
                ListVariant = ContentTypes.FromPath(relative),
                OutputPath = isHome ? "index.html" : folderUrl.Trim('/') + "/index.html",
            };
        }

        var slug = Slugify(name);
        if (document.Meta.Slug is { } written)
        {
            if (written.Contains('/') || written.Contains('\\') || written.Contains(".."))
            {
                context.Diagnostics.Add(Diagnostic.Error(document.Meta.SlugAt, DiagnosticCodes.PathOutsideOutput,
                    $"slug '{written}' contains '/', '\\' or '..', which could put the page outside its folder. Use only letters, digits and '-', like '{Slugify(written)}'."));
                return null;
            }
            if (Slugify(written) != written)
            {
                context.Diagnostics.Add(Diagnostic.Error(document.Meta.SlugAt, DiagnosticCodes.InvalidValue,
                    $"slug '{written}' may only contain lower-case letters, digits and '-'; write '{Slugify(written)}'."));
                return null;
            }
            if (written.Length > FileNameRules.MaxNameBytes)
            {
                context.Diagnostics.Add(Diagnostic.Error(document.Meta.SlugAt, DiagnosticCodes.FileNameTooLong,
                    $"slug is {written.Length} characters long; a slug can be at most {FileNameRules.MaxNameBytes} (it becomes a folder name, and file systems stop at 255). Write a shorter one."));
                return null;
            }
            slug = written;
        }
        var url = folderUrl + slug + "/";
        return document with
        {
            Url = url,
            Kind = KindOf(document.Meta.Type),
            OutputPath = url.Trim('/') + "/index.html",
        };
    }

    /// <summary>The layout kind of a content type.</summary>
    public static PageKind KindOf(ContentType type) => type switch
    {
        ContentType.Organisation => PageKind.Organisation,
        ContentType.Faq => PageKind.Faq,
        ContentType.Term => PageKind.Term,
        ContentType.Route => PageKind.Route,
        ContentType.News => PageKind.News,
        _ => PageKind.Page,
    };

    private const string Accented = "áàâäãåéèêëíìîïóòôöõúùûüýÿçñ";
    private const string Plain = "aaaaaaeeeeiiiiooooouuuuyycn";

    /// <summary>A URL segment: lower case, Dutch diacritics folded (ë → e), anything else but a-z and 0-9 becomes '-'.</summary>
    public static string Slugify(string text)
    {
        // An explicit table: with invariant globalization (Directory.Build.props) Normalize(FormD) leaves
        // 'ë' whole, which turned cliënt into cli-nt.
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            var accented = Accented.IndexOf(c);
            folded.Append(accented >= 0 ? Plain[accented] : c);
        }
        var slug = new StringBuilder(folded.Length);
        foreach (var c in folded.ToString())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || c == '_') slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        return slug.ToString().Trim('-');
    }
}
