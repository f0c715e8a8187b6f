using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace StaticSite.Rendering.Templates;

/// <summary>
/// A template function of one argument, called directly. Scriban's <c>Import(name, Delegate)</c>
/// reads the delegate's method and parameters by reflection, which a trimmed NativeAOT build cannot
/// see; this class says the same (name, parameter, conversion by the template context) in plain code.
/// </summary>
public sealed class OneArgumentFunction : IScriptCustomFunction
{
    private readonly string _name;
    private readonly ScriptParameterInfo _parameter;
    private readonly Func<TemplateContext, Scriban.Parsing.SourceSpan, object?, string> _body;

    private OneArgumentFunction(string name, ScriptParameterInfo parameter, Func<TemplateContext, Scriban.Parsing.SourceSpan, object?, string> body) =>
        (_name, _parameter, _body) = (name, parameter, body);

    /// <summary>A function of one text: the argument is converted as Scriban converts any text argument, and nil is an error.</summary>
    public static OneArgumentFunction OfText(string name, string parameter, Func<string, string> body) =>
        new(name, new ScriptParameterInfo(typeof(string), parameter), (context, span, value) =>
            body(context.ToObject<string>(span, value)
                ?? throw new ScriptRuntimeException(span, $"Argument `{parameter}` cannot be null for function `{name}`.")));

    /// <summary>A function of any template value, nil included, passed on as it is.</summary>
    public static OneArgumentFunction OfValue(string name, string parameter, Func<object?, string> body) =>
        new(name, new ScriptParameterInfo(typeof(object), parameter), (_, _, value) => body(value));

    /// <inheritdoc />
    public int RequiredParameterCount => 1;

    /// <inheritdoc />
    public int ParameterCount => 1;

    /// <inheritdoc />
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    /// <inheritdoc />
    public Type ReturnType => typeof(string);

    /// <inheritdoc />
    public ScriptParameterInfo GetParameterInfo(int index) => _parameter;

    /// <inheritdoc />
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        _body(context, callerContext?.Span ?? context.CurrentSpan, arguments[0]);

    /// <inheritdoc />
    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    /// <inheritdoc />
    public override string ToString() => _name;
}
