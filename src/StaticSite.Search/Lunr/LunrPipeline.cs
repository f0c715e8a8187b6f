using System.Collections.Concurrent;

namespace StaticSite.Search.Lunr;

/// <summary>An ordered list of <see cref="PipelineFunction"/>s, run like <c>lunr.Pipeline.run</c>.</summary>
/// <remarks>
/// Pipeline functions are pure text-to-text maps, so the pipeline remembers what each distinct
/// token became: prose repeats a small vocabulary, and stemming every occurrence again was most of
/// the index build time.
/// </remarks>
public sealed class LunrPipeline
{
    private readonly PipelineFunction[] _functions;
    private readonly ConcurrentDictionary<string, string?> _results = new(StringComparer.Ordinal);

    /// <summary>Creates a pipeline that runs <paramref name="functions"/> in order.</summary>
    public LunrPipeline(params PipelineFunction[] functions) => _functions = functions;

    /// <summary>The labels in order, as the serialized index lists them.</summary>
    public IReadOnlyList<string> Labels => _functions.Select(f => f.Label).ToArray();

    /// <summary>The functions in order.</summary>
    public IReadOnlyList<PipelineFunction> Functions => Array.AsReadOnly(_functions);

    /// <summary>Runs every function over every token; a dropped token is gone for the next function.</summary>
    public List<LunrToken> Run(IReadOnlyList<LunrToken> tokens)
    {
        var result = new List<LunrToken>(tokens.Count);
        foreach (var token in tokens)
        {
            if (_results.GetOrAdd(token.Text, RunFunctions) is { } text)
            {
                result.Add(token with { Text = text });
            }
        }

        return result;
    }

    /// <summary>Like <see cref="Run"/>, but changes <paramref name="tokens"/> in place (no new list per field).</summary>
    public void RunInPlace(List<LunrToken> tokens)
    {
        var kept = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (_results.GetOrAdd(tokens[i].Text, RunFunctions) is { } text)
            {
                tokens[kept++] = tokens[i] with { Text = text };
            }
        }

        tokens.RemoveRange(kept, tokens.Count - kept);
    }

    /// <summary>One token's text through every function, not remembered: null when a function drops it.</summary>
    public string? Transform(string text) => RunFunctions(text);

    private string? RunFunctions(string text)
    {
        string? current = text;
        foreach (var function in _functions)
        {
            current = function.Transform(current);
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    /// <summary>Runs a single string through the pipeline, as lunr does with query terms.</summary>
    public IReadOnlyList<string> RunString(string text) =>
        Run([new LunrToken(text, 0, text.Length, 0)]).Select(t => t.Text).ToArray();
}
