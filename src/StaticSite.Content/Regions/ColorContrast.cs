using System.Globalization;

namespace StaticSite.Content.Regions;

/// <summary>WCAG 2.1 contrast ratio of two CSS hex colours.</summary>
public static class ColorContrast
{
    /// <summary>True for <c>#rgb</c> or <c>#rrggbb</c>.</summary>
    public static bool IsHexColor(string value) =>
        value.Length is 4 or 7 && value[0] == '#' && value[1..].All(Uri.IsHexDigit);

    /// <summary>The contrast ratio (1 to 21) of two hex colours.</summary>
    public static double Ratio(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        var h = hex.Length == 4 ? string.Concat(hex[1..].Select(c => $"{c}{c}")) : hex[1..];
        double Channel(int i)
        {
            var c = int.Parse(h.AsSpan(i * 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(0) + 0.7152 * Channel(1) + 0.0722 * Channel(2);
    }
}
