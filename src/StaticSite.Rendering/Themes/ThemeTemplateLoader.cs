using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using StaticSite.Content.Sources;

namespace StaticSite.Rendering.Themes;

/// <summary>
/// Resolves <c>{{ include "name" }}</c> to <c>partials/name.html</c> of the theme chain, and
/// nothing else: names with path separators or dots cannot reach outside the theme.
/// </summary>
public sealed class ThemeTemplateLoader(Theme theme) : ITemplateLoader
{
    // Every include of every page asks; the theme does not change while a renderer lives (its partials are parsed once
    // when it is made), so each name is looked up in the file system once (it was 5,000 lookups per 1,000 pages).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _found = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        _found.TryGetValue(templateName, out var path) ? path : _found.GetOrAdd(templateName, Find(callerSpan, templateName));

    private string Find(SourceSpan callerSpan, string templateName)
    {
        if (templateName.Length == 0 || !templateName.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            throw new Scriban.Syntax.ScriptRuntimeException(callerSpan,
                $"the partial name '{templateName}' is not valid: use the file name of a partial without folder or '.html', like \"search-form\"");
        return theme.Find(Path.Combine("partials", templateName + ".html"))
            ?? throw new Scriban.Syntax.ScriptRuntimeException(callerSpan,
                $"there is no partial '{templateName}': add partials/{templateName}.html to the theme");
    }

    /// <inheritdoc />
    /// <remarks>Read like every theme file: an ordinary file inside themes/, at most a page's size.</remarks>
    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
    {
        var (source, problem) = SourceText.Read(theme.Files, templatePath, TemplateCache.DisplayPath(templatePath));
        return source?.Text ?? throw new Scriban.Syntax.ScriptRuntimeException(callerSpan, $"the partial {problem!.Path} cannot be used: {problem.Message}");
    }

    /// <inheritdoc />
    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new(Load(context, callerSpan, templatePath));
}
