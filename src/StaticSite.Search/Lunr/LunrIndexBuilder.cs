namespace StaticSite.Search.Lunr;

/// <summary>
/// Builds a lunr 2.3.9 index the way <c>lunr.Builder</c> does: BM25 field vectors (k1 1.2,
/// b 0.75, field and document boosts, scores rounded to three decimals) and an inverted index
/// of term → field → document reference.
/// </summary>
/// <remarks>
/// Every token of every page passes through <see cref="Add"/>, so its loop does one hash lookup per
/// token: the token's text as written (a span of the lower-cased field) finds what the pipeline made
/// of it and that term's posting together; counts per field are kept in an array by term ordinal.
/// Term ordinals are given in the order terms are first met, as lunr gives <c>_index</c>.
/// </remarks>
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
    // A token as written → the posting of the term the pipeline makes of it (null: dropped).
    private readonly Dictionary<string, LunrPosting?> _tokens = new(StringComparer.Ordinal);
    // A term as the pipeline made it → its posting (two spellings can make one term).
    private readonly Dictionary<string, LunrPosting> _invertedIndex = new(StringComparer.Ordinal);
    private readonly List<LunrPosting> _postingsByIndex = [];
    private int[] _counts = new int[1024];
    private readonly List<int> _seen = new(1024);
    private FieldAnalyser? _analyser;
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
            _fields[existing] = new FieldDefinition(name, boost, existing);
        }
        else
        {
            _fields.Add(new FieldDefinition(name, boost, _fields.Count));
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
        if (_metadataWhitelist.Count == 0)
        {
            var analyser = _analyser ??= new FieldAnalyser(_indexPipeline);
            Record(reference, _fields.Select(f => analyser.Analyse(fieldValues.GetValueOrDefault(f.Name))).ToArray(), boost);
            return;
        }

        StartDocument(reference, boost);
        foreach (var field in _fields)
        {
            var length = AddField(reference, field, fieldValues.GetValueOrDefault(field.Name));
            var frequencies = new (LunrPosting Posting, int Count)[_seen.Count];
            for (var i = 0; i < _seen.Count; i++)
            {
                var termIndex = _seen[i];
                frequencies[i] = (_postingsByIndex[termIndex], _counts[termIndex]);
                _counts[termIndex] = 0;
            }

            _seen.Clear();
            _fieldTerms.Add(new FieldTerms(field, reference, length, frequencies));
        }
    }

    /// <summary>
    /// Adds <paramref name="documents"/> in their order: the same index, to the byte, as <see cref="Add"/> one by one.
    /// </summary>
    /// <remarks>
    /// Tokenizing and running the pipeline is most of the work, and a document's tokens depend on nothing but its
    /// text, so fields are analysed side by side in ranges of documents. What depends on order (term ordinals in the
    /// order terms are first met, each posting's documents in order) is then recorded one document after another
    /// from each field's distinct terms. With whitelisted metadata (token positions) documents are added one by one.
    /// </remarks>
    /// <param name="documents">The documents, in index order.</param>
    /// <param name="cache">What longer fields' texts became in an earlier build with the same pipeline: a field found there is not
    /// analysed again, and every longer field analysed here is kept in it for the next build.</param>
    public void AddAll(IReadOnlyList<(string Reference, IReadOnlyDictionary<string, string?> Fields)> documents, IAnalysedFieldCache? cache = null)
    {
        if (_metadataWhitelist.Count > 0 || (documents.Count < ParallelFrom && cache is null))
        {
            foreach (var (reference, fields) in documents) Add(reference, fields);
            return;
        }

        var analysed = new AnalysedField[documents.Count][];
        var ranges = System.Collections.Concurrent.Partitioner.Create(0, documents.Count, Math.Max(16, documents.Count / (4 * Environment.ProcessorCount)));
        Parallel.ForEach(ranges, () => new FieldAnalyser(_indexPipeline), (range, _, analyser) =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
                analysed[i] = _fields.Select(f => Analyse(analyser, documents[i].Fields.GetValueOrDefault(f.Name), cache)).ToArray();
            return analyser;
        }, _ => { });
        for (var i = 0; i < documents.Count; i++) Record(documents[i].Reference, analysed[i], 1);
    }

    // A longer field from the cache (its bytes, read in Record) or analysed here and kept; a short one is analysed.
    private static AnalysedField Analyse(FieldAnalyser analyser, string? text, IAnalysedFieldCache? cache)
    {
        if (cache is null || text is null || text.Length < IAnalysedFieldCache.MinLength) return analyser.Analyse(text);
        if (cache.Find(text) is { } kept && AnalysedFieldCodec.LengthOf(kept.Span) is { } length) return new AnalysedField(length, [], [], kept);
        var field = analyser.Analyse(text);
        if (AnalysedFieldCodec.Encode(field.Length, field.Terms, field.Counts) is { } encoded) cache.Keep(text, encoded);
        return field;
    }

    // Below this many documents analysing them side by side costs more than it saves.
    private const int ParallelFrom = 64;

    private void StartDocument(string reference, double boost)
    {
        if (!_documentBoosts.TryAdd(reference, boost))
        {
            throw new ArgumentException($"Document reference '{reference}' was added twice.", nameof(reference));
        }

        _documentsAdded = true;
    }

    /// <summary>Records one document's analysed fields (in field order): postings, term ordinals and counts.</summary>
    private void Record(string reference, AnalysedField[] fields, double boost)
    {
        StartDocument(reference, boost);
        for (var f = 0; f < _fields.Count; f++)
        {
            var field = _fields[f];
            var analysed = fields[f];
            if (!analysed.Encoded.IsEmpty)
            {
                _fieldTerms.Add(new FieldTerms(field, reference, analysed.Length, RecordEncoded(reference, field, analysed.Encoded.Span)));
                continue;
            }

            var frequencies = new (LunrPosting Posting, int Count)[analysed.Terms.Length];
            for (var i = 0; i < frequencies.Length; i++)
            {
                var posting = PostingFor(analysed.Terms[i])!;
                posting.Documents(field.Ordinal).For(reference, withMetadata: false);
                frequencies[i] = (posting, analysed.Counts[i]);
            }

            _fieldTerms.Add(new FieldTerms(field, reference, analysed.Length, frequencies));
        }
    }

    /// <summary>
    /// Records a field kept as bytes (<see cref="AnalysedFieldCodec"/>, checked whole before): each term is looked up by its
    /// characters, so only a term the index has not met yet becomes a string.
    /// </summary>
    private (LunrPosting Posting, int Count)[] RecordEncoded(string reference, FieldDefinition field, ReadOnlySpan<byte> encoded)
    {
        var at = 0;
        AnalysedFieldCodec.Number(encoded, ref at);
        var frequencies = new (LunrPosting Posting, int Count)[AnalysedFieldCodec.Number(encoded, ref at)!.Value];
        var lookup = _invertedIndex.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> chars = stackalloc char[AnalysedFieldCodec.MaxTermBytes];
        for (var i = 0; i < frequencies.Length; i++)
        {
            var bytes = AnalysedFieldCodec.Number(encoded, ref at)!.Value;
            var term = chars[..System.Text.Encoding.UTF8.GetChars(encoded.Slice(at, bytes), chars)];
            at += bytes;
            var posting = lookup.TryGetValue(term, out var known) ? known : PostingFor(term.ToString())!;
            posting.Documents(field.Ordinal).For(reference, withMetadata: false);
            frequencies[i] = (posting, AnalysedFieldCodec.Number(encoded, ref at)!.Value);
        }

        return frequencies;
    }

    /// <summary>Tokenizes one field, runs the pipeline and records postings and counts; returns the field length (tokens kept).</summary>
    private int AddField(string reference, FieldDefinition field, string? text)
    {
        if (text is null)
        {
            return 0;
        }

        var lower = JsLowerCase.ToLower(text);
        var withMetadata = _metadataWhitelist.Count > 0;
        var lookup = _tokens.GetAlternateLookup<ReadOnlySpan<char>>();
        var kept = 0;
        var ordinal = 0;
        var start = 0;
        for (var end = 0; end <= lower.Length; end++)
        {
            if (end < lower.Length && !LunrTokenizer.IsSeparator(lower[end]))
            {
                continue;
            }

            if (end > start)
            {
                var written = lower.AsSpan(start, end - start);
                if (!lookup.TryGetValue(written, out var posting))
                {
                    posting = PostingFor(_indexPipeline.Transform(written.ToString()));
                    lookup[written] = posting;
                }

                if (posting is not null)
                {
                    kept++;
                    if (_counts[posting.TermIndex]++ == 0)
                    {
                        _seen.Add(posting.TermIndex);
                    }

                    var metadata = posting.Documents(field.Ordinal).For(reference, withMetadata);
                    foreach (var key in _metadataWhitelist)
                    {
                        metadata.Add(key, new LunrToken(posting.Term, start, end - start, ordinal), field.Name);
                    }
                }

                ordinal++;
            }

            start = end + 1;
        }

        return kept;
    }

    private LunrPosting? PostingFor(string? term)
    {
        if (term is null)
        {
            return null;
        }

        if (!_invertedIndex.TryGetValue(term, out var posting))
        {
            posting = new LunrPosting(term, _invertedIndex.Count, _fields.Select(f => f.Name));
            _invertedIndex.Add(term, posting);
            _postingsByIndex.Add(posting);
            if (_counts.Length <= posting.TermIndex)
            {
                Array.Resize(ref _counts, _counts.Length * 2);
            }
        }

        return posting;
    }

    /// <summary>Computes the field vectors and returns the finished index.</summary>
    public LunrIndex Build()
    {
        var lengthSums = new double[_fields.Count];
        var lengthCounts = new int[_fields.Count];
        foreach (var fieldTerms in _fieldTerms)
        {
            lengthSums[fieldTerms.Field.Ordinal] += fieldTerms.Length;
            lengthCounts[fieldTerms.Field.Ordinal]++;
        }

        var idfs = new double[_postingsByIndex.Count];
        Array.Fill(idfs, double.NaN);
        var documentCount = _documentBoosts.Count;

        var vectors = new List<LunrFieldVector>(_fieldTerms.Count);
        foreach (var fieldTerms in _fieldTerms)
        {
            var fieldBoost = OrOne(fieldTerms.Field.Boost);
            var documentBoost = OrOne(_documentBoosts[fieldTerms.Reference]);
            var lengthRatio = fieldTerms.Length / (lengthSums[fieldTerms.Field.Ordinal] / lengthCounts[fieldTerms.Field.Ordinal]);
            var elements = new (int TermIndex, double Score)[fieldTerms.Frequencies.Length];
            for (var i = 0; i < elements.Length; i++)
            {
                var (posting, tf) = fieldTerms.Frequencies[i];
                var idf = idfs[posting.TermIndex];
                if (double.IsNaN(idf))
                {
                    idf = idfs[posting.TermIndex] = InverseDocumentFrequency(posting.DocumentsWithTerm, documentCount);
                }

                // Same operations in the same order as lunr, so the doubles agree to the bit.
                var score = idf * ((K1 + 1) * tf) / (K1 * (1 - B + B * lengthRatio) + tf);
                score *= fieldBoost;
                score *= documentBoost;
                elements[i] = (posting.TermIndex, JsMath.Round(score * 1000) / 1000);
            }

            Array.Sort(elements, static (x, y) => x.TermIndex.CompareTo(y.TermIndex));
            vectors.Add(new LunrFieldVector($"{fieldTerms.Field.Name}/{fieldTerms.Reference}", elements));
        }

        var terms = _postingsByIndex.ToArray();
        Array.Sort(terms, static (x, y) => string.CompareOrdinal(x.Term, y.Term));
        return new LunrIndex(
            _fields.Select(f => f.Name).ToArray(),
            vectors,
            terms.Select(t => new KeyValuePair<string, LunrPosting>(t.Term, t)).ToArray(),
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

    /// <summary>
    /// One field after tokenizing and the pipeline: tokens kept, and its distinct terms in the order first met with their counts;
    /// or, taken from the cache, the same as <paramref name="Encoded"/> bytes (then the arrays are empty).
    /// </summary>
    private sealed record AnalysedField(int Length, string[] Terms, int[] Counts, ReadOnlyMemory<byte> Encoded = default);

    /// <summary>
    /// Tokenizes a field and runs its tokens through the index pipeline, remembering what each spelling became (one
    /// analyser per thread: the pipeline's functions are pure, the memory is not shared).
    /// </summary>
    private sealed class FieldAnalyser(LunrPipeline pipeline)
    {
        private readonly Dictionary<string, string?> _spellings = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
        private readonly List<string> _terms = [];
        private readonly List<int> _counts = [];

        public AnalysedField Analyse(string? text)
        {
            if (text is null) return new AnalysedField(0, [], []);
            var lower = JsLowerCase.ToLower(text);
            var lookup = _spellings.GetAlternateLookup<ReadOnlySpan<char>>();
            var kept = 0;
            var start = 0;
            for (var end = 0; end <= lower.Length; end++)
            {
                if (end < lower.Length && !LunrTokenizer.IsSeparator(lower[end])) continue;
                if (end > start)
                {
                    var written = lower.AsSpan(start, end - start);
                    if (!lookup.TryGetValue(written, out var term))
                    {
                        term = pipeline.Transform(written.ToString());
                        lookup[written] = term;
                    }

                    if (term is not null)
                    {
                        kept++;
                        if (_slots.TryGetValue(term, out var slot)) _counts[slot]++;
                        else
                        {
                            _slots.Add(term, _terms.Count);
                            _terms.Add(term);
                            _counts.Add(1);
                        }
                    }
                }

                start = end + 1;
            }

            var result = new AnalysedField(kept, [.. _terms], [.. _counts]);
            _slots.Clear();
            _terms.Clear();
            _counts.Clear();
            return result;
        }
    }

    private sealed record FieldDefinition(string Name, double Boost, int Ordinal);

    private sealed record FieldTerms(FieldDefinition Field, string Reference, int Length, (LunrPosting Posting, int Count)[] Frequencies);
}
