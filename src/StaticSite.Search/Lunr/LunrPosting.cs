namespace StaticSite.Search.Lunr;

/// <summary>An inverted-index entry: the term's ordinal and, per field, the documents holding it.</summary>
public sealed class LunrPosting
{
    private readonly List<KeyValuePair<string, LunrFieldPostings>> _fields;

    internal LunrPosting(string term, int termIndex, IEnumerable<string> fields)
    {
        Term = term;
        TermIndex = termIndex;
        _fields = fields.Select(f => new KeyValuePair<string, LunrFieldPostings>(f, new LunrFieldPostings())).ToList();
    }

    /// <summary>The term as the index pipeline made it.</summary>
    public string Term { get; }

    /// <summary>The term's ordinal (<c>_index</c>), the dimension of field vectors it scores.</summary>
    public int TermIndex { get; }

    /// <summary>Every field in declaration order with the documents that hold the term in it.</summary>
    public IReadOnlyList<KeyValuePair<string, LunrFieldPostings>> Fields => _fields;

    /// <summary>How many (field, document) pairs hold the term: lunr's document frequency.</summary>
    public int DocumentsWithTerm => _fields.Sum(f => f.Value.Count);

    // Called once per token of every document: by the field's ordinal, no name comparison.
    internal LunrFieldPostings Documents(int fieldOrdinal) => _fields[fieldOrdinal].Value;
}

/// <summary>The documents of one field that hold a term, in the order they were added, with their token metadata.</summary>
/// <remarks>
/// Documents are added one at a time and each field's tokens together, so a reference can only
/// repeat right after itself: comparing with the last entry is enough, with no dictionary per
/// posting. Without whitelisted metadata every entry shares one empty metadata object. At
/// 10,000 pages these are millions of entries, and the objects they no longer need were what
/// made the garbage collector, and so the build, slow.
/// </remarks>
public sealed class LunrFieldPostings
{
    private readonly List<KeyValuePair<string, LunrTokenMetadata>> _ordered = [];

    /// <summary>Document references in the order they were first seen.</summary>
    public IReadOnlyList<KeyValuePair<string, LunrTokenMetadata>> Documents => _ordered;

    /// <summary>Number of documents.</summary>
    public int Count => _ordered.Count;

    internal LunrTokenMetadata For(string reference, bool withMetadata)
    {
        if (_ordered.Count > 0 && ReferenceEquals(_ordered[^1].Key, reference))
        {
            return _ordered[^1].Value;
        }

        var metadata = withMetadata ? new LunrTokenMetadata() : LunrTokenMetadata.None;
        _ordered.Add(new KeyValuePair<string, LunrTokenMetadata>(reference, metadata));
        return metadata;
    }
}

/// <summary>Whitelisted token metadata of one term in one field of one document, one entry per occurrence.</summary>
public sealed class LunrTokenMetadata
{
    /// <summary>The shared, always empty metadata of postings when nothing is whitelisted.</summary>
    internal static LunrTokenMetadata None { get; } = new();

    private readonly List<KeyValuePair<string, List<object>>> _values = [];

    /// <summary>Metadata key → values, in whitelist order: position <c>[start, length]</c>, index, or fields <c>[name]</c>.</summary>
    public IReadOnlyList<KeyValuePair<string, List<object>>> Values => _values;

    internal void Add(string key, LunrToken token, string field)
    {
        var list = _values.FirstOrDefault(v => v.Key == key).Value;
        if (list is null)
        {
            list = [];
            _values.Add(new KeyValuePair<string, List<object>>(key, list));
        }

        list.Add(key switch
        {
            "position" => new[] { token.Start, token.Length },
            "index" => token.Index,
            _ => new[] { field },
        });
    }
}
