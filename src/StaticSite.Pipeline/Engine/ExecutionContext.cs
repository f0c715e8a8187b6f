using System.Collections.Concurrent;
using System.Collections.Immutable;
using StaticSite.Pipeline.Diagnostics;

namespace StaticSite.Pipeline.Engine;

/// <summary>
/// What a stage can see while it runs: the diagnostics of the build, the outputs of pipelines that
/// finished before it, and the services registered for this build (one instance of each type).
/// </summary>
public sealed class ExecutionContext<TDocument> where TDocument : IDocument
{
    private readonly ConcurrentDictionary<string, ImmutableArray<TDocument>> _outputs = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<Type, object> _services;

    /// <summary>Creates a context with the given services.</summary>
    public ExecutionContext(DiagnosticBag diagnostics, IEnumerable<object> services, int maxParallelism)
    {
        Diagnostics = diagnostics;
        MaxParallelism = maxParallelism;
        _services = services.ToDictionary(s => s.GetType());
    }

    /// <summary>Where stages report problems.</summary>
    public DiagnosticBag Diagnostics { get; }

    /// <summary>How many documents a <see cref="DocumentStage{TDocument}"/> processes at once.</summary>
    public int MaxParallelism { get; }

    /// <summary>The service of type <typeparamref name="T"/> registered for this build.</summary>
    public T Service<T>() where T : class =>
        _services.TryGetValue(typeof(T), out var s) ? (T)s
            : throw new InvalidOperationException($"No service {typeof(T).Name} was registered for this build.");

    /// <summary>The documents a finished pipeline produced. Only pipelines declared as dependencies are guaranteed to be finished.</summary>
    public ImmutableArray<TDocument> OutputsOf(string pipeline) =>
        _outputs.TryGetValue(pipeline, out var docs) ? docs
            : throw new InvalidOperationException($"Pipeline '{pipeline}' has not run; declare it in DependsOn.");

    internal void SetOutputs(string pipeline, ImmutableArray<TDocument> documents) => _outputs[pipeline] = documents;
}
