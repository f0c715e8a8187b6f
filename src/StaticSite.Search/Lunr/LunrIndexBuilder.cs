namespace StaticSite.Search.Lunr;

/// <summary>
/// Builds a lunr 2.3.9 index the way <c>lunr.Builder</c> does: BM25 field vectors (k1 1.2,
/// b 0.75, field and document boosts, scores rounded to three decimals) and an inverted index
/// of term → field → document reference.
/// </summary>
public sealed class LunrIndexBuilder
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly LunrPipeline _indexPipeline;
    private readonly LunrPipeline _searchPipeline;
    private readonly List<FieldDefinition> _fields = [];
    private readonly List<string> _metadataWhitelist = [];
    private readonly Dictionary<string, double> _documentBoosts = new(StringComparer.Ordinal);
    private readonly List<FieldTerms> _fieldTerms = [];
    private readonly Dictionary<string, LunrPosting> _invertedIndex = new(StringComparer.Ordinal);
    private readonly List<LunrToken> _tokens = new(4096); // reused for every field of every document
    private bool _documentsAdded;

    /// <summary>Creates a builder with the pipeline documents go through and the one serialized for queries.</summary>
    public LunrIndexBuilder(LunrPipeline indexPipeline, LunrPipeline searchPipeline)
    {
        _indexPipeline = indexPipeline;
        _searchPipeline = searchPipeline;
    }

    /// <summary>Declares a field (<c>builder.field(name, {boost})</c>); call before adding documents.</summary>
    public LunrIndexBuilder Field(string name, double boost = 1)
    {
        if (name.Contains('/'))
        {
            throw new ArgumentException($"Field '{name}' contains illegal character '/'.", nameof(name));
        }

        if (_documentsAdded)
        {
            throw new InvalidOperationException("Declare every field before adding documents.");
        }

        var existing = _fields.FindIndex(f => f.Name == name);
        if (existing >= 0)
        {
            _fields[existing] = new FieldDefinition(name, boost);
        }
        else
        {
            _fields.Add(new FieldDefinition(name, boost));
        }

        return this;
    }

    /// <summary>
    /// Token metadata to store per posting (<c>builder.metadataWhitelist</c>): any of
    /// <c>position</c>, <c>index</c>, <c>fields</c>. None by default, which keeps the index small.
    /// </summary>
    public LunrIndexBuilder WithMetadata(params string[] keys)
    {
        foreach (var key in keys)
        {
            if (key is not ("position" or "index" or "fields"))
            {
                throw new ArgumentException($"Unknown token metadata '{key}'.", nameof(keys));
            }

            _metadataWhitelist.Add(key);
        }

        return this;
    }

    /// <summary>Adds a document (<c>builder.add(doc, {boost})</c>); a missing field is <see langword="null"/>.</summary>
    public void Add(string reference, IReadOnlyDictionary<string, string?> fieldValues, double boost = 1)
    {
        if (!_documentBoosts.TryAdd(reference, boost))
        {
            throw new ArgumentException($"Document reference '{reference}' was added twice.", nameof(reference));
        }

        _documentsAdded = true;
        foreach (var field in _fields)
        {
            var terms = _tokens;
            LunrTokenizer.TokenizeInto(fieldValues.GetValueOrDefault(field.Name), terms);
            _indexPipeline.RunInPlace(terms);
            var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var token in terms)
            {
                frequencies[token.Text] = frequencies.GetValueOrDefault(token.Text) + 1;
                if (!_invertedIndex.TryGetValue(token.Text, out var posting))
                {
                    posting = new LunrPosting(_invertedIndex.Count, _fields.Select(f => f.Name));
                    _invertedIndex.Add(token.Text, posting);
                }

                var metadata = posting.Documents(field.Name).For(reference, _metadataWhitelist.Count > 0);
                foreach (var key in _metadataWhitelist)
                {
                    metadata.Add(key, token, field.Name);
                }
            }

            _fieldTerms.Add(new FieldTerms(field, reference, terms.Count, frequencies));
        }
    }

    /// <summary>Computes the field vectors and returns the finished index.</summary>
    public LunrIndex Build()
    {
        var averageLengths = _fields.ToDictionary(
            f => f.Name,
            f =>
            {
                var lengths = _fieldTerms.Where(t => t.Field.Name == f.Name).Select(t => (double)t.Length).ToList();
                return lengths.Sum() / lengths.Count;
            },
            StringComparer.Ordinal);
        var idfCache = new Dictionary<string, double>(StringComparer.Ordinal);
        var documentCount = _documentBoosts.Count;

        var vectors = new List<LunrFieldVector>(_fieldTerms.Count);
        foreach (var fieldTerms in _fieldTerms)
        {
            var fieldBoost = OrOne(fieldTerms.Field.Boost);
            var documentBoost = OrOne(_documentBoosts[fieldTerms.Reference]);
            var lengthRatio = fieldTerms.Length / averageLengths[fieldTerms.Field.Name];
            var elements = new List<(int TermIndex, double Score)>(fieldTerms.Frequencies.Count);
            foreach (var (term, tf) in fieldTerms.Frequencies)
            {
                var posting = _invertedIndex[term];
                if (!idfCache.TryGetValue(term, out var idf))
                {
                    idf = InverseDocumentFrequency(posting.DocumentsWithTerm, documentCount);
                    idfCache.Add(term, idf);
                }

                // Same operations in the same order as lunr, so the doubles agree to the bit.
                var score = idf * ((K1 + 1) * tf) / (K1 * (1 - B + B * lengthRatio) + tf);
                score *= fieldBoost;
                score *= documentBoost;
                elements.Add((posting.TermIndex, JsMath.Round(score * 1000) / 1000));
            }

            elements.Sort((x, y) => x.TermIndex.CompareTo(y.TermIndex));
            vectors.Add(new LunrFieldVector($"{fieldTerms.Field.Name}/{fieldTerms.Reference}", elements));
        }

        var terms = _invertedIndex.Keys.ToList();
        terms.Sort(StringComparer.Ordinal);
        return new LunrIndex(
            _fields.Select(f => f.Name).ToArray(),
            vectors,
            terms.Select(t => new KeyValuePair<string, LunrPosting>(t, _invertedIndex[t])).ToArray(),
            _searchPipeline.Labels);
    }

    /// <summary><c>lunr.idf</c>: a document with the term in two fields counts twice, as in lunr.</summary>
    private static double InverseDocumentFrequency(int documentsWithTerm, int documentCount)
    {
        var x = (documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
        return JsMath.Log(1 + Math.Abs(x));
    }

    // lunr writes `boost || 1`: zero and NaN mean no boost.
    private static double OrOne(double boost) => boost == 0 || double.IsNaN(boost) ? 1 : boost;

    private sealed record FieldDefinition(string Name, double Boost);

    private sealed record FieldTerms(FieldDefinition Field, string Reference, int Length, Dictionary<string, int> Frequencies);
}
