using StaticSite.Search.Json;

namespace StaticSite.Search.Lunr;

/// <summary>Serializes a <see cref="LunrIndex"/> as <c>JSON.stringify(lunrIndex)</c> in node does.</summary>
internal static class LunrIndexJsonWriter
{
    public static JsJsonWriter Write(LunrIndex index)
    {
        // The two large arrays are written in parts side by side and joined in order (the same bytes): a 10,000-page body
        // index is 32 MB of JSON, two seconds of one core. The whole is then written once into a buffer of its size.
        var vectors = InParts(index.FieldVectors, SizeOfVector, WriteVector);
        var terms = InParts(index.InvertedIndex, SizeOfTerm, WriteTerm);
        var json = new JsJsonWriter(vectors.Sum(p => p.Length) + terms.Sum(p => p.Length) + 4096);
        json.StartObject()
            .Property("version", LunrIndex.Version)
            .Key("fields").StartArray();
        foreach (var field in index.Fields)
        {
            json.String(field);
        }

        json.EndArray().Key("fieldVectors").StartArray();
        foreach (var part in vectors) json.AppendElements(part);
        json.EndArray().Key("invertedIndex").StartArray();
        foreach (var part in terms) json.AppendElements(part);
        json.EndArray().Key("pipeline").StartArray();
        foreach (var label in index.Pipeline)
        {
            json.String(label);
        }

        return json.EndArray().EndObject();
    }

    // Items per part written on its own: small enough that the lunr.js comparison tests (100 pages) join several parts.
    private const int PartSize = 256;

    // Each part's buffer is made at the size its items will take (`sizeOf`, a little more than they write): grown by
    // doubling from a guess, the parts of a 10,000-page body index allocated three times their size, all of it in the
    // large object heap, whose budget brings on full garbage collections.
    private static JsJsonWriter[] InParts<T>(IReadOnlyList<T> items, Func<T, int> sizeOf, Action<JsJsonWriter, T> write)
    {
        var parts = new JsJsonWriter[Math.Max(1, (items.Count + PartSize - 1) / PartSize)];
        Parallel.For(0, parts.Length, p =>
        {
            var end = Math.Min(items.Count, (p + 1) * PartSize);
            long size = 256;
            for (var i = p * PartSize; i < end; i++) size += sizeOf(items[i]);
            var part = JsJsonWriter.ForElements((int)Math.Min(size, Array.MaxLength));
            for (var i = p * PartSize; i < end; i++) write(part, items[i]);
            parts[p] = part;
        });
        return parts;
    }

    // At most the bytes WriteVector writes for a usual vector: a term index (up to 7 digits) and a score rounded to three
    // decimals (up to 6 characters before the point) with their commas. Strings count three bytes a character (UTF-8).
    private static int SizeOfVector(LunrFieldVector vector) => 16 + 3 * vector.FieldRef.Length + 18 * vector.Elements.Count;

    // Close to the bytes WriteTerm writes: the term, each field's document references with their metadata.
    private static int SizeOfTerm(KeyValuePair<string, LunrPosting> term)
    {
        long size = 32 + 3 * term.Key.Length;
        foreach (var (field, documents) in term.Value.Fields)
        {
            size += 8 + 3 * field.Length;
            foreach (var (reference, metadata) in documents.Documents)
            {
                size += 8 + 3 * reference.Length;
                foreach (var (key, values) in metadata.Values) size += 8 + 3 * key.Length + 16 * values.Count;
            }
        }
        return (int)Math.Min(size, Array.MaxLength);
    }

    private static void WriteVector(JsJsonWriter json, LunrFieldVector vector)
    {
        json.StartArray().String(vector.FieldRef).StartArray();
        foreach (var (termIndex, score) in vector.Elements)
        {
            json.Number(termIndex).Number(score);
        }

        json.EndArray().EndArray();
    }

    private static void WriteTerm(JsJsonWriter json, KeyValuePair<string, LunrPosting> term)
    {
        json.StartArray().String(term.Key);
        WritePosting(json, term.Value);
        json.EndArray();
    }

    private static void WritePosting(JsJsonWriter json, LunrPosting posting)
    {
        var entries = new List<KeyValuePair<string, LunrFieldPostings?>> { new("_index", null) };
        entries.AddRange(posting.Fields.Select(f => new KeyValuePair<string, LunrFieldPostings?>(f.Key, f.Value)));

        json.StartObject();
        foreach (var (key, documents) in JsJsonWriter.PropertyOrder(entries, e => e.Key))
        {
            if (documents is null)
            {
                json.Property(key, posting.TermIndex);
                continue;
            }

            json.Key(key).StartObject();
            foreach (var (reference, metadata) in JsJsonWriter.PropertyOrder(documents.Documents, d => d.Key))
            {
                json.Key(reference);
                WriteMetadata(json, metadata);
            }

            json.EndObject();
        }

        json.EndObject();
    }

    private static void WriteMetadata(JsJsonWriter json, LunrTokenMetadata metadata)
    {
        json.StartObject();
        foreach (var (key, values) in metadata.Values)
        {
            json.Key(key).StartArray();
            foreach (var value in values)
            {
                switch (value)
                {
                    case int number:
                        json.Number(number);
                        break;
                    case int[] numbers:
                        json.StartArray();
                        foreach (var n in numbers)
                        {
                            json.Number(n);
                        }

                        json.EndArray();
                        break;
                    case string[] names:
                        json.StartArray();
                        foreach (var name in names)
                        {
                            json.String(name);
                        }

                        json.EndArray();
                        break;
                }
            }

            json.EndArray();
        }

        json.EndObject();
    }
}
