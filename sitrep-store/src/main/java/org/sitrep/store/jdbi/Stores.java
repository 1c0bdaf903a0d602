package org.sitrep.store.jdbi;

import java.nio.file.Files;
import java.nio.file.Path;
import org.sitrep.store.Store;

/**
 * Opens the store a user names: a PostgreSQL address ({@code postgresql://...}, {@code jdbc:postgresql://...}), else
 * the path of a SQLite file. Stateless.
 */
public final class Stores {
    private Stores() {
    }

    /** Opens the store at {@code location}, creating a SQLite file (or a server database's schema) when missing. */
    public static Store open(String location) {
        return PostgresLocation.isAddress(location) ? PostgresStore.open(PostgresLocation.parse(location))
                : SqliteStore.open(Path.of(location));
    }

    /** Whether {@code location} names a database server rather than a file. */
    public static boolean isServer(String location) {
        return PostgresLocation.isAddress(location);
    }

    /** Whether a store is there: a SQLite file that exists; a server is asked when the store is opened. */
    public static boolean exists(String location) {
        return isServer(location) || Files.exists(Path.of(location));
    }

    /** How messages name the store: the path, or the address without its password. */
    public static String describe(String location) {
        return isServer(location) ? PostgresLocation.redacted(location) : location;
    }
}
