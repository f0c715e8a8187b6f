using StaticSite.Content.Model;
using StaticSite.Content.Sources;
using StaticSite.Content.Yaml;
using YamlDotNet.RepresentationModel;

namespace StaticSite.Cli.Preview.Editor;

/// <summary>
/// Decap sends a file for every language of an i18n entry it holds data for, also a language the editor
/// never filled in (a new page gets an empty form in each language). Such a file, with no title and no
/// text, is no translation: saving it would only be refused for its missing title, and would block the
/// Dutch page saved with it.
/// </summary>
public static class UnfilledTranslation
{
    /// <summary>True when <paramref name="raw"/> (a page file as Decap writes it) has neither a title nor any text.</summary>
    public static bool Is(string raw)
    {
        if (raw.Trim().Length == 0) return true;
        var source = new SourceText("(editor)", raw);
        var (page, problem) = FrontMatterSplitter.Split(source);
        if (problem is not null || page!.Body.Trim().Length > 0) return false;
        var (mapping, yamlProblem) = YamlDocumentReader.ReadMapping(source, page.Yaml, page.YamlLine);
        if (yamlProblem is not null) return false;
        return !mapping!.Children.Any(p => p.Key is YamlScalarNode { Value: Keys.Title } && p.Value is YamlScalarNode { Value: { } title } && title.Trim().Length > 0);
    }
}
