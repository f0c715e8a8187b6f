using StaticSite.Search.Json;

namespace StaticSite.Search.Tests.Json;

public sealed class JsJsonWriterTests
{
    [Fact]
    public void Numbers_are_formatted_like_javascript()
    {
        var random = new Random(7);
        var values = new List<double>
        {
            0, -0.0, 1, -1, 0.1, 0.1 + 0.2, 1.5, 100, 1e20, 1e21, 123456789012345680000d, 1e-6, 1e-7, 1.5e-7,
            0.000001234, 5e-324, double.MaxValue, double.Epsilon * 3, 2.5, 23.07, 0.009, 4294967295,
        };
        for (var i = 0; i < 2000; i++)
        {
            values.Add(BitConverter.Int64BitsToDouble(random.NextInt64()) is var d && double.IsFinite(d) ? d : 1);
            values.Add(Math.Round(random.NextDouble() * 100, 3));
        }

        var hex = values.Select(v => BitConverter.DoubleToInt64Bits(v).ToString("x16"));
        var expected = NodeRunner.RunOnFile("format-numbers.js", "[" + string.Join(",", hex.Select(h => $"\"{h}\"")) + "]");

        var json = new JsJsonWriter().StartArray();
        values.ForEach(v => json.Number(v));
        Assert.Equal(expected, json.EndArray().ToString());
    }

    [Fact]
    public void Strings_escape_only_what_json_stringify_escapes()
    {
        var json = new JsJsonWriter().StartArray()
            .String("a\"b\\c\b\f\n\r\t\u0001\u001f\u007f é \u2028 😀 \ud800x \udc00")
            .EndArray().ToString();
        Assert.Equal("[\"a\\\"b\\\\c\\b\\f\\n\\r\\t\\u0001\\u001f\u007f é \u2028 😀 \\ud800x \\udc00\"]", json);
    }

    [Fact]
    public void Object_keys_follow_javascript_property_order()
    {
        string[] keys = ["b", "10", "_index", "2", "01", "4294967295", "4294967294", "0", "a"];
        Assert.Equal(
            ["0", "2", "10", "4294967294", "b", "_index", "01", "4294967295", "a"],
            JsJsonWriter.PropertyOrder(keys, k => k));
    }
}
