using System.Collections.Immutable;
using StaticSite.Content.Yaml;
using StaticSite.Pipeline.Diagnostics;

namespace StaticSite.Content.Model;

/// <summary>
/// The checked front matter of a page. Each member corresponds to a key of
/// <see cref="ContentSchema.PageFields"/>; members that a type does not use stay empty.
/// </summary>
public sealed record PageMeta
{
    /// <summary>Content type.</summary>
    public ContentType Type { get; init; }
    /// <summary>Title (name, term or question).</summary>
    public string Title { get; init; } = "";
    /// <summary>One-sentence description, or empty.</summary>
    public string Description { get; init; } = "";
    /// <summary>ouders and/or jongeren.</summary>
    public ImmutableArray<string> Audience { get; init; } = [];
    /// <summary>Topics.</summary>
    public ImmutableArray<string> Topics { get; init; } = [];
    /// <summary>Publication date.</summary>
    public DateOnly? Date { get; init; }
    /// <summary>Last real change.</summary>
    public DateOnly? Updated { get; init; }
    /// <summary>Where updated was written.</summary>
    public SourceLocation UpdatedAt { get; init; }
    /// <summary>Date after which the page is stale.</summary>
    public DateOnly? ReviewBy { get; init; }
    /// <summary>Where review_by was written.</summary>
    public SourceLocation ReviewByAt { get; init; }
    /// <summary>True: not published (unless building with drafts).</summary>
    public bool Draft { get; init; }
    /// <summary>Old root-relative URLs that redirect here.</summary>
    public ImmutableArray<string> Aliases { get; init; } = [];
    /// <summary>Where each alias was written.</summary>
    public ImmutableArray<SourceLocation> AliasLocations { get; init; } = [];
    /// <summary>Ordering in lists (lower first); 0 when not set.</summary>
    public int Weight { get; init; }
    /// <summary>Slug instead of the file name, or null.</summary>
    public string? Slug { get; init; }
    /// <summary>Where the slug was written.</summary>
    public SourceLocation SlugAt { get; init; }
    /// <summary>Organisation: phone.</summary>
    public string Phone { get; init; } = "";
    /// <summary>Organisation: email.</summary>
    public string Email { get; init; } = "";
    /// <summary>Organisation: website.</summary>
    public string Website { get; init; } = "";
    /// <summary>Organisation: address.</summary>
    public string Address { get; init; } = "";
    /// <summary>Organisation: municipalities served.</summary>
    public ImmutableArray<string> Municipalities { get; init; } = [];
    /// <summary>Term: abbreviation.</summary>
    public string Abbreviation { get; init; } = "";
    /// <summary>Term: synonyms.</summary>
    public ImmutableArray<string> Synonyms { get; init; } = [];
    /// <summary>Route: steps in order.</summary>
    public ImmutableArray<RouteStep> Steps { get; init; } = [];

    /// <summary>The keys the front matter gave, so that a translation can take the others from its Dutch page (<see cref="WithFactsOf"/>).</summary>
    public ImmutableArray<string> WrittenKeys { get; init; } = [];

    /// <summary>
    /// This translation's front matter with the facts it leaves out taken from its Dutch page's
    /// <paramref name="dutch"/>: each key <see cref="FieldDefinition.FromDutchPage"/> marks (type, audience,
    /// date, weight, slug, contact details, municipalities). A route step without an organisation takes the
    /// organisation of the Dutch step at the same place, when both routes have as many steps.
    /// </summary>
    public PageMeta WithFactsOf(PageMeta dutch)
    {
        var meta = this;
        foreach (var field in ContentSchema.PageFields.Where(f => f.FromDutchPage && !WrittenKeys.Contains(f.Key)))
            meta = field.Key switch
            {
                Keys.Type => meta with { Type = dutch.Type },
                Keys.Audience => meta with { Audience = dutch.Audience },
                Keys.Date => meta with { Date = dutch.Date },
                Keys.Weight => meta with { Weight = dutch.Weight },
                Keys.Slug => meta with { Slug = dutch.Slug, SlugAt = dutch.SlugAt },
                Keys.Phone => meta with { Phone = dutch.Phone },
                Keys.Email => meta with { Email = dutch.Email },
                Keys.Website => meta with { Website = dutch.Website },
                Keys.Address => meta with { Address = dutch.Address },
                Keys.Municipalities => meta with { Municipalities = dutch.Municipalities },
                _ => throw new InvalidOperationException($"ContentSchema marks '{field.Key}' as taken from the Dutch page, but PageMeta.WithFactsOf does not take it."),
            };
        if (meta.Steps.Length == dutch.Steps.Length && meta.Steps.Any(s => s.Organisation is null))
            meta = meta with
            {
                Steps = [.. meta.Steps.Zip(dutch.Steps, (own, nl) => own.Organisation is null && nl.Organisation is not null
                    ? own with { Organisation = nl.Organisation, OrganisationAt = nl.OrganisationAt } : own)],
            };
        return meta;
    }

    /// <summary>Builds the record from checked values.</summary>
    public static PageMeta From(FieldValues v, ContentType type) => new()
    {
        Type = type,
        Title = v.Text(Keys.Title) ?? "",
        Description = v.Text(Keys.Description) ?? "",
        Audience = [.. v.List(Keys.Audience)],
        Topics = [.. v.List(Keys.Topics)],
        Date = v.Date(Keys.Date),
        Updated = v.Date(Keys.Updated),
        UpdatedAt = v.LocationOf(Keys.Updated),
        ReviewBy = v.Date(Keys.ReviewBy),
        ReviewByAt = v.LocationOf(Keys.ReviewBy),
        Draft = v.Boolean(Keys.Draft) ?? false,
        Aliases = [.. v.List(Keys.Aliases)],
        AliasLocations = [.. v.ListLocations(Keys.Aliases)],
        Weight = v.Integer(Keys.Weight) ?? 0,
        Slug = v.Text(Keys.Slug),
        SlugAt = v.LocationOf(Keys.Slug),
        Phone = v.Text(Keys.Phone) ?? "",
        Email = v.Text(Keys.Email) ?? "",
        Website = v.Text(Keys.Website) ?? "",
        Address = v.Text(Keys.Address) ?? "",
        Municipalities = [.. v.List(Keys.Municipalities)],
        Abbreviation = v.Text(Keys.Abbreviation) ?? "",
        Synonyms = [.. v.List(Keys.Synonyms)],
        Steps = [.. v.Steps(Keys.Steps)],
        WrittenKeys = [.. v.Keys.Order(StringComparer.Ordinal)],
    };
}
