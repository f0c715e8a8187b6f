using StaticSite.Content.Languages;
using StaticSite.Content.Model;
using StaticSite.Content.Sources;
using StaticSite.Content.Yaml;
using StaticSite.Pipeline.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace StaticSite.Content.Pages;

/// <summary>A page's checked front matter and its body.</summary>
/// <param name="Meta">The front matter.</param>
/// <param name="Body">The Markdown body.</param>
/// <param name="BodyLine">1-based line of the file where the body starts.</param>
/// <param name="FrontMatter">The file's text before the body: the front matter with its <c>---</c> lines.</param>
public sealed record ParsedPage(PageMeta Meta, string Body, int BodyLine, string FrontMatter);

/// <summary>Splits a page into front matter and body and checks the front matter against <see cref="ContentSchema"/>.</summary>
public static class PageParser
{
    /// <summary>
    /// Parses <paramref name="source"/> found at <paramref name="relativePath"/>. Returns null when
    /// the front matter has errors; every problem is added to <paramref name="diagnostics"/>. A translation
    /// (<c>x.en.md</c>) is checked against <see cref="ContentSchema.TranslationFields"/>: what it takes from its
    /// Dutch page (a news item's date, ...) it need not give.
    /// </summary>
    public static ParsedPage? Parse(SourceText source, string relativePath, List<Diagnostic> diagnostics)
    {
        var (split, problem) = FrontMatterSplitter.Split(source);
        if (problem is not null) { diagnostics.Add(problem); return null; }
        var (mapping, yamlProblem) = YamlDocumentReader.ReadMapping(source, split!.Yaml, split.YamlLine);
        if (yamlProblem is not null) { diagnostics.Add(yamlProblem); return null; }

        var before = diagnostics.Count;
        var type = TypeOf(mapping!, relativePath, source, split.YamlLine, diagnostics);
        var fields = TranslationName.Parse(relativePath).IsTranslation ? ContentSchema.TranslationFields : ContentSchema.PageFields;
        var values = new FieldReader(source, split.YamlLine, diagnostics).Read(mapping!, fields, type, "");
        if (values.Text(Keys.Title) is { } title && string.IsNullOrWhiteSpace(title))
            diagnostics.Add(Diagnostic.Error(values.LocationOf(Keys.Title), DiagnosticCodes.MissingField, "'title' is empty. Write the page title after 'title:'."));
        if (diagnostics.Skip(before).Any(d => d.IsError)) return null;
        return new ParsedPage(PageMeta.From(values, type), split.Body, split.BodyLine, split.FrontMatter);
    }

    private static ContentType TypeOf(YamlMappingNode mapping, string relativePath, SourceText source, int firstLine, List<Diagnostic> diagnostics)
    {
        var fromPath = ContentTypes.FromPath(relativePath);
        foreach (var (k, v) in mapping.Children)
        {
            if (k is not YamlScalarNode { Value: Keys.Type }) continue;
            if (v is YamlScalarNode { Value: { } name } && ContentTypes.Parse(name) is { } type) return type;
            // FieldReader reports the bad value against the allowed list; fall back to the folder's type.
            return fromPath;
        }
        return fromPath;
    }
}
