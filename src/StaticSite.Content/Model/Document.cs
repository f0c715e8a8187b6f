using System.Collections.Immutable;
using StaticSite.Content.Readability;
using StaticSite.Content.Sources;
using StaticSite.Pipeline.Diagnostics;
using StaticSite.Pipeline.Engine;

namespace StaticSite.Content.Model;

/// <summary>Where a document comes from.</summary>
public enum ContentLayer
{
    /// <summary>content/_shared: national content.</summary>
    Shared,
    /// <summary>content/&lt;region&gt;: the region's own content.</summary>
    Region,
    /// <summary>Made by the build (section overviews, search page, sitemap, assets, ...).</summary>
    Generated,
}

/// <summary>What a document becomes in the output; for pages, the layout kind (see docs/themes.md).</summary>
public enum PageKind
{
    /// <summary>The region's home page.</summary>
    Home,
    /// <summary>An ordinary page.</summary>
    Page,
    /// <summary>An organisation of the social map.</summary>
    Organisation,
    /// <summary>A FAQ item.</summary>
    Faq,
    /// <summary>A glossary term.</summary>
    Term,
    /// <summary>An escalation route.</summary>
    Route,
    /// <summary>A news item.</summary>
    News,
    /// <summary>A section overview listing the pages of a folder.</summary>
    List,
    /// <summary>The search page.</summary>
    Search,
    /// <summary>The 404 page.</summary>
    NotFound,
    /// <summary>A redirect page for an alias.</summary>
    Redirect,
    /// <summary>Any other output file: asset, feed, sitemap, JSON.</summary>
    File,
}

/// <summary>A heading of a rendered body.</summary>
/// <param name="Level">1 to 6.</param>
/// <param name="Id">The anchor id.</param>
/// <param name="Text">The heading without markup.</param>
/// <param name="At">Where the heading starts in the file (its line in the Markdown syntax tree, front matter included).</param>
public sealed record Heading(int Level, string Id, string Text, SourceLocation At);

/// <summary>A link or image in a body, for checking.</summary>
/// <param name="Url">As written.</param>
/// <param name="At">Where it was written.</param>
/// <param name="IsImage">True for images.</param>
/// <param name="HasAltText">For images: whether alternative text was given.</param>
public sealed record LinkReference(string Url, SourceLocation At, bool IsImage, bool HasAltText = true);

/// <summary>One language version of a page (<see cref="Document.Alternates"/>).</summary>
/// <param name="Language">The language's code (<c>nl</c>, <c>en</c>).</param>
/// <param name="Url">Site URL of that version without the base path (<c>/en/ouders/tlv/</c>).</param>
public sealed record PageAlternate(string Language, string Url);

/// <summary>
/// The one document type of the build pipelines. Immutable: a stage returns a changed copy
/// (<c>document with { Html = ... }</c>). Members are filled in by the stages named below, in
/// pipeline order; before that stage they hold their defaults.
/// </summary>
public sealed record Document : IDocument
{
    /// <inheritdoc />
    public required string DisplayPath { get; init; }
    /// <summary>Shared, region or generated. (ReadContentFiles)</summary>
    public ContentLayer Layer { get; init; }
    /// <summary>Path relative to the layer's folder, forward slashes (<c>ouders/tlv.md</c>). (ReadContentFiles)</summary>
    public string RelativePath { get; init; } = "";
    /// <summary>The language's code: <c>nl</c> for Dutch pages, <c>en</c> for <c>x.en.md</c>. (ReadContentFiles; AddGeneratedPages for generated pages)</summary>
    public string Language { get; init; } = Languages.KnownLanguages.DutchCode;
    /// <summary>
    /// For a page: the path of its Dutch page relative to its layer's folder (<c>ouders/tlv.md</c> for
    /// <c>ouders/tlv.en.md</c>; a Dutch page's own <see cref="RelativePath"/>), which pairs translations. (ReadContentFiles)
    /// </summary>
    public string DutchPath { get; init; } = "";
    /// <summary>True for a translation of a Dutch page (<c>x.en.md</c>).</summary>
    public bool IsTranslation => Language != Languages.KnownLanguages.DutchCode && Layer != ContentLayer.Generated;
    /// <summary>The decoded file (ReadContentFiles); from ParseFrontMatter on only its front matter, the lines before <see cref="Body"/>.</summary>
    public SourceText? Source { get; init; }
    /// <summary>Checked front matter. (ParseFrontMatter; PairTranslations fills in what a translation takes from its Dutch page)</summary>
    public PageMeta Meta { get; init; } = new();
    /// <summary>The Markdown body. (ParseFrontMatter; RenderRegionFacts fills in region facts)</summary>
    public string Body { get; init; } = "";
    /// <summary>1-based line of the file where <see cref="Body"/> starts. (ParseFrontMatter)</summary>
    public int BodyLine { get; init; } = 1;
    /// <summary>
    /// Site URL without the base path, starting and ending with '/' (<c>/ouders/tlv/</c>; a translation's is its
    /// Dutch page's under <c>/&lt;lang&gt;</c>: <c>/en/ouders/tlv/</c>). (AssignUrls; PairTranslations for translations)
    /// </summary>
    public string Url { get; init; } = "";
    /// <summary>Layout kind. (AssignUrls; PairTranslations for a translation of a page whose type says otherwise)</summary>
    public PageKind Kind { get; init; } = PageKind.File;
    /// <summary>For list pages: the type of the pages listed. (AssignUrls)</summary>
    public ContentType ListVariant { get; init; } = ContentType.Page;
    /// <summary>
    /// Every published language version of the page, this one included: Dutch first, then in the order of
    /// region.yml's languages. Empty when the page is published in one language only. (PairTranslations;
    /// AddGeneratedPages for generated pages)
    /// </summary>
    public ImmutableArray<PageAlternate> Alternates { get; init; } = [];
    /// <summary>Rendered, sanitized HTML body with links rewritten for the base path. (RenderMarkdown)</summary>
    public string Html { get; init; } = "";
    /// <summary>Headings of the body. (RenderMarkdown)</summary>
    public ImmutableArray<Heading> Headings { get; init; } = [];
    /// <summary>Links and images of the body. (RenderMarkdown)</summary>
    public ImmutableArray<LinkReference> Links { get; init; } = [];
    /// <summary>The paragraphs a reader reads, with their lines, for the readability lint. (RenderMarkdown, only when <c>BuildOptions.Lint</c> is set)</summary>
    public ImmutableArray<ProseBlock> Prose { get; init; } = [];
    /// <summary>The body as plain text, for search and summaries. (RenderMarkdown)</summary>
    public string PlainText { get; init; } = "";
    /// <summary>Description, or the first sentences of the body. (RenderMarkdown)</summary>
    public string Summary { get; init; } = "";
    /// <summary>Output file path relative to the region's folder (<c>ouders/tlv/index.html</c>). (ApplyLayouts and generators)</summary>
    public string OutputPath { get; init; } = "";
    /// <summary>Bytes to write at <see cref="OutputPath"/>. (ApplyLayouts and generators; PublishFiles empties it once written)</summary>
    public ReadOnlyMemory<byte> Output { get; init; }
    /// <summary>
    /// True once the file was written into the region's new site; its <see cref="Output"/> is then
    /// released, so a region's pages are not all held until the end of its build. (PublishFiles)
    /// </summary>
    public bool Published { get; init; }
    /// <summary>True for a document that becomes a file of the site: written, or with its bytes ready to write.</summary>
    public bool HasFile => OutputPath.Length > 0 && (Kind == PageKind.File || !Output.IsEmpty || Published);

    /// <summary>True for documents that are pages with a URL (not assets or feeds).</summary>
    public bool IsPage => Kind is not (PageKind.File or PageKind.Redirect);

    /// <summary>A location in the source file (lines of the body counted from the top of the file).</summary>
    public SourceLocation At(int line, int column) => new(DisplayPath, line, column);
}
