package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Document;
import org.sitrep.model.Issue;
import org.sitrep.model.SourceInfo;

class TikaDocumentExtractorTest {
    private static final Instant NOW = Instant.parse("2031-06-01T08:00:00Z");
    /** Built once: Tika takes a moment to start, and one instance must serve all callers anyway. */
    private static final TikaDocumentExtractor EXTRACTOR = new TikaDocumentExtractor(
            TikaDocumentExtractor.DEFAULT_MAX_FILE_BYTES, Clock.fixed(NOW, ZoneOffset.UTC));
    private static final ExecutorService POOL = Executors.newFixedThreadPool(4);
    private static final String PLAIN = "Aid agencies in Lemma said on Tuesday that forty trucks of grain had"
            + " crossed the river.\nThe district office confirmed the figure.\n";

    @TempDir
    Path dir;

    @AfterAll
    static void stopPool() {
        POOL.shutdownNow();
    }

    private static Extraction extract(Path file) {
        return EXTRACTOR.extract(file, SourceInfo.empty());
    }

    @Test
    void reads_plain_text_with_identity_and_path() throws Exception {
        Path file = Files.writeString(dir.resolve("lemma-update.txt"), PLAIN);

        Extraction extraction = extract(dir.resolve("sub/../lemma-update.txt"));

        Document document = extraction.document();
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        assertThat(document.sha256()).isEqualTo(sha);
        assertThat(document.id()).isEqualTo(Document.idFor(sha));
        assertThat(document.path()).isEqualTo(file.toString());
        assertThat(document.mediaType()).isEqualTo("text/plain");
        assertThat(document.ingestedAt()).isEqualTo(NOW);
        assertThat(document.text()).isEqualTo(PLAIN.strip());
        assertThat(extraction.warnings()).isEmpty();
    }

    @Test
    void reads_markdown_as_text() throws Exception {
        Path file = Files.writeString(dir.resolve("brief.md"), "# Brief on Osk\n\nThe bridge *reopened* today.\n");

        Document document = extract(file).document();

        assertThat(document.mediaType()).isEqualTo("text/x-web-markdown");
        assertThat(document.text()).contains("The bridge *reopened* today.");
    }

    @Test
    void decodes_latin1_text_and_warns() throws Exception {
        String text = "Les habitants de Sévaré et de Ségou ont reçu la visite du préfet Traoré, qui a promis"
                + " l'arrivée de vivres avant la fin de la saison sèche. À Mopti, la préfecture a ouvert un"
                + " centre d'accueil près du marché, où des élèves déplacés suivent déjà des cours.\n";
        Path file = Files.write(dir.resolve("prefecture.txt"), text.getBytes(StandardCharsets.ISO_8859_1));

        Extraction extraction = extract(file);

        assertThat(extraction.document().text()).isEqualTo(text.strip());
        assertThat(extraction.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo(IngestCodes.TEXT_NOT_UTF8);
            assertThat(warning.stage()).isEqualTo(IngestCodes.STAGE);
            assertThat(warning.message()).contains("prefecture.txt").containsAnyOf("ISO-8859-1", "windows-1252");
        });
    }

    @Test
    void reads_html_text_and_meta_tags_without_scripts() throws Exception {
        Path file = Fixtures.html(dir.resolve("osk.html"), """
                <title>Bridge at Osk reopens | Valley Monitor</title>
                <meta name="author" content="Ana Pereira">
                <meta property="og:site_name" content="Valley Monitor">
                <meta property="article:published_time" content="2031-05-04T21:30:00-05:00">
                <meta property="og:url" content="https://monitor.example/osk">
                """, """
                <h1>Bridge at Osk reopens</h1>
                <p>Engineers finished the repairs on Monday and the first trucks crossed at noon.</p>
                <script>var tracker = "do-not-index-this";</script>
                <style>p { color: red; }</style>
                <p>Traders expect prices to fall within a week.</p>
                """);

        Document document = extract(file).document();

        assertThat(document.mediaType()).isEqualTo("text/html");
        assertThat(document.text()).contains("Bridge at Osk reopens", "first trucks crossed at noon.",
                "prices to fall").doesNotContain("tracker", "do-not-index-this", "color");
        SourceInfo source = document.source();
        assertThat(source.title()).isEqualTo("Bridge at Osk reopens | Valley Monitor");
        assertThat(source.author()).isEqualTo("Ana Pereira");
        assertThat(source.publisher()).isEqualTo("Valley Monitor");
        assertThat(source.published()).isEqualTo(LocalDate.of(2031, 5, 4));
        assertThat(source.url()).isEqualTo("https://monitor.example/osk");
        assertThat(source.language()).isEqualTo("en");
    }

    @Test
    void reads_html_dublin_core_tags() throws Exception {
        Path file = Fixtures.html(dir.resolve("dc.html"), """
                <title>Council statement</title>
                <meta name="DC.publisher" content="Provincial Council of Marsi">
                <meta name="dcterms.date" content="2031-05-12">
                """, "<p>The council met in closed session.</p>");

        SourceInfo source = extract(file).document().source();

        assertThat(source.publisher()).isEqualTo("Provincial Council of Marsi");
        assertThat(source.published()).isEqualTo(LocalDate.of(2031, 5, 12));
    }

    @Test
    void warns_about_an_html_date_it_cannot_read() throws Exception {
        Path file = Fixtures.html(dir.resolve("undated.html"), "<meta name=\"date\" content=\"May 2031\">",
                "<p>The council met in closed session.</p>");

        Extraction extraction = extract(file);

        assertThat(extraction.document().source().published()).isNull();
        assertThat(extraction.warnings()).extracting(Issue::code).containsExactly(IngestCodes.META_DATE_IGNORED);
        assertThat(extraction.warnings().get(0).message()).contains("undated.html", "May 2031");
    }

    @Test
    void reads_pdf_and_joins_its_wrapped_lines() throws Exception {
        Path file = Fixtures.pdf(dir.resolve("valley.pdf"), "Tanu Valley Update",
                List.of(Fixtures.WRAPPED_PARAGRAPH), null);

        Document document = extract(file).document();

        assertThat(document.mediaType()).isEqualTo("application/pdf");
        assertThat(document.source().title()).isEqualTo("Tanu Valley Update");
        assertThat(document.text()).isEqualTo("Situation in the Tanu Valley\n"
                + "The river town of Korvella saw heavy fighting last week as militia units pushed south along the"
                + " main road, according to local officials. Aid convoys were halted for three days while engineers"
                + " repaired the bridge at Osk, and traders said the price of grain had doubled in the market since"
                + " the start of May.");
    }

    @Test
    void a_pdf_saved_recently_is_not_dated_by_its_creation_date() throws Exception {
        Path file = Fixtures.pdfSavedOn(dir.resolve("printed.pdf"), LocalDate.of(2031, 11, 30), java.util.Map.of());

        Document document = extract(file).document();

        assertThat(document.source().published()).isNull();
    }

    @Test
    void a_pdf_field_that_names_the_publication_date_is_read() throws Exception {
        Path file = Fixtures.pdfSavedOn(dir.resolve("bulletin.pdf"), LocalDate.of(2031, 11, 30),
                java.util.Map.of("PublicationDate", "2029-03-14"));

        Document document = extract(file).document();

        assertThat(document.source().published()).isEqualTo(LocalDate.of(2029, 3, 14));
    }

    @Test
    void a_sidecar_dates_a_pdf_whatever_the_pdf_says() throws Exception {
        Path file = Fixtures.pdfSavedOn(dir.resolve("brief.pdf"), LocalDate.of(2031, 11, 30),
                java.util.Map.of("PublicationDate", "2029-03-14"));
        Files.writeString(dir.resolve("brief.meta.json"), "{\"published\": \"2028-07-01\"}");

        assertThat(extract(file).document().source().published()).isEqualTo(LocalDate.of(2028, 7, 1));
    }

    @Test
    void moves_pdf_footnotes_out_of_a_sentence_that_runs_over_a_page() throws Exception {
        Path file = Fixtures.pdf(dir.resolve("notes.pdf"), null, List.of(
                List.of("The river town of Korvella saw heavy fighting last",
                        "week as militia units pushed south along the main",
                        "road, according to local officials.1 Aid convoys were",
                        "halted for three days while the bridge at Osk was"),
                List.of("repaired by engineers from the northern brigade.2 The",
                        "price of grain in the market doubled in that time.")),
                List.of("1 Interviews with officials, Korvella, 3 May.",
                        "2 Market survey by the district office, 10 May."));

        String text = extract(file).document().text();

        assertThat(text).contains("Aid convoys were halted for three days while the bridge at Osk was repaired by"
                + " engineers from the northern brigade. The price of grain")
                .endsWith("[1] Interviews with officials, Korvella, 3 May.\n"
                        + "[2] Market survey by the district office, 10 May.");
    }

    @Test
    void reads_docx_text_and_properties() throws Exception {
        Path file = Fixtures.docx(dir.resolve("memo.docx"), "Memo on the Osk Crossing", "Field Office",
                List.of("The crossing at Osk reopened on Monday.", "Convoys resumed the next morning."));

        Document document = extract(file).document();

        assertThat(document.mediaType()).isEqualTo(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(document.source().title()).isEqualTo("Memo on the Osk Crossing");
        assertThat(document.source().author()).isEqualTo("Field Office");
        assertThat(document.text()).isEqualTo("The crossing at Osk reopened on Monday.\n"
                + "Convoys resumed the next morning.");
    }

    @Test
    void reads_rtf() throws Exception {
        Path file = Files.writeString(dir.resolve("note.rtf"),
                "{\\rtf1\\ansi{\\fonttbl\\f0\\fswiss Helvetica;}\\f0\\pard Rains flooded the {\\b Tanu} road.\\par}");

        Document document = extract(file).document();

        assertThat(document.mediaType()).isEqualTo("application/rtf");
        assertThat(document.text()).isEqualTo("Rains flooded the Tanu road.");
    }

    @Test
    void same_bytes_get_the_same_id() throws Exception {
        Path first = Files.writeString(dir.resolve("copy-a.txt"), PLAIN);
        Path second = Files.writeString(dir.resolve("copy-b.txt"), PLAIN);
        Path other = Files.writeString(dir.resolve("other.txt"), PLAIN + "One more line.");

        assertThat(extract(first).document().id()).isEqualTo(extract(second).document().id());
        assertThat(extract(other).document().id()).isNotEqualTo(extract(first).document().id());
    }

    @Test
    void serves_several_threads_at_once() throws Exception {
        List<Path> files = List.of(
                Files.writeString(dir.resolve("a.txt"), PLAIN),
                Fixtures.pdf(dir.resolve("b.pdf"), null, List.of(Fixtures.WRAPPED_PARAGRAPH), null),
                Fixtures.docx(dir.resolve("c.docx"), "C", "D", List.of("Convoys resumed.")),
                Fixtures.html(dir.resolve("d.html"), "<title>D</title>", "<p>The council met.</p>"));
        List<String> expected = files.stream().map(f -> extract(f).document().text()).toList();

        List<Future<String>> results = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            for (Path file : files) {
                results.add(POOL.submit(() -> extract(file).document().text()));
            }
        }

        for (int i = 0; i < results.size(); i++) {
            assertThat(results.get(i).get()).isEqualTo(expected.get(i % files.size()));
        }
    }

    // Metadata precedence

    @Test
    void sidecar_wins_over_html_meta_tags() throws Exception {
        Path file = Fixtures.html(dir.resolve("story.html"), """
                <title>Title from the page</title>
                <meta name="author" content="Page Author">
                <meta property="og:site_name" content="Page Site">
                <meta property="article:published_time" content="2031-01-01">
                """, "<p>The council met in closed session.</p>");
        Files.writeString(dir.resolve("story.meta.json"), """
                {"title": "Title from the sidecar", "published": "2031-02-03", "language": "fr"}
                """);

        SourceInfo source = extract(file).document().source();

        assertThat(source.title()).isEqualTo("Title from the sidecar");
        assertThat(source.published()).isEqualTo(LocalDate.of(2031, 2, 3));
        assertThat(source.language()).isEqualTo("fr");
        assertThat(source.author()).isEqualTo("Page Author");
        assertThat(source.publisher()).isEqualTo("Page Site");
    }

    @Test
    void overrides_win_over_the_sidecar() throws Exception {
        Path file = Files.writeString(dir.resolve("report.txt"), PLAIN);
        Files.writeString(dir.resolve("report.meta.json"), """
                {"title": "Sidecar title", "publisher": "Sidecar publisher", "published": "2031-02-03"}
                """);
        SourceInfo overrides = new SourceInfo(null, "Flag publisher", null, LocalDate.of(2031, 4, 5), null, null);

        SourceInfo source = EXTRACTOR.extract(file, overrides).document().source();

        assertThat(source.title()).isEqualTo("Sidecar title");
        assertThat(source.publisher()).isEqualTo("Flag publisher");
        assertThat(source.published()).isEqualTo(LocalDate.of(2031, 4, 5));
    }

    @Test
    void sidecar_datetime_keeps_its_date() throws Exception {
        Path file = Files.writeString(dir.resolve("late.txt"), PLAIN);
        Files.writeString(dir.resolve("late.meta.json"), "{\"published\": \"2031-05-04T23:30:00-05:00\"}");

        assertThat(extract(file).document().source().published()).isEqualTo(LocalDate.of(2031, 5, 4));
    }

    @Test
    void warns_about_unknown_sidecar_fields() throws Exception {
        Path file = Files.writeString(dir.resolve("dated.txt"), PLAIN);
        Files.writeString(dir.resolve("dated.meta.json"), "{\"title\": \"Dated\", \"date\": \"2031-05-04\"}");

        Extraction extraction = extract(file);

        assertThat(extraction.document().source().title()).isEqualTo("Dated");
        assertThat(extraction.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo(IngestCodes.META_UNKNOWN_FIELD);
            assertThat(warning.message()).contains("dated.meta.json", "\"date\"", "did you mean \"published\"");
        });
    }

    // Bad input: each fails with a code and a message that names the file

    @Test
    void missing_file() {
        assertFails(() -> extract(dir.resolve("nowhere.txt")), IngestCodes.NOT_FOUND, "nowhere.txt");
    }

    @Test
    void empty_file() throws Exception {
        Path file = Files.createFile(dir.resolve("blank.txt"));

        assertFails(() -> extract(file), IngestCodes.EMPTY_FILE, "blank.txt");
    }

    @Test
    void file_over_the_size_limit_is_refused_before_reading() throws Exception {
        Path file = Files.writeString(dir.resolve("big.txt"), PLAIN);
        DocumentExtractor small = new TikaDocumentExtractor(16);

        assertFails(() -> small.extract(file, SourceInfo.empty()), IngestCodes.FILE_TOO_LARGE, "big.txt");
    }

    @Test
    void random_bytes_are_unsupported_whatever_the_name() throws Exception {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Path file = Files.write(dir.resolve("noise.txt"), noise);

        assertFails(() -> extract(file), IngestCodes.UNSUPPORTED_TYPE, "noise.txt");
    }

    @Test
    void png_is_unsupported_even_when_named_as_text() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};
        Path file = Files.write(dir.resolve("map.txt"), png);

        assertFails(() -> extract(file), IngestCodes.UNSUPPORTED_TYPE, "map.txt");
    }

    @Test
    void zip_archive_is_unsupported() throws Exception {
        Path file = dir.resolve("bundle.zip");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("inside.txt"));
            zip.write(PLAIN.getBytes(StandardCharsets.UTF_8));
        }

        assertFails(() -> extract(file), IngestCodes.UNSUPPORTED_TYPE, "bundle.zip");
    }

    @Test
    void truncated_pdf() throws Exception {
        Path whole = Fixtures.pdf(dir.resolve("whole.pdf"), null, List.of(Fixtures.WRAPPED_PARAGRAPH,
                Fixtures.WRAPPED_PARAGRAPH), null);
        byte[] bytes = Files.readAllBytes(whole);
        Path file = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(bytes, bytes.length / 2));

        assertFails(() -> extract(file), IngestCodes.PDF_UNREADABLE, "cut.pdf");
    }

    @Test
    void corrupt_pdf() throws Exception {
        Path file = Files.writeString(dir.resolve("junk.pdf"), "%PDF-1.4\n1 0 obj << /Type /Catalog >>\n"
                + "this is not a PDF body at all\n%%EOF\n");

        assertFails(() -> extract(file), IngestCodes.PDF_UNREADABLE, "junk.pdf");
    }

    @Test
    void encrypted_pdf() throws Exception {
        Path plain = Fixtures.pdf(dir.resolve("open.pdf"), null, List.of(Fixtures.WRAPPED_PARAGRAPH), null);
        Path file = Fixtures.encrypt(plain, dir.resolve("locked.pdf"), "user-secret");

        assertFails(() -> extract(file), IngestCodes.PDF_ENCRYPTED, "locked.pdf");
    }

    @Test
    void pdf_without_text_says_ocr_is_not_done() throws Exception {
        Path file = Fixtures.pdfWithoutText(dir.resolve("scan.pdf"));

        assertFails(() -> extract(file), IngestCodes.NO_TEXT, "scan.pdf");
        assertThatThrownBy(() -> extract(file)).hasMessageContaining("OCR");
    }

    @Test
    void malformed_sidecar_names_the_sidecar_and_line() throws Exception {
        Path file = Files.writeString(dir.resolve("brief.txt"), PLAIN);
        Files.writeString(dir.resolve("brief.meta.json"), "{\n  \"title\": \"Brief\",\n  \"author\" \"Nobody\"\n}\n");

        assertFails(() -> extract(file), IngestCodes.META_MALFORMED, "brief.txt");
        assertThatThrownBy(() -> extract(file)).hasMessageContaining("brief.meta.json").hasMessageContaining("line 3");
    }

    @Test
    void sidecar_that_is_not_an_object() throws Exception {
        Path file = Files.writeString(dir.resolve("list.txt"), PLAIN);
        Files.writeString(dir.resolve("list.meta.json"), "[\"title\"]");

        assertFails(() -> extract(file), IngestCodes.META_MALFORMED, "list.meta.json");
    }

    @Test
    void sidecar_with_a_bad_date() throws Exception {
        Path file = Files.writeString(dir.resolve("dispatch.txt"), PLAIN);
        Files.writeString(dir.resolve("dispatch.meta.json"), "{\"published\": \"04/05/2031\"}");

        assertFails(() -> extract(file), IngestCodes.META_BAD_DATE, "dispatch.txt");
        assertThatThrownBy(() -> extract(file)).hasMessageContaining("dispatch.meta.json")
                .hasMessageContaining("04/05/2031").hasMessageContaining("YYYY-MM-DD");
    }

    @Test
    void folder_is_not_a_file() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("reports"));

        assertFails(() -> extract(folder), IngestCodes.UNREADABLE, "reports");
    }

    private static void assertFails(ThrowingCallable call, String code, String fileName) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(IngestException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.path().getFileName().toString()).isIn(fileName, fileName.replace(".meta.json",
                            ".txt"));
                })
                .hasMessageContaining(fileName);
    }
}
