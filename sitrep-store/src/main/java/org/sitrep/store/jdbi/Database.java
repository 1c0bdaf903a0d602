package org.sitrep.store.jdbi;

import java.util.function.Supplier;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.JdbiException;
import org.sitrep.store.StoreException;

/**
 * One open database: its dialect's statements and its connections, with the error handling every reader and
 * writer shares (a failure names what was being done and the database). Thread-safe.
 */
final class Database {
    private final Dialect dialect;
    private final Sql sql;
    private final Connections connections;
    private final String name;
    private volatile boolean closed;

    /** {@code name} is how messages name the database: a file path, or a server address without password. */
    Database(Dialect dialect, Connections connections, String name) {
        this.dialect = dialect;
        this.sql = new Sql(dialect);
        this.connections = connections;
        this.name = name;
    }

    Dialect dialect() {
        return dialect;
    }

    Sql sql() {
        return sql;
    }

    /** The statement {@code statement} of {@code sql/.../<file>.sql}. */
    String sql(String file, String statement) {
        return sql.get(file, statement);
    }

    String name() {
        return name;
    }

    /** Runs queries in one read transaction, so that queries issued together see one snapshot. */
    <T> T read(String what, HandleCallback<T, RuntimeException> query) {
        ensureOpen();
        try {
            return connections.read(query);
        } catch (JdbiException e) {
            throw failure(what, e);
        }
    }

    <T> T write(String what, HandleCallback<T, RuntimeException> work) {
        ensureOpen();
        try {
            return connections.write(work);
        } catch (JdbiException e) {
            throw failure(what, e);
        }
    }

    <T> T exclusively(String what, Supplier<T> work) {
        ensureOpen();
        try {
            return connections.exclusively(work);
        } catch (JdbiException e) {
            throw failure(what, e);
        }
    }

    /** Waits for a write in progress, then closes the connections; later calls throw. Idempotent. */
    void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            connections.close();
        } catch (JdbiException e) {
            throw failure("close the database", e);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new StoreException("The store on " + name + " is closed");
        }
    }

    private StoreException failure(String what, Exception e) {
        String message = rootMessage(e);
        return new StoreException("Could not " + what + " in " + name + ": " + message + connections.hint(message), e);
    }

    static String rootMessage(Throwable throwable) {
        Throwable root = throwable;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
