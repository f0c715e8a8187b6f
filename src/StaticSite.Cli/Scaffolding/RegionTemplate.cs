using System.Text;
using StaticSite.Content.Model;
using StaticSite.Content.Regions;

namespace StaticSite.Cli.Scaffolding;

/// <summary>
/// The starting <c>region.yml</c> of a new region: every key of <see cref="ContentSchema.RegionFields"/>
/// with a Dutch comment saying what to fill in. Nothing is copied from another region: the
/// required keys (name, baseUrl) are left empty, so the build fails with "'name' is required"
/// until someone fills them in, instead of publishing another region's address. Keys with a
/// harmless default get it; other keys are left empty, which the build reads as not set.
/// </summary>
public static class RegionTemplate
{
    /// <summary>Dutch hints, shown as comments. A key added to the schema without a hint gets its English description, commented out.</summary>
    private static readonly Dictionary<string, string> Hints = new(StringComparer.Ordinal)
    {
        [Keys.Name] = "VERPLICHT: de naam van het steunpunt zoals ouders die kennen, bijvoorbeeld \"Ouder- en jeugdsteunpunt Utrecht\"",
        [Keys.BaseUrl] = "VERPLICHT: het webadres van deze site, eindigend op /, bijvoorbeeld \"https://steunpunt-utrecht.nl/\"",
        [Keys.Theme] = "het thema (een map onder themes/); laat staan als u het standaardthema gebruikt",
        [Keys.Branding] = "de kleuren van de site",
        [Keys.Color] = "hoofdkleur als #rrggbb (kopbalk, knoppen)",
        [Keys.ColorText] = "tekstkleur op de hoofdkleur; het contrast moet minstens 4,5:1 zijn",
        [Keys.Contact] = "hoe ouders en jongeren het steunpunt bereiken: vul in wat er is",
        [Keys.Phone] = "telefoonnummer, bijvoorbeeld \"030-123 45 67\"",
        [Keys.Email] = "e-mailadres, bijvoorbeeld \"info@steunpunt-utrecht.nl\"",
        [Keys.Address] = "bezoekadres op één regel, bijvoorbeeld \"Voorbeeldstraat 1, 3511 AA Utrecht\"",
        [Keys.Hours] = "openingstijden in woorden, bijvoorbeeld \"maandag tot en met vrijdag van 9.00 tot 17.00 uur\"",
        [Keys.Municipalities] = "de gemeenten van de regio, bijvoorbeeld [Utrecht, De Bilt]",
        [Keys.TopTasks] = "adressen van de pagina's die de homepage als eerste toont, bijvoorbeeld [\"/ouders/tlv/\"]",
        [Keys.Exclude] = "landelijke pagina's die deze regio weglaat, bijvoorbeeld [\"jongeren/stage.md\"]",
        [Keys.Readability] = "de leesbaarheidscontrole van staticsite check",
        [Keys.MinScore] = "laagste Flesch-Douma-score zonder waarschuwing (60 is vrij makkelijke tekst)",
    };

    /// <summary>Values that are right for a new region as they are.</summary>
    private static readonly Dictionary<string, string> Defaults = new(StringComparer.Ordinal)
    {
        [Keys.Theme] = "default",
        [Keys.Color] = YamlScalar.Quote(RegionSettingsReader.DefaultColor),
        [Keys.ColorText] = YamlScalar.Quote(RegionSettingsReader.DefaultColorText),
        [Keys.MinScore] = "60",
    };

    /// <summary>The text of region.yml for region <paramref name="id"/>.</summary>
    public static string Create(string id)
    {
        var text = new StringBuilder();
        text.Append($"# Instellingen van de regio '{id}'. Vul hieronder in wat voor deze regio geldt.\n");
        text.Append("# De build faalt tot 'name' en 'baseUrl' zijn ingevuld. Kopieer ze niet van een andere regio:\n");
        text.Append("# dan toont deze site de naam en het adres van die regio.\n");
        foreach (var field in ContentSchema.RegionFields) Append(text, field, "");
        return text.ToString();
    }

    /// <summary>What the editor still has to fill in, for the message after the file is made: the required keys, then the region facts pages show.</summary>
    public static IReadOnlyList<string> ToFillIn() =>
    [
        .. ContentSchema.RegionFields.Where(IsRequired).Select(f => f.Key + " (verplicht)"),
        .. ContentSchema.RegionFields.Where(f => f.Key == Keys.Contact).SelectMany(f => f.Children).Select(c => $"{Keys.Contact}.{c.Key}"),
        Keys.Municipalities,
    ];

    private static bool IsRequired(FieldDefinition f) => f.RequiredFor.Count > 0;

    private static void Append(StringBuilder text, FieldDefinition field, string indent)
    {
        if (!Hints.TryGetValue(field.Key, out var hint))
        {
            // An optional block with no harmless default (cms: the published site's web editor), or a
            // key this template does not know yet: shown with its children, but commented out, so it
            // changes nothing until someone fills it in.
            text.Append($"{indent}# {field.Key}:  # {(field.Hint.Length > 0 ? field.Hint : field.Description)}\n");
            foreach (var child in field.Children)
                text.Append($"{indent}  # {child.Key}:  # {(child.Hint.Length > 0 ? child.Hint : child.Description)}\n");
            return;
        }
        if (field.Children.Count > 0)
        {
            text.Append($"{indent}{field.Key}:  # {hint}\n");
            foreach (var child in field.Children) Append(text, child, indent + "  ");
            return;
        }
        var value = Defaults.GetValueOrDefault(field.Key);
        text.Append(value is null ? $"{indent}{field.Key}:  # {hint}\n" : $"{indent}{field.Key}: {value}  # {hint}\n");
    }
}
