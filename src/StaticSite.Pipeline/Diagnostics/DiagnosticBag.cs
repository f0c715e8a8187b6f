using System.Collections.Concurrent;

namespace StaticSite.Pipeline.Diagnostics;

/// <summary>
/// Collects diagnostics from stages that may run in parallel. Reports each distinct problem once
/// and lists them in a stable order (path, line, column, code) so output is deterministic.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentDictionary<Diagnostic, byte> _items = new();
    // Stages ask for every document whether the build has errors; ConcurrentDictionary.Keys takes every
    // lock and copies every entry, so the answer is kept instead of looked up.
    private volatile bool _hasErrors;

    /// <summary>Adds a diagnostic; a second identical one is ignored.</summary>
    public void Add(Diagnostic diagnostic)
    {
        if (_items.TryAdd(diagnostic, 0) && diagnostic.IsError) _hasErrors = true;
    }

    /// <summary>Adds several.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics) Add(d);
    }

    /// <summary>True when at least one error was reported.</summary>
    public bool HasErrors => _hasErrors;

    /// <summary>Everything reported, sorted for stable output.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.Keys
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Line).ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
