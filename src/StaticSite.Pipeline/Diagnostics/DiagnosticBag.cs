using System.Collections.Concurrent;

namespace StaticSite.Pipeline.Diagnostics;

/// <summary>
/// Collects diagnostics from stages that may run in parallel. Reports each distinct problem once
/// and lists them in a stable order (path, line, column, code) so output is deterministic.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentDictionary<Diagnostic, byte> _items = new();

    /// <summary>Adds a diagnostic; a second identical one is ignored.</summary>
    public void Add(Diagnostic diagnostic) => _items.TryAdd(diagnostic, 0);

    /// <summary>Adds several.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics) Add(d);
    }

    /// <summary>True when at least one error was reported.</summary>
    public bool HasErrors => _items.Keys.Any(d => d.IsError);

    /// <summary>Everything reported, sorted for stable output.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.Keys
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Line).ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
