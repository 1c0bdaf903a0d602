package org.sitrep.app;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.sitrep.store.jdbi.PostgresLocation;

/**
 * Scratch databases on the server {@code SITREP_TEST_POSTGRES} names ({@code scripts/pg-test-server.sh} starts one,
 * {@code .ci/run} sets it): tests that run once on each back end use them for their PostgreSQL run.
 */
public final class TestPostgres {
    public static final String VARIABLE = "SITREP_TEST_POSTGRES";

    private TestPostgres() {
    }

    /** The address of a new, empty database {@code name} (dropped first if it exists). */
    public static String freshDatabase(String name) {
        PostgresLocation server = PostgresLocation.parse(System.getenv(VARIABLE));
        try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + name + " on " + server, e);
        }
        return address(server, name);
    }

    /** Deletes every row of the sitrep database at {@code address}, for the next test. */
    public static void empty(String address) {
        try (Connection connection = connect(PostgresLocation.parse(address));
             Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE documents, actors, actor_aliases, actor_roles, merge_reasons, events, "
                    + "event_actors, event_mentions, event_clusters, place_mentions RESTART IDENTITY CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty " + address, e);
        }
    }

    private static String address(PostgresLocation server, String database) {
        String password = server.password() == null ? "" : ":" + java.net.URLEncoder.encode(server.password(),
                java.nio.charset.StandardCharsets.UTF_8);
        return "postgresql://" + server.user() + password + "@" + server.host() + ":" + server.port() + "/" + database;
    }

    private static Connection connect(PostgresLocation location) throws SQLException {
        String url = "jdbc:postgresql://" + location.host() + ":" + location.port() + "/" + location.database();
        return DriverManager.getConnection(url, location.user(), location.password());
    }
}
