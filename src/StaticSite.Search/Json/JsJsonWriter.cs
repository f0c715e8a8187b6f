using System.Globalization;
using System.Text;

namespace StaticSite.Search.Json;

/// <summary>
/// Writes JSON text exactly as JavaScript's <c>JSON.stringify</c> (no indentation) does:
/// numbers in JavaScript's shortest form, strings escaped only where JSON requires it,
/// object keys in JavaScript's property order.
/// </summary>
public sealed class JsJsonWriter
{
    private readonly StringBuilder _out;
    private readonly Stack<bool> _needsComma = new();

    /// <summary>Creates a writer with an initial buffer capacity.</summary>
    public JsJsonWriter(int capacity = 1024) => _out = new StringBuilder(capacity);

    /// <summary>Starts an array.</summary>
    public JsJsonWriter StartArray() => Open('[');

    /// <summary>Ends an array.</summary>
    public JsJsonWriter EndArray() => Close(']');

    /// <summary>Starts an object; write its keys in <see cref="PropertyOrder"/>.</summary>
    public JsJsonWriter StartObject() => Open('{');

    /// <summary>Ends an object.</summary>
    public JsJsonWriter EndObject() => Close('}');

    /// <summary>Writes a property name; the value follows.</summary>
    public JsJsonWriter Key(string name)
    {
        Separate();
        AppendString(name);
        _out.Append(':');
        _needsComma.Pop();
        _needsComma.Push(false);
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
        _out.Append(double.IsFinite(value) ? JsNumberFormat.Format(value) : "null");
        return this;
    }

    /// <summary>Writes a key followed by a string value.</summary>
    public JsJsonWriter Property(string name, string value) => Key(name).String(value);

    /// <summary>Writes a key followed by a number value.</summary>
    public JsJsonWriter Property(string name, double value) => Key(name).Number(value);

    /// <summary>The JSON text written so far.</summary>
    public override string ToString() => _out.ToString();

    /// <summary>
    /// JavaScript's own-property order, which JSON.stringify follows: keys that are array indices
    /// ("0" … "4294967294", no leading zeros) first in ascending numeric order, then the others in
    /// insertion order.
    /// </summary>
    public static IEnumerable<T> PropertyOrder<T>(IEnumerable<T> itemsInInsertionOrder, Func<T, string> key)
    {
        var items = itemsInInsertionOrder.ToList();
        var indices = items.Where(i => IsArrayIndex(key(i))).OrderBy(i => uint.Parse(key(i), CultureInfo.InvariantCulture));
        return indices.Concat(items.Where(i => !IsArrayIndex(key(i))));
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

    private JsJsonWriter Open(char bracket)
    {
        Separate();
        _out.Append(bracket);
        _needsComma.Push(false);
        return this;
    }

    private JsJsonWriter Close(char bracket)
    {
        _needsComma.Pop();
        _out.Append(bracket);
        return this;
    }

    private void Separate()
    {
        if (_needsComma.Count == 0)
        {
            return;
        }

        if (_needsComma.Pop())
        {
            _out.Append(',');
        }

        _needsComma.Push(true);
    }

    private void AppendString(string value)
    {
        _out.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': _out.Append("\\\""); break;
                case '\\': _out.Append("\\\\"); break;
                case '\b': _out.Append("\\b"); break;
                case '\f': _out.Append("\\f"); break;
                case '\n': _out.Append("\\n"); break;
                case '\r': _out.Append("\\r"); break;
                case '\t': _out.Append("\\t"); break;
                default:
                    if (c < ' ' || IsLoneSurrogate(value, i))
                    {
                        _out.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        _out.Append(c);
                        if (char.IsHighSurrogate(c))
                        {
                            _out.Append(value[++i]);
                        }
                    }

                    break;
            }
        }

        _out.Append('"');
    }

    private static bool IsLoneSurrogate(string s, int i) =>
        (char.IsHighSurrogate(s[i]) && (i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1])))
        || (char.IsLowSurrogate(s[i]) && (i == 0 || !char.IsHighSurrogate(s[i - 1])));
}
