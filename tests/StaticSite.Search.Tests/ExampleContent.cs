using System.Text.RegularExpressions;

namespace StaticSite.Search.Tests;

/// <summary>
/// The repository's example content (<c>content/**/*.md</c>) as search documents: real B1 Dutch with
/// diacritics, abbreviations and Markdown punctuation. Front matter is read with two patterns, and
/// the body is the raw Markdown: the point is realistic text for the index builders, not the
/// site's exact field values.
/// </summary>
internal static partial class ExampleContent
{
    public static IReadOnlyList<SearchDocument> Load()
    {
        var root = Path.Combine(TestPaths.RepositoryRoot, "content");
        return Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path =>
            {
                var text = File.ReadAllText(path);
                var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
                var frontMatter = end > 0 ? text[..end] : "";
                var body = end > 0 ? text[(end + 4)..] : text;
                return new SearchDocument(
                    "/" + Path.GetRelativePath(root, path).Replace('\\', '/'),
                    Value(frontMatter, "title"),
                    Value(frontMatter, "description"),
                    [.. Heading().Matches(body).Select(m => m.Groups[1].Value)],
                    body,
                    [Value(frontMatter, "abbreviation")],
                    "page",
                    ["ouders"],
                    Value(frontMatter, "description"));
            })
            .ToList();
    }

    private static string Value(string frontMatter, string key)
    {
        var match = Regex.Match(frontMatter, $"^{key}:\\s*\"?(?<v>[^\"\\n]*)\"?\\s*$", RegexOptions.Multiline);
        return match.Success ? match.Groups["v"].Value : "";
    }

    [GeneratedRegex(@"^#{1,6}\s+(.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();
}
