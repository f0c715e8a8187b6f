using StaticSite.Content.Sources;
using StaticSite.Pipeline.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace StaticSite.Content.Yaml;

/// <summary>
/// Parses a YAML block with YamlDotNet's representation model, which keeps every node's position,
/// so later checks can point at the real line and column of the real file. The representation
/// model builds nested nodes by recursion, so a page of 50,000 <c>[</c> would overflow the stack
/// and end the process (the preview server with it); the events are counted on their way in and
/// the read stops with a diagnostic at <see cref="MaxDepth"/> levels or <see cref="MaxValues"/>
/// values (aliases counted as the values they repeat, so an alias bomb stops too).
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
        var (stream, problem) = Load(source, yaml, firstLine);
        if (problem is not null) return (null, problem);
        if (stream!.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return (new YamlMappingNode(), null);
        if (stream.Documents[0].RootNode is YamlMappingNode mapping)
            return (mapping, null);
        var root = stream.Documents[0].RootNode;
        return (null, Diagnostic.Error(source.At(Line(root, firstLine), (int)root.Start.Column), DiagnosticCodes.MalformedYaml,
            "expected lines of the form 'key: value' here. Write one setting per line, like 'title: Passend onderwijs'."));
    }

    /// <summary>Deepest nesting of lists and groups of keys; front matter needs three or four levels.</summary>
    public const int MaxDepth = 64;

    /// <summary>Most values in one YAML block, aliases counted as the values they repeat.</summary>
    public const int MaxValues = 100_000;

    /// <summary>
    /// Parses any YAML block (front matter, region.yml, theme.yml) within the limits. Returns the
    /// stream or the diagnostic for malformed or too deeply nested YAML, at the file's line.
    /// </summary>
    public static (YamlStream? Stream, Diagnostic? Problem) Load(SourceText source, string yaml, int firstLine)
    {
        var stream = new YamlStream();
        var parser = new LimitedParser(new Parser(new StringReader(yaml)));
        try
        {
            stream.Load(parser);
        }
        catch (YamlLimitException ex)
        {
            return (null, Diagnostic.Error(source.At((int)ex.At.Line + firstLine - 1, (int)ex.At.Column), DiagnosticCodes.YamlLimit, ex.Message));
        }
        catch (YamlException ex)
        {
            var line = (int)ex.Start.Line + firstLine - 1;
            return (null, Diagnostic.Error(source.At(line, (int)ex.Start.Column), DiagnosticCodes.MalformedYaml,
                $"the YAML is not valid here: {Describe(ex)}. {Advice}"));
        }
        catch (ArgumentException ex)
        {
            // YamlDotNet's representation model throws this, without a position, for input its parser
            // accepted but it cannot represent: a tag that is not a URI ("!![") or "- :" (a key-less
            // entry). Found by the fuzzer (tests/StaticSite.Fuzz); the last event read is the place.
            var at = parser.Previous ?? parser.Current?.Start ?? Mark.Empty;
            var what = ex.Message.Contains("tag", StringComparison.OrdinalIgnoreCase)
                ? "a value starts with '!', which YAML reads as a type tag"
                : "a ':' or '-' stands where a key or value is expected";
            return (null, Diagnostic.Error(source.At(Math.Max((int)at.Line, 1) + firstLine - 1, Math.Max((int)at.Column, 1)), DiagnosticCodes.MalformedYaml,
                $"the YAML is not valid here: {what}. {Advice}"));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's representation model throws this, without a position, for some unclosed
            // flow collections ("title: [broken" followed by more keys).
            return (null, Diagnostic.Error(source.At(firstLine, 1), DiagnosticCodes.MalformedYaml,
                $"the YAML is not valid: a '[' or '{{' is never closed. {Advice}"));
        }
        return (stream, null);
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

    private sealed class YamlLimitException(Mark at, string message) : Exception(message)
    {
        public Mark At { get; } = at;
    }

    /// <summary>Passes the parser's events on, counting nesting and values; throws at a limit.</summary>
    private sealed class LimitedParser(IParser inner) : IParser
    {
        private readonly Stack<(AnchorName Anchor, long ValuesBefore)> _open = new();
        private readonly Dictionary<AnchorName, long> _anchorValues = [];
        private long _values;

        public ParsingEvent? Current => inner.Current;

        /// <summary>Where the event before <see cref="Current"/> started: the last one the node model accepted.</summary>
        public Mark? Previous { get; private set; }

        public bool MoveNext()
        {
            Previous = inner.Current?.Start;
            if (!inner.MoveNext()) return false;
            switch (inner.Current)
            {
                case MappingStart or SequenceStart:
                    _values++;
                    _open.Push((((NodeEvent)inner.Current).Anchor, _values));
                    if (_open.Count > MaxDepth)
                        throw new YamlLimitException(inner.Current.Start,
                            $"the YAML nests lists and groups of keys more than {MaxDepth} levels deep here. Front matter needs only a few levels: check for a '[' or '{{' that is never closed, or put the text in double quotes.");
                    break;
                case MappingEnd or SequenceEnd when _open.Count > 0:
                    var (anchor, before) = _open.Pop();
                    if (!anchor.IsEmpty) _anchorValues[anchor] = _values - before + 1;
                    break;
                case Scalar scalar:
                    _values++;
                    if (!scalar.Anchor.IsEmpty) _anchorValues[scalar.Anchor] = 1;
                    break;
                case AnchorAlias alias:
                    _values += _anchorValues.GetValueOrDefault(alias.Value, 1);
                    break;
            }
            if (_values > MaxValues)
                throw new YamlLimitException(inner.Current!.Start,
                    "the YAML holds more than 100,000 values (aliases like '*name' count as everything they repeat). A page's settings need far fewer: write the values out, or move long lists into the text.");
            return true;
        }
    }
}
