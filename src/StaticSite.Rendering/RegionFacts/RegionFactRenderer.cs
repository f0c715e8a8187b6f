using System.Collections;
using System.Text.RegularExpressions;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using StaticSite.Content.Model;
using StaticSite.Pipeline.Diagnostics;
using StaticSite.Rendering.Templates;
using StaticSite.Rendering.Themes;

namespace StaticSite.Rendering.RegionFacts;

/// <summary>
/// Fills in region facts in a Markdown body, so one national text serves every region:
/// <c>{{ region.name }}</c>, <c>{{ region.contact.phone }}</c>,
/// <c>{{ region.municipalities | array.join ", " }}</c>. A sandbox: the body sees only
/// <c>region</c> and the <see cref="DeterministicBuiltins"/>, with strict variables, no includes and
/// the <see cref="TemplateLimits"/>. A fact the region does not give (no <c>contact.phone</c> in its
/// region.yml) is an error where the page prints it, since "Bel ons op ." misleads a parent; it
/// counts as false in <c>{{ if region.contact.phone }}</c>, so a text can leave it out on purpose.
/// Bodies without <c>{{</c> are returned untouched without parsing.
/// </summary>
public sealed class RegionFactRenderer
{
    /// <summary>Largest number of iterations of one loop.</summary>
    public const int LoopLimit = 1000;

    private readonly RegionSettings _region;
    private readonly ScriptObject _facts;

    /// <summary>Prepares the facts of <paramref name="region"/>.</summary>
    public RegionFactRenderer(RegionSettings region)
    {
        _region = region;
        _facts = new ScriptObject
        {
            ["id"] = region.Id,
            ["name"] = region.Name,
            ["base_url"] = region.BaseUrl.ToString(),
            ["municipalities"] = region.Municipalities.IsEmpty ? new MissingFact("municipalities") : new ScriptArray(region.Municipalities),
            ["contact"] = new ScriptObject
            {
                ["phone"] = Fact("contact.phone", region.Contact.Phone),
                ["email"] = Fact("contact.email", region.Contact.Email),
                ["address"] = Fact("contact.address", region.Contact.Address),
                ["hours"] = Fact("contact.hours", region.Contact.Hours),
            },
        };
        MakeReadOnly(_facts);
    }

    private static object Fact(string name, string value) => string.IsNullOrWhiteSpace(value) ? new MissingFact(name) : value;

    private static void MakeReadOnly(ScriptObject o)
    {
        o.IsReadOnly = true;
        foreach (var child in o.Values.OfType<ScriptObject>()) MakeReadOnly(child);
    }

    /// <summary>Renders the facts into <paramref name="body"/>; on error reports it at the file's line and returns the body unchanged.</summary>
    public string Render(string body, string displayPath, int bodyLine, List<Diagnostic> diagnostics)
    {
        if (!body.Contains("{{", StringComparison.Ordinal)) return body;
        if (HugeNumber(body) is { } huge)
        {
            diagnostics.Add(Diagnostic.Error(new SourceLocation(displayPath, bodyLine + huge.Line, huge.Column), DiagnosticCodes.RegionFactError,
                $"region fact could not be read: the number '{(huge.Text.Length > 40 ? huge.Text[..40] + "..." : huge.Text)}' is far too large. Write numbers in region facts as ordinary numbers; to show such text itself, put it outside {{{{ }}}} or in quotes."));
            return body;
        }
        var template = Template.Parse(body, displayPath);
        if (template.HasErrors)
        {
            foreach (var m in template.Messages)
                diagnostics.Add(Diagnostic.Error(ScribanErrors.Location(m.Span, displayPath, bodyLine - 1), DiagnosticCodes.RegionFactError,
                    $"region fact could not be read: {m.Message.TrimEnd('.')}. Write region facts like {{{{ region.name }}}} or {{{{ region.contact.phone }}}}; to show '{{{{' itself, write {{{{ \"{{{{\" }}}}."));
            return body;
        }
        using var budget = TemplateLimits.StartBudget();
        var context = new FactContext(_region)
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            MemberRenamer = member => member.Name,
            LoopLimit = LoopLimit,
            RecursiveLimit = 20,
            TemplateLoader = null,
        };
        TemplateLimits.Apply(context, budget.Token);
        context.PushGlobal(new ScriptObject { ["region"] = _facts });
        try
        {
            return template.Render(context);
        }
        catch (MissingFactException ex)
        {
            diagnostics.Add(Diagnostic.Error(ScribanErrors.Location(ex.Span, displayPath, bodyLine - 1), DiagnosticCodes.MissingRegionFact, ex.Message));
            return body;
        }
        catch (ScriptRuntimeException ex) when (TemplateLimits.TimeLimitMessage(ex) is { } message)
        {
            diagnostics.Add(Diagnostic.Error(ScribanErrors.Location(ex.Span, displayPath, bodyLine - 1), DiagnosticCodes.TemplateTimeLimit, message + "."));
            return body;
        }
        catch (ScriptRuntimeException ex)
        {
            diagnostics.Add(ScribanErrors.FromRuntime(ex, displayPath, bodyLine - 1, DiagnosticCodes.RegionFactError,
                "region fact could not be filled in (known: region.name, region.contact.phone, region.contact.email, region.contact.address, region.contact.hours, region.municipalities)"));
            return body;
        }
    }

    // Scriban turns a number literal into an exact big number while parsing, before any limit or
    // budget applies: "{{ 5e555555 }}" took 12 s, and longer exponents for ever (found by the fuzzer).
    // Region facts need no numbers of more than a few digits, so long ones are refused up front.
    private static readonly Regex HugeNumberLiteral = new(@"(?<![\w.])\d[\d_]*(?:\.\d*)?(?:[eE][+-]?\d{4,}|[\d_]{300,})",
        RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static (int Line, int Column, string Text)? HugeNumber(string body)
    {
        for (var open = body.IndexOf("{{", StringComparison.Ordinal); open >= 0; open = body.IndexOf("{{", open + 2, StringComparison.Ordinal))
        {
            var close = body.IndexOf("}}", open + 2, StringComparison.Ordinal);
            var end = close < 0 ? body.Length : close;
            var match = HugeNumberLiteral.Match(body, open + 2, end - open - 2);
            if (match.Success)
            {
                var lineStart = body.LastIndexOf('\n', Math.Max(match.Index - 1, 0)) + 1;
                return (body.AsSpan(0, match.Index).Count('\n'), match.Index - lineStart + 1, match.Value);
            }
            if (close < 0) break;
            open = close;
        }
        return null;
    }

    /// <summary>A fact the region's region.yml does not give.</summary>
    private sealed class MissingFact(string name)
    {
        public string Name { get; } = name;

        public override string ToString() => "";
    }

    private sealed class MissingFactException(SourceSpan span, string message) : ScriptRuntimeException(span, message)
    {
        public override string Message => OriginalMessage;
    }

    /// <summary>Turns every use of a <see cref="MissingFact"/> as text or list into an error; as a condition it is false.</summary>
    private sealed class FactContext(RegionSettings region) : TemplateContext(DeterministicBuiltins.Instance)
    {
        private MissingFactException Missing(SourceSpan span, MissingFact fact)
        {
            var (group, key) = fact.Name.Contains('.') ? (fact.Name[..fact.Name.IndexOf('.')], fact.Name[(fact.Name.IndexOf('.') + 1)..]) : ("", fact.Name);
            var where = group.Length > 0 ? $"'{key}:' under '{group}:'" : $"'{key}:'";
            return new MissingFactException(span,
                $"this page shows region.{fact.Name}, but region '{region.Id}' has none, so the sentence would be incomplete on its site. Add {where} to {region.SettingsPath}, or show it only where it exists: {{{{ if region.{fact.Name} }}}} ... {{{{ end }}}}.");
        }

        // Scriban writes a value with the span of the whole block; the span of the expression that
        // gave the missing fact is where the editor looks.
        private SourceSpan? _factAt;

        public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
        {
            var value = base.Evaluate(scriptNode, aliasReturnedFunction);
            if (value is MissingFact && scriptNode is not null) _factAt = scriptNode.Span;
            return value;
        }

        public override TemplateContext Write(SourceSpan span, object? textAsObject) =>
            textAsObject is MissingFact fact ? throw Missing(_factAt ?? span, fact) : base.Write(span, textAsObject);

        public override string? ObjectToString(object? value, bool nested = false) =>
            value is MissingFact fact ? throw Missing(_factAt ?? CurrentNode?.Span ?? default, fact) : base.ObjectToString(value, nested);

        public override object? ToObject(SourceSpan span, object? value, Type destinationType) =>
            value is MissingFact fact && destinationType != typeof(object) && destinationType != typeof(bool) ? throw Missing(span, fact) : base.ToObject(span, value, destinationType);

        public override IList? ToList(SourceSpan span, object? value) =>
            value is MissingFact fact ? throw Missing(span, fact) : base.ToList(span, value);

        public override bool ToBool(SourceSpan span, object? value) => value is not MissingFact && base.ToBool(span, value);

        public override object? IsEmpty(SourceSpan span, object? against) => against is MissingFact ? true : base.IsEmpty(span, against);
    }
}
