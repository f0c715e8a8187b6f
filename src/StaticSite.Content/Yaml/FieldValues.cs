using StaticSite.Content.Model;
using StaticSite.Pipeline.Diagnostics;

namespace StaticSite.Content.Yaml;

/// <summary>A checked value of one key, with where it was written.</summary>
/// <param name="Value">string, IReadOnlyList&lt;string&gt;, DateOnly, bool, int, IReadOnlyList&lt;RouteStep&gt; or FieldValues.</param>
/// <param name="At">Position of the value in the file.</param>
/// <param name="ItemLocations">For lists: where each item was written (a single value: its own location).</param>
public sealed record FieldValue(object Value, SourceLocation At, IReadOnlyList<SourceLocation> ItemLocations);

/// <summary>The checked values of a mapping (front matter, region.yml, a route step), by key.</summary>
public sealed class FieldValues
{
    private readonly Dictionary<string, FieldValue> _values = new(StringComparer.Ordinal);

    /// <summary>Where the mapping itself starts.</summary>
    public required SourceLocation At { get; init; }

    internal void Set(string key, FieldValue value) => _values[key] = value;

    /// <summary>The keys written with a (valid) value.</summary>
    public IEnumerable<string> Keys => _values.Keys;

    /// <summary>True when the key was written with a value.</summary>
    public bool Has(string key) => _values.ContainsKey(key);

    /// <summary>The location of a key's value, or of the mapping when the key is absent.</summary>
    public SourceLocation LocationOf(string key) => _values.TryGetValue(key, out var v) ? v.At : At;

    /// <summary>Where each item of a list value was written; the mapping's location for each when unknown.</summary>
    public IReadOnlyList<SourceLocation> ListLocations(string key) =>
        _values.TryGetValue(key, out var v) && v.ItemLocations.Count == List(key).Count ? v.ItemLocations : [.. List(key).Select(_ => LocationOf(key))];

    /// <summary>Text value or null.</summary>
    public string? Text(string key) => _values.TryGetValue(key, out var v) ? v.Value as string : null;

    /// <summary>List value or empty.</summary>
    public IReadOnlyList<string> List(string key) =>
        _values.TryGetValue(key, out var v) && v.Value is IReadOnlyList<string> l ? l : [];

    /// <summary>Date value or null.</summary>
    public DateOnly? Date(string key) => _values.TryGetValue(key, out var v) && v.Value is DateOnly d ? d : null;

    /// <summary>Boolean value or null.</summary>
    public bool? Boolean(string key) => _values.TryGetValue(key, out var v) && v.Value is bool b ? b : null;

    /// <summary>Integer value or null.</summary>
    public int? Integer(string key) => _values.TryGetValue(key, out var v) && v.Value is int i ? i : null;

    /// <summary>Nested mapping or null.</summary>
    public FieldValues? Mapping(string key) => _values.TryGetValue(key, out var v) ? v.Value as FieldValues : null;

    /// <summary>Route steps or empty.</summary>
    public IReadOnlyList<RouteStep> Steps(string key) =>
        _values.TryGetValue(key, out var v) && v.Value is IReadOnlyList<RouteStep> s ? s : [];
}
