using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using StaticSite.Content.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StaticSite.Cli.Preview.Editor;

/// <summary>
/// The file an unsaved Decap entry would become, for the preview pane: the entry's fields as YAML
/// front matter (known keys in the content model's order, then any other key, so an unknown key
/// shows as the build reports it) and its body; for the settings form, region.yml.
/// </summary>
public static class DraftEntry
{
    /// <summary>The text of a page whose form holds <paramref name="data"/>.</summary>
    public static string Page(JsonObject data)
    {
        var body = data["body"] is JsonValue b && b.TryGetValue<string>(out var text) ? text : "";
        var yaml = Yaml(data, ContentSchema.PageFields.Select(f => f.Key).Append("body"), skip: "body");
        return $"---\n{yaml}---\n{body}";
    }

    /// <summary>The text of region.yml whose form holds <paramref name="data"/>.</summary>
    public static string Settings(JsonObject data) => Yaml(data, ContentSchema.RegionFields.Select(f => f.Key), skip: null);

    private static string Yaml(JsonObject data, IEnumerable<string> order, string? skip)
    {
        var known = order.ToList();
        var mapping = new YamlMappingNode();
        foreach (var (key, value) in data.OrderBy(p => known.IndexOf(p.Key) is var i and >= 0 ? i : known.Count))
            if (key != skip && !IsEmpty(value)) mapping.Add(new YamlScalarNode(key), Node(value));
        if (mapping.Children.Count == 0) return "";
        var writer = new StringWriter { NewLine = "\n" };
        new YamlStream(new YamlDocument(mapping)).Save(writer, assignAnchors: false);
        var text = writer.ToString();
        return text.EndsWith("...\n", StringComparison.Ordinal) ? text[..^4] : text;
    }

    private static bool IsEmpty(JsonNode? node) => node switch
    {
        null => true,
        JsonValue v when v.TryGetValue<string>(out var s) => s.Length == 0,
        JsonArray a => a.Count == 0,
        JsonObject o => o.All(p => IsEmpty(p.Value)),
        _ => false,
    };

    private static YamlNode Node(JsonNode? node) => node switch
    {
        JsonObject o => new YamlMappingNode(o.Where(p => !IsEmpty(p.Value)).Select(p => new KeyValuePair<YamlNode, YamlNode>(new YamlScalarNode(p.Key), Node(p.Value)))),
        JsonArray a => new YamlSequenceNode(a.Where(i => !IsEmpty(i)).Select(Node)),
        JsonValue v when v.TryGetValue<bool>(out var b) => new YamlScalarNode(b ? "true" : "false"),
        JsonValue v when v.TryGetValue<double>(out var d) => new YamlScalarNode(d.ToString(CultureInfo.InvariantCulture)),
        JsonValue v when v.TryGetValue<string>(out var s) => new YamlScalarNode(s) { Style = ScalarStyle.DoubleQuoted },
        JsonValue v => new YamlScalarNode(v.ToJsonString()) { Style = ScalarStyle.DoubleQuoted },
        _ => new YamlScalarNode(""),
    };
}
