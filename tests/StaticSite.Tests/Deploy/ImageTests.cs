using SkiaSharp;
using StaticSite.Tests.Harness;

namespace StaticSite.Tests.Deploy;

/// <summary>Images pages show: size, lazy loading, resized WebP and original-format copies, the cache, the budget.</summary>
public class ImageTests
{
    private const string Site = """
        -- content/regio/region.yml --
        name: Steunpunt Regio
        baseUrl: https://example.org/regio/
        -- content/_shared/index.md --
        ---
        title: Welkom
        ---
        Welkom.
        -- content/_shared/ouders/foto.md --
        ---
        title: Foto
        ---
        ![Een groot schema](groot.png)

        Een lange tekst die de eerste foto boven aan de pagina houdt en de tweede eronder zet, zodat die pas laadt als de lezer
        naar beneden scrolt. Nog een zin om de tekst lang genoeg te maken voor het eerste scherm van een telefoon, en nog een,
        en nog een laatste zin die de tekst over de drempel brengt, want driehonderd tekens is meer dan het lijkt als je schrijft.

        ![Een klein plaatje](/ouders/klein.png)
        """;

    private static TestSite Create()
    {
        var site = TestSite.Create(Site);
        site.WriteBytes("content/_shared/ouders/groot.png", TestImages.Png(2400, 1600));
        site.WriteBytes("content/_shared/ouders/klein.png", TestImages.Png(300, 200));
        return site;
    }

    [Fact]
    public void Every_image_gets_its_size_copies_in_webp_and_its_own_format_and_lazy_loading_below_the_first_screen()
    {
        using var site = Create();
        var result = site.Build();
        Assert.True(result.ExitCode == 0 && result.ErrorLines.Count == 0, result.ToString());
        var page = site.File("dist/regio/ouders/foto/index.html");
        var big = page[page.IndexOf("<picture>", StringComparison.Ordinal)..(page.IndexOf("</picture>", StringComparison.Ordinal) + 10)];
        Assert.Contains("<source type=\"image/webp\" srcset=\"/regio/assets/img/groot.", big);
        foreach (var width in new[] { 480, 720, 1080, 1440 }) Assert.Contains($"-{width}.webp {width}w", big);
        // One copy in the original format, for browsers without WebP.
        Assert.Matches("<img src=\"/regio/assets/img/groot\\.[0-9a-f]{10}-720\\.png\"", big);
        Assert.DoesNotContain(".png 480w", big);
        Assert.Contains("alt=\"Een groot schema\"", big);
        Assert.Contains("width=\"2400\" height=\"1600\"", big);
        Assert.DoesNotContain("loading=\"lazy\"", big); // the first image, near the top: on the first screen
        var small = page[page.LastIndexOf("<img", StringComparison.Ordinal)..];
        Assert.Contains("width=\"300\" height=\"200\" loading=\"lazy\" decoding=\"async\"", small);
        Assert.Contains("alt=\"Een klein plaatje\"", small);

        var copies = Directory.GetFiles(site.Full("dist/regio/assets/img"));
        var webp1080 = copies.Single(c => c.Contains("groot.") && c.EndsWith("-1080.webp"));
        using (var decoded = SKBitmap.Decode(webp1080)) Assert.Equal((1080, 720), (decoded.Width, decoded.Height));
        // A small image is never enlarged: one copy per format at its own width.
        Assert.Equal(2, copies.Count(c => Path.GetFileName(c).StartsWith("klein.", StringComparison.Ordinal)));
        // The original stays where the editor put it, for links to the file itself.
        Assert.True(site.Exists("dist/regio/ouders/groot.png"));
    }

    [Fact]
    public void An_unchanged_image_is_taken_from_the_cache_and_a_changed_one_is_encoded_again()
    {
        using var site = Create();
        Assert.Equal(0, site.Build().ExitCode);
        var cache = site.Full("dist/.cache/images");
        var entries = Directory.GetDirectories(cache).ToDictionary(d => d, Directory.GetLastWriteTimeUtc);
        Assert.Equal(2, entries.Count);
        var times = Directory.GetFiles(cache, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        Thread.Sleep(20);

        site.Write("content/_shared/ouders/foto.md", site.File("content/_shared/ouders/foto.md").Replace("Een lange tekst", "Een andere lange tekst"));
        Assert.Equal(0, site.Build().ExitCode);
        Assert.Equal(times, Directory.GetFiles(cache, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc));

        site.WriteBytes("content/_shared/ouders/klein.png", TestImages.Png(320, 200));
        Assert.Equal(0, site.Build().ExitCode);
        Assert.Equal(3, Directory.GetDirectories(cache).Length);
        Assert.Contains("width=\"320\" height=\"200\"", site.File("dist/regio/ouders/foto/index.html"));
    }

    [Fact]
    public void A_damaged_cache_entry_is_encoded_again()
    {
        using var site = Create();
        Assert.Equal(0, site.Build().ExitCode);
        var before = site.Snapshot("dist/regio");
        foreach (var copy in Directory.GetFiles(site.Full("dist/.cache/images"), "*.webp", SearchOption.AllDirectories))
            File.WriteAllBytes(copy, [1, 2, 3]);
        Assert.Equal(0, site.Build().ExitCode);
        TestSite.AssertSameFiles(before, site.Snapshot("dist/regio"));
    }

    [Fact]
    public void An_image_that_cannot_be_read_is_a_warning_at_the_image_and_published_as_it_is()
    {
        using var site = Create();
        site.Write("content/_shared/ouders/kapot.png", "dit is geen plaatje");
        site.Write("content/_shared/ouders/kapot.md", "---\ntitle: Kapot\n---\nTekst.\n\n![Kapot](kapot.png)\n");
        var result = site.Build();
        Assert.Equal(0, result.ExitCode);
        var warning = Assert.Single(result.WithCode("SS6001"));
        Assert.StartsWith("content/_shared/ouders/kapot.md(6,1): warning SS6001: the image '/ouders/kapot.png'", warning);
        site.AssertFileContains("dist/regio/ouders/kapot/index.html", "src=\"/regio/ouders/kapot.png\" alt=\"Kapot\"");
    }

    [Fact]
    public void An_image_over_the_budget_even_as_webp_is_a_warning()
    {
        using var site = Create();
        site.WriteBytes("content/_shared/ouders/ruis.png", NoisePng(1600, 1200));
        site.Write("content/_shared/ouders/ruis.md", "---\ntitle: Ruis\n---\n![Ruis](ruis.png)\n");
        var result = site.Build();
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("ruis.md(4,1): warning SS6002: the image '/ouders/ruis.png' is ", Assert.Single(result.WithCode("SS6002")));
    }

    [Fact]
    public void Check_reads_image_sizes_without_encoding_or_writing_anything()
    {
        using var site = Create();
        var result = site.Check();
        Assert.Equal(0, result.ExitCode);
        Assert.False(site.Exists("dist"));
    }

    /// <summary>Random pixels: no encoder can make them small.</summary>
    private static byte[] NoisePng(int width, int height)
    {
        var random = new Random(42);
        using var bitmap = new SKBitmap(width, height);
        var pixels = new byte[width * height * 4];
        random.NextBytes(pixels);
        for (var i = 3; i < pixels.Length; i += 4) pixels[i] = 255;
        System.Runtime.InteropServices.Marshal.Copy(pixels, 0, bitmap.GetPixels(), pixels.Length);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
