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
    /// <summary>The YAML nests too deep or holds (or through aliases repeats) too many values to be read safely.</summary>
    public const string YamlLimit = "SS1009";

    // SS102x: the web editor's settings (cms: in region.yml)
    /// <summary>cms repo is not written as owner/name.</summary>
    public const string CmsRepository = "SS1020";
    /// <summary>The cms backend needs a setting that is missing (GitHub: base_url; GitLab: app_id; Gitea: app_id and base_url).</summary>
    public const string CmsSettingMissing = "SS1021";
    /// <summary>A cms address (base_url, api_root) is not an absolute https:// address.</summary>
    public const string CmsAddress = "SS1022";
    /// <summary>A cms setting that the chosen backend does not use (a warning).</summary>
    public const string CmsSettingUnused = "SS1023";

    // SS103x: languages (languages: in region.yml)
    /// <summary>A code in <c>languages:</c> is not a language code staticsite knows (with the code probably meant).</summary>
    public const string UnknownLanguage = "SS1030";
    /// <summary><c>languages:</c> lists Dutch (always the default) or a language twice (a warning).</summary>
    public const string LanguageListedTwice = "SS1031";

    // SS12xx: the file itself
    /// <summary>The file is not valid UTF-8 text.</summary>
    public const string InvalidUtf8 = "SS1201";
    /// <summary>The file is binary or far too large to be a page.</summary>
    public const string NotAPage = "SS1202";
    /// <summary>A link (symlink) whose target is outside content/ (or themes/): never read.</summary>
    public const string LinkOutsideSources = "SS1203";
    /// <summary>A named pipe, socket, device or other entry that is not an ordinary file.</summary>
    public const string NotAFile = "SS1204";
    /// <summary>A link that points at nothing, or leads round in a circle.</summary>
    public const string BrokenFileLink = "SS1205";
    /// <summary>A file that cannot be read (permissions, or it changed during the build).</summary>
    public const string FileUnreadable = "SS1206";
    /// <summary>Two names in one folder that differ only in how accents are stored (NFC and NFD, as macOS saves them).</summary>
    public const string UnicodeTwins = "SS1207";
    /// <summary>Two names in one folder that differ only in upper and lower case.</summary>
    public const string CaseTwins = "SS1208";
    /// <summary>A file name that is not valid UTF-8 (Latin-1 or Windows-1252 names).</summary>
    public const string FileNameNotUtf8 = "SS1209";
    /// <summary>A file or folder name, or a whole path, too long to publish.</summary>
    public const string FileNameTooLong = "SS1210";
    /// <summary>A file name with control characters, characters Windows or web addresses cannot have, or a reserved name.</summary>
    public const string FileNameNotPortable = "SS1211";

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
    /// <summary>A website (or other address) in front matter or region.yml is not a usable http(s) URL.</summary>
    public const string InvalidUrl = "SS2012";
    /// <summary>An email address in front matter or region.yml is not a valid address.</summary>
    public const string InvalidEmail = "SS2013";
    /// <summary>A phone number in front matter or region.yml is not a valid (Dutch) number.</summary>
    public const string InvalidPhone = "SS2014";
    /// <summary>A page has more headings than a page can have.</summary>
    public const string TooManyHeadings = "SS2015";
    /// <summary>Markdown or raw HTML is nested deeper than a page can have.</summary>
    public const string NestedTooDeeply = "SS2016";
    /// <summary>Raw HTML used an element pages cannot use; it was left out and its text kept.</summary>
    public const string UnsupportedHtml = "SS2017";
    /// <summary>Raw HTML gave an id that the theme or another element of the page already uses.</summary>
    public const string DuplicateId = "SS2018";
    /// <summary>An invisible control character (NUL, U+000B, ...) was replaced by a space.</summary>
    public const string ControlCharacter = "SS2019";
    /// <summary>An alias would overwrite a file the build generates (sitemap.xml, api/, assets/, ...).</summary>
    public const string ReservedUrl = "SS2020";
    /// <summary>An alias (or a part of it) is too long to be a file name.</summary>
    public const string UrlTooLong = "SS2021";
    /// <summary>A paragraph has more bare web addresses (www.…, https://…) than can be linked in bounded time.</summary>
    public const string TooManyBareLinks = "SS2022";
    /// <summary>A translation (<c>x.en.md</c>) has no Dutch page (<c>x.md</c>) beside it, in the region or in _shared.</summary>
    public const string TranslationWithoutPage = "SS2040";
    /// <summary>A translation into a language the region does not offer (a warning: not published), or a Dutch page named with <c>.nl</c> (an error).</summary>
    public const string LanguageNotOffered = "SS2041";
    /// <summary>A translation gives a <c>slug</c> other than its Dutch page's: a translation is published at its Dutch page's address under <c>/&lt;lang&gt;/</c>.</summary>
    public const string TranslationMismatch = "SS2042";
    /// <summary>A translation in _shared of a page the region replaces with its own (a warning: the translation is left out).</summary>
    public const string TranslationOfReplacedPage = "SS2043";
    /// <summary>A Dutch page or folder would be published where a language's pages go (<c>/en/...</c> on a site that offers en).</summary>
    public const string LanguageFolderTaken = "SS2044";
    /// <summary>A page shows a region fact (<c>{{ region.contact.phone }}</c>) that the region's region.yml does not give.</summary>
    public const string MissingRegionFact = "SS2030";
    /// <summary>Two regions share a baseUrl or a name, so one would publish under the other's address or pass for it.</summary>
    public const string RegionClash = "SS2031";

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
    /// <summary>Templates (theme or region facts) ran past their time budget, or a regex past its timeout.</summary>
    public const string TemplateTimeLimit = "SS3006";
    /// <summary>The theme's interface text for a language lacks a key (a warning; the Dutch text is used), or the language has no text file at all.</summary>
    public const string MissingInterfaceText = "SS3007";

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
    /// <summary>A translation is older than its Dutch page (the Dutch page's <c>updated</c> is later), or gives no date to compare.</summary>
    public const string StaleTranslation = "SS4006";

    // SS50xx: the web editor (staticsite serve's /admin/ and /api/v1)
    /// <summary>The web editor's files (Decap CMS) are not installed next to the tool.</summary>
    public const string EditorNotInstalled = "SS5001";
    /// <summary>A path outside content/ (traversal, absolute, another folder, a symbolic link out) was refused.</summary>
    public const string EditorPathRefused = "SS5002";
    /// <summary>A request of the editor's protocol is malformed (bad JSON, missing or wrong parameters, unknown action).</summary>
    public const string EditorRequestInvalid = "SS5003";
    /// <summary>A request from another site or address (Host, Origin) or with the wrong content type was refused.</summary>
    public const string EditorRequestRefused = "SS5004";
    /// <summary>A request body is larger than the editor accepts.</summary>
    public const string EditorRequestTooLarge = "SS5005";
    /// <summary>A file the editor may not save there: not a page (.md) or region.yml, or media of a kind the site does not publish.</summary>
    public const string EditorFileKindRefused = "SS5006";
    /// <summary>A save was refused because the file would fail the build's checks (the build's own diagnostics follow).</summary>
    public const string EditorSaveRefused = "SS5007";
    /// <summary>A file could not be read or written (disk full, permissions).</summary>
    public const string EditorFileFailed = "SS5008";

    // SS60xx: deploying (images, minification, host files)
    /// <summary>An image a page shows cannot be read as an image, so it gets no size or resized copies.</summary>
    public const string ImageUnreadable = "SS6001";
    /// <summary>An image is larger than the page-weight budget even at its largest served copy.</summary>
    public const string ImageOverBudget = "SS6002";
    /// <summary>A theme file (CSS or JavaScript) could not be minified and is published as it is.</summary>
    public const string MinificationFailed = "SS6003";
    /// <summary>The site needs more header rules or redirects than Cloudflare Pages reads.</summary>
    public const string HostLimitExceeded = "SS6004";

    // SS9xxx: the tool itself
    /// <summary>An unexpected failure inside the tool; the message names the file being processed.</summary>
    public const string InternalError = "SS9001";
    /// <summary>The output folder could not be written.</summary>
    public const string OutputFailed = "SS9002";
    /// <summary>The output folder is, holds or lies inside content/ or themes/, or is the project folder.</summary>
    public const string OutputOverlapsSources = "SS9003";
    /// <summary>The output folder is a place no site belongs: the root of the file system, a top-level system folder, the home folder.</summary>
    public const string OutputUnsafePlace = "SS9004";
    /// <summary>A region folder in the output that staticsite did not write (or a link), which a build would replace.</summary>
    public const string OutputNotASite = "SS9005";
    /// <summary>Another build is writing the same output folder.</summary>
    public const string OutputLocked = "SS9006";
    /// <summary>A build was interrupted earlier; its leftovers were cleaned up or the previous site put back.</summary>
    public const string InterruptedBuildRecovered = "SS9007";
}
