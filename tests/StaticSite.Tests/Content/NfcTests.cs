using System.Diagnostics;
using System.Globalization;
using StaticSite.Content.Sources;

namespace StaticSite.Tests.Content;

/// <summary>
/// The build composes file names itself (invariant globalization makes string.Normalize a no-op);
/// this checks its tables against Node.js's String.prototype.normalize, which uses ICU.
/// </summary>
public class NfcTests
{
    [Fact]
    public void Normalize_does_nothing_under_invariant_globalization_which_is_why_Nfc_exists()
    {
        Assert.Equal(7, "clie\u0308nt".Normalize(System.Text.NormalizationForm.FormC).Length);
        Assert.Equal("cli\u00ebnt", Nfc.Compose("clie\u0308nt"));
    }

    [Fact]
    public void Composing_the_decomposed_form_of_every_character_of_the_basic_plane_gives_what_ICU_gives()
    {
        // For every code point whose NFD differs from it: its NFD, and ICU's NFC of that NFD.
        const string script = """
            const hex = s => [...s].map(c => c.codePointAt(0).toString(16)).join(' ');
            const out = [];
            for (let cp = 0xA0; cp <= 0xFFFF; cp++) {
              if (cp >= 0xD800 && cp < 0xE000) continue;
              const d = String.fromCodePoint(cp).normalize('NFD');
              if (d !== String.fromCodePoint(cp)) out.push(hex(d) + '\t' + hex(d.normalize('NFC')));
            }
            // Marks after an uncomposable mark of a lower class, and Hangul LV + T.
            for (const s of ['a\u0323\u0302', 'a\u0302\u0323', 'o\u031b\u0301', 'e\u0327\u0306', '\u1100\u1161\u11a8', 'a\u05b0\u0301', 'a\u0301\u0301', '\u00e2\u0323', '\u1ea1\u0302', '\ud55c\u0301'])
              out.push(hex(s) + '\t' + hex(s.normalize('NFC')));
            console.log(out.join('\n'));
            """;
        var lines = Node(script);
        Assert.True(lines.Count > 12_000, $"only {lines.Count} cases");
        var wrong = lines.Select(l => l.Split('\t')).Select(p => (Input: Text(p[0]), Expected: Text(p[1])))
            .Where(x => Nfc.Compose(x.Input) != x.Expected)
            .Select(x => $"{Hex(x.Input)}: expected {Hex(x.Expected)}, got {Hex(Nfc.Compose(x.Input))}").ToList();
        Assert.True(wrong.Count == 0, $"{wrong.Count} differ, first: {string.Join("; ", wrong.Take(10))}");
    }

    [Theory]
    [InlineData("cli\u00ebnt")]
    [InlineData("plain-ascii.md")]
    [InlineData("\u00e9\u0301")]
    public void Composed_text_is_returned_as_it_is(string text) => Assert.Equal(text, Nfc.Compose(text));

    private static string Text(string hex) =>
        string.Concat(hex.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(h => char.ConvertFromUtf32(int.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture))));

    private static string Hex(string s) => string.Join(' ', s.EnumerateRunes().Select(r => r.Value.ToString("x4", CultureInfo.InvariantCulture)));

    private static List<string> Node(string script)
    {
        var file = Path.Combine(Path.GetTempPath(), $"staticsite-nfc-{Guid.NewGuid():N}.js");
        File.WriteAllText(file, script);
        try
        {
            using var node = Process.Start(new ProcessStartInfo("node", [file]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = node.StandardOutput.ReadToEnd();
            var error = node.StandardError.ReadToEnd();
            node.WaitForExit();
            Assert.True(node.ExitCode == 0, error);
            return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries)];
        }
        finally
        {
            File.Delete(file);
        }
    }
}
