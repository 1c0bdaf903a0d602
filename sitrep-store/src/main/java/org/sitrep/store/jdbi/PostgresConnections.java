package org.sitrep.store.jdbi;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * PostgreSQL's connections, pooled by HikariCP. Reads run in REPEATABLE READ transactions: one snapshot, never
 * blocked by writers (MVCC). Writes take a transaction-level advisory lock first, so the writes of every process
 * on the database are serialised as SQLite serialises them, and are retried on a serialization failure or a
 * deadlock. {@link #exclusively} holds a session-level advisory lock on a connection of its own for as long as its
 * work runs. Advisory locks belong to the database, so processes on other machines honour them too.
 */
final class PostgresConnections implements Connections {
    /** "sitrep" in ASCII, then the lock's number: the keys of the two advisory locks. */
    static final long WRITE_LOCK = 0x736974726570_01L;
    static final long EXCLUSIVE_LOCK = 0x736974726570_02L;
    private static final int ATTEMPTS = 5;

    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final ReentrantLock exclusiveLock = new ReentrantLock();

    PostgresConnections(HikariDataSource pool) {
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
    }

    @Override
    public <T> T read(HandleCallback<T, RuntimeException> query) {
        return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, query);
    }

    @Override
    public <T> T write(HandleCallback<T, RuntimeException> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbi.inTransaction(handle -> {
                    lock(handle, "pg_advisory_xact_lock", WRITE_LOCK);
                    return work.withHandle(handle);
                });
            } catch (JdbiException e) {
                if (attempt == ATTEMPTS || !retryable(e)) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    @Override
    public <T> T exclusively(Supplier<T> work) {
        if (exclusiveLock.isHeldByCurrentThread()) {
            return work.get();
        }
        exclusiveLock.lock();
        try (Handle handle = jdbi.open()) {
            lock(handle, "pg_advisory_lock", EXCLUSIVE_LOCK);
            try {
                return work.get();
            } finally {
                lock(handle, "pg_advisory_unlock", EXCLUSIVE_LOCK);
            }
        } finally {
            exclusiveLock.unlock();
        }
    }

    @Override
    public String hint(String message) {
        return "";
    }

    @Override
    public void close() {
        pool.close();
    }

    private static void lock(Handle handle, String function, long key) {
        handle.createQuery("SELECT 1 FROM (SELECT " + function + "(:key)) AS locked")
                .bind("key", key)
                .mapTo(Integer.class)
                .one();
    }

    /** Serialization failure or deadlock: the transaction did nothing wrong and may simply run again. */
    private static boolean retryable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && ("40001".equals(sql.getSQLState()) || "40P01".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(10, 50L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
