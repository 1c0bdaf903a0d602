package org.sitrep.store.jdbi;

import java.util.function.Supplier;
import org.jdbi.v3.core.HandleCallback;

/**
 * How a {@link Database} reaches its server or file: reads each in a transaction of their own that sees one
 * snapshot, writes serialised, and a lock for sequences of reads and writes that must not interleave with
 * another writer's. Implementations are thread-safe.
 */
interface Connections extends AutoCloseable {

    <T> T read(HandleCallback<T, RuntimeException> query);

    /** Runs {@code work} in one transaction, after every other write of this store has committed or rolled back. */
    <T> T write(HandleCallback<T, RuntimeException> work);

    /**
     * Runs {@code work} while no other {@code exclusively} of this store runs, in this process or another where the
     * database allows it. Reentrant.
     */
    <T> T exclusively(Supplier<T> work);

    /** A hint to add to a database error's message, or "". */
    String hint(String message);

    @Override
    void close();
}
