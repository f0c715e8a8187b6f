namespace StaticSite.Pipeline.Diagnostics;

/// <summary>
/// Every diagnostic code the product reports, one per kind of problem. Codes are stable: tools and
/// editors match on them, so a code is never reused for another meaning.
/// </summary>
public static class DiagnosticCodes
{
    // SS1xxx: a source file's front matter or settings
    /// <summary>The YAML (front matter or region.yml) is not well-formed.</summary>
    public const string MalformedYaml = "SS1001";
    /// <summary>A key that the content model does not know (with a did-you-mean).</summary>
    public const string UnknownKey = "SS1002";
    /// <summary>A value of the wrong kind (a list where text is expected, ...).</summary>
    public const string WrongType = "SS1003";
    /// <summary>A required field is missing.</summary>
    public const string MissingField = "SS1004";
    /// <summary>A date is not a real YYYY-MM-DD date.</summary>
    public const string InvalidDate = "SS1005";
    /// <summary>The front matter block is not closed by a <c>---</c> line, or absent.</summary>
    public const string FrontMatterNotClosed = "SS1006";
    /// <summary>A value outside the allowed set (audience, type, colour, URL form, ...).</summary>
    public const string InvalidValue = "SS1007";
    /// <summary>A region folder lacks its region.yml, or a region id is not valid.</summary>
    public const string InvalidRegion = "SS1008";

    // SS12xx: the file itself
    /// <summary>The file is not valid UTF-8 text.</summary>
    public const string InvalidUtf8 = "SS1201";
    /// <summary>The file is binary or far too large to be a page.</summary>
    public const string NotAPage = "SS1202";

    // SS2xxx: links, URLs and page content
    /// <summary>Two pages (or a page and an alias) would be written to the same URL.</summary>
    public const string DuplicateUrl = "SS2001";
    /// <summary>An internal link points at no page of the region's site.</summary>
    public const string BrokenLink = "SS2002";
    /// <summary>An image points at no file.</summary>
    public const string MissingImage = "SS2003";
    /// <summary>Raw HTML that could run code or break the page was removed.</summary>
    public const string UnsafeHtml = "SS2004";
    /// <summary>A <c>javascript:</c> (or other script) URL was removed.</summary>
    public const string UnsafeUrl = "SS2005";
    /// <summary>A slug, alias or path that would leave the output folder.</summary>
    public const string PathOutsideOutput = "SS2006";
    /// <summary>A route step names an organisation that does not exist.</summary>
    public const string UnknownOrganisation = "SS2007";
    /// <summary>A link points at a draft page, which is not published.</summary>
    public const string LinkToDraft = "SS2008";
    /// <summary>A link's <c>#anchor</c> names no heading on the target page.</summary>
    public const string BrokenAnchor = "SS2009";
    /// <summary>Region facts in Markdown (<c>{{ region.name }}</c>) could not be filled in.</summary>
    public const string RegionFactError = "SS2010";
    /// <summary>An excluded shared page does not exist.</summary>
    public const string UnknownExclude = "SS2011";

    // SS3xxx: themes and templates
    /// <summary>A template does not parse.</summary>
    public const string TemplateSyntax = "SS3001";
    /// <summary>A template failed while rendering (unknown variable, limit reached, ...).</summary>
    public const string TemplateRender = "SS3002";
    /// <summary>No layout exists for a page kind.</summary>
    public const string LayoutMissing = "SS3003";
    /// <summary>The theme, its theme.yml or a parent theme is missing or invalid.</summary>
    public const string ThemeInvalid = "SS3004";
    /// <summary>A branding colour pair has too little contrast (WCAG 2.1 AA needs 4.5:1).</summary>
    public const string LowContrast = "SS3005";

    // SS4xxx: content health (staticsite check)
    /// <summary>The page is past its review_by date.</summary>
    public const string StalePage = "SS4001";
    /// <summary>An image has no alternative text.</summary>
    public const string MissingAltText = "SS4002";
    /// <summary>Headings skip a level or the body starts with a level-1 heading.</summary>
    public const string HeadingOrder = "SS4003";
    /// <summary>An organisation gives no phone, email, website or address.</summary>
    public const string NoContactDetails = "SS4004";
    /// <summary>The text is harder to read than the region's readability threshold.</summary>
    public const string HardToRead = "SS4005";

    // SS60xx: deploying (images, minification, host files)
    /// <summary>An image a page shows cannot be read as an image, so it gets no size or resized copies.</summary>
    public const string ImageUnreadable = "SS6001";
    /// <summary>An image is larger than the page-weight budget even at its largest served copy.</summary>
    public const string ImageOverBudget = "SS6002";
    /// <summary>A theme file (HTML, CSS or JavaScript) could not be minified and is published as it is.</summary>
    public const string MinificationFailed = "SS6003";
    /// <summary>The site needs more header rules or redirects than Cloudflare Pages reads.</summary>
    public const string HostLimitExceeded = "SS6004";

    // SS9xxx: the tool itself
    /// <summary>An unexpected failure inside the tool; the message names the file being processed.</summary>
    public const string InternalError = "SS9001";
    /// <summary>The output folder could not be written.</summary>
    public const string OutputFailed = "SS9002";
}
