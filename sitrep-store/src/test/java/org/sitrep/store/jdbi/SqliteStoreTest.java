package org.sitrep.store.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EntityType;
import org.sitrep.model.Span;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.Event;
import org.sitrep.store.DocumentRecord;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Store;
import org.sitrep.store.StoreContractTest;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoreFixtures;

/** The store contract on a real SQLite file, plus what is particular to SQLite: files, WAL, migrations. */
class SqliteStoreTest extends StoreContractTest {
    @TempDir
    Path directory;

    @Test
    void the_schema_version_constant_names_the_newest_migration_file() throws Exception {
        int newest;
        try (var files = java.nio.file.Files.list(Path.of("src/main/resources/db/migration/sqlite"))) {
            newest = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max().orElseThrow();
        }
        assertThat(Integer.parseInt(SqliteStore.SCHEMA_VERSION)).isEqualTo(newest);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "a version {0} database")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"1", "2"})
    void an_older_database_is_upgraded_and_keeps_its_documents(String version) throws SQLException {
        Path file = migratedTo(directory.resolve("v" + version + ".db"), version);
        String docId = "doc-from-version-1";
        try (Connection connection = connect(file); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO documents (id, sha256, text, text_length) VALUES ('" + docId
                    + "', 'abc', 'Old text.', 9)");
        }

        try (SqliteStore upgraded = SqliteStore.open(file)) {
            assertThat(upgraded.document(docId)).isPresent();
            assertThat(upgraded.eventCount()).isZero();
            upgraded.saveDocument(StoreFixtures.eventReport());
            assertThat(upgraded.eventCount()).isEqualTo(3);
            String eventId = upgraded.events(org.sitrep.store.EventQuery.all()).get(0).id();
            upgraded.saveEventClusters(java.util.Set.of(upgraded.event(eventId).orElseThrow().crisisClass()),
                    java.util.Map.of(eventId, "cluster-1"));
            assertThat(upgraded.eventClusters()).containsEntry(eventId, "cluster-1");
        }
        try (Connection connection = connect(file)) {
            assertThat(strings(connection, "SELECT version FROM flyway_schema_history"))
                    .containsExactly("1", "2", "3", "4", "5", "6");
        }
    }

    @Test
    void a_version_5_database_with_events_keeps_their_order_and_filters_after_the_upgrade() throws SQLException {
        Path file = migratedTo(directory.resolve("v5-events.db"), "5");
        // Same day, same document: only the sentence of the first mention orders them, which V6 copies.
        try (Connection connection = connect(file); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO documents (id, sha256, text, text_length) VALUES "
                    + "('doc-old', 'abc', 'One. Two. Three.', 16)");
            for (String[] event : new String[][] {{"evt-a", "2", "SEIZE_TERRITORY", "kidal | kidal"},
                    {"evt-b", "0", "SEIZE_TERRITORY", "gao | gao"}, {"evt-c", "1", "COUP", "kati | kati"}}) {
                statement.executeUpdate("INSERT INTO events (id, doc_id, crisis_class, date_start, date_end,"
                        + " date_precision, place, place_norm, status, confidence) VALUES ('" + event[0]
                        + "', 'doc-old', '" + event[2] + "', '2012-03-22', '2012-03-22', 'DAY', 'x', '" + event[3]
                        + "', 'OCCURRED', 0.5)");
                statement.executeUpdate("INSERT INTO event_mentions (event_id, ordinal, doc_id, sentence) VALUES ('"
                        + event[0] + "', 0, 'doc-old', " + event[1] + ")");
            }
        }

        try (SqliteStore upgraded = SqliteStore.open(file)) {
            assertThat(upgraded.events(EventQuery.all())).extracting(Event::id)
                    .containsExactly("evt-b", "evt-c", "evt-a");
            assertThat(upgraded.events(EventQuery.all().withPlace("Gao"))).extracting(Event::id)
                    .containsExactly("evt-b");
            assertThat(upgraded.events(EventQuery.all().withCrisisClass(CrisisClass.SEIZE_TERRITORY)
                    .withPeriod(LocalDate.of(2012, 3, 22), null))).extracting(Event::id)
                    .containsExactly("evt-b", "evt-a");
        }
        try (Connection connection = connect(file)) {
            assertThat(strings(connection, "SELECT first_sentence FROM events ORDER BY id"))
                    .containsExactly("2", "0", "1");
        }
    }

    @Test
    void reopening_a_current_store_skips_the_migration_and_keeps_the_data() {
        Path file = directory.resolve("reopen.db");
        try (SqliteStore store = SqliteStore.open(file)) {
            store.saveDocument(StoreFixtures.report());
        }
        try (SqliteStore store = SqliteStore.open(file)) {
            assertThat(store.documents()).hasSize(1);
        }
    }

    /** A new database at {@code file} with the migrations up to {@code version} only, as an older build left it. */
    private static Path migratedTo(Path file, String version) {
        org.flywaydb.core.Flyway.configure(SqliteStore.class.getClassLoader())
                .dataSource("jdbc:sqlite:" + file.toAbsolutePath(), null, null)
                .locations(SqliteStore.MIGRATIONS)
                .target(version)
                .load()
                .migrate();
        return file;
    }

    @Override
    protected Store newStore() {
        return SqliteStore.open(databaseFile());
    }

    private Path databaseFile() {
        return directory.resolve("sitrep.db");
    }

    @Test
    void creates_directories_and_schema_for_a_new_file() throws SQLException {
        Path file = directory.resolve("data/nested/new.db");

        try (SqliteStore created = SqliteStore.open(file)) {
            assertThat(created.file()).isEqualTo(file.toAbsolutePath());
        }

        assertThat(file).isRegularFile();
        try (Connection connection = connect(file)) {
            assertThat(strings(connection, "SELECT name FROM sqlite_master WHERE type = 'table'"))
                    .contains("documents", "sentences", "sentence_search", "entity_mentions", "time_mentions",
                            "figures", "issues", "actors", "actor_aliases", "actor_roles", "actor_mentions",
                            "merge_reasons", "events", "event_actors", "event_mentions", "place_mentions",
                            "event_clusters",
                            "flyway_schema_history");
            assertThat(strings(connection, "SELECT version FROM flyway_schema_history WHERE success = 1"))
                    .containsExactly("1", "2", "3", "4", "5", "6");
            assertThat(strings(connection, "PRAGMA journal_mode")).containsExactly("wal");
        }
    }

    @Test
    void reopening_an_existing_file_keeps_its_content_and_does_not_migrate_again() throws SQLException {
        DocumentRecord record = StoreFixtures.report();
        store.saveDocument(record);
        store.close();

        store = SqliteStore.open(databaseFile());

        assertThat(store.document(record.document().id())).contains(record.document());
        assertThat(store.search("Bamako", 5)).hasSize(1);
        try (Connection connection = connect(databaseFile())) {
            assertThat(strings(connection, "SELECT version FROM flyway_schema_history"))
                    .containsExactly("1", "2", "3", "4", "5", "6");
        }
    }

    @Test
    void entity_mentions_are_stored_exactly() throws SQLException {
        DocumentRecord record = StoreFixtures.report();
        store.saveDocument(record);

        List<EntityMention> stored = new ArrayList<>();
        try (Connection connection = connect(databaseFile());
             PreparedStatement query = connection.prepareStatement("""
                     SELECT sentence, span_start, span_end, text, type, source FROM entity_mentions
                     WHERE doc_id = ? ORDER BY seq
                     """)) {
            query.setString(1, record.document().id());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stored.add(new EntityMention(rows.getInt(1), new Span(rows.getInt(2), rows.getInt(3)),
                            rows.getString(4), EntityType.valueOf(rows.getString(5)), rows.getString(6)));
                }
            }
        }
        assertThat(stored).isEqualTo(record.entities());
    }

    @Test
    void the_full_text_index_follows_replacements_and_cascading_deletes() throws SQLException {
        DocumentRecord first = StoreFixtures.report();
        store.saveDocument(first);
        store.saveDocument(first);
        store.saveDocument(StoreFixtures.report("reports/other.txt"));
        store.deleteDocument(first.document().id());

        try (Connection connection = connect(databaseFile()); Statement statement = connection.createStatement()) {
            // Fails when the index disagrees with its content table.
            statement.execute("INSERT INTO sentence_search (sentence_search) VALUES ('integrity-check')");
            assertThat(strings(connection, "SELECT COUNT(*) FROM sentence_search WHERE sentence_search MATCH 'bamako'"))
                    .containsExactly("1");
        }
    }

    @Test
    void a_reader_on_a_second_store_reads_while_a_writer_holds_a_write_transaction() throws Exception {
        DocumentRecord record = StoreFixtures.report();
        store.saveDocument(record);
        try (SqliteStore reader = SqliteStore.open(databaseFile());
             Connection writer = connect(databaseFile());
             Statement writing = writer.createStatement()) {
            // EXCLUSIVE would lock readers out of a rollback-journal database; in WAL mode it does not.
            writing.execute("BEGIN EXCLUSIVE");
            writing.executeUpdate("DELETE FROM documents");

            // Well under the busy timeout: a reader that had to wait for the writer would fail this.
            assertTimeoutPreemptively(Duration.ofSeconds(3), () -> {
                assertThat(reader.documents()).hasSize(1);
                assertThat(reader.search("Bamako", 5)).hasSize(1);
                assertThat(reader.mentions(StoreFixtures.SPOKESMAN_ID, 5)).hasSize(2);
            });

            // A second writer waits for the lock (busy timeout) instead of failing.
            CompletableFuture<Void> save = CompletableFuture.runAsync(
                    () -> store.saveDocument(StoreFixtures.report("reports/while-locked.txt")));
            Thread.sleep(300);
            assertThat(save).isNotDone();
            writing.execute("ROLLBACK");
            save.get(10, TimeUnit.SECONDS);

            assertThat(reader.documents()).hasSize(2);
        }
    }

    @Test
    void opening_a_file_that_is_not_a_database_names_the_file() throws IOException {
        Path notes = directory.resolve("notes.db");
        Files.writeString(notes, "These are meeting notes, not a database.\n".repeat(20), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> SqliteStore.open(notes))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(notes.toAbsolutePath().toString())
                .hasMessageContaining("not a SQLite database");
    }

    @Test
    void opening_a_directory_or_a_path_under_a_file_names_the_path() throws IOException {
        Path plainFile = Files.writeString(directory.resolve("plain.txt"), "text");

        assertThatThrownBy(() -> SqliteStore.open(directory))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(directory.toAbsolutePath().toString());
        assertThatThrownBy(() -> SqliteStore.open(plainFile.resolve("sitrep.db")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(plainFile.toAbsolutePath().toString());
    }

    @Test
    void opening_a_database_with_a_newer_schema_fails() throws SQLException {
        store.close();
        try (Connection connection = connect(databaseFile()); Statement statement = connection.createStatement()) {
            statement.executeUpdate("""
                    INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,
                                                       installed_by, execution_time, success)
                    VALUES (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 0, 'test', 0, 1)
                    """);
        }

        assertThatThrownBy(() -> SqliteStore.open(databaseFile()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(databaseFile().toAbsolutePath().toString())
                .hasMessageContaining("newer");
        store = SqliteStore.open(directory.resolve("fresh.db"));
    }

    @Test
    void a_closed_store_refuses_calls_and_closes_twice_quietly() {
        store.close();
        store.close();

        assertThatThrownBy(() -> store.documents()).isInstanceOf(StoreException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> store.saveDocument(StoreFixtures.report()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void a_failed_save_names_the_document_and_the_database() {
        DocumentRecord broken = StoreFixtures.document("reports/broken.txt")
                .sentence("An unknown militia entered the town.")
                .mention(0, "unknown militia", "actor-not-in-the-store", "nominal")
                .build();

        assertThatThrownBy(() -> store.saveDocument(broken))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("reports/broken.txt")
                .hasMessageContaining(databaseFile().toAbsolutePath().toString())
                .hasMessageContaining("FOREIGN KEY");
    }

    private static Connection connect(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
