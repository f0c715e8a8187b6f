using StaticSite.Content.Sources;
using StaticSite.Pipeline.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StaticSite.Content.Yaml;

/// <summary>
/// Parses a YAML block with YamlDotNet's representation model, which keeps every node's position,
/// so later checks can point at the real line and column of the real file.
/// </summary>
public static class YamlDocumentReader
{
    /// <summary>
    /// Parses <paramref name="yaml"/>, which starts at 1-based line <paramref name="firstLine"/> of
    /// <paramref name="source"/>. Returns the top mapping (empty when the block is empty) or a
    /// diagnostic at the file's line.
    /// </summary>
    public static (YamlMappingNode? Mapping, Diagnostic? Problem) ReadMapping(SourceText source, string yaml, int firstLine)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            var line = (int)ex.Start.Line + firstLine - 1;
            return (null, Diagnostic.Error(source.At(line, (int)ex.Start.Column), DiagnosticCodes.MalformedYaml,
                $"the YAML is not valid here: {Describe(ex)}. {Advice}"));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's representation model throws this, without a position, for some unclosed
            // flow collections ("title: [broken" followed by more keys).
            return (null, Diagnostic.Error(source.At(firstLine, 1), DiagnosticCodes.MalformedYaml,
                $"the YAML is not valid: a '[' or '{{' is never closed. {Advice}"));
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return (new YamlMappingNode(), null);
        if (stream.Documents[0].RootNode is YamlMappingNode mapping)
            return (mapping, null);
        var root = stream.Documents[0].RootNode;
        return (null, Diagnostic.Error(source.At(Line(root, firstLine), (int)root.Start.Column), DiagnosticCodes.MalformedYaml,
            "expected lines of the form 'key: value' here. Write one setting per line, like 'title: Passend onderwijs'."));
    }

    private const string Advice =
        "Check the colon after each key, the indentation, and put text that contains ': ' or starts with a special character ([, {, &, *, !, |, >, ', \", %, @) in double quotes.";

    /// <summary>The 1-based file line of a node inside a block that starts at <paramref name="firstLine"/>.</summary>
    public static int Line(YamlNode node, int firstLine) => (int)node.Start.Line + firstLine - 1;

    private static string Describe(YamlException ex)
    {
        // YamlDotNet messages repeat the position ("(Line: 3, Col: 1, Idx: 20) - (...): ..."); keep the words.
        var message = ex.InnerException?.Message ?? ex.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        if (cut >= 0) message = message[(cut + 3)..];
        return message.TrimEnd('.').Replace("While scanning a simple key, could not find expected ':'", "a line has no ':' after its key", StringComparison.Ordinal);
    }
}
