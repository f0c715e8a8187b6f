using System.Text;
using StaticSite.Pipeline.Diagnostics;

namespace StaticSite.Content.Sources;

/// <summary>
/// The names a file or folder in content/ or themes/ may have: names that every editor's system
/// can store (Windows included), that the output can extend (<c>.json</c>, <c>.br</c>) without
/// passing the file system's 255 bytes, and that can be part of a web address.
/// </summary>
public static class FileNameRules
{
    /// <summary>Longest name in UTF-8 bytes: the output adds up to about 50 bytes (<c>.json.br</c>, <c>index.html</c>).</summary>
    public const int MaxNameBytes = 200;

    /// <summary>Longest path below content/ or a theme, in UTF-8 bytes (web addresses past 2,000 characters fail).</summary>
    public const int MaxPathBytes = 1000;

    private const string WindowsForbidden = "<>:\"|?*\\";
    private const string NotInAddresses = "#%";

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
        "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM0",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT0",
    };

    /// <summary>The diagnostic for a name (the last part of <paramref name="displayPath"/>) that breaks a rule; null when it is fine.</summary>
    public static Diagnostic? Check(string name, string displayPath)
    {
        var at = SourceLocation.File(displayPath);
        if (name.Contains('\uFFFD'))
            return Diagnostic.Error(at, DiagnosticCodes.FileNameNotUtf8,
                "the file name is not valid UTF-8 (it was probably made on a system that writes names in Latin-1 or Windows-1252), so it cannot be read or put in a web address. Rename the file and type its name again.");
        if (name.Any(char.IsControl))
            return Diagnostic.Error(at, DiagnosticCodes.FileNameNotPortable,
                "the name contains a line break, a tab or another invisible control character. Rename it using letters, digits, '-' and '.'.");
        var bytes = Encoding.UTF8.GetByteCount(name);
        if (bytes > MaxNameBytes)
            return Diagnostic.Error(at, DiagnosticCodes.FileNameTooLong,
                $"the name is {bytes} bytes long; a name can be at most {MaxNameBytes} (the site adds to names, and file systems stop at 255). Give it a shorter name.");
        if (name.FirstOrDefault(c => WindowsForbidden.Contains(c)) is var forbidden and not '\0')
            return Diagnostic.Error(at, DiagnosticCodes.FileNameNotPortable,
                $"the name contains '{forbidden}', which Windows cannot store in a name and which breaks web addresses. Rename it using letters, digits, '-' and '.'.");
        if (name.FirstOrDefault(c => NotInAddresses.Contains(c)) is var special and not '\0')
            return Diagnostic.Error(at, DiagnosticCodes.FileNameNotPortable,
                $"the name contains '{special}', which cannot be part of a web address as it is. Rename it using letters, digits, '-' and '.'.");
        if (name.EndsWith('.') || name.EndsWith(' '))
            return Diagnostic.Error(at, DiagnosticCodes.FileNameNotPortable,
                "the name ends with a '.' or a space, which Windows removes, so a checkout there gets another name. Rename it.");
        var stem = name.Split('.')[0].TrimEnd();
        if (Reserved.Contains(stem))
            return Diagnostic.Error(at, DiagnosticCodes.FileNameNotPortable,
                $"'{stem}' is a reserved device name on Windows: a checkout there cannot hold '{name}'. Rename it.");
        return null;
    }

    /// <summary>The diagnostic for a path below its folder that is longer than <see cref="MaxPathBytes"/>; null when it is fine.</summary>
    public static Diagnostic? CheckPath(string relativePath, string displayPath)
    {
        var bytes = Encoding.UTF8.GetByteCount(relativePath);
        return bytes <= MaxPathBytes ? null : Diagnostic.Error(SourceLocation.File(displayPath), DiagnosticCodes.FileNameTooLong,
            $"the path is {bytes} bytes long; a path below its folder can be at most {MaxPathBytes}. Use fewer or shorter folder names.");
    }
}
