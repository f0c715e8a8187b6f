using System.Globalization;
using System.Text;

namespace StaticSite.Search.Json;

/// <summary>JavaScript's <c>Number.prototype.toString()</c> for finite numbers.</summary>
public static class JsNumberFormat
{
    /// <summary>
    /// Formats <paramref name="value"/> with the fewest digits that read back as the same double,
    /// in JavaScript's notation: integers without a decimal point, plain decimals for exponents
    /// from -7 to 20, otherwise <c>1.5e-7</c> / <c>1e+21</c>.
    /// </summary>
    public static string Format(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Only finite numbers have a JSON form.");
        }

        if (value == 0)
        {
            return "0";
        }

        if (value < 0)
        {
            return "-" + Format(-value);
        }

        var (digits, pointPosition) = ShortestDigits(value);
        var k = digits.Length;
        var n = pointPosition;
        if (k <= n && n <= 21)
        {
            return digits + new string('0', n - k);
        }

        if (0 < n && n <= 21)
        {
            return digits[..n] + "." + digits[n..];
        }

        if (-6 < n && n <= 0)
        {
            return "0." + new string('0', -n) + digits;
        }

        var exponent = n - 1;
        var text = new StringBuilder().Append(digits[0]);
        if (k > 1)
        {
            text.Append('.').Append(digits, 1, k - 1);
        }

        return text.Append('e').Append(exponent < 0 ? '-' : '+')
            .Append(Math.Abs(exponent).ToString(CultureInfo.InvariantCulture)).ToString();
    }

    /// <summary>The shortest round-trip digits d1…dk and n such that value = 0.d1…dk × 10^n.</summary>
    private static (string Digits, int PointPosition) ShortestDigits(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var e = text.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        var dot = text.IndexOf('.');
        var integerPart = dot < 0 ? text : text[..dot];
        var digits = dot < 0 ? text : integerPart + text[(dot + 1)..];
        var pointPosition = integerPart.Length + exponent;
        var leadingZeros = digits.Length - digits.TrimStart('0').Length;
        return (digits[leadingZeros..].TrimEnd('0'), pointPosition - leadingZeros);
    }
}
