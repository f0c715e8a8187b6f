using StaticSite.Tests.Harness;

namespace StaticSite.Tests.BadInput;

/// <summary>SPEC "Bad input": unsafe HTML and javascript: URLs are removed with a warning; the build succeeds.</summary>
public class UnsafeContentTests
{
    [Fact]
    public void Script_onclick_and_javascript_urls_are_warnings_and_removed_from_the_output()
    {
        using var site = TestSite.Create(Sites.TwoRegions + """

            -- content/utrecht/ouders/onveilig.md --
            ---
            title: Onveilig
            ---
            Gewone tekst blijft staan.

            <script>alert('hoi')</script>

            <p onclick="steel()">Klik</p>

            [Klik mij](javascript:alert(1))
            """);
        var result = site.Build();
        Assert.True(result.ExitCode == 0, result.ToString());
        Golden.AssertDiagnostics("unsafe_html", result);
        site.AssertFileContains("dist/utrecht/ouders/onveilig/index.html",
            "Gewone tekst blijft staan.", "Klik mij", "! <script>alert", "! alert('hoi')", "! onclick", "! steel()", "! javascript:");
        Assert.Contains("build succeeded: 0 errors, 3 warnings", result.Stdout);
    }
}
