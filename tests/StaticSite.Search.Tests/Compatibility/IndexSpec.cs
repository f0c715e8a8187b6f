using System.Text.Json;
using StaticSite.Search.Dutch;
using StaticSite.Search.Lunr;

namespace StaticSite.Search.Tests.Compatibility;

/// <summary>One document of a compatibility case; a null field value is a missing field.</summary>
internal sealed record SpecDocument(string Ref, IReadOnlyDictionary<string, string?> Fields, double Boost = 0);

/// <summary>
/// A set of documents and fields to index twice, with lunr.js in node and with the .NET builder.
/// <paramref name="Plugin"/> is <c>nl</c> (lunr-languages as is), <c>nlSite</c> (the site's Dutch
/// pipelines), <c>en</c> (lunr's own), <c>ar</c>, <c>tr</c>, <c>pl</c> (lunr-languages) or
/// <c>fallback</c> (the site's pipeline for other languages).
/// </summary>
internal sealed record IndexSpec(
    string Plugin,
    IReadOnlyList<(string Name, double Boost)> Fields,
    IReadOnlyList<SpecDocument> Documents,
    IReadOnlyList<string>? MetadataWhitelist = null)
{
    public string BuildWithDotNet()
    {
        var builder = Plugin == "nl"
            ? new LunrIndexBuilder(DutchPipelines.LunrLanguagesIndex(), DutchPipelines.LunrLanguagesSearch())
            : new LunrIndexBuilder(Language.CreateIndexPipeline(), Language.CreateSearchPipeline());
        foreach (var (name, boost) in Fields)
        {
            builder.Field(name, boost);
        }

        builder.WithMetadata([.. MetadataWhitelist ?? []]);
        foreach (var document in Documents)
        {
            builder.Add(document.Ref, document.Fields, document.Boost);
        }

        return builder.Build().ToJson();
    }

    /// <summary>The site language whose pipelines the plugin stands for (Ukrainian for the fallback).</summary>
    public SearchLanguage Language => SearchLanguage.For(Plugin switch { "nlSite" => "nl", "fallback" => "uk", _ => Plugin });

    /// <summary>The node plugin that sets up the pipelines of <paramref name="language"/>.</summary>
    public static string PluginFor(SearchLanguage language) => language.PipelineName == "nl" ? "nlSite" : language.PipelineName;

    public string BuildWithLunrJs()
    {
        var input = new
        {
            plugin = Plugin,
            fields = Fields.Select(f => new { name = f.Name, boost = f.Boost }),
            metadataWhitelist = MetadataWhitelist ?? [],
            documents = Documents.Select(d => new { @ref = d.Ref, boost = d.Boost, fields = d.Fields }),
        };
        return NodeRunner.RunOnFile("build-index.js", JsonSerializer.Serialize(input));
    }
}
