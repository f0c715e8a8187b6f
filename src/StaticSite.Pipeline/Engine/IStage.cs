using System.Collections.Immutable;

namespace StaticSite.Pipeline.Engine;

/// <summary>
/// One step of a pipeline: takes the documents the previous step produced and returns new ones.
/// Documents are immutable; a stage changes a document by returning a copy (<c>with</c>).
/// Name stages verb+noun (<c>ReadContentFiles</c>, <c>RenderMarkdown</c>).
/// </summary>
public interface IStage<TDocument> where TDocument : IDocument
{
    /// <summary>Runs the stage. Problems in content go to <see cref="ExecutionContext{TDocument}.Diagnostics"/>, not exceptions.</summary>
    ImmutableArray<TDocument> Execute(ImmutableArray<TDocument> documents, ExecutionContext<TDocument> context);
}
