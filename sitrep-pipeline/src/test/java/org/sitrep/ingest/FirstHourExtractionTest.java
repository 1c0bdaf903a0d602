package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.SourceInfo;

/** What a new user meets first when ingesting (issue 15): titles, markup in meta tags, print-only PDFs, links. */
class FirstHourExtractionTest {
    private static final TikaDocumentExtractor EXTRACTOR = new TikaDocumentExtractor();

    @TempDir
    Path dir;

    private static SourceInfo source(Path file) {
        return EXTRACTOR.extract(file, SourceInfo.empty()).document().source();
    }

    @Test
    void a_document_without_a_title_takes_its_first_heading() throws Exception {
        Path file = Files.writeString(dir.resolve("upd-0412.txt"), """
                Ferry service on the Tanu resumes

                The river authority said on Monday that the ferry would run twice a day again.
                """);

        assertThat(source(file).title()).isEqualTo("Ferry service on the Tanu resumes");
    }

    @Test
    void a_markdown_heading_is_the_title_without_its_hashes() throws Exception {
        Path file = Files.writeString(dir.resolve("note.md"), "# Grain prices in Lemma\n\nPrices rose again.\n");

        assertThat(source(file).title()).isEqualTo("Grain prices in Lemma");
    }

    @Test
    void without_a_heading_the_first_sentence_is_the_title() throws Exception {
        Path file = Files.writeString(dir.resolve("x.txt"), "The district office in Lemma confirmed on Tuesday that"
                + " forty trucks of grain had crossed the river. A second convoy is expected.\n");

        assertThat(source(file).title()).isEqualTo("The district office in Lemma confirmed on Tuesday that forty"
                + " trucks of grain had crossed the river");
    }

    @Test
    void a_long_first_sentence_is_cut_at_a_word() throws Exception {
        String sentence = "Officials of the water board in the lower valley said " + "that the new pumps ".repeat(10)
                + "were working.";
        Path file = Files.writeString(dir.resolve("long.txt"), sentence + "\n");

        String title = source(file).title();
        assertThat(title).hasSizeLessThanOrEqualTo(100).endsWith("…").startsWith("Officials of the water board");
        assertThat(title.substring(0, title.length() - 1)).doesNotEndWith(" ");
    }

    @Test
    void markup_in_a_title_or_site_name_is_stored_as_its_text() throws Exception {
        Path file = Fixtures.html(dir.resolve("osk.html"), """
                <title>Osk bridge &lt;b&gt;reopens&lt;/b&gt; <i>today</i></title>
                <meta property="og:site_name" content="Valley &lt;em&gt;Monitor&lt;/em&gt; &amp;amp; Co">
                """, "<p>Engineers finished the repairs on Monday and the first trucks crossed at noon.</p>");

        SourceInfo source = source(file);

        assertThat(source.title()).isEqualTo("Osk bridge reopens today");
        assertThat(source.publisher()).isEqualTo("Valley Monitor & Co");
    }

    @Test
    void a_pdf_holding_only_a_browser_print_header_and_footer_has_no_text() throws Exception {
        Path file = Fixtures.pdf(dir.resolve("printed.pdf"), null,
                List.of(List.of("12/6/26, 10:04 AM                    Untitled")),
                List.of("file:///home/ana/Downloads/report.html                    1/1"));

        assertThatThrownBy(() -> EXTRACTOR.extract(file, SourceInfo.empty()))
                .isInstanceOfSatisfying(IngestException.class, e -> {
                    assertThat(e.code()).isEqualTo(IngestCodes.NO_TEXT);
                    assertThat(e.getMessage()).contains("print header and footer");
                });
    }

    @Test
    void a_printed_pdf_with_report_text_keeps_it() throws Exception {
        Path file = Fixtures.pdf(dir.resolve("printed-report.pdf"), null,
                List.of(List.of("12/6/26, 10:04 AM   Valley Monitor", "Engineers finished the repairs on Monday and",
                        "the first trucks crossed the bridge at Osk at noon, the district office said.")),
                List.of("file:///home/ana/Downloads/osk.html   1/1"));

        assertThat(EXTRACTOR.extract(file, SourceInfo.empty()).document().text()).contains("first trucks crossed");
    }

    @Test
    void a_link_to_itself_is_a_broken_link() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("reports"));
        Files.writeString(folder.resolve("good.txt"), "Prices rose.");
        Path loop = Files.createSymbolicLink(folder.resolve("loop.txt"), Path.of("loop.txt"));
        Path dangling = Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("nowhere.txt"));

        SourceFiles found = SourceFiles.discover(List.of(folder, dangling));

        assertThat(found.files()).containsExactly(folder.resolve("good.txt"));
        assertThat(found.problems()).extracting(SourceFiles.Problem::path).containsExactlyInAnyOrder(loop, dangling);
        assertThat(found.problems()).allSatisfy(problem -> {
            assertThat(problem.code()).isEqualTo(IngestCodes.BROKEN_LINK);
            assertThat(problem.message()).contains("broken link").doesNotContain("device", "pipe", "socket");
        });
    }

    @Test
    void a_sidecar_without_its_report_is_an_orphan() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("reports"));
        Files.writeString(folder.resolve("a.txt"), "Prices rose.");
        Files.writeString(folder.resolve("a.meta.json"), "{}");
        Path orphan = Files.writeString(folder.resolve("b.meta.json"), "{}");
        Files.createDirectories(folder.resolve(".drafts"));
        Files.writeString(folder.resolve(".drafts/c.meta.json"), "{}");

        assertThat(SourceFiles.orphanSidecars(List.of(folder))).containsExactly(orphan);
    }
}
