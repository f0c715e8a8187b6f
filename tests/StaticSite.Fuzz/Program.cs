using System.Text;
using System.Text.RegularExpressions;
using SharpFuzz;
using StaticSite.Cli;
using StaticSite.Content.Model;
using StaticSite.Content.Pages;
using StaticSite.Content.Regions;
using StaticSite.Content.Sources;
using StaticSite.Pipeline.Diagnostics;
using StaticSite.Rendering.Markdown;
using StaticSite.Rendering.RegionFacts;

namespace StaticSite.Fuzz;

/// <summary>
/// afl++ targets (run by <c>dotnet cake --target=Fuzz</c>): each reads one input, feeds it to a
/// part of the build and throws, which afl++ records as a crash, when that part misbehaves: an
/// exception, an internal error (SS9001), a diagnostic that is not exactly one line. Hangs are
/// afl++'s own timeout. Without afl++ a target runs once on its standard input, to replay a
/// finding: <c>dotnet staticsite-fuzz.dll markdown &lt; crash-file</c>. Instrumented code may only
/// run inside <see cref="Fuzzer.OutOfProcess.Run(Action{Stream})"/> (it writes to afl++'s shared
/// memory), so nothing of the product is touched by a static initialiser here.
/// </summary>
public static class Program
{
    private static readonly Dictionary<string, Action<byte[]>> Targets = new(StringComparer.Ordinal)
    {
        ["frontmatter"] = FrontMatter,
        ["markdown"] = Markdown,
        ["page"] = Page,
    };

    public static int Main(string[] args)
    {
        if (args.Length != 1 || !Targets.TryGetValue(args[0], out var target))
        {
            Console.Error.WriteLine($"usage: staticsite-fuzz {string.Join("|", Targets.Keys)} < input");
            return 2;
        }
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            target(memory.ToArray());
        });
        return 0;
    }

    private static RegionSettings CreateRegion() => new()
    {
        Id = "fuzz",
        SettingsPath = "content/fuzz/region.yml",
        Name = "Steunpunt Fuzz",
        BaseUrl = new Uri("https://example.org/fuzz/"),
        Branding = new Branding(RegionSettingsReader.DefaultColor, RegionSettingsReader.DefaultColorText, default),
        Contact = new ContactDetails("030-123 45 67", "info@example.org", "", ""),
        Municipalities = ["Utrecht", "De Bilt"],
    };

    private static RegionSettings? _region;
    private static RegionSettings Region => _region ??= CreateRegion();
    private static MarkdownRenderer? _markdown;
    private static RegionFactRenderer? _facts;

    /// <summary>The input as a page's front matter, and as a region.yml.</summary>
    private static void FrontMatter(byte[] input)
    {
        var diagnostics = new List<Diagnostic>();
        var (source, problem) = SourceText.Decode("content/fuzz/pagina.md", input);
        if (problem is not null) { OneLine(problem); return; }
        PageParser.Parse(source!, "pagina.md", diagnostics);
        RegionSettingsReader.Read("fuzz", source! with { DisplayPath = "content/fuzz/region.yml" }, diagnostics);
        diagnostics.ForEach(OneLine);
    }

    /// <summary>The input as a page body: region facts, then Markdown.</summary>
    private static void Markdown(byte[] input)
    {
        var diagnostics = new List<Diagnostic>();
        var (source, problem) = SourceText.Decode("content/fuzz/pagina.md", input);
        if (problem is not null) { OneLine(problem); return; }
        var body = (_facts ??= new RegionFactRenderer(Region)).Render(source!.Text, source.DisplayPath, 1, diagnostics);
        (_markdown ??= new MarkdownRenderer()).Render(body, source.DisplayPath, 1, "/", Region.BasePath, diagnostics, prose: true);
        diagnostics.ForEach(OneLine);
    }

    private static readonly Regex DiagnosticLine = new(@"^[^\r\n]*?(\(\d+,\d+\))?: (error|warning) SS\d{4}: [^\r\n]*$", RegexOptions.CultureInvariant);

    /// <summary>The input as a whole page of a one-region site, through <c>staticsite check</c>.</summary>
    private static void Page(byte[] input)
    {
        var root = Path.Combine(Path.GetTempPath(), "staticsite-fuzz-" + Environment.ProcessId);
        var content = Path.Combine(root, "content");
        try
        {
            Directory.CreateDirectory(Path.Combine(content, "fuzz", "ouders"));
            File.WriteAllText(Path.Combine(content, "fuzz", "region.yml"),
                "name: Steunpunt Fuzz\nbaseUrl: https://example.org/fuzz/\ncontact:\n  phone: 030-123 45 67\nmunicipalities: [Utrecht]\n");
            File.WriteAllText(Path.Combine(content, "fuzz", "index.md"), "---\ntitle: Welkom\n---\nZie [de pagina](/ouders/pagina/).\n");
            File.WriteAllBytes(Path.Combine(content, "fuzz", "ouders", "pagina.md"), input);
            var output = new StringWriter();
            var error = new StringWriter();
            var exit = StaticSiteCommandLine.Run(["check", "--content", content, "--themes", Themes], output, error);
            var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            if (exit is not (0 or 1)) throw new InvalidOperationException($"exit code {exit}:\n{error}");
            foreach (var line in lines)
            {
                if (line.Contains(" SS9", StringComparison.Ordinal)) throw new InvalidOperationException("internal error: " + line);
                if (!DiagnosticLine.IsMatch(line)) throw new InvalidOperationException("not a diagnostic line: " + line);
            }
        }
        finally
        {
            try { Directory.Delete(root, recursive: true); } catch (IOException) { }
        }
    }

    private static string Themes => _themes ??= FindThemes();
    private static string? _themes;

    private static string FindThemes()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "StaticSite.sln"))) return Path.Combine(dir.FullName, "themes");
        throw new InvalidOperationException("no StaticSite.sln above " + AppContext.BaseDirectory);
    }

    private static void OneLine(Diagnostic diagnostic)
    {
        var line = diagnostic.ToString();
        if (!DiagnosticLine.IsMatch(line) || line.StartsWith("::", StringComparison.Ordinal) || line.StartsWith("##", StringComparison.Ordinal)
            || line.Any(DiagnosticText.IsUnsafe))
            throw new InvalidOperationException("diagnostic is not one safe line: " + line);
    }
}
