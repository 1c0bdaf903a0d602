package org.sitrep.store.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.sitrep.store.Store;
import org.sitrep.store.StoreContractTest;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoreFixtures;

/**
 * The store contract on a PostgreSQL server, plus what is particular to it: migrations, several stores (as several
 * processes) on one database, and the errors a user can fix. Runs when {@code SITREP_TEST_POSTGRES} names a server
 * ({@code .ci/run} starts one).
 */
@EnabledIfEnvironmentVariable(named = PostgresTestDatabase.VARIABLE, matches = ".+")
class PostgresStoreTest extends StoreContractTest {
    private static PostgresLocation database;

    @BeforeAll
    static void create_database() {
        database = PostgresTestDatabase.fresh("sitrep_contract");
    }

    @Override
    protected Store newStore() {
        PostgresStore opened = PostgresStore.open(database);
        PostgresTestDatabase.empty(database);
        return opened;
    }

    @Test
    void the_migrations_have_the_versions_of_sqlites() throws Exception {
        List<String> sqlite = migrationFiles("sqlite");
        assertThat(migrationFiles("postgresql")).isEqualTo(sqlite);
        try (Connection connection = PostgresTestDatabase.connect(database)) {
            assertThat(strings(connection, "SELECT version FROM flyway_schema_history WHERE success ORDER BY 1"))
                    .containsExactly("1", "2", "3", "4", "5", "6");
        }
    }

    @Test
    void a_second_store_reads_while_a_writer_holds_a_write_transaction() throws Exception {
        store.saveDocument(StoreFixtures.report());
        try (PostgresStore reader = PostgresStore.open(database);
             Connection writer = PostgresTestDatabase.connect(database);
             Statement writing = writer.createStatement()) {
            writer.setAutoCommit(false);
            writing.execute("LOCK TABLE documents IN ROW EXCLUSIVE MODE");
            writing.executeUpdate("DELETE FROM documents");

            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
                assertThat(reader.documents()).hasSize(1);
                assertThat(reader.search("Bamako", 5)).hasSize(1);
                assertThat(reader.mentions(StoreFixtures.SPOKESMAN_ID, 5)).hasSize(2);
            });
            writer.rollback();
        }
    }

    @Test
    void two_stores_writing_at_once_lose_nothing_and_share_actors() throws Exception {
        int documentsPerStore = 8;
        try (PostgresStore first = PostgresStore.open(database); PostgresStore second = PostgresStore.open(database)) {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Void>> writers = new ArrayList<>();
            for (PostgresStore writer : List.of(first, second)) {
                String folder = writer == first ? "a" : "b";
                writers.add(CompletableFuture.runAsync(() -> {
                    awaitQuietly(start);
                    for (int i = 0; i < documentsPerStore; i++) {
                        writer.saveDocument(StoreFixtures.report("reports/" + folder + "/r" + i + ".txt"));
                    }
                }));
            }
            start.countDown();
            CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        }

        assertThat(store.documents()).hasSize(2 * documentsPerStore);
        assertThat(store.allActors()).hasSize(3);
        assertThat(store.mentionCount(StoreFixtures.SPOKESMAN_ID)).isEqualTo(2 * 2 * documentsPerStore);
    }

    @Test
    void exclusively_keeps_a_second_store_out_until_the_first_is_done() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        try (PostgresStore first = PostgresStore.open(database); PostgresStore second = PostgresStore.open(database)) {
            List<CompletableFuture<Void>> runs = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                PostgresStore user = i % 2 == 0 ? first : second;
                runs.add(CompletableFuture.runAsync(() -> user.exclusively(() -> {
                    most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    // Reentrant: a nested call on the same thread runs at once.
                    user.exclusively(() -> user.documents());
                    sleepQuietly(50);
                    inside.decrementAndGet();
                    return null;
                })));
            }
            CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        }
        assertThat(most.get()).isEqualTo(1);
    }

    @Test
    void a_server_that_is_down_wrong_password_or_missing_database_each_say_what_to_do() throws Exception {
        PostgresLocation server = PostgresTestDatabase.server();
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        PostgresLocation down = new PostgresLocation(server.host(), closedPort, "sitrep", server.user(), "x",
                server.parameters());
        assertThatThrownBy(() -> PostgresStore.open(down)).isInstanceOf(StoreException.class)
                .hasMessageContaining("Cannot reach PostgreSQL at " + server.host() + ":" + closedPort)
                .hasMessageContaining("start the server");

        PostgresLocation wrongPassword = new PostgresLocation(server.host(), server.port(), database.database(),
                server.user(), "not-the-password", server.parameters());
        assertThatThrownBy(() -> PostgresStore.open(wrongPassword)).isInstanceOf(StoreException.class)
                .hasMessageContaining("refused the password of user " + server.user())
                .hasMessageContaining("PGPASSWORD or ~/.pgpass");

        PostgresLocation missing = PostgresTestDatabase.in(server, "sitrep_no_such_database");
        assertThatThrownBy(() -> PostgresStore.open(missing)).isInstanceOf(StoreException.class)
                .hasMessageContaining("There is no database sitrep_no_such_database")
                .hasMessageContaining("createdb");
    }

    @Test
    void a_database_without_unaccent_that_the_user_may_not_extend_says_what_to_do() throws Exception {
        PostgresLocation plain = PostgresTestDatabase.fresh("sitrep_no_unaccent");
        try (Connection connection = PostgresTestDatabase.connect(plain); Statement statement = connection.createStatement()) {
            // The owner gives up its right to create extensions here, as a user who does not own the database has.
            statement.execute("REVOKE CREATE ON DATABASE sitrep_no_unaccent FROM PUBLIC, CURRENT_USER");
        }
        assertThatThrownBy(() -> PostgresStore.open(plain)).isInstanceOf(StoreException.class)
                .hasMessageContaining("lacks the unaccent extension")
                .hasMessageContaining("CREATE EXTENSION unaccent");
    }

    @Test
    void a_closed_store_refuses_calls() {
        store.close();
        store.close();

        assertThatThrownBy(() -> store.documents()).isInstanceOf(StoreException.class).hasMessageContaining("closed");
    }

    private static List<String> migrationFiles(String dialect) throws Exception {
        try (var files = Files.list(Path.of("src/main/resources/db/migration/" + dialect))) {
            return files.map(file -> file.getFileName().toString()).map(name -> name.substring(0, name.indexOf("__")))
                    .sorted().toList();
        }
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

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
