using StaticSite.Tests.Harness;

namespace StaticSite.Tests.Lints;

/// <summary>
/// SPEC "check": the heading (SS4003) and readability (SS4005) lints read the Markdown as CommonMark
/// does, from the syntax tree rendering builds, so a warning names the line the editor wrote. The
/// old line-by-line scan got these classes wrong: fences closed by the other fence character or a
/// shorter fence, headings in block quotes and list items, setext headings over two lines, lines of
/// HTML blocks, tables and list paragraphs indented like code, and CRLF files.
/// </summary>
public class MarkdownStructureLintTests
{
    private const string Region = """
        -- content/test/region.yml --
        name: Steunpunt Test
        baseUrl: https://test.example.org/
        -- content/test/index.md --
        ---
        title: Welkom
        ---
        Wij helpen u graag.
        """;

    private static BuildResult Check(string page, string lineEnd = "\n")
    {
        using var site = TestSite.Create(Region);
        site.Write("content/test/ouders/pagina.md", page.Replace("\r\n", "\n").Replace("\n", lineEnd) + lineEnd);
        var result = site.Check();
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }

    [Fact]
    public void A_fence_is_closed_only_by_the_same_character_at_least_as_long()
    {
        // Every '#' line below is code: ``` is not closed by ~~~, ~~~ not by ```, ```` not by ```,
        // and an unclosed fence runs to the end of the page. The hard text in the code is not read.
        var result = Check("""
            ---
            title: Hekken
            ---
            Wij zijn er voor u. U kunt ons bellen. Wij helpen graag. Wij zijn er voor u. U kunt ons bellen.
            Wij helpen graag. Wij zijn er voor u. U kunt ons bellen. Wij helpen graag.

            ```
            ~~~
            # geen kop
            ```

            #### Te diep

            ~~~
            ```
            # geen kop
            ~~~

            ````
            ```
            De toelaatbaarheidsverklaring voor het voortgezet speciaal onderwijs wordt door het samenwerkingsverband afgegeven na multidisciplinair overleg met deskundigen.
            ````

            ~~~~~ niet gesloten
            ## geen kop
            De toelaatbaarheidsverklaring voor het voortgezet speciaal onderwijs wordt door het samenwerkingsverband afgegeven na multidisciplinair overleg met deskundigen.
            """);
        Golden.AssertDiagnostics("lint_fences", result);
    }

    [Fact]
    public void Headings_in_block_quotes_and_list_items_are_reported_at_their_own_line_and_column()
    {
        Golden.AssertDiagnostics("lint_nested_headings", Check(NestedHeadings));
    }

    [Fact]
    public void Heading_lines_stay_right_in_a_file_with_CRLF_line_ends()
    {
        Golden.AssertDiagnostics("lint_nested_headings", Check(NestedHeadings, "\r\n"));
    }

    private const string NestedHeadings = """
        ---
        title: Genest
        description: Koppen in een citaat en een lijst.
        ---
        ## Goed

        > #### Te diep in een citaat

        - Punt
        - ###### Nog dieper in een lijst

          ```
          # code in een lijst, geen kop
          ```

        > ```
        > # code in een citaat, geen kop
        > ```
        """;

    [Fact]
    public void Setext_headings_indented_code_and_HTML_blocks_decide_what_is_a_heading()
    {
        // A setext heading over two lines starts at its first line, and so do its inlines (the link's
        // SS2005); '#' in indented code and in an HTML block is no heading; '- - -' is a rule.
        var result = Check("""
            ---
            title: Structuur
            ---
            Een alinea
            over twee [regels](javascript:alert(1))
            ================

                # ingesprongen code, geen kop

            <div>
            # in een HTML-blok, geen kop
            </div>

            Tekst

            Nog een kop
            -----------

            - - -

            #### Te diep
            """);
        Golden.AssertDiagnostics("lint_setext_code_html", result);
    }

    [Fact]
    public void Long_sentences_are_named_at_their_lines_after_front_matter_in_quotes_and_list_paragraphs()
    {
        // Read: the quote over two lines (line 9), the list item's second paragraph, which is
        // indented like code but belongs to the item (line 14), the last line. Not read: the HTML
        // block, the table and the fenced code, each with a sentence longer than all the others.
        var result = Check("""
            ---
            title: Lastig
            description: >
              Een beschrijving
              over twee regels.
            review_by: 2999-01-01
            ---
            # Hoofdstuk
            > De toelaatbaarheidsverklaring voor het voortgezet speciaal onderwijs wordt door
            > het samenwerkingsverband afgegeven na multidisciplinair overleg met deskundigen.

            - Punt een.

                Daarbij beoordeelt de commissie de ondersteuningsbehoefte aan de hand van het ontwikkelingsperspectiefplan en aanvullende rapportages.

            <div>
            Dit HTML-blok telt niet mee, ook al is deze zin met opzet veel en veel langer dan alle andere zinnen op deze pagina samen bij elkaar.
            </div>

            | kolom |
            |---|
            | Deze tabelcel telt ook niet mee, ook al is deze zin met opzet veel en veel langer dan alle andere zinnen van de pagina. |

            ```
            Code telt niet mee, ook al is deze zin met opzet veel en veel langer dan alle andere zinnen van deze pagina bij elkaar opgeteld.
            ```
            Vervolgens ontvangen ouders schriftelijk een gemotiveerde beslissing.
            """);
        Golden.AssertDiagnostics("lint_readability_lines", result);
    }

    [Fact]
    public void Stale_page_warning_points_at_review_by_however_the_key_is_written()
    {
        var result = Check("""
            ---
            title: Oud
            "review_by"  : 2000-01-01
            ---
            Tekst.
            """);
        Assert.Equal(["content/test/ouders/pagina.md(3,1): warning SS4001: this page had to be checked again by 2000-01-01 (review_by). Read it through, correct what has changed, and set review_by to a new date."],
            result.ErrorLines);
    }
}
