package org.sitrep.store.jdbi;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.SQLException;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.sitrep.store.StoreException;

/**
 * The {@link org.sitrep.store.Store} in a PostgreSQL database, for a team sharing one picture: several processes,
 * on several machines, may ingest into it and read from it at once ({@link PostgresConnections} says how).
 * The schema is the same as SQLite's, migration for migration ({@code db/migration/postgresql}); full-text search
 * uses a GIN-indexed tsvector with the {@code unaccent} extension.
 *
 * <pre>{@code
 * try (Store store = PostgresStore.open(PostgresLocation.parse("postgresql://analyst@db.example/sitrep"))) {
 *     List<SearchHit> hits = store.search("junta Bamako", 20);
 * }
 * }</pre>
 */
public final class PostgresStore extends JdbiStore {
    /** Enough for the web server's workers and an ingest; more callers wait briefly for a connection. */
    static final int POOL_SIZE = 10;
    private static final String HISTORY_EXISTS = "SELECT to_regclass('flyway_schema_history') IS NOT NULL";

    private final PostgresLocation location;

    private PostgresStore(PostgresLocation location, Database db) {
        super(db);
        this.location = location;
    }

    /**
     * Connects to the database and brings its schema up to date.
     *
     * @throws StoreException with one line saying what to do when the server cannot be reached, refuses the user
     *     or password, has no such database, lacks the {@code unaccent} extension, or has a newer schema
     */
    public static PostgresStore open(PostgresLocation location) {
        Objects.requireNonNull(location, "location");
        HikariDataSource pool = connect(location);
        try {
            Jdbi jdbi = Jdbi.create(pool);
            try (Handle handle = jdbi.open()) {
                ensureUnaccent(handle, location);
                if (!Migrations.schemaIsCurrent(handle, HISTORY_EXISTS)) {
                    Migrations.migrate(Dialect.POSTGRESQL, pool, location.toString());
                }
            } catch (JdbiException e) {
                throw new StoreException("Cannot prepare the database " + location + ": " + Database.rootMessage(e),
                        e);
            }
            return new PostgresStore(location,
                    new Database(Dialect.POSTGRESQL, new PostgresConnections(pool), location.toString()));
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** Where this store is (without its password). */
    public PostgresLocation location() {
        return location;
    }

    @Override
    public String toString() {
        return "PostgresStore[" + location + "]";
    }

    private static HikariDataSource connect(PostgresLocation location) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(location.jdbcUrl());
        config.setUsername(location.user());
        config.setPassword(location.password());
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(10_000);
        config.setPoolName("sitrep-store");
        config.addDataSourceProperty("ApplicationName", "sitrep");
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw new StoreException(connectionProblem(location, e), e);
        }
    }

    /** One line saying what went wrong and what to do, for the failures a user can fix. */
    static String connectionProblem(PostgresLocation location, Throwable failure) {
        SQLException sql = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException found) {
                sql = found;
            }
        }
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        String where = location.host() + ":" + location.port();
        return switch (state) {
            case "08001", "08006" -> "Cannot reach PostgreSQL at " + where + " (" + Database.rootMessage(failure)
                    + "): start the server, or correct the host and port of the store address.";
            case "28P01" -> "PostgreSQL at " + where + " refused the password of user " + location.user()
                    + ": give the right one in the store address, PGPASSWORD or ~/.pgpass.";
            case "08004" -> "PostgreSQL at " + where + " wants a password for user " + location.user()
                    + ": give it in the store address (postgresql://USER:PASSWORD@...), PGPASSWORD or ~/.pgpass.";
            case "28000" -> "PostgreSQL at " + where + " does not let user " + location.user() + " in ("
                    + Database.rootMessage(failure) + "): check the user name and the server's pg_hba.conf.";
            case "3D000" -> "There is no database " + location.database() + " on " + where + ": create it with "
                    + "'createdb -h " + location.host() + " -p " + location.port() + " -U " + location.user() + " "
                    + location.database() + "' and run sitrep again.";
            default -> "Cannot connect to " + location + ": " + Database.rootMessage(failure);
        };
    }

    /**
     * Search folds accents with the unaccent extension. The database's owner may create it (it is a trusted
     * extension); anyone else needs a superuser to have done so.
     */
    private static void ensureUnaccent(Handle handle, PostgresLocation location) {
        boolean installed = handle.createQuery("SELECT count(*) > 0 FROM pg_extension WHERE extname = 'unaccent'")
                .mapTo(Boolean.class).one();
        if (installed) {
            return;
        }
        try {
            handle.execute("CREATE EXTENSION IF NOT EXISTS unaccent");
        } catch (JdbiException e) {
            throw new StoreException("The database " + location.database() + " on " + location.host() + ":"
                    + location.port() + " lacks the unaccent extension, and user " + location.user()
                    + " may not add it: run 'CREATE EXTENSION unaccent;' in it as a superuser (Debian ships it in "
                    + "postgresql-contrib).", e);
        }
    }
}
