namespace StaticSite.Content.Model;

/// <summary>The kinds of content an editor writes, chosen by front matter <c>type:</c> or by folder.</summary>
public enum ContentType
{
    /// <summary>An ordinary page.</summary>
    Page,
    /// <summary>An entry of the regional social map.</summary>
    Organisation,
    /// <summary>A question with its answer.</summary>
    Faq,
    /// <summary>A glossary term.</summary>
    Term,
    /// <summary>An ordered escalation path of steps.</summary>
    Route,
    /// <summary>A dated news item.</summary>
    News,
}

/// <summary>Names and folder conventions of <see cref="ContentType"/>.</summary>
public static class ContentTypes
{
    /// <summary>All types, in a stable order.</summary>
    public static readonly IReadOnlyList<ContentType> All = Enum.GetValues<ContentType>();

    /// <summary>The name editors write in <c>type:</c>.</summary>
    public static string Name(this ContentType type) => type switch
    {
        ContentType.Page => "page",
        ContentType.Organisation => "organisation",
        ContentType.Faq => "faq",
        ContentType.Term => "term",
        ContentType.Route => "route",
        ContentType.News => "news",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>Parses a <c>type:</c> value.</summary>
    public static ContentType? Parse(string name) => All.Cast<ContentType?>().FirstOrDefault(t => t!.Value.Name() == name);

    /// <summary>The conventional folder of a type (<c>organisaties/</c>), or null for pages.</summary>
    public static string? Folder(this ContentType type) => type switch
    {
        ContentType.Organisation => "organisaties",
        ContentType.Faq => "vragen",
        ContentType.Term => "begrippen",
        ContentType.Route => "route",
        ContentType.News => "nieuws",
        _ => null,
    };

    /// <summary>The type a file gets from the first folder of its path, when front matter says nothing.</summary>
    public static ContentType FromPath(string relativePath)
    {
        var slash = relativePath.IndexOf('/');
        if (slash < 0) return ContentType.Page;
        var folder = relativePath[..slash];
        return All.FirstOrDefault(t => t.Folder() == folder, ContentType.Page);
    }
}
