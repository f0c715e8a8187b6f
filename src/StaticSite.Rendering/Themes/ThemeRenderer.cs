using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using StaticSite.Content.Model;
using StaticSite.Pipeline.Diagnostics;
using StaticSite.Rendering.Templates;

namespace StaticSite.Rendering.Themes;

/// <summary>
/// Renders pages with a theme: the page's kind layout first, then <c>layouts/base.html</c> around
/// it. Every render gets a clean <see cref="TemplateContext"/> with strict variables and members,
/// the documented names only (no renaming), loop and recursion limits, the <see cref="TemplateLimits"/>
/// (one time budget for both layouts of a page), the <see cref="DeterministicBuiltins"/> and a
/// loader confined to the theme's partials. Parsed templates come from the shared <see cref="TemplateCache"/>.
/// </summary>
public sealed class ThemeRenderer
{
    /// <summary>Largest number of iterations of one loop (a region has at most some thousands of pages).</summary>
    public const int LoopLimit = 100_000;

    /// <summary>Deepest include/function nesting.</summary>
    public const int RecursiveLimit = 64;

    private readonly Theme _theme;
    private readonly TemplateCache _cache;
    private readonly ScriptObject _functions;
    private readonly ThemeText _text;
    private readonly ThemeTemplateLoader _loader;
    // The functions that depend on the page's language (t, format_date, ...), per model and language.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(TemplateModel Model, string Language), ScriptObject> _languageFunctions = new();

    // Layout lookup asks the file system; the answer is the same for every page of a kind.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(PageKind Kind, ContentType Variant), string?> _layouts = new();
    private readonly Lazy<string?> _baseLayout;

    /// <summary>Creates a renderer for one region's theme, with the region's <paramref name="functions"/> and the theme's interface <paramref name="text"/>.</summary>
    public ThemeRenderer(Theme theme, TemplateCache cache, ScriptObject functions, ThemeText? text = null)
    {
        _theme = theme;
        _cache = cache;
        _functions = functions;
        _text = text ?? ThemeText.None;
        _functions.IsReadOnly = true;
        _loader = new ThemeTemplateLoader(theme);
        _baseLayout = new Lazy<string?>(() => theme.Find("layouts/base.html"));
        _partials = theme.Folders.Reverse()
            .Select(f => Path.Combine(f, "partials"))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.html"))
            .GroupBy(Path.GetFileName)
            .Select(g => theme.Find(Path.Combine("partials", g.Key!))!)
            .Select(path => (Path: path, Template: cache.Get(path)))
            .Where(x => x.Template is not null)
            .ToDictionary(x => x.Path, x => x.Template!);
    }

    // Scriban caches included templates per context; handing it the partials parsed once keeps
    // "parse once, render many" true for includes as well.
    private readonly Dictionary<string, Template> _partials;

    /// <summary>Renders a whole HTML document for <paramref name="page"/>, or null on errors (reported).</summary>
    public string? Render(Document page, TemplateModel model, List<Diagnostic> diagnostics)
    {
        var layoutPath = _layouts.GetOrAdd((page.Kind, page.ListVariant), key => LayoutResolver.Resolve(_theme, key.Kind, key.Variant));
        if (layoutPath is null)
        {
            diagnostics.Add(Diagnostic.Error(SourceLocation.File(page.DisplayPath), DiagnosticCodes.LayoutMissing,
                $"the theme has no layout for this page. Add one of: {string.Join(", ", LayoutResolver.Candidates(page.Kind, page.ListVariant))} to {TemplateCache.DisplayPath(_theme.Folders[0])}."));
            return null;
        }
        var basePath = _baseLayout.Value;
        if (basePath is null)
        {
            diagnostics.Add(Diagnostic.Error(SourceLocation.Folder(TemplateCache.DisplayPath(_theme.Folders[0])), DiagnosticCodes.LayoutMissing,
                "the theme has no layouts/base.html, the outer layout every page is rendered into. Add it."));
            return null;
        }
        var layout = _cache.Get(layoutPath);
        var outer = _cache.Get(basePath);
        if (layout is null || outer is null) return null;

        var pageObject = model.Page(page);
        var site = model.SiteOf(page.Language);
        var language = _languageFunctions.GetOrAdd((model, page.Language), key => TemplateFunctions.ForLanguage(key.Language, _text, key.Model));
        using var budget = TemplateLimits.StartBudget();
        var main = RenderOne(layout, page, language, new ScriptObject { ["site"] = site, ["page"] = pageObject }, budget.Token, diagnostics);
        if (main is null) return null;
        return RenderOne(outer, page, language, new ScriptObject { ["site"] = site, ["page"] = pageObject, ["main"] = main }, budget.Token, diagnostics);
    }

    // A TemplateContext is a large object (stacks, caches, the output buffer); each rendering thread keeps
    // one and resets it after a page that rendered without an error. After an error it may hold a half-run
    // function's locals, so it is dropped and the next page gets a new one.
    private readonly ThreadLocal<TemplateContext?> _contexts = new();

    private TemplateContext NewContext() => new(DeterministicBuiltins.Instance)
    {
        StrictVariables = true,
        EnableRelaxedMemberAccess = false,
        EnableRelaxedTargetAccess = false,
        MemberRenamer = member => member.Name,
        LoopLimit = LoopLimit,
        RecursiveLimit = RecursiveLimit,
        TemplateLoader = _loader,
    };

    private string? RenderOne(Template template, Document page, ScriptObject language, ScriptObject variables, CancellationToken budget, List<Diagnostic> diagnostics)
    {
        var context = _contexts.Value ?? NewContext();
        _contexts.Value = null;
        TemplateLimits.Apply(context, budget);
        foreach (var (path, partial) in _partials) context.CachedTemplates[path] = partial;
        context.PushGlobal(_functions);
        context.PushGlobal(language);
        context.PushGlobal(variables);
        try
        {
            var html = template.Render(context);
            context.Reset();
            context.ResetPreviousNewLine();
            _contexts.Value = context;
            return html;
        }
        catch (ScriptRuntimeException ex) when (TemplateLimits.TimeLimitMessage(ex) is { } message)
        {
            diagnostics.Add(Diagnostic.Error(ScribanErrors.Location(ex.Span, template.SourceFilePath ?? ""), DiagnosticCodes.TemplateTimeLimit,
                $"{message} (while rendering {page.DisplayPath})."));
            return null;
        }
        catch (ScriptRuntimeException ex)
        {
            diagnostics.Add(ScribanErrors.FromRuntime(ex, template.SourceFilePath ?? "", 0, DiagnosticCodes.TemplateRender,
                $"template error while rendering {page.DisplayPath}"));
            return null;
        }
    }
}
