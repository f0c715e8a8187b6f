using System.Collections.Concurrent;
using Scriban;
using StaticSite.Content.Regions;
using StaticSite.Content.Sources;
using StaticSite.Pipeline.Diagnostics;

namespace StaticSite.Rendering.Themes;

/// <summary>
/// Parses each theme template once per build and hands out the parsed <see cref="Template"/>
/// (safe to render from many threads, each with its own context). Syntax errors are reported
/// once, at the template's file, line and column.
/// </summary>
public sealed class TemplateCache
{
    private readonly ConcurrentDictionary<string, Lazy<Template?>> _templates = new(StringComparer.Ordinal);
    private readonly DiagnosticBag _diagnostics;
    private readonly SafeFileReader _files;

    /// <summary>Creates a cache that reads templates through <paramref name="files"/> (the theme's) and reports to <paramref name="diagnostics"/>.</summary>
    public TemplateCache(DiagnosticBag diagnostics, SafeFileReader files) => (_diagnostics, _files) = (diagnostics, files);

    /// <summary>The parsed template at absolute <paramref name="path"/>, or null when it does not parse.</summary>
    public Template? Get(string path) => _templates.GetOrAdd(path, p => new Lazy<Template?>(() => Parse(p))).Value;

    /// <summary>Display path (relative to the current directory) of a template's absolute path.</summary>
    public static string DisplayPath(string path) => ContentTree.DisplayPath(path);

    private Template? Parse(string path)
    {
        var display = DisplayPath(path);
        var (source, problem) = SourceText.Read(_files, path, display);
        if (problem is not null) { _diagnostics.Add(problem); return null; }
        var template = Template.Parse(source!.Text, display);
        if (!template.HasErrors) return template;
        foreach (var m in template.Messages)
            _diagnostics.Add(Diagnostic.Error(ScribanErrors.Location(m.Span, display), DiagnosticCodes.TemplateSyntax,
                $"template syntax error: {m.Message.TrimEnd('.')}. Check that every '{{{{' has its '}}}}' and every 'if', 'for' and 'with' has its 'end'."));
        return null;
    }
}
