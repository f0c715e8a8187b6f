using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace StaticSite.Rendering.Templates;

/// <summary>
/// The template function <c>plural</c>: the theme's text of a plural group in the page's language for a
/// number (<c>plural "routes.steps" 3</c> is "3 stappen", in Polish "3 kroki"), see <see cref="PluralRules"/>.
/// Written out without reflection, for the NativeAOT build.
/// </summary>
public sealed class PluralFunction : IScriptCustomFunction
{
    /// <summary>The function's name in templates.</summary>
    public const string Name = "plural";

    private readonly Func<string, long, string> _lookup;

    /// <summary>A <c>plural</c> that finds texts with <paramref name="lookup"/> (key, count), which throws for an unknown key.</summary>
    public PluralFunction(Func<string, long, string> lookup) => _lookup = lookup;

    /// <inheritdoc />
    public int RequiredParameterCount => 2;

    /// <inheritdoc />
    public int ParameterCount => 2;

    /// <inheritdoc />
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    /// <inheritdoc />
    public Type ReturnType => typeof(string);

    /// <inheritdoc />
    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "key") : new ScriptParameterInfo(typeof(long), "count");

    /// <inheritdoc />
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? context.CurrentSpan;
        var key = context.ToObject<string>(span, arguments[0]) ?? throw new ScriptRuntimeException(span, $"Argument `key` cannot be null for function `{Name}`.");
        var count = context.ToObject<long>(span, arguments[1]);
        try { return _lookup(key, count); }
        catch (KeyNotFoundException e) { throw new ScriptRuntimeException(span, e.Message); }
    }

    /// <inheritdoc />
    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    /// <inheritdoc />
    public override string ToString() => Name;
}
