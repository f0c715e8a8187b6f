using System.Text.RegularExpressions;
using Scriban;
using Scriban.Syntax;

namespace StaticSite.Rendering.Templates;

/// <summary>
/// The limits of every template evaluation, region facts in Markdown and theme layouts alike:
/// loops and recursion are counted by Scriban itself; these bound the time. A regex gets
/// <see cref="RegexTimeout"/> (a nested quantifier like <c>(a+)+$</c> backtracks for ever), and the
/// templates of one page get <see cref="PageBudget"/> in all, checked by Scriban between
/// statements and loop steps. Strings are bounded too: a value or a page's output longer than
/// <see cref="MaxChars"/> is an error, never silently cut off.
/// </summary>
public static class TemplateLimits
{
    /// <summary>Longest one regex of a template may run; real patterns on page text take microseconds.</summary>
    public static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(500);

    /// <summary>Longest the templates of one page may run in all; a page renders in milliseconds.</summary>
    public static readonly TimeSpan PageBudget = TimeSpan.FromSeconds(10);

    /// <summary>Longest string and output of one render (16 Mi characters, far above a 2 MB page).</summary>
    public const int MaxChars = 16 * 1024 * 1024;

    /// <summary>Sets the limits on <paramref name="context"/>, with its time budget counting from now.</summary>
    public static void Apply(TemplateContext context, CancellationToken budget)
    {
        context.RegexTimeOut = RegexTimeout;
        context.CancellationToken = budget;
        context.LimitToString = MaxChars;
        context.OnStringLimit = ScriptLimitBehavior.Throw;
        context.OutputLimit = MaxChars;
        context.OnOutputLimit = ScriptLimitBehavior.Throw;
    }

    /// <summary>A new budget of <see cref="PageBudget"/> for one page's templates.</summary>
    public static CancellationTokenSource StartBudget() => new(PageBudget);

    /// <summary>
    /// The editor's message when <paramref name="ex"/> is a time limit (the page budget or a regex
    /// timeout), or null for any other error.
    /// </summary>
    public static string? TimeLimitMessage(ScriptRuntimeException ex)
    {
        if (ex is ScriptAbortException)
            return $"the templates of this page ran longer than {PageBudget.TotalSeconds:0} s and were stopped here. Look for a loop over very many values (a large range, string.repeat, nested loops) and make it smaller";
        for (Exception? e = ex; e is not null; e = e.InnerException)
            if (e is RegexMatchTimeoutException)
                return $"a regular expression ran longer than {RegexTimeout.TotalMilliseconds:0} ms and was stopped here. A pattern with a repeated group inside a repeat, like (a+)+, can take for ever on some text: write it without the nested repeat";
        return null;
    }
}
