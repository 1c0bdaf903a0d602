package org.sitrep.store.jdbi;

import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.sitrep.store.StoreException;

/**
 * SQLite's connections: writes go through one connection, held for the store's lifetime and guarded by a lock,
 * so they are serialised in this process; other processes are serialised by SQLite's own lock, waited for up to
 * {@link SqliteStore#BUSY_TIMEOUT_MILLIS}. Each read takes a connection of its own (reused from a small pool) and
 * runs in a read transaction, so reads run concurrently with each other and with the writer (WAL).
 */
final class SqliteConnections implements Connections {
    private final ReaderConnections readerConnections;
    private final Jdbi readers;
    private final Handle writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    /** Held by {@link #exclusively}; this process only: a SQLite store is one analyst's. */
    private final ReentrantLock exclusiveLock = new ReentrantLock();
    private final String file;

    SqliteConnections(ReaderConnections readerConnections, Handle writer, String file) {
        this.readerConnections = readerConnections;
        this.readers = Jdbi.create(readerConnections);
        this.writer = writer;
        this.file = file;
    }

    @Override
    public <T> T read(HandleCallback<T, RuntimeException> query) {
        return readers.inTransaction(query);
    }

    @Override
    public <T> T write(HandleCallback<T, RuntimeException> work) {
        writeLock.lock();
        try {
            return writer.inTransaction(work);
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public <T> T exclusively(Supplier<T> work) {
        exclusiveLock.lock();
        try {
            return work.get();
        } finally {
            exclusiveLock.unlock();
        }
    }

    @Override
    public String hint(String message) {
        return message.contains("SQLITE_BUSY")
                ? " (another process kept the database locked for more than " + SqliteStore.BUSY_TIMEOUT_MILLIS / 1000
                        + " s; try again when it has finished)"
                : "";
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            writer.close();
            readerConnections.close();
        } catch (SQLException e) {
            throw new StoreException("Could not close the database " + file + ": " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }
}
