namespace StaticSite.Search.Lunr;

/// <summary>An ordered list of <see cref="PipelineFunction"/>s, run like <c>lunr.Pipeline.run</c>.</summary>
public sealed class LunrPipeline
{
    private readonly PipelineFunction[] _functions;

    /// <summary>Creates a pipeline that runs <paramref name="functions"/> in order.</summary>
    public LunrPipeline(params PipelineFunction[] functions) => _functions = functions;

    /// <summary>The labels in order, as the serialized index lists them.</summary>
    public IReadOnlyList<string> Labels => _functions.Select(f => f.Label).ToArray();

    /// <summary>Runs every function over every token; a dropped token is gone for the next function.</summary>
    public List<LunrToken> Run(IReadOnlyList<LunrToken> tokens)
    {
        var current = new List<LunrToken>(tokens);
        foreach (var function in _functions)
        {
            var next = new List<LunrToken>(current.Count);
            foreach (var token in current)
            {
                if (function.Transform(token.Text) is { } text)
                {
                    next.Add(token with { Text = text });
                }
            }

            current = next;
        }

        return current;
    }

    /// <summary>Runs a single string through the pipeline, as lunr does with query terms.</summary>
    public IReadOnlyList<string> RunString(string text) =>
        Run([new LunrToken(text, 0, text.Length, 0)]).Select(t => t.Text).ToArray();
}
