package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.Analyser;
import org.sitrep.app.AnalyserFixture;
import org.sitrep.app.IngestListener;
import org.sitrep.app.IngestReport;
import org.sitrep.app.Ingester;
import org.sitrep.ingest.TikaDocumentExtractor;
import org.sitrep.model.Document;
import org.sitrep.model.Sentence;
import org.sitrep.model.SourceInfo;
import org.sitrep.store.DocumentSummary;
import org.sitrep.store.jdbi.SqliteStore;
import org.sqlite.SQLiteConfig;

/**
 * Kills {@code sitrep ingest} (SIGKILL, in a JVM of its own) once it has stored a document, then checks that the
 * store holds whole documents only and that a second ingest finishes the job without storing anything twice.
 */
class KillDuringIngestIT {
    private static final int FILES = 12;
    private static final List<String> TOWNS = List.of("Gao", "Timbuktu", "Kidal", "Mopti", "Sevare", "Kayes",
            "Segou", "Sikasso", "Douentza", "Menaka", "Ansongo", "Bourem", "Tessalit");
    /** Sentence patterns of the generated dispatches: {0} a town, {1} and {2} numbers. */
    private static final List<String> PATTERNS = List.of(
            "Residents of {0} said {1} families had left their homes during the week.",
            "A convoy carrying food reached {0} on the {2}th day of the operation.",
            "Local officials in {0} asked the government to send more soldiers.",
            "The market in {0} closed early after shots were heard near the river.",
            "Aid workers counted {1} people sheltering in two schools in {0}.",
            "A spokesman for the regional governor said the roads to {0} remained open.",
            "The price of millet in {0} rose by {2} percent in a month.",
            "Several traders said they would not drive to {0} until the fighting stopped.");
    /** The last sentence of dispatch {0}, so a stored document can be checked for its end. */
    private static final String LAST_SENTENCE = "Dispatch {0} ends here.";

    private static final Analyser analyser = AnalyserFixture.shared();

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void a_killed_ingest_leaves_whole_documents_and_the_next_run_completes_it() throws Exception {
        Path db = null;
        Path reports = null;
        // If the child stores every file before it is killed, the files were too small for this machine:
        // try again with longer ones.
        for (int attempt = 1, sentences = 16; attempt <= 3 && db == null; attempt++, sentences *= 3) {
            Path attemptDir = Files.createDirectories(dir.resolve("attempt-" + attempt));
            Path candidateReports = writeDispatches(attemptDir.resolve("reports"), sentences);
            Path candidateDb = attemptDir.resolve("sitrep.db");
            if (ingestAndKill(candidateDb, candidateReports, attemptDir)) {
                db = candidateDb;
                reports = candidateReports;
            }
        }
        assertThat(db).as("the child was killed before it finished, in one of three attempts").isNotNull();

        List<String> killedWithIds;
        try (SqliteStore store = SqliteStore.open(db)) {
            List<DocumentSummary> documents = store.documents();
            assertThat(documents).as("stored before the kill").isNotEmpty().hasSizeLessThan(FILES);
            for (DocumentSummary summary : documents) {
                assertWhole(store, summary);
            }
            killedWithIds = documents.stream().map(DocumentSummary::id).toList();
        }
        assertNoOrphans(db);

        IngestReport report;
        try (SqliteStore store = SqliteStore.open(db)) {
            report = new Ingester(analyser, store, new TikaDocumentExtractor())
                    .ingest(List.of(reports), SourceInfo.empty(), IngestListener.NONE);

            assertThat(report.failures()).isEmpty();
            Map<IngestReport.Outcome, List<String>> byOutcome = report.files().stream().collect(Collectors.groupingBy(
                    IngestReport.FileResult::outcome, Collectors.mapping(IngestReport.FileResult::docId,
                            Collectors.toList())));
            assertThat(byOutcome.get(IngestReport.Outcome.UNCHANGED))
                    .containsExactlyInAnyOrderElementsOf(killedWithIds);
            assertThat(byOutcome.get(IngestReport.Outcome.NEW)).hasSize(FILES - killedWithIds.size());
            assertThat(byOutcome).doesNotContainKey(IngestReport.Outcome.REPLACED);

            List<DocumentSummary> documents = store.documents();
            assertThat(documents).extracting(DocumentSummary::path).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(listFiles(reports));
            for (DocumentSummary summary : documents) {
                assertWhole(store, summary);
            }
        }
        assertNoOrphans(db);
    }

    /**
     * Starts the ingest in a child JVM, waits until it has stored a document and kills it.
     *
     * @return false when the child finished (or stored everything) before it could be killed
     */
    private static boolean ingestAndKill(Path db, Path reports, Path logs) throws Exception {
        ProcessBuilder builder = ChildJvm.sitrep(List.of("-Xmx3g"), "--store", db.toString(), "ingest",
                reports.toString(), "--threads", "1", "--quiet")
                .redirectOutput(logs.resolve("child.out").toFile())
                .redirectError(logs.resolve("child.err").toFile());
        Process process = builder.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
            int stored = 0;
            while (stored == 0 && process.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
                stored = storedDocuments(db);
            }
            boolean finishedFirst = !process.isAlive();
            process.destroyForcibly();
            assertThat(process.waitFor(1, TimeUnit.MINUTES)).as("the child is gone").isTrue();
            if (finishedFirst || stored >= FILES || storedDocuments(db) >= FILES) {
                assertThat(process.exitValue()).as("the child finished on its own; its errors: %s",
                        Files.readString(logs.resolve("child.err"))).isEqualTo(ExitCodes.OK);
                return false;
            }
            assertThat(stored).as("documents stored before the deadline; child errors: %s",
                    Files.readString(logs.resolve("child.err"))).isPositive();
            assertThat(process.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
            return true;
        } finally {
            process.destroyForcibly();
        }
    }

    /** Documents the child has committed, read without writing; 0 while the database or its schema is missing. */
    private static int storedDocuments(Path db) {
        if (!Files.exists(db)) {
            return 0;
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(2000);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db, config.toProperties());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM documents")) {
            return rows.getInt(1);
        } catch (SQLException e) {
            return 0;
        }
    }

    /** All sentences of the document are there: numbered from 0 without gaps, covering its text to the end. */
    private static void assertWhole(SqliteStore store, DocumentSummary summary) {
        Document document = store.document(summary.id()).orElseThrow();
        List<Sentence> sentences = store.sentences(summary.id());
        assertThat(sentences).as("sentences of %s", summary.path()).hasSize(summary.sentences()).isNotEmpty();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            assertThat(sentence.index()).isEqualTo(i);
            assertThat(document.text().substring(sentence.span().start(), sentence.span().end()))
                    .isEqualTo(sentence.text());
        }
        String number = Path.of(summary.path()).getFileName().toString().replaceAll("\\D", "");
        Sentence last = sentences.get(sentences.size() - 1);
        assertThat(last.text()).as("last sentence of %s", summary.path())
                .isEqualTo(LAST_SENTENCE.replace("{0}", String.valueOf(Integer.parseInt(number))));
        assertThat(document.text().substring(last.span().end()).strip()).isEmpty();
    }

    /** Foreign keys hold, the full-text index matches the sentences, and no actor is left without a mention. */
    private static void assertNoOrphans(Path db) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement statement = connection.createStatement()) {
            assertThat(single(statement, "PRAGMA integrity_check")).isEqualTo("ok");
            try (ResultSet violations = statement.executeQuery("PRAGMA foreign_key_check")) {
                assertThat(violations.next()).as("a foreign key violation").isFalse();
            }
            for (String table : List.of("sentences", "entity_mentions", "time_mentions", "figures", "issues",
                    "actor_mentions")) {
                assertThat(count(statement, "SELECT COUNT(*) FROM " + table
                        + " WHERE doc_id NOT IN (SELECT id FROM documents)")).as("orphan rows in %s", table).isZero();
            }
            for (String table : List.of("actor_aliases", "actor_roles", "merge_reasons", "actor_mentions")) {
                assertThat(count(statement, "SELECT COUNT(*) FROM " + table
                        + " WHERE actor_id NOT IN (SELECT id FROM actors)")).as("orphan rows in %s", table).isZero();
            }
            assertThat(count(statement, "SELECT COUNT(*) FROM actors WHERE curated = 0 AND id NOT IN "
                    + "(SELECT actor_id FROM actor_mentions)")).as("discovered actors nothing mentions").isZero();
            // Raises an error when the external-content index and the sentences table disagree.
            statement.execute("INSERT INTO sentence_search (sentence_search) VALUES ('integrity-check')");
        }
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            return rows.getString(1);
        }
    }

    private static int count(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            return rows.getInt(1);
        }
    }

    private static List<String> listFiles(Path reports) throws IOException {
        try (var files = Files.list(reports)) {
            return files.map(Path::toString).toList();
        }
    }

    /** {@link #FILES} distinct dispatches of {@code sentences} sentences each, plus the closing sentence. */
    private static Path writeDispatches(Path folder, int sentences) throws IOException {
        Files.createDirectories(folder);
        for (int file = 1; file <= FILES; file++) {
            List<String> lines = new ArrayList<>();
            for (int s = 0; s < sentences; s++) {
                String town = TOWNS.get((file + s) % TOWNS.size());
                lines.add(PATTERNS.get(s % PATTERNS.size()).replace("{0}", town)
                        .replace("{1}", String.valueOf(100 + 37 * file + 11 * s))
                        .replace("{2}", String.valueOf(2 + (file * 7 + s) % 40)));
            }
            lines.add(LAST_SENTENCE.replace("{0}", String.valueOf(file)));
            Files.writeString(folder.resolve(String.format("dispatch-%02d.txt", file)),
                    String.join("\n", lines) + "\n");
        }
        return folder;
    }
}
