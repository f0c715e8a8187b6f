using System.Collections.Immutable;
using StaticSite.Pipeline.Diagnostics;

namespace StaticSite.Pipeline.Engine;

/// <summary>
/// A stage that handles each document on its own, so documents are processed in parallel.
/// Output order is input order, whatever the scheduling, so builds stay deterministic.
/// An unexpected exception for one document becomes one diagnostic naming that document; the
/// other documents go on.
/// </summary>
public abstract class DocumentStage<TDocument> : IStage<TDocument> where TDocument : class, IDocument
{
    /// <summary>Processes one document; returns the new document, or null to drop it.</summary>
    protected abstract TDocument? Process(TDocument document, ExecutionContext<TDocument> context);

    /// <inheritdoc />
    public ImmutableArray<TDocument> Execute(ImmutableArray<TDocument> documents, ExecutionContext<TDocument> context)
    {
        var results = new TDocument?[documents.Length];
        Parallel.For(0, documents.Length, new ParallelOptions { MaxDegreeOfParallelism = context.MaxParallelism }, i =>
        {
            try
            {
                results[i] = Process(documents[i], context);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                context.Diagnostics.Add(Diagnostic.Error(SourceLocation.File(documents[i].DisplayPath),
                    DiagnosticCodes.InternalError,
                    $"{GetType().Name} failed on this file ({ex.GetType().Name}: {ex.Message}). Please report this to the maintainers with the file attached.{Engine<TDocument>.DebugDetails(ex)}"));
            }
        });
        var builder = ImmutableArray.CreateBuilder<TDocument>(documents.Length);
        foreach (var r in results)
            if (r is not null) builder.Add(r);
        return builder.ToImmutable();
    }
}
