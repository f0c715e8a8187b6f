using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace StaticSite.Cli.Scaffolding;

/// <summary>Writes text as a YAML value that reads back as exactly that text.</summary>
public static class YamlScalar
{
    /// <summary>
    /// <paramref name="text"/> as a double-quoted YAML scalar on one line: quotes, backslashes,
    /// line breaks (also U+0085, U+2028, U+2029) and every other control character escaped, so
    /// that <c>: </c>, <c>#</c>, a leading <c>-</c> or <c>---</c> stay part of the text.
    /// </summary>
    public static string Quote(string text)
    {
        var writer = new StringWriter { NewLine = "\n" };
        // One line whatever the length: the front matter splitter reads lines, and a folded title reads worse.
        var emitter = new Emitter(writer, new EmitterSettings(2, int.MaxValue, false, 1024, false, false, "\n"));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        emitter.Emit(new Scalar(null, null, text, ScalarStyle.DoubleQuoted, isPlainImplicit: true, isQuotedImplicit: false));
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return writer.ToString().TrimEnd('\n');
    }
}
