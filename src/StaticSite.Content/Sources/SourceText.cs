using System.Text;
using StaticSite.Pipeline.Diagnostics;

namespace StaticSite.Content.Sources;

/// <summary>
/// A text file as the build sees it: decoded UTF-8 with any byte-order mark removed and CRLF/CR
/// turned into LF, so lines and columns count the same on every machine.
/// </summary>
/// <param name="DisplayPath">Path relative to the current directory, forward slashes: used in diagnostics.</param>
/// <param name="Text">The normalised text.</param>
public sealed record SourceText(string DisplayPath, string Text)
{
    /// <summary>Largest file accepted as content; anything bigger is almost surely not a page.</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Location of a 1-based line and column in this file.</summary>
    public SourceLocation At(int line, int column) => new(DisplayPath, line, column);

    /// <summary>
    /// Decodes raw bytes, or returns a diagnostic explaining why the file is not usable text
    /// (too large, binary, invalid UTF-8 — with the line of the first bad byte).
    /// </summary>
    public static (SourceText? Text, Diagnostic? Problem) Decode(string displayPath, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxBytes) return (null, TooLarge(displayPath, bytes.Length));
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
            return (null, Diagnostic.Error(At(displayPath, bytes, nul), DiagnosticCodes.NotAPage,
                "the file contains binary data (a NUL byte), so it is not a text page. Save it as plain UTF-8 text, or move it out of content/."));
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            var bad = FirstInvalidUtf8(bytes);
            return (null, Diagnostic.Error(At(displayPath, bytes, bad), DiagnosticCodes.InvalidUtf8,
                "the file is not valid UTF-8 text (perhaps saved as Windows-1252 or Latin-1). Save it with the encoding UTF-8."));
        }
        if (text.Contains('\r')) text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        return (new SourceText(displayPath, text), null);
    }

    /// <summary>The diagnostic for a page of <paramref name="length"/> bytes (null: unknown, but more than <see cref="MaxBytes"/>).</summary>
    public static Diagnostic TooLarge(string displayPath, long? length) =>
        Diagnostic.Error(SourceLocation.File(displayPath), DiagnosticCodes.NotAPage,
            $"the file is {(length is { } l ? SafeFileReader.Megabytes(l) : "more than " + SafeFileReader.Megabytes(MaxBytes))} MB; a page can be at most {MaxBytes / 1024 / 1024} MB. Split it into several pages, or move large files out of content/.");

    /// <summary>Reads and decodes the text file at <paramref name="path"/> through <paramref name="files"/>: an ordinary file inside its folder, at most <see cref="MaxBytes"/>.</summary>
    public static (SourceText? Text, Diagnostic? Problem) Read(SafeFileReader files, string path, string displayPath)
    {
        var read = files.Read(path, displayPath, MaxBytes, size => TooLarge(displayPath, size));
        return read.Problem is not null ? (null, read.Problem) : Decode(displayPath, read.Bytes.Span);
    }

    private static SourceLocation At(string path, ReadOnlySpan<byte> bytes, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
            if (bytes[i] == (byte)'\n') { line++; lineStart = i + 1; }
        var column = Encoding.UTF8.GetCharCount(bytes[lineStart..offset]) + 1;
        return new SourceLocation(path, line, column);
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done) return i;
            i += consumed;
        }
        return bytes.Length;
    }
}
