using System.Collections;
using System.Globalization;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;

namespace StaticSite.Rendering.Templates;

/// <summary>
/// Scriban's built-in functions (string, array, date, math, html, regex, ...) for templates whose
/// output must be the same on every run, machine, locale and time zone (SPEC: building the same
/// input twice gives byte-identical files). Read only all the way down, so one page cannot change
/// what the next one sees. Changed from Scriban's own:
/// <list type="bullet">
/// <item><c>date.now</c>, <c>date.utc_now</c>, <c>math.random</c> and <c>math.uuid</c> are errors that say what to use instead.</item>
/// <item><c>date.to_string</c> formats a date as written, in no time zone (<c>%Z</c> is always +00:00).</item>
/// <item><c>array.sort</c> orders text with <see cref="DutchOrder"/>, never by the machine's culture.</item>
/// </list>
/// </summary>
public static class DeterministicBuiltins
{
    /// <summary>One read-only set for every render of every page (the functions hold no state).</summary>
    public static ScriptObject Instance { get; } = Create();

    private static ScriptObject Create()
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        var date = new ZoneFreeDateFunctions();
        foreach (var name in new[] { "now", "utc_now" })
            date.SetValue(name, Forbidden($"date.{name}", "the date of the build changes every day, so the same content would give other pages. Write the date itself (like \"2026-11-22\"), or in a theme use site.build_date (the newest date of the content)"), true);
        builtins.SetValue("date", date, true);
        var math = (ScriptObject)builtins["math"]!;
        foreach (var name in new[] { "random", "uuid" })
            math.SetValue(name, Forbidden($"math.{name}", "it gives another value on every build, and a build must give the same pages every time. Write the value itself"), true);
        var array = (ScriptObject)builtins["array"]!;
        array.SetValue("sort", DynamicCustomFunction.Create(new Func<TemplateContext, SourceSpan, object?, string?, IEnumerable>(Sort)), true);
        MakeReadOnly(builtins);
        return builtins;
    }

    private static IScriptCustomFunction Forbidden(string name, string why) => new ForbiddenFunction($"{name} is not available: {why}");

    /// <summary>A function that, called with any arguments, is an error saying why it is not there.</summary>
    private sealed class ForbiddenFunction(string message) : IScriptCustomFunction
    {
        public int RequiredParameterCount => 0;
        public int ParameterCount => 0;
        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;
        public Type ReturnType => typeof(object);
        public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "value");

        public object? Invoke(TemplateContext context, Scriban.Syntax.ScriptNode? callerContext, ScriptArray arguments, Scriban.Syntax.ScriptBlockStatement? blockStatement) =>
            throw new Scriban.Syntax.ScriptRuntimeException(callerContext?.Span ?? default, message);

        public ValueTask<object?> InvokeAsync(TemplateContext context, Scriban.Syntax.ScriptNode? callerContext, ScriptArray arguments, Scriban.Syntax.ScriptBlockStatement? blockStatement) =>
            ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
    }

    private static void MakeReadOnly(ScriptObject o)
    {
        o.IsReadOnly = true;
        foreach (var value in o.Values)
            if (value is ScriptObject child && !child.IsReadOnly) MakeReadOnly(child);
    }

    /// <summary><c>array.sort list [member]</c>: stable, text in <see cref="DutchOrder"/>, numbers by value, empty last.</summary>
    private static IEnumerable Sort(TemplateContext context, SourceSpan span, object? list, string? member = null)
    {
        if (list is null) return new ScriptArray();
        if (list is not IEnumerable items || list is string) return new ScriptArray { list };
        var values = items.Cast<object?>().ToList();
        var keyed = values.Select(v => (Key: member is null ? v : MemberOf(context, span, v, member), Value: v));
        return new ScriptArray(keyed.OrderBy(x => x.Key, ValueOrder.Instance).Select(x => x.Value));
    }

    private static object? MemberOf(TemplateContext context, SourceSpan span, object? target, string member)
    {
        foreach (var part in member.Split('.'))
        {
            if (target is not IScriptObject o || !o.TryGetValue(context, span, part, out var value)) return null;
            target = value;
        }
        return target;
    }

    /// <summary>Orders values of one kind: numbers by value, text in <see cref="DutchOrder"/>, other kinds by name, null last.</summary>
    private sealed class ValueOrder : IComparer<object?>
    {
        public static readonly ValueOrder Instance = new();

        public int Compare(object? x, object? y)
        {
            if (x is null || y is null) return (x is null).CompareTo(y is null);
            if (IsNumber(x) && IsNumber(y))
                return Convert.ToDouble(x, CultureInfo.InvariantCulture).CompareTo(Convert.ToDouble(y, CultureInfo.InvariantCulture));
            if (x is string a && y is string b) return DutchOrder.Instance.Compare(a, b);
            if (x.GetType() == y.GetType() && x is IComparable c) return c.CompareTo(y);
            return DutchOrder.Instance.Compare(Convert.ToString(x, CultureInfo.InvariantCulture), Convert.ToString(y, CultureInfo.InvariantCulture));
        }

        private static bool IsNumber(object value) => value is int or long or double or float or decimal or short or byte or uint or ulong;
    }

    /// <summary>Date functions that never read the machine's time zone.</summary>
    private sealed class ZoneFreeDateFunctions : DateTimeFunctions
    {
        /// <summary>A date read without a zone is taken as written; one with a zone (converted to local time by .NET) goes back to UTC.</summary>
        public override string? ToString(DateTime? datetime, string pattern, CultureInfo culture) =>
            base.ToString(datetime is { } d ? d.Kind == DateTimeKind.Local ? d.ToUniversalTime() : DateTime.SpecifyKind(d, DateTimeKind.Utc) : null, pattern, culture);
    }
}
