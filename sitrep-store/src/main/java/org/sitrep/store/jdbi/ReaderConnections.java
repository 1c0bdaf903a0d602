package org.sitrep.store.jdbi;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import javax.sql.DataSource;
import org.jdbi.v3.core.ConnectionFactory;

/**
 * Read connections kept open between reads. Opening a SQLite connection costs a few milliseconds (file open,
 * pragmas, schema parse), far more than a typical lookup, so up to {@code maxIdle} connections are reused.
 * Thread-safe; each connection serves one handle at a time.
 */
final class ReaderConnections implements ConnectionFactory {
    private final DataSource source;
    private final BlockingDeque<Connection> idle;
    private volatile boolean closed;

    ReaderConnections(DataSource source, int maxIdle) {
        this.source = source;
        this.idle = new LinkedBlockingDeque<>(maxIdle);
    }

    @Override
    public Connection openConnection() throws SQLException {
        Connection connection = idle.pollFirst();
        return connection != null ? connection : source.getConnection();
    }

    @Override
    public void closeConnection(Connection connection) throws SQLException {
        // A connection left inside a transaction (after a failure) is not fit to hand out again.
        if (closed || connection.isClosed() || !connection.getAutoCommit() || !idle.offerFirst(connection)) {
            connection.close();
            return;
        }
        if (closed) {
            // close() ran while this connection was being returned.
            closeIdle();
        }
    }

    /** Closes the idle connections; connections in use are closed when their reads finish. */
    void close() throws SQLException {
        closed = true;
        closeIdle();
    }

    private void closeIdle() throws SQLException {
        SQLException failure = null;
        for (Connection connection = idle.pollFirst(); connection != null; connection = idle.pollFirst()) {
            try {
                connection.close();
            } catch (SQLException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
