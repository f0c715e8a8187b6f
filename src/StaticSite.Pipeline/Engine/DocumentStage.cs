using System.Collections.Immutable;
using StaticSite.Pipeline.Diagnostics;

namespace StaticSite.Pipeline.Engine;

/// <summary>
/// A stage that handles each document on its own, so documents are processed in parallel.
/// Output order is input order, whatever the scheduling, so builds stay deterministic.
/// An unexpected exception for one document becomes one diagnostic naming that document; the
/// other documents go on.
/// </summary>
/// <remarks>
/// Document stages that follow each other in a pipeline are run together, document by document
/// (<see cref="ExecuteChain"/>): a page is rendered and written before the next is taken, instead
/// of every page being rendered before the first is written, which held a whole region's pages in
/// memory at once. A stage may therefore not depend on other documents having passed the stage
/// before it.
/// </remarks>
public abstract class DocumentStage<TDocument> : IStage<TDocument> where TDocument : class, IDocument
{
    /// <summary>Processes one document; returns the new document, or null to drop it.</summary>
    protected abstract TDocument? Process(TDocument document, ExecutionContext<TDocument> context);

    /// <summary>Called once before the documents of one run are processed: for what every document of the run shares.</summary>
    protected virtual void Prepare(ExecutionContext<TDocument> context)
    {
    }

    /// <inheritdoc />
    public ImmutableArray<TDocument> Execute(ImmutableArray<TDocument> documents, ExecutionContext<TDocument> context) =>
        ExecuteChain([this], documents, context);

    /// <summary>Runs <paramref name="stages"/> one after another on each document, documents in parallel.</summary>
    public static ImmutableArray<TDocument> ExecuteChain(IReadOnlyList<DocumentStage<TDocument>> stages, ImmutableArray<TDocument> documents, ExecutionContext<TDocument> context)
    {
        foreach (var stage in stages) stage.Prepare(context);
        var results = new TDocument?[documents.Length];
        Parallel.For(0, documents.Length, new ParallelOptions { MaxDegreeOfParallelism = context.MaxParallelism }, i =>
        {
            var document = documents[i];
            foreach (var stage in stages)
            {
                document = stage.ProcessReporting(document, context);
                if (document is null) break;
            }
            results[i] = document;
        });
        var builder = ImmutableArray.CreateBuilder<TDocument>(documents.Length);
        foreach (var r in results)
            if (r is not null) builder.Add(r);
        return builder.ToImmutable();
    }

    private TDocument? ProcessReporting(TDocument document, ExecutionContext<TDocument> context)
    {
        try
        {
            return Process(document, context);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            context.Diagnostics.Add(Diagnostic.Error(SourceLocation.File(document.DisplayPath),
                DiagnosticCodes.InternalError,
                $"{GetType().Name} failed on this file ({ex.GetType().Name}: {ex.Message}). Please report this to the maintainers with the file attached.{Engine<TDocument>.DebugDetails(ex)}"));
            return null;
        }
    }
}
