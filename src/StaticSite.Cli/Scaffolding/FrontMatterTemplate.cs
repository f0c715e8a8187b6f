using System.Globalization;
using System.Text;
using StaticSite.Content.Model;

namespace StaticSite.Cli.Scaffolding;

/// <summary>
/// Writes the starting text of a new content file: front matter with the keys its type needs
/// (taken from <see cref="ContentSchema"/>: every required key, the common keys editors should fill
/// in, and every key only this type has), each with a Dutch hint for the editor, and a short body.
/// </summary>
public static class FrontMatterTemplate
{
    /// <summary>Optional common keys worth filling in on every new page.</summary>
    private static readonly HashSet<string> Useful = [Keys.Description, Keys.Audience, Keys.Topics, Keys.Updated, Keys.ReviewBy];

    /// <summary>Hints in Dutch, shown as YAML comments.</summary>
    private static readonly Dictionary<string, string> Hints = new(StringComparer.Ordinal)
    {
        [Keys.Description] = "Eén zin: waar gaat deze pagina over? (zichtbaar in lijsten en zoekresultaten)",
        [Keys.Audience] = "voor wie: ouders, jongeren of allebei",
        [Keys.Topics] = "onderwerpen, bijvoorbeeld [passend onderwijs, jeugdhulp]",
        [Keys.Date] = "datum van publicatie (JJJJ-MM-DD)",
        [Keys.Updated] = "datum van de laatste echte wijziging (JJJJ-MM-DD)",
        [Keys.ReviewBy] = "na deze datum moet iemand de pagina opnieuw nakijken",
        [Keys.Phone] = "telefoonnummer",
        [Keys.Email] = "e-mailadres",
        [Keys.Website] = "website, beginnend met https://",
        [Keys.Address] = "bezoekadres op één regel",
        [Keys.Municipalities] = "gemeenten waar deze organisatie werkt",
        [Keys.Abbreviation] = "afkorting, bijvoorbeeld TLV",
        [Keys.Synonyms] = "andere woorden voor dit begrip; de zoekfunctie vindt het begrip ook daarmee",
        [Keys.Steps] = "de stappen van de route, op volgorde",
    };

    /// <summary>The file text for a new <paramref name="type"/> titled <paramref name="title"/>, dated <paramref name="today"/>.</summary>
    public static string Create(ContentType type, string title, DateOnly today)
    {
        var text = new StringBuilder("---\n");
        if (type.Folder() is null && type != ContentType.Page) text.Append($"type: {type.Name()}\n");
        foreach (var field in ContentSchema.PageFields.Where(f => Wanted(f, type)))
        {
            var value = field.Key == Keys.Title ? YamlScalar.Quote(title) : Placeholder(field, type, today);
            var hint = Hints.TryGetValue(field.Key, out var h) ? $"  # {h}" : "";
            if (field.Kind == FieldKind.StepList) text.Append($"{field.Key}:{hint}\n{value}");
            else text.Append($"{field.Key}: {value}{hint}\n");
        }
        text.Append("---\n");
        text.Append(Body(type));
        return text.ToString();
    }

    private static bool Wanted(FieldDefinition f, ContentType type) =>
        f.Key != Keys.Type && f.AppliesToType(type)
        && (f.RequiredFor.Contains(type) || Useful.Contains(f.Key) || f.AppliesTo.Count > 0);

    private static string Placeholder(FieldDefinition f, ContentType type, DateOnly today) => f.Kind switch
    {
        FieldKind.Date when f.Key == Keys.ReviewBy => Iso(today.AddYears(1)),
        FieldKind.Date => Iso(today),
        FieldKind.TextList when f.Key == Keys.Audience => "[ouders]",
        FieldKind.TextList => "[]",
        FieldKind.StepList => "  - title: \"Eerste stap\"  # wat doet de ouder in deze stap?\n    description: \"Leg de stap uit in één of twee zinnen.\"\n    # organisation: bestandsnaam-van-een-organisatie  (zonder .md, uit organisaties/)\n",
        FieldKind.Boolean => "false",
        FieldKind.Integer => "0",
        _ => "\"\"",
    };

    private static string Body(ContentType type) => type switch
    {
        ContentType.Faq => "Schrijf hier het antwoord op de vraag. Gebruik korte zinnen.\n",
        ContentType.Term => "Leg hier het begrip uit in gewone woorden. Gebruik korte zinnen.\n",
        ContentType.Organisation => "Vertel hier wat deze organisatie doet en wanneer ouders of jongeren er terechtkunnen.\n",
        _ => "Schrijf hier de tekst. Gebruik korte zinnen en gewone woorden.\n\n## Eerste tussenkop\n\nMeer tekst.\n",
    };

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
