using System.Diagnostics;
using System.Text.RegularExpressions;

namespace StaticSite.Search.Tests;

/// <summary>Pages of <c>shared/tools/gen_corpus.py</c> (seed 42) turned into search documents, cached per size.</summary>
internal static partial class GeneratedCorpus
{
    private static readonly Dictionary<int, IReadOnlyList<SearchDocument>> Cache = [];

    public static IReadOnlyList<SearchDocument> Load(int pages)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(pages, out var documents))
            {
                documents = Generate(pages);
                Cache.Add(pages, documents);
            }

            return documents;
        }
    }

    private static IReadOnlyList<SearchDocument> Generate(int pages)
    {
        var tool = Path.Combine(TestPaths.Shared, "tools", "gen_corpus.py");
        Assert.True(File.Exists(tool), $"{tool} is missing (expected <clone>/../shared).");
        var output = Path.Combine(Path.GetTempPath(), $"staticsite-corpus-{pages}-{Guid.NewGuid():N}");
        try
        {
            var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { tool, "--regions", "1", "--pages", pages.ToString(), "--seed", "42", "--out", output, "--format", "plain" })
            {
                start.ArgumentList.Add(argument);
            }

            using (var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start."))
            {
                process.StandardOutput.ReadToEnd();
                var error = process.StandardError.ReadToEnd();
                process.WaitForExit();
                Assert.True(process.ExitCode == 0, $"gen_corpus.py failed: {error}");
            }

            return Directory.EnumerateFiles(output, "*.md", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(f => Parse(Path.GetRelativePath(output, f), File.ReadAllText(f)))
                .Where(d => d is not null)
                .Select(d => d!)
                .ToList();
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    /// <summary>A rough Markdown reading: enough for realistic search text, not a renderer.</summary>
    private static SearchDocument? Parse(string relativePath, string markdown)
    {
        var parts = markdown.Split("---\n", 3);
        var frontMatter = parts[1];
        if (frontMatter.Contains("draft: true"))
        {
            return null;
        }

        string Scalar(string key) => FrontMatterScalar(key).Match(frontMatter) is { Success: true } m
            && m.Groups["key"].Value == key ? m.Groups["value"].Value.Trim('"') : "";

        var lines = parts[2].Split('\n');
        var headings = lines.Where(l => l.StartsWith('#')).Select(l => l.TrimStart('#', ' ')).ToArray();
        var text = string.Join(' ', lines.Where(l => !l.StartsWith('#') && !l.StartsWith("| ---")));
        text = MarkdownLink().Replace(text, "$1");
        text = text.Replace("|", " ").Replace("**", "");
        text = Regex.Replace(text, @"\s+", " ").Trim();
        var segments = relativePath.Replace('\\', '/').Split('/');
        var audienceLine = Regex.Match(frontMatter, @"audience: \[(?<a>[^\]]*)\]").Groups["a"].Value;
        var description = Scalar("description");
        return new SearchDocument(
            "/" + segments[1] + "/" + Path.GetFileNameWithoutExtension(segments[2]) + "/",
            Scalar("title"),
            description.Length == 0 ? null : description,
            headings,
            text,
            [],
            segments[1] == "nieuws" ? "news" : segments[1] == "veelgestelde-vragen" ? "faq" : "page",
            audienceLine.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            description.Length == 0 ? Scalar("title") : description);
    }

    [GeneratedRegex(@"^(?<key>title|description):\s*(?<value>.*)$", RegexOptions.Multiline)]
    private static partial Regex FrontMatterScalar();

    private static Regex FrontMatterScalar(string key) =>
        new($"^(?<key>{key}):\\s*(?<value>.*)$", RegexOptions.Multiline);

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();
}
