using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace StaticSite.Rendering.Templates;

/// <summary>
/// The template function <c>t</c>: the theme's interface text of a key in the page's language
/// (<c>t "search.title"</c>), with <c>{name}</c> placeholders filled in from an optional object
/// (<c>t "feed.title" { name: site.name }</c>). Written out like <see cref="OneArgumentFunction"/>, without
/// reflection, for the NativeAOT build.
/// </summary>
public sealed class TextFunction : IScriptCustomFunction
{
    /// <summary>The function's name in templates.</summary>
    public const string Name = "t";

    private readonly Func<string, string> _lookup;

    /// <summary>A <c>t</c> that looks keys up with <paramref name="lookup"/>, which throws for an unknown key.</summary>
    public TextFunction(Func<string, string> lookup) => _lookup = lookup;

    /// <inheritdoc />
    public int RequiredParameterCount => 1;

    /// <inheritdoc />
    public int ParameterCount => 2;

    /// <inheritdoc />
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    /// <inheritdoc />
    public Type ReturnType => typeof(string);

    /// <inheritdoc />
    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "key") : new ScriptParameterInfo(typeof(object), "values", null);

    /// <inheritdoc />
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? context.CurrentSpan;
        var key = context.ToObject<string>(span, arguments[0]) ?? throw new ScriptRuntimeException(span, $"Argument `key` cannot be null for function `{Name}`.");
        string text;
        try { text = _lookup(key); }
        catch (KeyNotFoundException e) { throw new ScriptRuntimeException(span, e.Message); }
        if (arguments.Count < 2 || arguments[1] is null) return text;
        if (arguments[1] is not ScriptObject values)
            throw new ScriptRuntimeException(span, $"the second argument of `{Name}` must be an object like {{ name: site.name }}, whose members fill in {{name}} in the text");
        foreach (var name in values.Keys)
            text = text.Replace("{" + name + "}", context.ObjectToString(values[name]), StringComparison.Ordinal);
        return text;
    }

    /// <inheritdoc />
    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    /// <inheritdoc />
    public override string ToString() => Name;
}
