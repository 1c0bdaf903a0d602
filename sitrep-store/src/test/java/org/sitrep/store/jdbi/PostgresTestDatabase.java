package org.sitrep.store.jdbi;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Scratch databases on the server {@code SITREP_TEST_POSTGRES} names ({@code scripts/pg-test-server.sh} starts one):
 * each test class gets a database of its own, dropped and created again, so runs never see each other's rows.
 */
final class PostgresTestDatabase {
    static final String VARIABLE = "SITREP_TEST_POSTGRES";

    private PostgresTestDatabase() {
    }

    /** The server's address, as the variable gives it. */
    static PostgresLocation server() {
        String address = System.getenv(VARIABLE);
        if (address == null || address.isBlank()) {
            throw new IllegalStateException(VARIABLE + " is not set");
        }
        return PostgresLocation.parse(address);
    }

    /** A new, empty database {@code name} on the server (dropped first if it exists), owned by the server's user. */
    static PostgresLocation fresh(String name) {
        PostgresLocation server = server();
        try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + name + " on " + server, e);
        }
        return in(server, name);
    }

    /** The same server and user, another database. */
    static PostgresLocation in(PostgresLocation server, String database) {
        return new PostgresLocation(server.host(), server.port(), database, server.user(), server.password(),
                server.parameters());
    }

    /** Deletes every row of a sitrep database, for the next test. */
    static void empty(PostgresLocation location) {
        try (Connection connection = connect(location); Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE documents, actors, actor_aliases, actor_roles, merge_reasons, events, "
                    + "event_actors, event_mentions, event_clusters, place_mentions RESTART IDENTITY CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty " + location, e);
        }
    }

    static Connection connect(PostgresLocation location) throws SQLException {
        return DriverManager.getConnection(location.jdbcUrl(), location.user(), location.password());
    }
}
