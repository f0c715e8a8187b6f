using System.Globalization;
using StaticSite.Content.Contact;
using StaticSite.Content.Model;
using StaticSite.Content.Text;
using StaticSite.Content.Sources;
using StaticSite.Pipeline.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StaticSite.Content.Yaml;

/// <summary>
/// Checks a YAML mapping against field definitions from <see cref="ContentSchema"/>: unknown keys
/// (with a did-you-mean), wrong shapes, invalid dates and values, missing required keys. Reports
/// every problem, each at the line and column of the real file.
/// </summary>
public sealed class FieldReader(SourceText source, int firstLine, List<Diagnostic> diagnostics)
{
    /// <summary>Reads <paramref name="mapping"/> for content of type <paramref name="type"/>.</summary>
    public FieldValues Read(YamlMappingNode mapping, IReadOnlyList<FieldDefinition> fields, ContentType type, string where)
    {
        var values = new FieldValues { At = Location(mapping) };
        var applicable = fields.Where(f => f.AppliesToType(type)).ToList();
        // Keys written with a value, valid or not: a wrong value is reported as wrong, not also as missing.
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var field = applicable.FirstOrDefault(f => f.Key == key);
            if (field is null)
            {
                ReportUnknownKey(keyNode, key, fields, applicable, type, where);
                continue;
            }
            if (values.Has(key))
            {
                diagnostics.Add(Diagnostic.Error(Location(keyNode), DiagnosticCodes.MalformedYaml,
                    $"the key '{key}' is written twice; keep one."));
                continue;
            }
            if (IsNull(valueNode)) continue;
            written.Add(key);
            var value = ReadValue(field, valueNode, type);
            if (value is not null) values.Set(key, new FieldValue(value, Location(valueNode), ItemLocations(valueNode)));
        }
        foreach (var field in fields.Where(f => f.RequiredFor.Contains(type) && !written.Contains(f.Key)))
            diagnostics.Add(Diagnostic.Error(Location(mapping), DiagnosticCodes.MissingField,
                $"'{field.Key}' is required{(where.Length > 0 ? " " + where : "")} but missing. Add a line like '{field.Key}: {Example(field)}'."));
        return values;
    }

    private void ReportUnknownKey(YamlNode keyNode, string key, IReadOnlyList<FieldDefinition> all,
        List<FieldDefinition> applicable, ContentType type, string where)
    {
        var otherType = all.FirstOrDefault(f => f.Key == key);
        var message = otherType is not null
            ? $"front matter key '{key}' is not used for a {type.Name()}; it belongs to {string.Join(" or ", otherType.AppliesTo.Select(t => t.Name()))}. Remove it, or set the right 'type'."
            : DidYouMean.Suggest(key, applicable.Select(f => f.Key)) is { } meant
                ? $"{(where.Length > 0 ? where.Trim() + " " : "front matter ")}key '{key}' is not known; did you mean '{meant}'?"
                : $"{(where.Length > 0 ? where.Trim() + " " : "front matter ")}key '{key}' is not known. Known keys: {string.Join(", ", applicable.Select(f => f.Key))}.";
        diagnostics.Add(Diagnostic.Error(Location(keyNode), DiagnosticCodes.UnknownKey, message));
    }

    private object? ReadValue(FieldDefinition field, YamlNode node, ContentType type)
    {
        switch (field.Kind)
        {
            case FieldKind.Text:
                return Scalar(field, node) is { } text && Allowed(field, text, node) ? text : null;
            case FieldKind.TextList:
                return ReadList(field, node);
            case FieldKind.Date:
                if (Scalar(field, node) is not { } d) return null;
                if (DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
                diagnostics.Add(Diagnostic.Error(Location(node), DiagnosticCodes.InvalidDate,
                    $"'{d}' is not a valid date for '{field.Key}'. Write it as YYYY-MM-DD, for example 2026-03-01."));
                return null;
            case FieldKind.Boolean:
                if (Scalar(field, node) is not { } b) return null;
                if (b is "true" or "True" or "TRUE") return true;
                if (b is "false" or "False" or "FALSE") return false;
                diagnostics.Add(Diagnostic.Error(Location(node), DiagnosticCodes.WrongType,
                    $"'{field.Key}' must be true or false, not '{b}'."));
                return null;
            case FieldKind.Integer:
                if (Scalar(field, node) is not { } n) return null;
                if (int.TryParse(n, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i)) return i;
                diagnostics.Add(Diagnostic.Error(Location(node), DiagnosticCodes.WrongType,
                    $"'{field.Key}' must be a whole number, like 10, not '{n}'."));
                return null;
            case FieldKind.Mapping:
                if (node is YamlMappingNode m) return Read(m, field.Children, type, $"in '{field.Key}'");
                diagnostics.Add(Diagnostic.Error(Location(node), DiagnosticCodes.WrongType,
                    $"'{field.Key}' must hold indented 'key: value' lines: write '{field.Key}:' alone on its line and below it, indented by two spaces, lines like '{field.Children[0].Key}: ...'."));
                return null;
            case FieldKind.StepList:
                return ReadSteps(field, node);
            case FieldKind.Url or FieldKind.Email or FieldKind.Phone:
                if (Scalar(field, node) is not { } contact) return null;
                if (contact.Trim().Length == 0) return "";
                var problem = field.Kind switch
                {
                    FieldKind.Url => ContactCheck.Website(contact, field.Key),
                    FieldKind.Email => ContactCheck.Email(contact, field.Key),
                    _ => ContactCheck.Phone(contact, field.Key),
                };
                if (problem is null) return contact.Trim();
                var code = field.Kind switch { FieldKind.Url => DiagnosticCodes.InvalidUrl, FieldKind.Email => DiagnosticCodes.InvalidEmail, _ => DiagnosticCodes.InvalidPhone };
                diagnostics.Add(problem.IsError ? Diagnostic.Error(Location(node), code, problem.Message) : Diagnostic.Warning(Location(node), code, problem.Message));
                return problem.IsError ? null : contact.Trim();
            default:
                throw new InvalidOperationException($"Unhandled field kind {field.Kind}.");
        }
    }

    private string? Scalar(FieldDefinition field, YamlNode node)
    {
        if (node is YamlScalarNode s) return Visible(field, s);
        diagnostics.Add(Diagnostic.Error(Location(node), DiagnosticCodes.WrongType,
            $"'{field.Key}' must be {(field.Kind == FieldKind.Text ? "one line of text" : "a single value")}, not a {(node is YamlSequenceNode ? "list" : "group of keys")}."));
        return null;
    }

    // Text that reaches pages, the feed and the API cannot hold control characters (XML cannot at all).
    private string Visible(FieldDefinition field, YamlScalarNode node)
    {
        var value = node.Value ?? "";
        var index = ControlCharacters.IndexOf(value);
        if (index < 0) return value;
        diagnostics.Add(Diagnostic.Warning(Location(node), DiagnosticCodes.ControlCharacter,
            $"'{field.Key}' contains an invisible control character ({ControlCharacters.Name(value[index])}), replaced by a space; pages, feeds and the API cannot hold it. Remove it (it often comes with text pasted from a word processor)."));
        return ControlCharacters.Replace(value);
    }

    private bool Allowed(FieldDefinition field, string value, YamlNode node)
    {
        if (field.AllowedValues.Count == 0 || field.AllowedValues.Contains(value)) return true;
        var meant = DidYouMean.Suggest(value, field.AllowedValues);
        diagnostics.Add(Diagnostic.Error(Location(node), DiagnosticCodes.InvalidValue,
            $"'{value}' is not a valid {field.Key}{(meant is not null ? $"; did you mean '{meant}'?" : "")}. Use one of: {string.Join(", ", field.AllowedValues)}."));
        return false;
    }

    private IReadOnlyList<string>? ReadList(FieldDefinition field, YamlNode node)
    {
        if (node is YamlScalarNode single)
            return Visible(field, single) is var one && Allowed(field, one, node) ? [one] : null;
        if (node is not YamlSequenceNode seq)
        {
            diagnostics.Add(Diagnostic.Error(Location(node), DiagnosticCodes.WrongType,
                $"'{field.Key}' must be a list, like [een, twee] or lines starting with '- '."));
            return null;
        }
        var items = new List<string>();
        foreach (var item in seq.Children)
        {
            if (item is not YamlScalarNode s)
            {
                diagnostics.Add(Diagnostic.Error(Location(item), DiagnosticCodes.WrongType,
                    $"each item of '{field.Key}' must be a single text, not a {(item is YamlSequenceNode ? "list" : "group of keys")}."));
                continue;
            }
            var value = Visible(field, s);
            if (Allowed(field, value, s)) items.Add(value);
        }
        return items;
    }

    private IReadOnlyList<RouteStep>? ReadSteps(FieldDefinition field, YamlNode node)
    {
        if (node is not YamlSequenceNode seq)
        {
            diagnostics.Add(Diagnostic.Error(Location(node), DiagnosticCodes.WrongType,
                $"'{field.Key}' must be a list of steps, each starting with '- title: ...'."));
            return null;
        }
        var steps = new List<RouteStep>();
        foreach (var item in seq.Children)
        {
            if (item is not YamlMappingNode m)
            {
                diagnostics.Add(Diagnostic.Error(Location(item), DiagnosticCodes.WrongType,
                    "each step must have keys 'title', 'description' and optionally 'organisation', like '- title: Praat met de mentor'."));
                continue;
            }
            var v = Read(m, ContentSchema.StepFields, ContentType.Route, $"in step {steps.Count + 1}");
            if (v.Text(Keys.Title) is { } title)
                steps.Add(new RouteStep(title, v.Text(Keys.Description) ?? "", v.Text(Keys.Organisation), v.LocationOf(Keys.Organisation)));
        }
        return steps;
    }

    // Where each item of a list was written, so a problem with the second alias points at its own line.
    private IReadOnlyList<SourceLocation> ItemLocations(YamlNode node) =>
        node is YamlSequenceNode seq ? [.. seq.Children.Select(Location)] : [Location(node)];

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" };

    private static string Example(FieldDefinition field) => field.Kind switch
    {
        FieldKind.Date => "2026-01-31",
        FieldKind.StepList => "(a list of steps)",
        _ => field.Key == Keys.BaseUrl ? "https://example.org/" : "...",
    };

    private SourceLocation Location(YamlNode node) =>
        source.At(YamlDocumentReader.Line(node, firstLine), (int)node.Start.Column);
}
