using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using StaticSite.Tests.Harness;

namespace StaticSite.Tests.Properties;

/// <summary>
/// Property tests (issue 9): sites of random front matter and Markdown, from generators that reach
/// YAML's edge cases (anchors, tags, flow and block collections, deep and unclosed nesting),
/// control and bidi characters, huge lines, region facts and raw HTML, never crash the build
/// (no SS9001), never hang past a bound, always print one diagnostic per line, and build twice to
/// byte-identical output. Iterations are bounded so the suite stays fast; CsCheck prints the seed
/// of a failure, and <c>STATICSITE_PROPERTY_SEED=&lt;seed&gt;</c> replays it. The long, coverage-guided
/// search is the fuzzer (<c>dotnet cake --target=Fuzz</c>).
/// </summary>
public class RandomContentProperties
{
    private const int Iterations = 12;

    /// <summary>Far above any build of a few pages: only a hang gets there.</summary>
    private static readonly TimeSpan HangBound = TimeSpan.FromSeconds(120);

    private static readonly string? Seed = Environment.GetEnvironmentVariable("STATICSITE_PROPERTY_SEED");

    private static readonly Regex DiagnosticLine = new(@"^[^\s][^\r\n]*?(\(\d+,\d+\))?: (error|warning) SS\d{4}: [^\r\n]+$");

    private static readonly Gen<string> Word = Gen.OneOf(
        "ouders", "jongeren", "TLV", "passend onderwijs", "crèche", "Één", "ĳs", "ırmak", "x", "", " ", "0", "2026-02-30", "true", "null", "~",
        "ja", "no", "1e400", "-0", "0x1F", ".inf", "@x", "%TAG", "`x`", "\"", "'", "\\", "# niet", "a: b", "a #b", "- x", "? x", "|", ">-",
        "&a", "*a", "*onbekend", "!!str", "!!binary", "!<tag:x>", "!!", "[", "]", "{", "}", ",", "{{", "}}", "\u0001", "\u001B[31m", "\u0085",
        "\u2028", "\u202E", "\uFEFF", "\u00A0", "\uD83D\uDE00", "/ouders/tlv/", "../../etc", "%2e%2e", "javascript:alert(1)", "<script>");

    private static readonly Gen<string> Text =
        Gen.Frequency(
            (8, Word.Array[1, 4].Select(w => string.Join(" ", w))),
            (1, Gen.Int[1, 100_000].Select(n => new string('x', n))),
            (1, Gen.String[Gen.Char, 0, 40]));

    private static readonly Gen<string> Scalar = Text.SelectMany(t => Gen.OneOf("plain", "double", "single", "block").Select(style => style switch
    {
        "double" => "\"" + Escape(t) + "\"",
        "single" => "'" + t.Replace("'", "''", StringComparison.Ordinal) + "'",
        "block" => "|\n    " + t.Replace("\n", "\n    ", StringComparison.Ordinal),
        _ => t,
    }));

    private static readonly Gen<string> Value = Gen.Frequency(
        (6, Scalar),
        (2, Scalar.Array[0, 5].Select(items => "[" + string.Join(", ", items) + "]")),
        (1, Scalar.Array[1, 4].Select(items => string.Concat(items.Select(i => "\n  - " + i)))),
        (1, Gen.Int[1, 300].Select(n => new string('[', n) + new string(']', n % 3 == 0 ? n : 0))),
        (1, Gen.Int[1, 120].Select(n => string.Concat(Enumerable.Repeat("{a: ", n)) + "x" + new string('}', n))),
        (1, Gen.Int[1, 9].Select(n => "&a [" + string.Join(", ", Enumerable.Repeat("*a", n)) + "]")),
        (1, Gen.OneOf("\n  title: Stap\n  organisation: leerplicht", "\n  - title: Stap\n    organisation: nergens", "\n  - :")));

    private static readonly Gen<string> Key = Gen.Frequency(
        (8, Gen.OneOf("title", "description", "audience", "topics", "date", "updated", "review_by", "draft", "aliases", "weight",
            "slug", "type", "phone", "email", "website", "address", "municipalities", "steps", "abbreviation", "synonyms")),
        (1, Word.Select(w => "\"" + Escape(w) + "\"")));

    private static readonly Gen<string> FrontMatter =
        Gen.Select(Scalar, Gen.Select(Key, Value).Array[0, 8], Gen.Int[0, 9], (title, pairs, shape) =>
        {
            var yaml = new StringBuilder();
            if (shape != 0) yaml.Append("title: ").Append(title).Append('\n');
            foreach (var (k, v) in pairs) yaml.Append(k).Append(": ").Append(v).Append('\n');
            return shape switch
            {
                1 => yaml.ToString(),                          // never opened
                2 => "---\n" + yaml,                           // never closed
                3 => "\uFEFF---\r\n" + yaml.ToString().Replace("\n", "\r\n", StringComparison.Ordinal) + "---\r\n",
                _ => "---\n" + yaml + "---\n",
            };
        });

    private static readonly Gen<string> Fact = Gen.OneOf(
        "{{ region.name }}", "{{ region.contact.phone }}", "{{ region.contact.email }}", "{{ region.contact.hours }}",
        "{{ if region.contact.address }}{{ region.contact.address }}{{ end }}", "{{ region.municipalities | array.join \", \" }}",
        "{{ region.municipalities | array.sort | array.first }}", "{{ region.onbekend }}", "{{ for i in 1..5000 }}x{{ end }}",
        "{{ \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\" | regex.match \"(a+)+$\" }}", "{{ date.now }}", "{{ math.random 1 9 }}",
        "{{ ", "{{ end }}", "{{ \"{{\" }}", "{{ x = 1 }}{{ x }}", "{{ 1 / 0 }}", "{{ \"ab\" | string.pad_left 20000000 }}",
        "{{ date.parse \"2026-03-29T02:30+02:00\" | date.to_string \"%F %T %Z\" }}");

    private static readonly Gen<string> MarkdownLine = Gen.Frequency(
        (6, Text),
        (2, Gen.Select(Gen.Int[1, 7], Text, (n, t) => new string('#', n) + " " + t)),
        (2, Fact),
        (1, Gen.Select(Text, Gen.OneOf("/ouders/tlv/", "/", "/nergens/", "#kop", "javascript:alert(1)", "mailto:a@b.nl", "beeld.png", "<https://x.nl>"),
            (t, u) => $"[{t}]({u}) ![{t}]({u}) <{u}>")),
        (1, Gen.Select(Gen.Int[1, 400], Gen.OneOf("div", "span", "b", "details", "table"), Text,
            (n, tag, t) => string.Concat(Enumerable.Repeat($"<{tag}>", n)) + t + string.Concat(Enumerable.Repeat($"</{tag}>", n % 2 == 0 ? n : 0)))),
        (1, Gen.OneOf("- [x] klaar", "1. een", "> citaat", "```", "    code", "| a | b |\n|---|---|\n| 1 | 2 |", "[^1]\n\n[^1]: noot", "***", "<!--", "<script>alert(1)</script>")));

    /// <summary>Front matter that is valid, so the body reaches region facts, Markdown, links and layouts.</summary>
    private static readonly Gen<string> ValidFrontMatter = Gen.Select(Text, Gen.OneOf("", "topics: [ouders]\n", "date: 2026-03-01\n", "aliases: [\"/oud/pagina/\"]\n", "weight: 2\n"),
        (title, extra) => $"---\ntitle: \"Pagina {Escape(title)}\"\n{extra}---\n");

    private static readonly Gen<string> Page = Gen.Select(Gen.Frequency((3, ValidFrontMatter), (2, FrontMatter)), MarkdownLine.Array[0, 12],
        (fm, lines) => fm + string.Join("\n", lines) + "\n");

    private static readonly Gen<string[]> Pages = Page.Array[1, 6];

    private const string Regions = """
        -- content/utrecht/region.yml --
        name: Steunpunt Utrecht
        baseUrl: https://utrecht.example.org/
        contact:
          phone: 030-123 45 67
        municipalities: [Utrecht, De Bilt]
        -- content/amersfoort/region.yml --
        name: Steunpunt Eemland
        baseUrl: https://example.org/amersfoort/
        -- content/_shared/index.md --
        ---
        title: Welkom
        ---
        Welkom.
        -- content/_shared/organisaties/leerplicht.md --
        ---
        title: Leerplicht
        ---
        Het loket.
        """;

    [Fact]
    public void Random_pages_never_crash_or_hang_and_build_byte_identical_twice()
    {
        Pages.Sample(pages =>
        {
            using var site = TestSite.Create(Regions);
            var folders = new[] { "_shared/ouders", "utrecht/ouders", "amersfoort", "_shared/nieuws", "utrecht/begrippen", "_shared/route" };
            for (var i = 0; i < pages.Length; i++)
                site.Write($"content/{folders[i % folders.Length]}/pagina-{i}.md", pages[i]);

            var first = Bounded(() => site.Build());
            AssertSound(first);
            var firstFiles = site.Snapshot();
            var second = Bounded(() => site.Run("build", "--content", site.Full("content"), "--themes", site.ThemesRoot, "--output", site.Full("again")));
            AssertSound(second);
            Assert.Equal(first.Stderr, second.Stderr);
            TestSite.AssertSameFiles(firstFiles, site.Snapshot("again"));
        }, iter: Iterations, threads: 1, seed: Seed, print: pages => string.Join("\n==== page ====\n", pages));
    }

    private static BuildResult Bounded(Func<BuildResult> build)
    {
        var task = Task.Run(build);
        Assert.True(task.Wait(HangBound), $"the build did not end within {HangBound.TotalSeconds:0} s: a hang");
        return task.Result;
    }

    private static void AssertSound(BuildResult result)
    {
        Assert.True(result.ExitCode is 0 or 1, result.ToString());
        foreach (var line in result.ErrorLines)
        {
            Assert.DoesNotContain(" SS9", line);
            Assert.Matches(DiagnosticLine, line);
        }
    }

    private static string Escape(string text)
    {
        var s = new StringBuilder();
        foreach (var c in text)
            s.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when c < ' ' || c is >= '\u007F' and <= '\u009F' || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\uFEFF' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        return s.ToString();
    }
}
