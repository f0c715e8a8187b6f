using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using StaticSite.Content.Model;
using StaticSite.Pipeline.Diagnostics;
using StaticSite.Rendering.Themes;

namespace StaticSite.Rendering.RegionFacts;

/// <summary>
/// Fills in region facts in a Markdown body, so one national text serves every region:
/// <c>{{ region.name }}</c>, <c>{{ region.contact.phone }}</c>,
/// <c>{{ region.municipalities | array.join ", " }}</c>. A sandbox: the body sees only
/// <c>region</c> and Scriban's built-in functions, with strict variables, no includes and tight
/// limits. Bodies without <c>{{</c> are returned untouched without parsing.
/// </summary>
public sealed class RegionFactRenderer
{
    private readonly ScriptObject _region;

    /// <summary>Prepares the facts of <paramref name="region"/>.</summary>
    public RegionFactRenderer(RegionSettings region)
    {
        _region = new ScriptObject
        {
            ["id"] = region.Id,
            ["name"] = region.Name,
            ["base_url"] = region.BaseUrl.ToString(),
            ["municipalities"] = new ScriptArray(region.Municipalities),
            ["contact"] = new ScriptObject
            {
                ["phone"] = region.Contact.Phone,
                ["email"] = region.Contact.Email,
                ["address"] = region.Contact.Address,
                ["hours"] = region.Contact.Hours,
            },
        };
    }

    /// <summary>Renders the facts into <paramref name="body"/>; on error reports it at the file's line and returns the body unchanged.</summary>
    public string Render(string body, string displayPath, int bodyLine, List<Diagnostic> diagnostics)
    {
        if (!body.Contains("{{", StringComparison.Ordinal)) return body;
        var template = Template.Parse(body, displayPath);
        if (template.HasErrors)
        {
            foreach (var m in template.Messages)
                diagnostics.Add(Diagnostic.Error(ScribanErrors.Location(m.Span, displayPath, bodyLine - 1), DiagnosticCodes.RegionFactError,
                    $"region fact could not be read: {m.Message.TrimEnd('.')}. Write region facts like {{{{ region.name }}}} or {{{{ region.contact.phone }}}}; to show '{{{{' itself, write {{{{ \"{{{{\" }}}}."));
            return body;
        }
        var context = new TemplateContext
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            MemberRenamer = member => member.Name,
            LoopLimit = 1000,
            RecursiveLimit = 20,
            TemplateLoader = null,
        };
        context.PushGlobal(new ScriptObject { ["region"] = _region });
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException ex)
        {
            diagnostics.Add(ScribanErrors.FromRuntime(ex, displayPath, bodyLine - 1, DiagnosticCodes.RegionFactError,
                "region fact could not be filled in (known: region.name, region.contact.phone, region.contact.email, region.contact.address, region.contact.hours, region.municipalities)"));
            return body;
        }
    }
}
