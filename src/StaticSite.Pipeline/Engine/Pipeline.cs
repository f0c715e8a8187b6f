using System.Collections.Immutable;

namespace StaticSite.Pipeline.Engine;

/// <summary>
/// A named list of stages, read top to bottom like a recipe. Its first stage receives the outputs
/// of the pipelines named in <paramref name="Inputs"/> (concatenated in that order); other
/// dependencies are only read through <see cref="ExecutionContext{TDocument}.OutputsOf"/>.
/// </summary>
/// <param name="Name">Unique name, used in <see cref="ExecutionContext{TDocument}.OutputsOf"/>.</param>
/// <param name="DependsOn">Pipelines that must finish first.</param>
/// <param name="Stages">The steps, in order.</param>
/// <param name="Inputs">Pipelines (among <paramref name="DependsOn"/>) whose documents the first stage receives; empty for pipelines that read their own input.</param>
public sealed record Pipeline<TDocument>(
    string Name,
    ImmutableArray<string> DependsOn,
    ImmutableArray<IStage<TDocument>> Stages,
    ImmutableArray<string> Inputs = default)
    where TDocument : IDocument
{
    /// <summary>The input pipelines, never default.</summary>
    public ImmutableArray<string> InputPipelines => Inputs.IsDefault ? [] : Inputs;
}
