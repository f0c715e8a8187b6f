using System.Collections.Frozen;

namespace StaticSite.Rendering.Markdown;

/// <summary>
/// Element ids a page body must not use because the theme's layouts and partials already give
/// them to elements of the page (<c>inhoud</c>, <c>search-results</c>, …): a heading
/// "Inhoud" would otherwise take <c>id="inhoud"</c> twice and break the skip link. Ids a
/// template builds (<c>letter-{{ … }}</c>) reserve their fixed start as a prefix.
/// </summary>
public sealed class ReservedIds
{
    /// <summary>No reserved ids.</summary>
    public static readonly ReservedIds None = new([], []);

    private readonly FrozenSet<string> _exact;
    private readonly string[] _prefixes;

    /// <summary>Reserves the ids in <paramref name="exact"/> and every id starting with one of <paramref name="prefixes"/>.</summary>
    public ReservedIds(IEnumerable<string> exact, IEnumerable<string> prefixes)
    {
        _exact = exact.ToFrozenSet(StringComparer.Ordinal);
        _prefixes = [.. prefixes.Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>True when the theme uses <paramref name="id"/> (or its start).</summary>
    public bool Contains(string id) => _exact.Contains(id) || _prefixes.Any(p => id.StartsWith(p, StringComparison.Ordinal));

    /// <summary>True when <paramref name="id"/> starts with a reserved prefix (so no suffix can free it).</summary>
    public bool HasReservedPrefix(string id) => _prefixes.Any(p => id.StartsWith(p, StringComparison.Ordinal));
}
