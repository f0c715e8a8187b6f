using System.Text.Json;
using System.Text.Json.Nodes;
using StaticSite.Content.Model;

namespace StaticSite.Content.Schema;

/// <summary>A generated JSON Schema file.</summary>
/// <param name="FileName">File name, like <c>organisation.schema.json</c>.</param>
/// <param name="Json">The schema text, indented, ending with a newline.</param>
public sealed record SchemaFile(string FileName, string Json);

/// <summary>
/// Generates JSON Schemas (draft 2020-12) from <see cref="ContentSchema"/>: one for the front
/// matter of each content type and one for <c>region.yml</c>. Editors' editors (VS Code with the
/// YAML extension, ...) use them to complete and check front matter. The schemas are never kept
/// by hand: <c>staticsite schema</c> writes them and a test checks the committed copies.
/// </summary>
public static class JsonSchemaGenerator
{
    /// <summary>The JSON Schema dialect used.</summary>
    public const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>File name of the region.yml schema.</summary>
    public const string RegionFileName = "region.schema.json";


    /// <summary>Every schema, in a stable order: content types first, then region.yml.</summary>
    public static IReadOnlyList<SchemaFile> All() =>
    [
        .. ContentTypes.All.Select(t => new SchemaFile(FileName(t), Serialize(ForType(t)))),
        new SchemaFile(RegionFileName, Serialize(ForRegion())),
    ];

    /// <summary>File name of a content type's schema (<c>organisation.schema.json</c>).</summary>
    public static string FileName(ContentType type) => $"{type.Name()}.schema.json";

    /// <summary>The schema of the front matter of <paramref name="type"/>.</summary>
    public static JsonObject ForType(ContentType type)
    {
        var fields = ContentSchema.PageFields.Where(f => f.AppliesToType(type)).ToList();
        var schema = Object(fields, f => f.RequiredFor.Contains(type), type);
        var folder = type.Folder() is { } f ? $" Files in {f}/ get this type without 'type:'." : "";
        return Root($"StaticSite front matter: {type.Name()}", $"Front matter of a '{type.Name()}' page (YAML between the --- lines at the top of a .md file).{folder}", schema);
    }

    /// <summary>The schema of <c>region.yml</c>.</summary>
    public static JsonObject ForRegion() =>
        Root("StaticSite region.yml", "Settings of one region: content/<region-id>/region.yml.",
            Object(ContentSchema.RegionFields, f => f.RequiredFor.Count > 0, null));

    private static JsonObject Root(string title, string description, JsonObject body)
    {
        var root = new JsonObject { ["$schema"] = Dialect, ["title"] = title, ["description"] = description };
        foreach (var (key, value) in body) root[key] = value?.DeepClone();
        return root;
    }

    private static JsonObject Object(IEnumerable<FieldDefinition> fields, Func<FieldDefinition, bool> required, ContentType? type)
    {
        var list = fields.ToList();
        var properties = new JsonObject();
        foreach (var f in list) properties[f.Key] = Property(f, type);
        var o = new JsonObject { ["type"] = "object", ["properties"] = properties };
        var names = list.Where(required).Select(f => (JsonNode)f.Key).ToArray();
        if (names.Length > 0) o["required"] = new JsonArray(names);
        o["additionalProperties"] = false;
        return o;
    }

    private static JsonObject Property(FieldDefinition f, ContentType? type)
    {
        var p = f.Kind switch
        {
            FieldKind.Text => Text(f.Key == Keys.Type && type is { } t ? [t.Name()] : f.AllowedValues),
            FieldKind.TextList => new JsonObject
            {
                ["anyOf"] = new JsonArray(Text(Values(f)), new JsonObject { ["type"] = "array", ["items"] = Text(Values(f)) }),
            },
            FieldKind.Date => new JsonObject { ["type"] = "string", ["format"] = "date", ["pattern"] = ContentSchema.DatePattern.Regex },
            FieldKind.Boolean => new JsonObject { ["type"] = "boolean" },
            FieldKind.Integer => new JsonObject { ["type"] = "integer" },
            FieldKind.StepList => new JsonObject
            {
                ["type"] = "array", ["minItems"] = 1,
                ["items"] = Object(ContentSchema.StepFields, s => s.RequiredFor.Count > 0, null),
            },
            FieldKind.Mapping => Object(f.Children, c => c.RequiredFor.Count > 0, null),
            FieldKind.Url or FieldKind.Email or FieldKind.Phone => new JsonObject { ["type"] = "string" },
            _ => throw new ArgumentOutOfRangeException(nameof(f), f.Kind, "unknown field kind"),
        };
        if (f.Kind is FieldKind.Text or FieldKind.Url or FieldKind.Email or FieldKind.Phone && f.Pattern is { } pattern) p["pattern"] = pattern.Regex;
        var described = new JsonObject { ["description"] = f.Description };
        foreach (var (key, value) in p) described[key] = value?.DeepClone();
        return described;
    }

    // A key whose reader checks its values itself (languages) still lists them, for completion while typing.
    private static IReadOnlyList<string> Values(FieldDefinition f) => f.AllowedValues.Count > 0 ? f.AllowedValues : [.. f.Choices.Select(c => c.Value)];

    private static JsonObject Text(IReadOnlyList<string> allowed)
    {
        var o = new JsonObject { ["type"] = "string" };
        if (allowed.Count > 0) o["enum"] = new JsonArray([.. allowed.Select(a => (JsonNode)a)]);
        return o;
    }

    private static string Serialize(JsonObject schema) =>
        schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).ReplaceLineEndings("\n") + "\n";
}
