package org.sitrep.store.jdbi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.sitrep.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The {@link org.sitrep.store.Store} in one SQLite file, in WAL mode so that readers see the last committed state
 * while a document is being written.
 *
 * <p>Thread-safe. Writes go through one connection, held for the store's lifetime and guarded by a lock, so
 * they are serialised in this process; other processes are serialised by SQLite's own lock, waited for up to
 * 10 s. Each read takes a connection of its own (reused from a small pool) and runs in a read transaction, so
 * reads run concurrently with each other and with the writer, and each sees one consistent snapshot
 * ({@link SqliteConnections}).
 *
 * <pre>{@code
 * try (Store store = SqliteStore.open(Path.of("sitrep-data/sitrep.db"))) {
 *     store.saveDocument(record);
 *     List<SearchHit> hits = store.search("junta Bamako", 20);
 * }
 * }</pre>
 */
public final class SqliteStore extends JdbiStore {
    static final String MIGRATIONS = Dialect.SQLITE.migrations();
    static final int BUSY_TIMEOUT_MILLIS = 10_000;
    /** Enough for a web server's worker threads on a small machine; more readers just open and close. */
    static final int MAX_IDLE_READERS = 8;
    static final String SCHEMA_VERSION = Migrations.SCHEMA_VERSION;

    private static final Logger LOG = LoggerFactory.getLogger(SqliteStore.class);
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final String HISTORY_EXISTS =
            "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'";

    private final Path dbFile;

    private SqliteStore(Path dbFile, Database db) {
        super(db);
        this.dbFile = dbFile;
    }

    /**
     * Opens the database at {@code dbFile}, creating it and its parent directories when missing, and brings
     * its schema up to date.
     *
     * @throws StoreException when the file cannot be created or opened, is not a SQLite database, or has a
     *     schema newer than this build knows; the message names the file and what to do
     */
    public static SqliteStore open(Path dbFile) {
        Objects.requireNonNull(dbFile, "dbFile");
        Path file = dbFile.toAbsolutePath().normalize();
        checkLocation(file);
        SQLiteDataSource writerSource = dataSource(file, true);
        Handle writer;
        try {
            writer = Jdbi.create(writerSource).open();
        } catch (JdbiException e) {
            throw new StoreException("Cannot open the database " + file + ": " + Database.rootMessage(e)
                    + ". Check that it is a sitrep database and that you may write to it and its directory.", e);
        }
        try {
            String journalMode = writer.createQuery("PRAGMA journal_mode").mapTo(String.class).one();
            if (!"wal".equalsIgnoreCase(journalMode)) {
                // Some file systems (network shares) refuse WAL; the store still works, but readers then
                // wait for writers.
                LOG.warn("Database {} is in journal mode {}, not WAL; reads will wait while a document is saved",
                        file, journalMode);
            }
            if (!Migrations.schemaIsCurrent(writer, HISTORY_EXISTS)) {
                // The writer is reopened after Flyway's own connection changed the schema: the old one kept
                // a stale view of it and failed its first write after an upgrade ("no such table").
                writer.close();
                Migrations.migrate(Dialect.SQLITE, writerSource, file.toString());
                writer = Jdbi.create(writerSource).open();
            }
            Connections connections = new SqliteConnections(
                    new ReaderConnections(dataSource(file, false), MAX_IDLE_READERS), writer, file.toString());
            return new SqliteStore(file, new Database(Dialect.SQLITE, connections, file.toString()));
        } catch (JdbiException e) {
            writer.close();
            throw new StoreException("Cannot prepare the database " + file + ": " + Database.rootMessage(e), e);
        } catch (RuntimeException e) {
            writer.close();
            throw e;
        }
    }

    /** The database file this store reads and writes. */
    public Path file() {
        return dbFile;
    }

    @Override
    public String toString() {
        return "SqliteStore[" + dbFile + "]";
    }

    /** Fails early, with a message naming the file, on the problems SQLite would report obscurely. */
    private static void checkLocation(Path file) {
        if (Files.isDirectory(file)) {
            throw new StoreException("The database path " + file + " is a directory; give the path of a file.");
        }
        Path directory = file.getParent();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StoreException("Cannot create the directory " + directory + " for the database " + file
                    + ": " + e + ". Choose another location or create it yourself.", e);
        }
        // SQLite needs to create the -wal and -shm files next to the database.
        if (!Files.isWritable(directory)) {
            throw new StoreException("The directory " + directory + " of the database " + file
                    + " is not writable. Fix its permissions or choose another location.");
        }
        if (!Files.exists(file)) {
            return;
        }
        if (!Files.isReadable(file) || !Files.isWritable(file)) {
            throw new StoreException("The database " + file
                    + " cannot be read and written. Fix its permissions or choose another file.");
        }
        byte[] header = new byte[SQLITE_HEADER.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(header, 0, header.length);
        } catch (IOException e) {
            throw new StoreException("Cannot read the database " + file + ": " + e, e);
        }
        // An empty file is a valid, empty SQLite database.
        if (read > 0 && !Arrays.equals(header, SQLITE_HEADER)) {
            throw new StoreException("The file " + file + " is not a SQLite database. Give the path of a sitrep "
                    + "database, or a path that does not exist yet to create one.");
        }
    }

    private static SQLiteDataSource dataSource(Path file, boolean forWriting) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        if (forWriting) {
            // WAL is a property of the file, so setting it once on the writer suffices; NORMAL is safe in
            // WAL mode (a power cut may lose the last commits, never corrupt the file).
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        } else {
            // Readers are pooled, so their page cache outlives a query: 32 MB (SQLite's default is 2 MB) keeps
            // the event indexes of a large store in memory between the workspace's requests.
            config.setCacheSize(-32 * 1024);
        }
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file);
        return source;
    }
}
