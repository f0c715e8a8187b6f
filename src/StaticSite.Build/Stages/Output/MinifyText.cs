using System.Collections.Immutable;
using System.Text;
using StaticSite.Build.Stages.Generate;
using StaticSite.Content.Model;
using StaticSite.Output.Minification;
using StaticSite.Pipeline.Diagnostics;
using StaticSite.Pipeline.Engine;

namespace StaticSite.Build.Stages.Output;

/// <summary>
/// Minifies what the theme made: every rendered page and redirect page, and the theme's CSS and
/// JavaScript (<see cref="TextMinifier"/>). Content files (an editor's PDF or HTML), JSON (the lunr index
/// must stay byte-identical to lunr.js's, the API is data) and files shipped minified are left as they
/// are. A file the minifier cannot read is published unminified with a warning (SS6003). Only for
/// builds that write a site: <c>check</c> and the preview skip it.
/// </summary>
public sealed class MinifyText : DocumentStage<Document>
{
    private readonly TextMinifier _minifier = new();

    /// <inheritdoc />
    protected override Document? Process(Document document, ExecutionContext<Document> context)
    {
        if (!context.Service<RegionBuild>().Options.WriteOutput || context.Diagnostics.HasErrors || document.Output.IsEmpty || !IsThemeText(document)) return document;
        var result = _minifier.Minify(document.OutputPath, Encoding.UTF8.GetString(document.Output.Span));
        if (result.Problem is not null)
        {
            context.Diagnostics.Add(Diagnostic.Warning(SourceLocation.File(document.DisplayPath), DiagnosticCodes.MinificationFailed,
                $"{document.OutputPath} could not be minified ({result.Problem}); it is published as it is. Check the theme file for a syntax error."));
            return document;
        }
        return document with { Output = Encoding.UTF8.GetBytes(result.Text) };
    }

    private static bool IsThemeText(Document d) =>
        TextMinifier.Handles(d.OutputPath) && (d.IsPage || d.Kind == PageKind.Redirect
            || (d.Layer == ContentLayer.Generated && d.OutputPath.StartsWith(CopyThemeAssets.Folder + "/", StringComparison.Ordinal)
                && !d.DisplayPath.EndsWith(".min.js", StringComparison.Ordinal) && !d.DisplayPath.EndsWith(".min.css", StringComparison.Ordinal)));
}
