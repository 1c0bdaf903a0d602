package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.IngestCodes;
import org.sitrep.ingest.TikaDocumentExtractor;
import org.sitrep.model.Document;
import org.sitrep.model.Sentence;
import org.sitrep.model.SourceInfo;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.actor.MergeReason;
import org.sitrep.store.DocumentSummary;
import org.sitrep.store.MentionView;
import org.sitrep.store.StoreCounts;
import org.sitrep.store.jdbi.SqliteStore;

/** Ingest end to end: real files, the real models (loaded once for the class), a real SQLite store. */
class IngesterIT {
    private static final Analyser analyser = AnalyserFixture.shared();

    @TempDir
    Path dir;

    private SqliteStore store;
    private Path reports;

    @BeforeEach
    void open_store() {
        store = SqliteStore.open(dir.resolve("store").resolve("sitrep.db"));
        reports = ReportFiles.copyFixtures(dir.resolve("reports"));
    }

    @AfterEach
    void close_store() {
        store.close();
    }

    private IngestReport ingest(Path... inputs) {
        return ingest(SitrepConfig.DEFAULT_MAX_FILE_BYTES, inputs);
    }

    private IngestReport ingest(long maxFileBytes, Path... inputs) {
        return ingest(maxFileBytes, SourceInfo.empty(), inputs);
    }

    private IngestReport ingest(long maxFileBytes, SourceInfo overrides, Path... inputs) {
        Ingester ingester = new Ingester(analyser, store, new TikaDocumentExtractor(maxFileBytes));
        return ingester.ingest(List.of(inputs), overrides, IngestListener.NONE);
    }

    private static IngestReport.FileResult result(IngestReport report, String fileName) {
        return report.files().stream().filter(file -> Path.of(file.path()).getFileName().toString().equals(fileName))
                .findFirst().orElseThrow(() -> new AssertionError("no result for " + fileName + " in " + report));
    }

    private DocumentSummary stored(String fileName) {
        return store.findByPath(reports.resolve(fileName).toString())
                .orElseThrow(() -> new AssertionError(fileName + " is not stored: " + store.documents()));
    }

    /** Everything a query can see, to compare before and after. */
    private record Snapshot(StoreCounts counts, List<DocumentSummary> documents, List<Actor> actors,
                            Map<String, List<Sentence>> sentences) {
    }

    private Snapshot snapshot() {
        List<DocumentSummary> documents = store.documents();
        Map<String, List<Sentence>> sentences = new HashMap<>();
        documents.forEach(document -> sentences.put(document.id(), store.sentences(document.id())));
        return new Snapshot(store.counts(), documents, store.allActors(), sentences);
    }

    @Test
    void a_folder_of_reports_is_stored_with_sentences_actor_mentions_and_metadata() {
        IngestReport report = ingest(reports);

        assertThat(report.failures()).isEmpty();
        assertThat(report.files()).hasSize(3).extracting(IngestReport.FileResult::outcome)
                .containsOnly(IngestReport.Outcome.NEW);
        assertThat(store.documents()).hasSize(3);

        Document kati = store.document(stored(ReportFiles.KATI).id()).orElseThrow();
        assertThat(kati.source()).isEqualTo(new SourceInfo("Mutineers take over the state broadcaster",
                "Sitrep Test Wire", "Test desk", LocalDate.of(2012, 3, 22), "https://example.org/test/kati-mutiny",
                "en"));
        assertThat(kati.mediaType()).isEqualTo("text/plain");
        List<Sentence> katiSentences = store.sentences(kati.id());
        assertThat(katiSentences).hasSize(4);
        assertThat(katiSentences.get(2).text()).contains("Captain Amadou Sango");
        assertThat(katiSentences).allSatisfy(sentence -> assertThat(kati.text()
                .substring(sentence.span().start(), sentence.span().end())).isEqualTo(sentence.text()));

        Document junta = store.document(stored(ReportFiles.JUNTA).id()).orElseThrow();
        assertThat(junta.source().title()).isEqualTo("Coup leader meets West African mediators");
        assertThat(junta.source().publisher()).isEqualTo("Example Sahel Desk");
        assertThat(junta.source().author()).isEqualTo("Test Correspondent");
        assertThat(junta.source().published()).isEqualTo(LocalDate.of(2012, 4, 6));
        assertThat(junta.mediaType()).contains("html");
        assertThat(junta.text()).contains("Amadou Haya Sanogo, the captain who led").doesNotContain("<p>");
        assertThat(store.sentences(junta.id())).hasSizeGreaterThanOrEqualTo(3);

        DocumentSummary gao = stored(ReportFiles.GAO);
        assertThat(gao.title()).as("no sidecar: the first sentence is the title")
                .isEqualTo("In Gao, the nurse Fatoumata Traoré said the regional hospital had almost no fuel left for"
                        + " its…");
        assertThat(gao.published()).isNull();
        assertThat(gao.sentences()).isEqualTo(3);

        for (IngestReport.FileResult file : report.files()) {
            assertThat(store.sentences(file.docId())).as("sentences of %s", file.path()).hasSize(file.sentences());
            assertThat(file.actorMentions()).as("actor mentions of %s", file.path()).isPositive();
        }
        assertThat(store.counts().actorMentions()).isEqualTo(report.actorMentions());
        assertThat(store.counts().sentences()).isEqualTo(report.sentences());
    }

    @Test
    void reingesting_the_same_folder_changes_nothing() {
        IngestReport first = ingest(reports);
        Snapshot before = snapshot();

        IngestReport second = ingest(reports);

        assertThat(second.failures()).isEmpty();
        assertThat(second.files()).extracting(IngestReport.FileResult::outcome)
                .containsExactly(IngestReport.Outcome.UNCHANGED, IngestReport.Outcome.UNCHANGED,
                        IngestReport.Outcome.UNCHANGED);
        assertThat(second.files()).extracting(IngestReport.FileResult::docId)
                .containsExactlyElementsOf(first.files().stream().map(IngestReport.FileResult::docId).toList());
        assertThat(second.sentences()).isZero();
        assertThat(second.actorMentions()).isZero();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void the_same_content_at_a_second_path_is_not_stored_again() throws IOException {
        ingest(reports);
        Snapshot before = snapshot();
        Path copy = Files.createDirectories(dir.resolve("copies")).resolve("kati-copy.txt");
        Files.copy(reports.resolve(ReportFiles.KATI), copy);

        IngestReport report = ingest(copy);

        assertThat(report.files()).singleElement().satisfies(file -> {
            assertThat(file.outcome()).isEqualTo(IngestReport.Outcome.UNCHANGED);
            assertThat(file.docId()).isEqualTo(stored(ReportFiles.KATI).id());
        });
        assertThat(store.findByPath(copy.toString())).isEmpty();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void a_corrected_sidecar_replaces_the_metadata_of_an_unchanged_file() throws IOException {
        ingest(reports);
        DocumentSummary before = stored(ReportFiles.KATI);
        Snapshot others = snapshot();
        Files.writeString(reports.resolve("kati-mutiny.meta.json"), "{\"title\": \"Mutiny at Kati\", "
                + "\"publisher\": \"Sitrep Test Wire\", \"published\": \"2012-03-21\"}");

        IngestReport report = ingest(reports);

        assertThat(result(report, ReportFiles.KATI).outcome()).isEqualTo(IngestReport.Outcome.REPLACED);
        assertThat(result(report, ReportFiles.GAO).outcome()).isEqualTo(IngestReport.Outcome.UNCHANGED);
        DocumentSummary after = stored(ReportFiles.KATI);
        assertThat(after.id()).as("same bytes, same id").isEqualTo(before.id());
        assertThat(after.title()).isEqualTo("Mutiny at Kati");
        assertThat(after.published()).isEqualTo(LocalDate.of(2012, 3, 21));
        assertThat(store.document(after.id()).orElseThrow().source().url()).as("a field the sidecar dropped").isNull();
        assertThat(store.counts()).isEqualTo(others.counts());
        assertThat(store.documents()).hasSameSizeAs(others.documents());

        assertThat(ingest(reports).files()).extracting(IngestReport.FileResult::outcome)
                .containsOnly(IngestReport.Outcome.UNCHANGED);
    }

    @Test
    void metadata_given_as_flags_is_kept_when_the_next_run_gives_none() {
        SourceInfo flags = new SourceInfo(null, "Field Notes", null, LocalDate.of(2012, 4, 2), null, null);
        ingest(SitrepConfig.DEFAULT_MAX_FILE_BYTES, flags, reports.resolve(ReportFiles.GAO));

        IngestReport again = ingest(reports.resolve(ReportFiles.GAO));
        IngestReport otherDate = ingest(SitrepConfig.DEFAULT_MAX_FILE_BYTES,
                new SourceInfo(null, null, null, LocalDate.of(2012, 4, 3), null, null),
                reports.resolve(ReportFiles.GAO));

        assertThat(again.files()).singleElement().extracting(IngestReport.FileResult::outcome)
                .isEqualTo(IngestReport.Outcome.UNCHANGED);
        assertThat(otherDate.files()).singleElement().extracting(IngestReport.FileResult::outcome)
                .isEqualTo(IngestReport.Outcome.REPLACED);
        assertThat(stored(ReportFiles.GAO).published()).isEqualTo(LocalDate.of(2012, 4, 3));
        assertThat(store.documents()).hasSize(1);
    }

    @Test
    void two_copies_in_one_batch_are_stored_once() throws IOException {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        Files.copy(reports.resolve(ReportFiles.GAO), batch.resolve("a.txt"));
        Files.copy(reports.resolve(ReportFiles.GAO), batch.resolve("b.txt"));

        IngestReport report = ingest(batch);

        assertThat(report.files()).extracting(IngestReport.FileResult::outcome)
                .containsExactly(IngestReport.Outcome.NEW, IngestReport.Outcome.UNCHANGED);
        assertThat(report.files().get(1).docId()).isEqualTo(report.files().get(0).docId());
        assertThat(store.documents()).singleElement()
                .satisfies(document -> assertThat(document.path()).isEqualTo(batch.resolve("a.txt").toString()));
    }

    @Test
    void a_changed_file_replaces_its_earlier_version() throws IOException {
        ingest(reports);
        DocumentSummary old = stored(ReportFiles.GAO);
        int documents = store.documents().size();
        assertThat(store.search("generator", 10)).isNotEmpty();
        assertThat(store.findActors("Fatoumata Traoré")).hasSize(1);
        Files.writeString(reports.resolve(ReportFiles.GAO), "A fuel convoy reached Gao on Tuesday under escort.\n"
                + "Hospital staff said the delivery would last about ten days.\n", StandardCharsets.UTF_8);

        IngestReport report = ingest(reports);

        assertThat(result(report, ReportFiles.GAO).outcome()).isEqualTo(IngestReport.Outcome.REPLACED);
        assertThat(result(report, ReportFiles.KATI).outcome()).isEqualTo(IngestReport.Outcome.UNCHANGED);
        assertThat(result(report, ReportFiles.JUNTA).outcome()).isEqualTo(IngestReport.Outcome.UNCHANGED);
        assertThat(store.documents()).hasSize(documents);
        DocumentSummary replaced = stored(ReportFiles.GAO);
        assertThat(replaced.id()).isNotEqualTo(old.id());
        assertThat(store.document(old.id())).isEmpty();
        assertThat(store.sentences(old.id())).isEmpty();
        assertThat(store.search("generator", 10)).as("the old sentences are gone from the index").isEmpty();
        assertThat(store.search("convoy reached Gao", 10)).singleElement()
                .satisfies(hit -> assertThat(hit.docId()).isEqualTo(replaced.id()));
        assertThat(store.sentences(replaced.id())).hasSize(2);
        assertThat(store.findActors("Fatoumata Traoré")).as("no stored report names her any more").isEmpty();
    }

    @Test
    void bad_files_fail_one_by_one_with_their_code_and_the_good_ones_are_stored() throws IOException {
        Path batch = Files.createDirectories(dir.resolve("mixed"));
        Files.copy(reports.resolve(ReportFiles.KATI), batch.resolve("good.txt"));
        Files.copy(reports.resolve("kati-mutiny.meta.json"), batch.resolve("good.meta.json"));
        ReportFiles.pdf(batch.resolve("good.pdf"), List.of("Heavy rain flooded parts of Mopti on Sunday.",
                "Officials said two hundred families had lost their homes."));
        Files.write(batch.resolve("empty.txt"), new byte[0]);
        byte[] noise = new byte[4096];
        new Random(20120322).nextBytes(noise);
        Files.write(batch.resolve("noise.txt"), noise);
        byte[] png = Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n',
            0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 16, 0, 0, 0, 16, 8, 2, 0, 0, 0}, 600);
        Files.write(batch.resolve("picture.png"), png);
        Path whole = ReportFiles.pdf(dir.resolve("whole.pdf"), List.of("The border posts near Sevare were closed.",
                "Traders waited for three days before the trucks could pass.", "The army said the road was safe."));
        byte[] wholeBytes = Files.readAllBytes(whole);
        Files.write(batch.resolve("cut.pdf"), Arrays.copyOf(wholeBytes, wholeBytes.length / 2));
        Files.writeString(batch.resolve("broken-meta.txt"), "Markets in Kayes reopened after a week of strikes.");
        Files.writeString(batch.resolve("broken-meta.meta.json"), "{\"title\": \"Strike ends\",");
        Files.writeString(batch.resolve("bad-date.txt"), "Teachers in Segou returned to work on Monday.");
        Files.writeString(batch.resolve("bad-date.meta.json"), "{\"published\": \"2012-13-45\"}");
        long limit = 8 * 1024;
        Files.writeString(batch.resolve("big.txt"), "Refugees kept arriving at the camp near the border. "
                .repeat((int) (2 * limit / 50)));
        Path missing = dir.resolve("missing.txt");

        IngestReport report = ingest(limit, batch, missing);

        Map<String, String> codes = report.failures().stream().collect(Collectors.toMap(
                failure -> Path.of(failure.path()).getFileName().toString(), IngestReport.FileResult::code));
        assertThat(codes).isEqualTo(Map.of(
                "empty.txt", IngestCodes.EMPTY_FILE,
                "noise.txt", IngestCodes.UNSUPPORTED_TYPE,
                "picture.png", IngestCodes.UNSUPPORTED_TYPE,
                "cut.pdf", IngestCodes.PDF_UNREADABLE,
                "broken-meta.txt", IngestCodes.META_MALFORMED,
                "bad-date.txt", IngestCodes.META_BAD_DATE,
                "big.txt", IngestCodes.FILE_TOO_LARGE,
                "missing.txt", IngestCodes.NOT_FOUND));
        assertThat(report.failures()).allSatisfy(failure -> {
            assertThat(failure.message()).as("message of %s", failure.path())
                    .contains(Path.of(failure.path()).getFileName().toString());
            assertThat(failure.docId()).isNull();
        });
        assertThat(result(report, "bad-date.txt").message()).contains("2012-13-45");
        assertThat(report.anyFailed()).isTrue();
        assertThat(report.files()).hasSize(10);
        assertThat(result(report, "good.txt").outcome()).isEqualTo(IngestReport.Outcome.NEW);
        assertThat(result(report, "good.pdf").outcome()).isEqualTo(IngestReport.Outcome.NEW);
        assertThat(store.documents()).extracting(DocumentSummary::path).containsExactlyInAnyOrder(
                batch.resolve("good.txt").toString(), batch.resolve("good.pdf").toString());
        assertThat(store.sentences(result(report, "good.pdf").docId())).hasSize(2);
        assertThat(store.findByPath(batch.resolve("good.txt").toString())).hasValueSatisfying(
                good -> assertThat(good.published()).isEqualTo(LocalDate.of(2012, 3, 22)));
    }

    @Test
    void spelling_variants_of_one_person_in_two_reports_become_one_actor() {
        ingest(reports.resolve(ReportFiles.KATI));
        ingest(reports.resolve(ReportFiles.JUNTA));
        String katiId = stored(ReportFiles.KATI).id();
        String juntaId = stored(ReportFiles.JUNTA).id();

        List<Actor> bySango = store.findActors("Sango");
        List<Actor> bySanogo = store.findActors("Amadou Haya Sanogo");

        assertThat(bySango).as("actors found by 'Sango'").hasSize(1);
        assertThat(bySanogo).hasSize(1);
        Actor sanogo = bySango.get(0);
        assertThat(sanogo.id()).isEqualTo(bySanogo.get(0).id());
        assertThat(sanogo.name()).isEqualTo("Amadou Haya Sanogo");
        assertThat(sanogo.aliases()).anySatisfy(alias -> assertThat(alias).contains("Amadou Sango"));
        assertThat(store.mentions(sanogo.id(), 50)).extracting(MentionView::docId).contains(katiId, juntaId);
        List<MergeReason> sangoReasons = store.mergeReasons(sanogo.id()).stream()
                .filter(reason -> reason.alias().contains("Sango")).toList();
        assertThat(sangoReasons).as("why 'Sango' was taken for Sanogo")
                .isNotEmpty()
                .allSatisfy(reason -> {
                    assertThat(reason.docId()).isEqualTo(katiId);
                    assertThat(reason.sentence()).isEqualTo(2);
                })
                .anySatisfy(reason -> {
                    assertThat(reason.rule()).isEqualTo("spelling_variant");
                    assertThat(reason.detail()).contains("Sango").contains("Sanogo");
                });
        assertThat(store.actors(java.util.Optional.empty())).filteredOn(summary -> summary.actor().aliases()
                .stream().anyMatch(alias -> alias.contains("Sango") || alias.contains("Sanogo"))).hasSize(1);
    }

    @Test
    void people_who_share_only_a_surname_stay_apart() {
        ingest(reports);

        List<Actor> traores = store.allActors().stream().filter(actor -> actor.name().contains("Traoré")).toList();

        assertThat(traores).extracting(Actor::name)
                .containsExactlyInAnyOrder("Fatoumata Traoré", "Dioncounda Traoré");
        Actor nurse = store.findActors("Fatoumata Traoré").get(0);
        Actor president = store.findActors("Dioncounda Traoré").get(0);
        assertThat(nurse.id()).isNotEqualTo(president.id());
        assertThat(nurse.aliases()).noneMatch(alias -> alias.contains("Dioncounda"));
        assertThat(president.aliases()).noneMatch(alias -> alias.contains("Fatoumata"));
        String gaoId = stored(ReportFiles.GAO).id();
        assertThat(store.mentions(nurse.id(), 50)).extracting(MentionView::docId).containsOnly(gaoId);
        assertThat(store.mentions(president.id(), 50)).extracting(MentionView::docId)
                .containsOnly(stored(ReportFiles.JUNTA).id());
        assertThat(store.mentions(nurse.id(), 50)).extracting(MentionView::text).contains("Traoré");
        assertThat(store.mergeReasons(nurse.id())).extracting(MergeReason::alias).noneMatch(alias ->
                alias.contains("Dioncounda"));
    }
}
