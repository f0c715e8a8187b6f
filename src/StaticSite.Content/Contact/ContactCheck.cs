using System.Text.RegularExpressions;
using PhoneNumbers;
using StaticSite.Content.Urls;

namespace StaticSite.Content.Contact;

/// <summary>A problem with a website, email address or phone number an editor wrote.</summary>
/// <param name="Message">What is wrong and how to fix it, with the value that was probably meant.</param>
/// <param name="IsError">True when the value cannot be published; false for a value that works but looks wrong.</param>
public sealed record ContactProblem(string Message, bool IsError);

/// <summary>
/// Checks the contact details of front matter and region.yml (<c>website</c>, <c>email</c>,
/// <c>phone</c>) so that no contact line on a page is empty, dead or dangerous, and says what
/// was probably meant (<c>www.x.nl</c> → <c>https://www.x.nl</c>).
/// </summary>
public static partial class ContactCheck
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();
    private static readonly ShortNumberInfo ShortNumbers = ShortNumberInfo.GetInstance();

    /// <summary>The region phone numbers are read in when they have no country code.</summary>
    public const string Region = "NL";

    /// <summary>Checks a website address: an absolute http(s) URL with a host name.</summary>
    public static ContactProblem? Website(string text, string key)
    {
        var value = text.Trim();
        var verdict = UrlAllowList.Check(value);
        if (!verdict.IsAllowed)
            return new($"'{key}' must be a web address like https://www.voorbeeld.nl/, but '{Shorten(value)}' is refused: {verdict.Problem}.", true);
        if (verdict.Kind != UrlKind.Absolute)
        {
            var guess = value.TrimStart('/');
            return LooksLikeHost(guess)
                ? new($"'{key}' '{value}' has no https:// in front, so it would not work as a link; did you mean 'https://{guess}'?", true)
                : new($"'{key}' must be a full web address starting with https://, like https://www.voorbeeld.nl/, not '{Shorten(value)}'.", true);
        }
        if (verdict.Scheme is not ("http" or "https"))
            return new($"'{key}' must be a web address starting with https://, not a {verdict.Scheme}: address ('{Shorten(value)}').{(verdict.Scheme == "mailto" ? $" Put an email address under 'email'." : verdict.Scheme == "tel" ? " Put a phone number under 'phone'." : "")}", true);
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || value.Any(char.IsWhiteSpace) || !uri.Host.Contains('.'))
            return new($"'{key}' '{Shorten(value)}' is not a working web address: it needs a host name like www.voorbeeld.nl and no spaces.", true);
        return null;
    }

    /// <summary>Checks an email address: <c>naam@domein.nl</c>.</summary>
    public static ContactProblem? Email(string text, string key)
    {
        var value = text.Trim();
        if (value.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
            return new($"'{key}' is written without 'mailto:' in front; did you mean '{value[7..]}'?", true);
        if (EmailPattern().IsMatch(value)) return null;
        var fixedUp = value.Replace(" ", "").Replace("(at)", "@").Replace("[at]", "@").TrimEnd('.', ',', ';');
        return EmailPattern().IsMatch(fixedUp)
            ? new($"'{key}' '{value}' is not a valid email address; did you mean '{fixedUp}'?", true)
            : new($"'{key}' '{Shorten(value)}' is not a valid email address. Write it like naam@voorbeeld.nl.", true);
    }

    /// <summary>Checks a phone number with libphonenumber, read as a Dutch number unless it starts with +.</summary>
    public static ContactProblem? Phone(string text, string key)
    {
        var value = text.Trim();
        if (value.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
            return new($"'{key}' is written without 'tel:' in front; did you mean '{value[4..]}'?", true);
        if (value.Any(char.IsLetter))
            return new($"'{key}' '{Shorten(value)}' must be a phone number in digits, like 030-123 45 67; put other text (opening hours, a name) in the page text.", true);
        if (Parse(value) is not { } number)
            return new($"'{key}' '{Shorten(value)}' is not a phone number. Write it like 030-123 45 67, 06-12345678, 0800-1234 or +31 30 123 45 67.", true);
        if (Phones.IsValidNumber(number) || ShortNumbers.IsPossibleShortNumberForRegion(number, Region)) return null;
        return new($"'{key}' '{value}' is not a valid {(number.CountryCode == 31 ? "Dutch " : "")}phone number ({Digits(value).Length} digits); check it. Dutch numbers have 10 digits (030-123 45 67, 06-12345678), or are service numbers like 0800-1234 or 14 030.", false);
    }

    /// <summary>
    /// The <c>tel:</c> URL of a phone number: E.164 (<c>tel:+31301234567</c>) for numbers that can be dialled
    /// from anywhere; short numbers (112) and the municipalities' 14 numbers (14 030), which only work inside
    /// the Netherlands, keep their digits (<c>tel:14030</c>). Empty for text that is no phone number.
    /// </summary>
    public static string TelHref(string phone)
    {
        var value = phone.Trim();
        if (value.Length == 0) return "";
        var number = Parse(value);
        if (number is null) return Digits(value) is { Length: > 0 } d ? "tel:" + d : "";
        var national = number.NationalNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (number.CountryCode == 31 && (national.StartsWith("14", StringComparison.Ordinal) || (!Phones.IsValidNumber(number) && ShortNumbers.IsPossibleShortNumberForRegion(number, Region))))
            return "tel:" + national;
        return "tel:" + Phones.Format(number, PhoneNumberFormat.E164);
    }

    private static PhoneNumber? Parse(string value)
    {
        try { return Phones.Parse(value, Region); }
        catch (NumberParseException) { return null; }
    }

    private static string Digits(string value) =>
        new(value.Where((c, i) => char.IsAsciiDigit(c) || (c == '+' && i == 0)).ToArray());

    private static bool LooksLikeHost(string text) =>
        text.Length > 3 && !text.Any(char.IsWhiteSpace) && !text.Contains('@') && HostPattern().IsMatch(text);

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;

    [GeneratedRegex(@"^[^@\s<>""(),;:\[\]\\]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}(?::\d+)?(?:[/?#].*)?$")]
    private static partial Regex HostPattern();
}
