using StaticSite.Search.Json;

namespace StaticSite.Search.Lunr;

/// <summary>Serializes a <see cref="LunrIndex"/> as <c>JSON.stringify(lunrIndex)</c> in node does.</summary>
internal static class LunrIndexJsonWriter
{
    public static JsJsonWriter Write(LunrIndex index)
    {
        var json = new JsJsonWriter(64 * 1024 + index.FieldVectors.Count * 256);
        json.StartObject()
            .Property("version", LunrIndex.Version)
            .Key("fields").StartArray();
        foreach (var field in index.Fields)
        {
            json.String(field);
        }

        json.EndArray().Key("fieldVectors").StartArray();
        foreach (var vector in index.FieldVectors)
        {
            json.StartArray().String(vector.FieldRef).StartArray();
            foreach (var (termIndex, score) in vector.Elements)
            {
                json.Number(termIndex).Number(score);
            }

            json.EndArray().EndArray();
        }

        json.EndArray().Key("invertedIndex").StartArray();
        foreach (var (term, posting) in index.InvertedIndex)
        {
            json.StartArray().String(term);
            WritePosting(json, posting);
            json.EndArray();
        }

        json.EndArray().Key("pipeline").StartArray();
        foreach (var label in index.Pipeline)
        {
            json.String(label);
        }

        return json.EndArray().EndObject();
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
