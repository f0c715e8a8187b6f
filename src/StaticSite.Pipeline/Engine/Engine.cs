using System.Collections.Immutable;
using StaticSite.Pipeline.Diagnostics;

namespace StaticSite.Pipeline.Engine;

/// <summary>
/// Runs named pipelines in the order their dependencies require: each starts as soon as the pipelines
/// it depends on are done, side by side with any others that can run. Modelled on Statiq's engine,
/// without its metadata bag: documents are typed records.
/// </summary>
public sealed class Engine<TDocument> where TDocument : class, IDocument
{
    private readonly ImmutableArray<Pipeline<TDocument>> _pipelines;

    /// <summary>Checks the declared pipelines: unique names, known dependencies, no cycles.</summary>
    public Engine(IEnumerable<Pipeline<TDocument>> pipelines)
    {
        _pipelines = pipelines.ToImmutableArray();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in _pipelines)
            if (!names.Add(p.Name)) throw new ArgumentException($"Two pipelines are named '{p.Name}'.");
        foreach (var p in _pipelines)
        {
            foreach (var d in p.DependsOn)
                if (!names.Contains(d)) throw new ArgumentException($"Pipeline '{p.Name}' depends on unknown pipeline '{d}'.");
            foreach (var i in p.InputPipelines)
                if (!p.DependsOn.Contains(i)) throw new ArgumentException($"Pipeline '{p.Name}' takes input from '{i}' without depending on it.");
        }
        _ = Levels(); // throws on cycles
    }

    /// <summary>The pipelines grouped in waves: every pipeline of a wave depends only on earlier waves.</summary>
    public IReadOnlyList<IReadOnlyList<Pipeline<TDocument>>> Levels()
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var left = _pipelines.ToList();
        var levels = new List<IReadOnlyList<Pipeline<TDocument>>>();
        while (left.Count > 0)
        {
            var ready = left.Where(p => p.DependsOn.All(done.Contains)).ToList();
            if (ready.Count == 0)
                throw new ArgumentException("Pipelines depend on each other in a cycle: " + string.Join(", ", left.Select(p => p.Name)));
            levels.Add(ready);
            foreach (var p in ready) { done.Add(p.Name); left.Remove(p); }
        }
        return levels;
    }

    /// <summary>
    /// Runs every pipeline. A pipeline that throws unexpectedly is reported as one internal error
    /// naming the pipeline and stage; the others still run so all problems show in one build.
    /// </summary>
    /// <remarks>
    /// A pipeline does not wait for unrelated ones that started with it (the search index takes longer
    /// than the pages, which need not wait for it): waiting in waves left a core idle for much of a build.
    /// Each pipeline gets a thread of its own, because its stages block while their documents are
    /// processed on the thread pool.
    /// </remarks>
    public void Run(ExecutionContext<TDocument> context)
    {
        if (context.MaxParallelism <= 1)
        {
            foreach (var pipeline in Levels().SelectMany(level => level))
                context.SetOutputs(pipeline.Name, RunOne(pipeline, context));
            return;
        }
        var running = new Dictionary<string, Task>(StringComparer.Ordinal);
        foreach (var pipeline in Levels().SelectMany(level => level))
        {
            var dependencies = pipeline.DependsOn.Select(name => running[name]).ToArray();
            running[pipeline.Name] = Task.WhenAll(dependencies).ContinueWith(
                _ => context.SetOutputs(pipeline.Name, RunOne(pipeline, context)),
                CancellationToken.None, TaskContinuationOptions.LongRunning, TaskScheduler.Default);
        }
        Task.WaitAll([.. running.Values]);
    }

    /// <summary>With STATICSITE_DEBUG=1 in the environment, maintainers get the stack trace; editors never do.</summary>
    public static string DebugDetails(Exception ex) =>
        Environment.GetEnvironmentVariable("STATICSITE_DEBUG") == "1" ? "\n" + ex : "";

    private static ImmutableArray<TDocument> RunOne(Pipeline<TDocument> pipeline, ExecutionContext<TDocument> context)
    {
        var documents = pipeline.InputPipelines.SelectMany(name => context.OutputsOf(name)).ToImmutableArray();
        var timings = Environment.GetEnvironmentVariable("STATICSITE_TIMINGS") == "1";
        var stages = pipeline.Stages;
        for (var next = 0; next < stages.Length;)
        {
            // Document stages that follow each other run as one chain, document by document.
            var chain = new List<DocumentStage<TDocument>>();
            for (var i = next; i < stages.Length && stages[i] is DocumentStage<TDocument> documentStage; i++) chain.Add(documentStage);
            var count = Math.Max(chain.Count, 1);
            var name = chain.Count > 0 ? string.Join("+", chain.Select(s => s.GetType().Name)) : stages[next].GetType().Name;
            try
            {
                var clock = timings ? System.Diagnostics.Stopwatch.StartNew() : null;
                var allocated = timings ? GC.GetTotalAllocatedBytes() : 0;
                documents = chain.Count > 0 ? DocumentStage<TDocument>.ExecuteChain(chain, documents, context) : stages[next].Execute(documents, context);
                // Allocated bytes are the whole process's: exact per stage only when stages do not overlap (DOTNET_PROCESSOR_COUNT=1).
                if (clock is not null) Console.Error.WriteLine($"timing: {pipeline.Name}/{name} {clock.Elapsed.TotalMilliseconds:0} ms, {documents.Length} documents, {(GC.GetTotalAllocatedBytes() - allocated) / 1048576.0:0.0} MB allocated");
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                context.Diagnostics.Add(new Diagnostic("staticsite", 0, 0, Severity.Error, DiagnosticCodes.InternalError,
                    $"pipeline '{pipeline.Name}', stage {name} failed ({ex.GetType().Name}: {ex.Message}). Please report this to the maintainers{DebugDetails(ex)}."));
                return ImmutableArray<TDocument>.Empty;
            }
            next += count;
        }
        return documents;
    }
}
