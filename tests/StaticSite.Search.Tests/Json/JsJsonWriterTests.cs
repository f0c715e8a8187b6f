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

    [Fact]
    public void Keys_already_in_javascript_order_come_back_as_they_are_and_others_are_ordered()
    {
        string[] ascending = ["0", "1", "7", "10", "11", "4294967294"];
        Assert.Same(ascending, JsJsonWriter.PropertyOrder(ascending, k => k));
        Assert.Equal(["1", "7", "10"], JsJsonWriter.PropertyOrder(new[] { "10", "1", "7" }, k => k));
        Assert.Equal(["1", "1"], JsJsonWriter.PropertyOrder(new[] { "1", "1" }, k => k));
        Assert.Equal(["1", "x"], JsJsonWriter.PropertyOrder(new[] { "x", "1" }, k => k));
    }

    [Fact]
    public void Elements_written_in_parts_and_joined_are_the_bytes_of_writing_them_in_one_go()
    {
        var random = new Random(3);
        for (var round = 0; round < 200; round++)
        {
            var values = Enumerable.Range(0, random.Next(0, 40)).Select(_ => random.Next(0, 4) == 0 ? (object)$"s{random.Next(100)}" : Math.Round(random.NextDouble() * 10, 3)).ToList();
            var direct = new JsJsonWriter().StartObject().Key("before").Number(1).Key("items").StartArray();
            foreach (var value in values) Write(direct, value);
            var expected = direct.EndArray().Key("after").StartArray().EndArray().EndObject().ToString();

            var joined = new JsJsonWriter().StartObject().Key("before").Number(1).Key("items").StartArray();
            for (var start = 0; start < values.Count || random.Next(0, 2) == 0;)
            {
                var length = random.Next(0, 6); // empty parts too
                var part = JsJsonWriter.ForElements();
                foreach (var value in values.Skip(start).Take(length)) Write(part, value);
                joined.AppendElements(part);
                start += length;
            }

            Assert.Equal(expected, joined.EndArray().Key("after").StartArray().EndArray().EndObject().ToString());
        }
    }

    private static void Write(JsJsonWriter json, object value)
    {
        // Each element a nested array, as lunr's field vectors and terms are.
        json.StartArray();
        if (value is string text) json.String(text);
        else json.Number((double)value).Number(-(double)value);
        json.EndArray();
    }

    [Fact]
    public void Only_a_writer_of_elements_can_be_joined()
    {
        var json = new JsJsonWriter().StartArray();
        Assert.Throws<InvalidOperationException>(() => json.AppendElements(new JsJsonWriter().StartObject()));
        Assert.Throws<InvalidOperationException>(() => json.AppendElements(JsJsonWriter.ForElements().EndArray()));
    }
}
