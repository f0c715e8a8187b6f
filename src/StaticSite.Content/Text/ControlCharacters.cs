using System.Buffers;
using System.Text;

namespace StaticSite.Content.Text;

/// <summary>
/// Characters no page, feed or API may carry: the C0 controls but tab, newline and carriage
/// return (NUL, U+000B — Word's line break —, escape, …), DEL and the C1 controls, the
/// non-characters U+FFFE and U+FFFF and lone surrogates. XML 1.0 cannot hold most of them at
/// all (the Atom feed failed on them), HTML counts them as errors, and in a terminal or CI log
/// they are a way to inject text. Editors get them by pasting; they are replaced by a space.
/// </summary>
public static class ControlCharacters
{
    /// <summary>True when <paramref name="text"/>[<paramref name="index"/>] must not be published.</summary>
    public static bool IsForbiddenAt(string text, int index)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c)) return index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]);
        if (char.IsLowSurrogate(c)) return index == 0 || !char.IsHighSurrogate(text[index - 1]);
        return c is < ' ' and not ('\t' or '\n' or '\r') or (>= '\u007F' and <= '\u009F') or '\uFFFE' or '\uFFFF';
    }

    // The forbidden ASCII characters (every page's text is searched for them, vectorized); the C1
    // controls, U+FFFE, U+FFFF and lone surrogates are looked for as ranges (a set with non-ASCII
    // characters in it makes .NET check every accented letter one by one).
    private static readonly SearchValues<char> AsciiControls = SearchValues.Create(
        [.. Enumerable.Range(0, 0x80).Select(c => (char)c).Where(c => c is < ' ' and not ('\t' or '\n' or '\r') or '\u007F')]);

    /// <summary>The index of the first forbidden character, or -1.</summary>
    public static int IndexOf(string text, int start = 0)
    {
        var span = text.AsSpan();
        var ascii = span[start..].IndexOfAny(AsciiControls);
        var end = ascii < 0 ? text.Length : start + ascii;
        var c1 = span[start..end].IndexOfAnyInRange('\u0080', '\u009F');
        if (c1 >= 0) end = start + c1;
        for (var from = start; from < end;)
        {
            var special = span[from..end].IndexOfAnyInRange('\uD800', '\uFFFF');
            if (special < 0) break;
            var at = from + special;
            if (IsForbiddenAt(text, at)) return at;
            from = at + 1;
        }
        return end == text.Length ? -1 : end;
    }

    /// <summary><paramref name="text"/> with every forbidden character replaced by a space (the same string when there is none).</summary>
    public static string Replace(string text)
    {
        var first = IndexOf(text);
        if (first < 0) return text;
        var sb = new StringBuilder(text);
        for (var i = first; i < sb.Length; i++)
            if (IsForbiddenAt(text, i)) sb[i] = ' ';
        return sb.ToString();
    }

    /// <summary>How a forbidden character is named in a message: <c>U+000B</c>.</summary>
    public static string Name(char c) => $"U+{(int)c:X4}";
}
