using System.Collections.Immutable;
using StaticSite.Content.Model;
using StaticSite.Content.Readability;

namespace StaticSite.Rendering.Markdown;

/// <summary>What rendering a Markdown body produced.</summary>
/// <param name="Html">Sanitized HTML with internal links rewritten for the base path.</param>
/// <param name="Headings">Headings with their ids.</param>
/// <param name="Links">Links and images of the Markdown and of its raw HTML that point into the site (and external images), as site paths with their positions, for the link checks.</param>
/// <param name="PlainText">The text without markup (raw HTML blocks' text included), for search and summaries.</param>
/// <param name="Prose">The paragraphs a reader reads, with their lines, when asked for; else empty.</param>
public sealed record RenderedBody(string Html, ImmutableArray<Heading> Headings, ImmutableArray<LinkReference> Links, string PlainText,
    ImmutableArray<ProseBlock> Prose);
