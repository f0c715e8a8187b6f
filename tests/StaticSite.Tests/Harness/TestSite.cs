using System.Text;
using StaticSite.Cli;

namespace StaticSite.Tests.Harness;

/// <summary>
/// A whole small site declared inline, Hugo style, written to a fresh temp folder:
/// <code>
/// -- content/utrecht/region.yml --
/// name: Utrecht
/// baseUrl: https://example.org/
/// -- content/_shared/ouders/tlv.md --
/// ---
/// title: TLV
/// ---
/// Tekst.
/// </code>
/// Each <c>-- path --</c> line starts a file; its first line after the header is line 1 of that
/// file, so diagnostics line up with the declaration. Themes default to the repository's real
/// <c>themes/</c> folder (read only); when the declaration has any <c>themes/</c> file, the real
/// themes are copied into the site first and the declared files overlay them.
/// </summary>
/// <remarks>
/// Current directory: diagnostics print paths relative to <see cref="Environment.CurrentDirectory"/>,
/// which is process-wide. Changing it would force every test that builds into one serial
/// collection, and any other test reading it in parallel would see a moving target. So the
/// harness never touches it: it passes absolute folders to the CLI and strips the site's path
/// relative to the current directory (computed exactly as the product computes it) from the
/// output. The result reads as if the build ran inside the site folder
/// (<c>content/utrecht/x.md(3,1): ...</c>), and tests stay free to run in parallel.
/// </remarks>
public sealed class TestSite : IDisposable
{
    private static readonly string TempRoot = Path.Combine(Path.GetTempPath(), "staticsite-tests");

    private TestSite(string root) => Root = root;

    /// <summary>Absolute path of the site folder (holds content/, dist/ and maybe themes/).</summary>
    public string Root { get; }

    /// <summary>The folder passed as --themes.</summary>
    public string ThemesRoot => Directory.Exists(Path.Combine(Root, "themes")) ? Path.Combine(Root, "themes") : RepositoryPaths.Themes;

    /// <summary>Writes the declared files to a new temp folder; <paramref name="ownThemes"/> copies the real themes in even when none is declared.</summary>
    public static TestSite Create(string declaration, bool ownThemes = false)
    {
        var site = new TestSite(Path.Combine(TempRoot, Guid.NewGuid().ToString("N")[..12]));
        Directory.CreateDirectory(site.Root);
        var files = Parse(declaration);
        if (ownThemes || files.Keys.Any(p => p.StartsWith("themes/", StringComparison.Ordinal)))
            CopyFolder(RepositoryPaths.Themes, Path.Combine(site.Root, "themes"));
        foreach (var (path, text) in files) site.Write(path, text);
        return site;
    }

    /// <summary>Writes (or replaces) a text file, LF line endings, UTF-8 without BOM.</summary>
    public TestSite Write(string path, string text) => WriteBytes(path, new UTF8Encoding(false).GetBytes(text));

    /// <summary>Writes (or replaces) a file with exactly these bytes.</summary>
    public TestSite WriteBytes(string path, byte[] bytes)
    {
        var full = Full(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllBytes(full, bytes);
        return this;
    }

    /// <summary>Deletes a file of the site.</summary>
    public TestSite Delete(string path)
    {
        System.IO.File.Delete(Full(path));
        return this;
    }

    /// <summary>Runs <c>staticsite build</c> on this site (absolute --content, --themes and --output) plus <paramref name="extra"/>.</summary>
    public BuildResult Build(params string[] extra) =>
        Run(["build", "--content", Full("content"), "--themes", ThemesRoot, "--output", Full("dist"), .. extra]);

    /// <summary>Runs <c>staticsite check</c> on this site.</summary>
    public BuildResult Check(params string[] extra) =>
        Run(["check", "--content", Full("content"), "--themes", ThemesRoot, .. extra]);

    /// <summary>Runs the command line in process with exactly <paramref name="args"/>.</summary>
    public BuildResult Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = StaticSiteCommandLine.Run(args, output, error);
        return new BuildResult(code, Normalize(output.ToString()), Normalize(error.ToString()));
    }

    /// <summary>Text of an output or source file (path relative to the site folder); fails when it does not exist.</summary>
    public string File(string path)
    {
        var full = Full(path);
        Assert.True(System.IO.File.Exists(full), $"expected file {path} to exist");
        return System.IO.File.ReadAllText(full);
    }

    /// <summary>True when the file exists.</summary>
    public bool Exists(string path) => System.IO.File.Exists(Full(path)) || Directory.Exists(Full(path));

    /// <summary>
    /// Asserts that the file contains each expectation; an expectation starting with <c>"! "</c>
    /// must NOT occur (Hugo's negation).
    /// </summary>
    public void AssertFileContains(string path, params string[] expectations)
    {
        var text = File(path);
        foreach (var e in expectations)
        {
            if (e.StartsWith("! ", StringComparison.Ordinal))
                Assert.False(text.Contains(e[2..], StringComparison.Ordinal), $"{path} must not contain '{e[2..]}' but does:\n{text}");
            else
                Assert.True(text.Contains(e, StringComparison.Ordinal), $"{path} must contain '{e}' but does not:\n{text}");
        }
    }

    /// <summary>
    /// Every file under a folder of the site: relative path (forward slashes) to bytes. The build's
    /// cache (<c>dist/.cache</c>: encoded images and compressed copies by content hash) is not part of
    /// any site and is left out: a failed or killed build may add to it, never to a site.
    /// </summary>
    public SortedDictionary<string, byte[]> Snapshot(string folder = "dist")
    {
        var files = SnapshotOf(Full(folder));
        foreach (var cached in files.Keys.Where(k => k.StartsWith(".cache/", StringComparison.Ordinal)).ToList()) files.Remove(cached);
        return files;
    }

    /// <summary>Every file under an absolute folder: relative path to bytes.</summary>
    public static SortedDictionary<string, byte[]> SnapshotOf(string folder)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        if (!Directory.Exists(folder)) return files;
        foreach (var f in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            files[Path.GetRelativePath(folder, f).Replace('\\', '/')] = System.IO.File.ReadAllBytes(f);
        return files;
    }

    /// <summary>Asserts two snapshots hold the same paths with the same bytes, naming the first difference.</summary>
    public static void AssertSameFiles(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys.ToList(), actual.Keys.ToList());
        foreach (var (path, bytes) in expected)
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs");
    }

    /// <summary>The absolute path of a site-relative path.</summary>
    public string Full(string path) => Path.Combine(Root, path.Replace('/', Path.DirectorySeparatorChar));

    /// <inheritdoc />
    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    private string Normalize(string text)
    {
        // The product prints paths relative to the current directory; make them relative to the site.
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Root).Replace('\\', '/');
        return text.Replace(relative + "/", "", StringComparison.Ordinal)
                   .Replace(Root + Path.DirectorySeparatorChar, "", StringComparison.Ordinal)
                   .Replace(Root, ".", StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Parse(string declaration)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        var body = new StringBuilder();
        void Flush()
        {
            if (current is not null) files[current] = body.ToString();
            body.Clear();
        }
        foreach (var line in declaration.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                Flush();
                current = line[3..^3].Trim();
                continue;
            }
            if (current is null)
            {
                if (line.Trim().Length > 0) throw new ArgumentException($"text before the first '-- path --' line: {line}");
                continue;
            }
            body.Append(line).Append('\n');
        }
        Flush();
        // A raw string literal ends without a newline; the last file keeps exactly one.
        return files.ToDictionary(kv => kv.Key, kv => kv.Value.TrimEnd('\n') + "\n");
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            System.IO.File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }
}

/// <summary>What a run of the command line gave: exit code, stdout and the stderr lines.</summary>
public sealed record BuildResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Non-empty stderr lines: the diagnostics, in the order printed.</summary>
    public IReadOnlyList<string> ErrorLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Lines of stderr that are diagnostics with this code.</summary>
    public IReadOnlyList<string> WithCode(string code) => ErrorLines.Where(l => l.Contains($" {code}: ", StringComparison.Ordinal)).ToList();

    /// <inheritdoc />
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}--- stderr\n{Stderr}";
}
