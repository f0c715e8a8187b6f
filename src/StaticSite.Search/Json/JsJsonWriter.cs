using System.Buffers;
using System.Globalization;
using System.Text;

namespace StaticSite.Search.Json;

/// <summary>
/// Writes JSON text exactly as JavaScript's <c>JSON.stringify</c> (no indentation) does:
/// numbers in JavaScript's shortest form, strings escaped only where JSON requires it,
/// object keys in JavaScript's property order. Writes UTF-8 directly: the search index is megabytes
/// of numbers and short strings, and the build writes the bytes as they come from here.
/// </summary>
public sealed class JsJsonWriter
{
    // Characters a JSON string cannot hold as they are, and surrogates (a lone one is escaped).
    private static readonly SearchValues<char> NeedsCare = SearchValues.Create(
        "\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    private readonly ArrayBufferWriter<byte> _out;
    private bool[] _needsComma = new bool[16];
    private int _depth;

    /// <summary>Creates a writer with an initial buffer capacity in bytes.</summary>
    public JsJsonWriter(int capacity = 1024) => _out = new ArrayBufferWriter<byte>(Math.Max(capacity, 256));

    /// <summary>Starts an array.</summary>
    public JsJsonWriter StartArray() => Open((byte)'[');

    /// <summary>Ends an array.</summary>
    public JsJsonWriter EndArray() => Close((byte)']');

    /// <summary>Starts an object; write its keys in <see cref="PropertyOrder"/>.</summary>
    public JsJsonWriter StartObject() => Open((byte)'{');

    /// <summary>Ends an object.</summary>
    public JsJsonWriter EndObject() => Close((byte)'}');

    /// <summary>Writes a property name; the value follows.</summary>
    public JsJsonWriter Key(string name)
    {
        Separate();
        AppendString(name);
        AppendByte((byte)':');
        if (_depth > 0) _needsComma[_depth - 1] = false;
        return this;
    }

    /// <summary>Writes a string value.</summary>
    public JsJsonWriter String(string value)
    {
        Separate();
        AppendString(value);
        return this;
    }

    /// <summary>Writes a number value (<c>null</c> for NaN and infinities, as JSON.stringify).</summary>
    public JsJsonWriter Number(double value)
    {
        Separate();
        if (!double.IsFinite(value))
        {
            AppendAscii("null");
        }
        else if (!TryAppendPlainNumber(value))
        {
            AppendAscii(JsNumberFormat.Format(value));
        }

        return this;
    }

    /// <summary>Writes a key followed by a string value.</summary>
    public JsJsonWriter Property(string name, string value) => Key(name).String(value);

    /// <summary>Writes a key followed by a number value.</summary>
    public JsJsonWriter Property(string name, double value) => Key(name).Number(value);

    /// <summary>The JSON text written so far.</summary>
    public override string ToString() => Encoding.UTF8.GetString(_out.WrittenSpan);

    /// <summary>The JSON text written so far, as UTF-8 bytes.</summary>
    public byte[] ToUtf8() => _out.WrittenSpan.ToArray();

    /// <summary>The JSON text written so far, as UTF-8 bytes in the writer's own buffer (valid while nothing more is written).</summary>
    public ReadOnlyMemory<byte> Utf8 => _out.WrittenMemory;

    /// <summary>Bytes written so far.</summary>
    public int Length => _out.WrittenCount;

    /// <summary>
    /// A writer for a run of array elements written apart from the array they belong to (on another thread), to be added
    /// to it in order with <see cref="AppendElements"/>.
    /// </summary>
    public static JsJsonWriter ForElements(int capacity = 1024) => new JsJsonWriter(capacity).StartArray();

    /// <summary>Adds the elements written to <paramref name="part"/> (from <see cref="ForElements"/>) to the array being written, as if written here.</summary>
    public JsJsonWriter AppendElements(JsJsonWriter part)
    {
        if (part._depth != 1 || part._out.WrittenCount == 0 || part._out.WrittenSpan[0] != (byte)'[')
            throw new InvalidOperationException("Only the elements of a writer from ForElements, at its top level, can be added.");
        var elements = part._out.WrittenSpan[1..];
        if (elements.IsEmpty) return this;
        Separate();
        elements.CopyTo(_out.GetSpan(elements.Length));
        _out.Advance(elements.Length);
        return this;
    }

    /// <summary>
    /// JavaScript's own-property order, which JSON.stringify follows: keys that are array indices
    /// ("0" … "4294967294", no leading zeros) first in ascending numeric order, then the others in
    /// insertion order.
    /// </summary>
    public static IEnumerable<T> PropertyOrder<T>(IEnumerable<T> itemsInInsertionOrder, Func<T, string> key)
    {
        // A lunr posting's documents are positions added in ascending order: already in JavaScript's order, nothing to sort.
        if (itemsInInsertionOrder is IReadOnlyList<T> list && AscendingIndices(list, key)) return list;
        var items = itemsInInsertionOrder.ToList();
        var indices = items.Where(i => IsArrayIndex(key(i))).OrderBy(i => uint.Parse(key(i), CultureInfo.InvariantCulture));
        return indices.Concat(items.Where(i => !IsArrayIndex(key(i))));
    }

    // True when every key is an array index and each is larger than the one before.
    private static bool AscendingIndices<T>(IReadOnlyList<T> items, Func<T, string> key)
    {
        var previous = -1L;
        for (var i = 0; i < items.Count; i++)
        {
            var name = key(items[i]);
            if (!IsArrayIndex(name)) return false;
            var value = long.Parse(name, CultureInfo.InvariantCulture);
            if (value <= previous) return false;
            previous = value;
        }

        return true;
    }

    /// <summary>True for a canonical array index string.</summary>
    public static bool IsArrayIndex(string key)
    {
        if (key.Length is 0 or > 10 || (key.Length > 1 && key[0] == '0'))
        {
            return false;
        }

        foreach (var c in key)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return ulong.Parse(key, CultureInfo.InvariantCulture) <= 4294967294UL;
    }

    private JsJsonWriter Open(byte bracket)
    {
        Separate();
        AppendByte(bracket);
        if (_depth == _needsComma.Length) Array.Resize(ref _needsComma, _depth * 2);
        _needsComma[_depth++] = false;
        return this;
    }

    private JsJsonWriter Close(byte bracket)
    {
        _depth--;
        AppendByte(bracket);
        return this;
    }

    private void Separate()
    {
        if (_depth == 0)
        {
            return;
        }

        if (_needsComma[_depth - 1])
        {
            AppendByte((byte)',');
        }

        _needsComma[_depth - 1] = true;
    }

    /// <summary>
    /// Numbers the way JavaScript writes them, the common cases directly: integers below 2^53, and
    /// numbers from 10^-4 to 10^14, where .NET's shortest round-trip digits ("R") are written in the
    /// same plain notation JavaScript uses. Others go through <see cref="JsNumberFormat"/>.
    /// </summary>
    private bool TryAppendPlainNumber(double value)
    {
        var magnitude = Math.Abs(value);
        var span = _out.GetSpan(32);
        int written;
        if (magnitude < 9007199254740992d && value == Math.Floor(value))
        {
            if (value == 0)
            {
                span[0] = (byte)'0';
                written = 1;
            }
            else if (!((long)value).TryFormat(span, out written, default, CultureInfo.InvariantCulture))
            {
                return false;
            }
        }
        else if (magnitude is >= 1e-4 and < 1e14)
        {
            if (!value.TryFormat(span, out written, "R", CultureInfo.InvariantCulture) || span[..written].IndexOfAny((byte)'E', (byte)'e') >= 0)
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        _out.Advance(written);
        return true;
    }

    private void AppendByte(byte b)
    {
        _out.GetSpan(1)[0] = b;
        _out.Advance(1);
    }

    private void AppendAscii(string text)
    {
        var span = _out.GetSpan(text.Length);
        for (var i = 0; i < text.Length; i++) span[i] = (byte)text[i];
        _out.Advance(text.Length);
    }

    private void AppendUtf8(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return;
        var written = Encoding.UTF8.GetBytes(text, _out.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length)));
        _out.Advance(written);
    }

    private void AppendString(string value)
    {
        AppendByte((byte)'"');
        var text = value.AsSpan();
        var plain = text.IndexOfAny(NeedsCare);
        var surrogate = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (plain < 0 && surrogate < 0)
        {
            AppendUtf8(text);
            AppendByte((byte)'"');
            return;
        }

        var run = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            string? escape = c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\b' => "\\b",
                '\f' => "\\f",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c < ' ' || IsLoneSurrogate(value, i) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => null,
            };
            if (escape is null)
            {
                if (char.IsHighSurrogate(c)) i++; // a valid pair: both halves are copied with the run
                continue;
            }

            AppendUtf8(text[run..i]);
            AppendAscii(escape);
            run = i + 1;
        }

        AppendUtf8(text[run..]);
        AppendByte((byte)'"');
    }
    private static bool IsLoneSurrogate(string s, int i) =>
        (char.IsHighSurrogate(s[i]) && (i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1])))
        || (char.IsLowSurrogate(s[i]) && (i == 0 || !char.IsHighSurrogate(s[i - 1])));
}
