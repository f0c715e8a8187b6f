// TEMPORARY until the search library lands on main: empty search assets so the rest of the build runs. Dropped when merging.
using System.Collections.Immutable;
using StaticSite.Content.Model;
using StaticSite.Pipeline.Engine;
namespace StaticSite.Build.Stages.Generate;
public sealed class GenerateSearchIndex : IStage<Document>
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, ExecutionContext<Document> context) =>
        [CopyThemeAssets.Asset("search/index.json", "{}"u8.ToArray(), "x"), CopyThemeAssets.Asset("search/docs.json", "[]"u8.ToArray(), "y")];
}
