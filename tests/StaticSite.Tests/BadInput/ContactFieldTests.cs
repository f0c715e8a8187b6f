using StaticSite.Tests.Harness;
using static StaticSite.Tests.BadInput.BadInputAssert;

namespace StaticSite.Tests.BadInput;

/// <summary>
/// Issue 9 item 10: websites, email addresses and phone numbers in front matter and region.yml
/// are checked when read, with the fix that was probably meant; none vanishes silently or reaches
/// the JSON API unchecked; tel: links are E.164.
/// </summary>
public class ContactFieldTests
{
    [Fact]
    public void Bad_websites_emails_and_phones_are_reported_at_their_value_with_the_fix()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var before = BuildGood(site);
        var cases = new (string Key, string Value)[]
        {
            ("website", "www.buurtteam.nl"),
            ("website", "buurtteam.nl/jeugd/"),
            ("website", "javascript:alert(1)"),
            ("website", "JaVaScRiPt:alert(1)"),
            ("website", "data:text/html,hoi"),
            ("website", "//evil.example/"),
            ("website", "mailto:info@buurtteam.nl"),
            ("website", "https://"),
            ("website", "https://buurt team.nl/"),
            ("website", "ftp://buurtteam.nl/"),
            ("email", "mailto:info@buurtteam.nl"),
            ("email", "info(at)buurtteam.nl"),
            ("email", "info@buurtteam"),
            ("email", "info buurtteam.nl"),
            ("email", "javascript:alert(1)//@x.nl"),
            ("phone", "tel:030-123 45 67"),
            ("phone", "0900-STEUNPUNT"),
            ("phone", "12"),
            ("phone", "javascript:alert(1)"),
        };
        for (var i = 0; i < cases.Length; i++)
            site.Write($"content/utrecht/organisaties/fout-{i:00}.md", $"---\ntitle: Fout {i}\n{cases[i].Key}: \"{cases[i].Value}\"\n---\nTekst.\n");
        site.Write("content/amersfoort/region.yml", """
            name: Steunpunt Eemland
            baseUrl: https://example.org/amersfoort/
            contact:
              phone: "033 12"
              email: steunpunt.eemland.nl
            """);
        FailedKeepingPrevious(site, site.Build(), before, "contact_fields");
    }

    [Fact]
    public void Dutch_numbers_of_every_kind_are_accepted_and_get_tel_links_in_e164()
    {
        var numbers = new (string Written, string Href)[]
        {
            ("030-123 45 67", "tel:+31301234567"),
            ("020 - 123 4567", "tel:+31201234567"),
            ("06-12345678", "tel:+31612345678"),
            ("0900-123 45 67", "tel:+319001234567"),
            ("0800-0432", "tel:+318000432"),
            ("088-123 45 67", "tel:+31881234567"),
            ("+31 (0)30 123 45 67", "tel:+31301234567"),
            ("0031 30 123 4567", "tel:+31301234567"),
            ("14 030", "tel:14030"),
            ("112", "tel:112"),
        };
        var files = string.Concat(numbers.Select((n, i) => $"\n-- content/utrecht/organisaties/nummer-{i:00}.md --\n---\ntitle: Nummer {i}\nphone: \"{n.Written}\"\nemail: info{i}@voorbeeld.nl\nwebsite: https://www.voorbeeld.nl/{i}/\n---\nTekst.\n"));
        using var site = TestSite.Create(Sites.TwoRegions + files);
        var result = site.Build();
        Assert.True(result.ExitCode == 0 && result.ErrorLines.Count == 0, result.ToString());
        for (var i = 0; i < numbers.Length; i++)
        {
            site.AssertFileContains($"dist/utrecht/organisaties/nummer-{i:00}/index.html",
                $"href=\"{numbers[i].Href}\"", $"href=\"mailto:info{i}@voorbeeld.nl\"", $"href=\"https://www.voorbeeld.nl/{i}/\"");
            site.AssertFileContains($"dist/utrecht/api/items/organisaties/nummer-{i:00}.json", $"\"website\":\"https://www.voorbeeld.nl/{i}/\"");
        }
        // The region's own number in the footer, from region.yml.
        site.AssertFileContains("dist/utrecht/index.html", "href=\"tel:+31301234567\"");
    }
}
