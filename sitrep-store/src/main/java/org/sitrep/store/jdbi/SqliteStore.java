package org.sitrep.store.jdbi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.sitrep.model.Document;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EntityType;
import org.sitrep.model.Issue;
import org.sitrep.model.Sentence;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.actor.ActorMention;
import org.sitrep.model.actor.MergeReason;
import org.sitrep.model.actor.Role;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.event.EventMention;
import org.sitrep.model.event.EventSize;
import org.sitrep.model.event.EventStatus;
import org.sitrep.model.event.PloverCoding;
import org.sitrep.model.figure.Figure;
import org.sitrep.model.place.Location;
import org.sitrep.model.place.PlaceMention;
import org.sitrep.model.time.DateRange;
import org.sitrep.model.time.TimeMention;
import org.sitrep.store.ActorNameUse;
import org.sitrep.store.ActorSummary;
import org.sitrep.store.DocumentRecord;
import org.sitrep.store.DocumentSummary;
import org.sitrep.store.EventQuery;
import org.sitrep.store.MentionView;
import org.sitrep.store.PlaceMentionView;
import org.sitrep.store.PlaceSummary;
import org.sitrep.store.SearchHit;
import org.sitrep.store.Store;
import org.sitrep.store.StoreCounts;
import org.sitrep.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The {@link Store} in one SQLite file, in WAL mode so that readers see the last committed state while a
 * document is being written.
 *
 * <p>Thread-safe. Writes go through one connection, held for the store's lifetime and guarded by a lock, so
 * they are serialised in this process; other processes are serialised by SQLite's own lock, waited for up to
 * 10 s. Each read takes a connection of its own (reused from a small pool) and
 * runs in a read transaction, so reads run concurrently with each other and with the writer, and each sees
 * one consistent snapshot.
 *
 * <p>Titles in {@link DocumentSummary}, {@link MentionView} and {@link SearchHit} are display titles: the
 * source title, or the file name of the path when there is none, as {@link Document#title()} gives.
 *
 * <pre>{@code
 * try (Store store = SqliteStore.open(Path.of("sitrep-data/sitrep.db"))) {
 *     store.saveDocument(record);
 *     List<SearchHit> hits = store.search("junta Bamako", 20);
 * }
 * }</pre>
 */
public final class SqliteStore implements Store {
    static final String MIGRATIONS = "classpath:db/migration/sqlite";
    static final int BUSY_TIMEOUT_MILLIS = 10_000;
    /** Enough for a web server's worker threads on a small machine; more readers just open and close. */
    static final int MAX_IDLE_READERS = 8;

    private static final Logger LOG = LoggerFactory.getLogger(SqliteStore.class);
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    /** Well under SQLite's limit of 32766 bound parameters per statement. */
    private static final int IN_LIST_CHUNK = 500;

    private static final String SUMMARY_SELECT = """
            SELECT d.id, d.path, d.title, d.publisher, d.published, d.media_type, d.sha256, d.text_length,
                   d.ingested_at,
                   (SELECT COUNT(*) FROM sentences s WHERE s.doc_id = d.id) AS sentence_count
            FROM documents d
            """;
    private static final String ACTOR_COLUMNS = """
            a.id, a.name, a.kind, a.country, a.sector, a.wikidata_id, a.curated
            """;
    private static final String EVENT_SELECT = """
            SELECT e.rowid AS row_id, e.id, e.crisis_class, e.plover_event, e.plover_modes, e.plover_contexts, e.quad,
                   e.date_start, e.date_end, e.date_precision, e.date_text, e.place, e.place_name, e.place_geonameid,
                   e.place_lat, e.place_lon, e.place_admin1, e.place_country, e.place_feature, e.place_resolution,
                   e.place_area, e.dead, e.injured, e.arrested, e.displaced, e.troops, e.status, e.confidence
            FROM events e
            """;
    // Undated events last; ties by document, then by the sentence of the first mention (events without mentions
    // after those with), then by id so that the order is total. Every term is a column of the events_*_order
    // indexes (V6), so a page's rowids come from an index alone and a LIMIT stops early.
    private static final String EVENT_ORDER = """
            ORDER BY e.date_start IS NULL, e.date_start, e.doc_id, e.first_sentence IS NULL, e.first_sentence, e.id
            """;
    // The distinct folded place names, read from events_place_order by jumping from each to the next (a loose
    // index scan: one lookup per name, however many events share it).
    private static final String PLACE_NAMES = """
            WITH RECURSIVE place_names(name) AS (
                SELECT MIN(place_norm) FROM events
                UNION ALL
                SELECT (SELECT MIN(place_norm) FROM events WHERE place_norm > place_names.name)
                FROM place_names WHERE place_names.name IS NOT NULL)
            """;
    private static final String MATCHING_PLACE_NAMES =
            "SELECT name FROM place_names WHERE instr(name, :place) > 0";

    private final Path dbFile;
    private final ReaderConnections readerConnections;
    private final Jdbi readers;
    private final Handle writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private volatile boolean closed;

    private SqliteStore(Path dbFile, ReaderConnections readerConnections, Handle writer) {
        this.dbFile = dbFile;
        this.readerConnections = readerConnections;
        this.readers = Jdbi.create(readerConnections);
        this.writer = writer;
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
            throw new StoreException("Cannot open the database " + file + ": " + rootMessage(e)
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
            if (!schemaIsCurrent(writer)) {
                // The writer is reopened after Flyway's own connection changed the schema: the old one kept
                // a stale view of it and failed its first write after an upgrade ("no such table").
                writer.close();
                migrate(writerSource, file);
                writer = Jdbi.create(writerSource).open();
            }
            return new SqliteStore(file, new ReaderConnections(dataSource(file, false), MAX_IDLE_READERS), writer);
        } catch (JdbiException e) {
            writer.close();
            throw new StoreException("Cannot prepare the database " + file + ": " + rootMessage(e), e);
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
    public Optional<DocumentSummary> findByHash(String sha256) {
        return read("find the document with hash " + sha256, handle -> handle
                .createQuery(SUMMARY_SELECT + "WHERE d.sha256 = :sha256")
                .bind("sha256", sha256)
                .map((row, context) -> Rows.summary(row))
                .findOne());
    }

    @Override
    public Optional<DocumentSummary> findByPath(String path) {
        return read("find the document ingested from " + path, handle -> handle
                .createQuery(SUMMARY_SELECT + "WHERE d.path = :path")
                .bind("path", path)
                .map((row, context) -> Rows.summary(row))
                .findOne());
    }

    @Override
    public void saveDocument(DocumentRecord record) {
        Objects.requireNonNull(record, "record");
        Document document = record.document();
        write("save document " + document.id() + " (" + document.path() + ")", handle -> {
            DocumentWriter.save(handle, record);
            return null;
        });
    }

    @Override
    public boolean deleteDocument(String docId) {
        return write("delete document " + docId, handle -> DocumentWriter.delete(handle, docId));
    }

    /** {@inheritDoc} Ordered by path. */
    @Override
    public List<DocumentSummary> documents() {
        return read("list documents", handle -> handle
                .createQuery(SUMMARY_SELECT + "ORDER BY d.path, d.id")
                .map((row, context) -> Rows.summary(row))
                .list());
    }

    @Override
    public Optional<Document> document(String docId) {
        return read("read document " + docId, handle -> handle
                .createQuery("""
                        SELECT id, path, sha256, media_type, title, publisher, author, published, url, language,
                               text, ingested_at
                        FROM documents WHERE id = :id
                        """)
                .bind("id", docId)
                .map((row, context) -> Rows.document(row))
                .findOne());
    }

    @Override
    public List<Sentence> sentences(String docId) {
        return ofDocument("the sentences", docId,
                "SELECT idx, span_start, span_end, text FROM sentences WHERE doc_id = :docId ORDER BY idx",
                (row, context) -> Rows.sentence(row));
    }

    @Override
    public List<TimeMention> times(String docId) {
        return ofDocument("the dates", docId, """
                SELECT sentence, span_start, span_end, text, timex, range_start, range_end, range_precision
                FROM time_mentions WHERE doc_id = :docId ORDER BY seq
                """, (row, context) -> Rows.time(row));
    }

    @Override
    public List<Figure> figures(String docId) {
        return ofDocument("the figures", docId, """
                SELECT sentence, span_start, span_end, text, value, qualifier, counted, kind
                FROM figures WHERE doc_id = :docId ORDER BY seq
                """, (row, context) -> Rows.figure(row));
    }

    @Override
    public List<Issue> issues(String docId) {
        return ofDocument("the issues", docId,
                "SELECT code, stage, message FROM issues WHERE doc_id = :docId ORDER BY seq",
                (row, context) -> Rows.issue(row));
    }

    @Override
    public List<PlaceMention> places(String docId) {
        return ofDocument("the places", docId, """
                SELECT sentence, span_start, span_end, text, name, geonameid, lat, lon, admin1, country, feature,
                       resolution, area, demonym, source, reason
                FROM place_mentions WHERE doc_id = :docId ORDER BY ordinal
                """, (row, context) -> Rows.placeMention(row));
    }

    /**
     * {@inheritDoc} Mentions group by gazetteer id, unresolved ones by their folded words; the spelling shown is
     * the most frequent, the gazetteer fields are the same for every mention of a group.
     */
    @Override
    public List<PlaceSummary> places() {
        return read("read places", handle -> {
            Map<Long, Integer> eventsByPlace = new HashMap<>();
            handle.createQuery("""
                    SELECT place_geonameid AS id, COUNT(*) AS n FROM events
                    WHERE place_geonameid IS NOT NULL AND place_area IS NULL GROUP BY place_geonameid
                    """).map((row, context) -> Map.entry(row.getLong("id"), row.getInt("n")))
                    .forEach(e -> eventsByPlace.put(e.getKey(), e.getValue()));
            Map<String, PlaceTally> tallies = new LinkedHashMap<>();
            handle.createQuery("""
                    SELECT doc_id, sentence, span_start, span_end, text, name, geonameid, lat, lon, admin1, country,
                           feature, resolution, area, demonym, source, reason
                    FROM place_mentions WHERE demonym = 0 AND area IS NULL ORDER BY doc_id, ordinal
                    """).map((row, context) -> Map.entry(row.getString("doc_id"), Rows.placeMention(row)))
                    .forEach(entry -> {
                        Location place = entry.getValue().location();
                        String key = place.geonameId() != null ? "id:" + place.geonameId()
                                : "text:" + NameNormaliser.normalise(place.text());
                        tallies.computeIfAbsent(key, k -> new PlaceTally(place)).add(entry.getKey(), place.text());
                    });
            List<PlaceSummary> out = new ArrayList<>();
            for (PlaceTally tally : tallies.values()) {
                Location p = tally.first;
                int events = p.geonameId() == null ? 0 : eventsByPlace.getOrDefault(p.geonameId(), 0);
                out.add(new PlaceSummary(new Location(tally.spelling(), p.name(), p.geonameId(), p.lat(), p.lon(),
                        p.admin1(), p.countryIso3(), p.featureCode(), p.resolution(), null), tally.mentions, events,
                        tally.documents.size()));
            }
            out.sort(Comparator.comparingInt(PlaceSummary::mentions).reversed()
                    .thenComparing(s -> s.place().displayName()));
            return out;
        });
    }

    /** Mentions of one place, counted while {@link #places()} reads them. */
    private static final class PlaceTally {
        private final Location first;
        private final Map<String, Integer> spellings = new HashMap<>();
        private final Set<String> documents = new HashSet<>();
        private int mentions;

        PlaceTally(Location first) {
            this.first = first;
        }

        void add(String docId, String spelling) {
            mentions++;
            documents.add(docId);
            spellings.merge(spelling, 1, Integer::sum);
        }

        String spelling() {
            return spellings.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
        }
    }

    @Override
    public List<PlaceMentionView> placeMentions(String name, int limit) {
        String folded = NameNormaliser.normalise(Objects.requireNonNull(name, "name"));
        if (folded.isEmpty() || limit <= 0) {
            return List.of();
        }
        // Folding happens in Java: SQLite cannot fold accents, and "Ségou" must find "Segou".
        return read("read place mentions", handle -> handle.createQuery("""
                        SELECT p.doc_id, s.text AS sentence_text, p.sentence, p.span_start, p.span_end, p.text,
                               p.name, p.geonameid, p.lat, p.lon, p.admin1, p.country, p.feature, p.resolution,
                               p.area, p.demonym, p.source, p.reason
                        FROM place_mentions p
                        JOIN sentences s ON s.doc_id = p.doc_id AND s.idx = p.sentence
                        ORDER BY p.doc_id, p.ordinal
                        """)
                .map((row, context) -> new PlaceMentionView(row.getString("doc_id"), row.getString("sentence_text"),
                        Rows.placeMention(row)))
                .stream()
                .filter(v -> folded.equals(NameNormaliser.normalise(v.mention().location().text()))
                        || v.mention().location().name() != null
                        && folded.equals(NameNormaliser.normalise(v.mention().location().name())))
                .limit(limit)
                .toList());
    }

    @Override
    public List<EntityMention> entities(String docId) {
        return ofDocument("the entities", docId, """
                SELECT sentence, span_start, span_end, text, type, source
                FROM entity_mentions WHERE doc_id = :docId ORDER BY seq
                """, (row, context) -> new EntityMention(row.getInt("sentence"), Rows.span(row),
                row.getString("text"), row.getString("type") == null ? null : EntityType.valueOf(row.getString("type")),
                row.getString("source")));
    }

    @Override
    public List<ActorMention> actorMentions(String docId) {
        return ofDocument("the actor mentions", docId, """
                SELECT sentence, span_start, span_end, text, actor_id, method
                FROM actor_mentions WHERE doc_id = :docId ORDER BY seq
                """, (row, context) -> new ActorMention(row.getInt("sentence"), Rows.span(row),
                row.getString("text"), row.getString("actor_id"), row.getString("method")));
    }

    /** One layer of one document: {@code sql} selects rows by {@code :docId}, in the layer's order. */
    private <T> List<T> ofDocument(String what, String docId, String sql,
                                   org.jdbi.v3.core.mapper.RowMapper<T> mapper) {
        return read("read " + what + " of " + docId, handle -> handle.createQuery(sql)
                .bind("docId", docId)
                .map(mapper)
                .list());
    }

    @Override
    public List<Actor> allActors() {
        return read("list actors", handle -> withAliasesAndRoles(handle, handle
                .createQuery("SELECT " + ACTOR_COLUMNS + " FROM actors a ORDER BY a.name, a.id")
                .map((row, context) -> ActorRow.of(row))
                .list()));
    }

    /** {@inheritDoc} Only actors with at least one mention are listed; ties go by name. */
    @Override
    public List<ActorSummary> actors(Optional<ActorKind> kind) {
        Objects.requireNonNull(kind, "kind");
        return read("count actor mentions", handle -> {
            List<CountedActorRow> counted = handle
                    .createQuery("SELECT " + ACTOR_COLUMNS + """
                            , COUNT(*) AS mentions, COUNT(DISTINCT m.doc_id) AS documents
                            FROM actors a JOIN actor_mentions m ON m.actor_id = a.id
                            WHERE :kind IS NULL OR a.kind = :kind
                            GROUP BY a.id
                            ORDER BY mentions DESC, documents DESC, a.name, a.id
                            """)
                    .bind("kind", kind.map(ActorKind::name).orElse(null))
                    .map((row, context) -> new CountedActorRow(ActorRow.of(row), row.getInt("mentions"),
                            row.getInt("documents")))
                    .list();
            List<Actor> actors = withAliasesAndRoles(handle, counted.stream().map(CountedActorRow::row).toList());
            List<ActorSummary> summaries = new ArrayList<>(counted.size());
            for (int i = 0; i < counted.size(); i++) {
                summaries.add(new ActorSummary(actors.get(i), counted.get(i).mentions(), counted.get(i).documents()));
            }
            return summaries;
        });
    }

    @Override
    public Optional<Actor> actor(String actorId) {
        return read("read actor " + actorId, handle -> withAliasesAndRoles(handle, handle
                .createQuery("SELECT " + ACTOR_COLUMNS + " FROM actors a WHERE a.id = :id")
                .bind("id", actorId)
                .map((row, context) -> ActorRow.of(row))
                .list()).stream().findFirst());
    }

    /** {@inheritDoc} Most mentioned first; a name that folds to nothing finds nothing. */
    @Override
    public List<Actor> findActors(String name) {
        String folded = NameNormaliser.normalise(name);
        if (folded.isEmpty()) {
            return List.of();
        }
        return read("find actors named " + name, handle -> {
            List<Actor> exact = findActorsWhere(handle, folded, """
                    a.name_norm = :folded
                    OR a.id IN (SELECT actor_id FROM actor_aliases WHERE alias_norm = :folded)
                    """);
            if (!exact.isEmpty()) {
                return exact;
            }
            return findActorsWhere(handle, folded, """
                    instr(a.name_norm, :folded) > 0
                    OR a.id IN (SELECT actor_id FROM actor_aliases WHERE instr(alias_norm, :folded) > 0)
                    """);
        });
    }

    @Override
    public int mentionCount(String actorId) {
        return read("count the mentions of " + actorId, handle -> handle
                .createQuery("SELECT COUNT(*) FROM actor_mentions WHERE actor_id = :actorId")
                .bind("actorId", actorId)
                .mapTo(Integer.class)
                .one());
    }

    /**
     * {@inheritDoc} In order of the documents' publication dates (undated documents last), then sentence and
     * offset.
     *
     * @param limit the most mentions to return, at least 0
     */
    @Override
    public List<MentionView> mentions(String actorId, int limit) {
        requireLimit(limit);
        return read("read the mentions of " + actorId, handle -> handle
                .createQuery("""
                        SELECT m.doc_id, d.title, d.path, m.sentence, s.text AS sentence_text, m.span_start,
                               m.span_end, m.text, m.method
                        FROM actor_mentions m
                        JOIN documents d ON d.id = m.doc_id
                        LEFT JOIN sentences s ON s.doc_id = m.doc_id AND s.idx = m.sentence
                        WHERE m.actor_id = :actorId
                        ORDER BY d.published IS NULL, d.published, d.id, m.sentence, m.span_start, m.seq
                        LIMIT :limit
                        """)
                .bind("actorId", actorId)
                .bind("limit", limit)
                .map((row, context) -> Rows.mentionView(row))
                .list());
    }

    /** {@inheritDoc} Dictionary knowledge first, then by document and sentence. */
    @Override
    public List<MergeReason> mergeReasons(String actorId) {
        return read("read the merge reasons of " + actorId, handle -> handle
                .createQuery("""
                        SELECT actor_id, alias, rule, detail, doc_id, sentence FROM merge_reasons
                        WHERE actor_id = :actorId
                        ORDER BY doc_id IS NOT NULL, doc_id, sentence, id
                        """)
                .bind("actorId", actorId)
                .map((row, context) -> Rows.mergeReason(row))
                .list());
    }

    /**
     * {@inheritDoc} Sentences holding every word come first; only when none does, sentences holding any of
     * them. Accents and case are ignored. The score is the negated BM25 rank.
     *
     * @param limit the most hits to return, at least 0
     */
    @Override
    public List<SearchHit> search(String query, int limit) {
        requireLimit(limit);
        Optional<FtsQuery> parsed = FtsQuery.of(query);
        if (parsed.isEmpty() || limit == 0) {
            return List.of();
        }
        FtsQuery terms = parsed.get();
        return read("search for " + query, handle -> {
            List<SearchHit> hits = match(handle, terms.allTerms(), limit);
            if (hits.isEmpty() && terms.hasSeveralTerms()) {
                hits = match(handle, terms.anyTerm(), limit);
            }
            return hits;
        });
    }

    @Override
    public StoreCounts counts() {
        return read("count the store's contents", handle -> handle
                .createQuery("""
                        SELECT (SELECT COUNT(*) FROM documents) AS documents,
                               (SELECT COUNT(*) FROM sentences) AS sentences,
                               (SELECT COUNT(*) FROM entity_mentions) AS entity_mentions,
                               (SELECT COUNT(*) FROM actor_mentions) AS actor_mentions,
                               (SELECT COUNT(*) FROM actors) AS actors,
                               (SELECT COUNT(*) FROM figures) AS figures
                        """)
                .map((row, context) -> new StoreCounts(row.getInt("documents"), row.getInt("sentences"),
                        row.getInt("entity_mentions"), row.getInt("actor_mentions"), row.getInt("actors"),
                        row.getInt("figures")))
                .one());
    }

    /**
     * {@inheritDoc} The filters become fixed SQL conditions with bound values; the place is matched against
     * the place folded when the event was saved.
     */
    @Override
    public List<Event> events(EventQuery query) {
        Objects.requireNonNull(query, "query");
        Optional<String> folded = query.place().map(NameNormaliser::normalise);
        if (query.limit() == 0 || folded.filter(String::isEmpty).isPresent()) {
            return List.of();
        }
        return read("read events", handle -> {
            long events = handle.createQuery("SELECT COALESCE(MAX(rowid), 0) FROM events").mapTo(Long.class).one();
            List<String> conditions = new ArrayList<>();
            query.crisisClass().ifPresent(value -> conditions.add("e.crisis_class = :crisisClass"));
            query.status().ifPresent(value -> conditions.add("e.status = :status"));
            query.docId().ifPresent(value -> conditions.add(
                    "(e.doc_id = :docId OR e.id IN (SELECT event_id FROM event_mentions WHERE doc_id = :docId))"));
            query.actorId().ifPresent(actorId -> {
                long matches = handle.createQuery("SELECT COUNT(*) FROM event_actors WHERE actor_id = :actorId")
                        .bind("actorId", actorId).mapTo(Long.class).one();
                conditions.add(sortsFewerRows(matches, events, query.limit())
                        ? "e.id IN (SELECT event_id FROM event_actors WHERE actor_id = :actorId)"
                        : "EXISTS (SELECT 1 FROM event_actors a WHERE a.actor_id = :actorId AND a.event_id = e.id)");
            });
            if (folded.isPresent()) {
                long matches = handle.createQuery(PLACE_NAMES + "SELECT COUNT(*) FROM events WHERE place_norm IN ("
                                + MATCHING_PLACE_NAMES + ")")
                        .bind("place", folded.get()).mapTo(Long.class).one();
                if (matches == 0) {
                    return List.of();
                }
                // A unary plus keeps SQLite off events_place_order, so that it walks the listing order instead.
                conditions.add((sortsFewerRows(matches, events, query.limit()) ? "" : "+")
                        + "e.place_norm IN (" + MATCHING_PLACE_NAMES + ")");
            }
            // Overlap with [from, to]; comparisons with a null date are never true, so undated events drop out.
            // No event starting before from minus the longest stored interval can reach from, and that lower
            // bound on date_start is what lets the listing-order and date indexes serve the range.
            Optional<String> earliestStart = query.from().flatMap(from -> handle
                    .createQuery("SELECT MAX(julianday(date_end) - julianday(date_start)) FROM events")
                    .mapTo(Double.class).findOne()
                    .map(days -> Rows.dateText(from.minusDays((long) Math.ceil(days)))));
            query.from().ifPresent(value -> conditions.add("e.date_end >= :from"));
            earliestStart.ifPresent(value -> conditions.add("e.date_start >= :earliestStart"));
            query.to().ifPresent(value -> conditions.add("e.date_start <= :to"));
            String where = conditions.isEmpty() ? "" : "WHERE " + String.join("\n  AND ", conditions) + "\n";
            // The limit is written into the SQL, not bound: with an unknown limit SQLite plans for reading every
            // match and walks the listing-order index even when a date range would find far fewer rows.
            var page = handle.createQuery((folded.isPresent() ? PLACE_NAMES : "") + "SELECT e.rowid FROM events e\n"
                    + where + EVENT_ORDER + "LIMIT " + query.limit());
            query.crisisClass().ifPresent(value -> page.bind("crisisClass", value.name()));
            query.actorId().ifPresent(value -> page.bind("actorId", value));
            folded.ifPresent(value -> page.bind("place", value));
            query.from().ifPresent(value -> page.bind("from", Rows.dateText(value)));
            earliestStart.ifPresent(value -> page.bind("earliestStart", value));
            query.to().ifPresent(value -> page.bind("to", Rows.dateText(value)));
            query.status().ifPresent(value -> page.bind("status", value.name()));
            query.docId().ifPresent(value -> page.bind("docId", value));
            return withActorsAndMentions(handle, eventRows(handle, page.mapTo(Long.class).list()));
        });
    }

    /**
     * Whether reading all {@code matches} events of a filter and sorting them costs less than walking the listing
     * order until {@code limit} of them turn up (about limit × events / matches rows). A sorted row costs about six
     * walked ones ({@code sitrep bench-api}); {@code events} may overestimate, which favours the sort, whose cost
     * is bounded by the matches.
     */
    static boolean sortsFewerRows(long matches, long events, int limit) {
        return 6.0 * matches * matches < (double) limit * events;
    }

    /** The rows of {@code rowids}, in that order. */
    private static List<EventRow> eventRows(Handle handle, List<Long> rowids) {
        Map<Long, EventRow> byRowid = new HashMap<>();
        for (int from = 0; from < rowids.size(); from += IN_LIST_CHUNK) {
            handle.createQuery(EVENT_SELECT + "WHERE e.rowid IN (<rowids>)")
                    .bindList("rowids", rowids.subList(from, Math.min(rowids.size(), from + IN_LIST_CHUNK)))
                    .map((row, context) -> Map.entry(row.getLong("row_id"), EventRow.of(row)))
                    .forEach(entry -> byRowid.put(entry.getKey(), entry.getValue()));
        }
        return rowids.stream().map(byRowid::get).toList();
    }

    @Override
    public Optional<Event> event(String eventId) {
        return read("read event " + eventId, handle -> withActorsAndMentions(handle, handle
                .createQuery(EVENT_SELECT + "WHERE e.id = :id")
                .bind("id", eventId)
                .map((row, context) -> EventRow.of(row))
                .list()).stream().findFirst());
    }

    @Override
    public int eventCount() {
        return read("count events", handle -> handle
                .createQuery("SELECT COUNT(*) FROM events")
                .mapTo(Integer.class)
                .one());
    }

    @Override
    public Map<String, String> eventClusters() {
        return read("read the event clusters", handle -> {
            Map<String, String> clusters = new java.util.LinkedHashMap<>();
            handle.createQuery("SELECT event_id, cluster_id FROM event_clusters ORDER BY event_id")
                    .map((row, context) -> Map.entry(row.getString("event_id"), row.getString("cluster_id")))
                    .forEach(entry -> clusters.put(entry.getKey(), entry.getValue()));
            return clusters;
        });
    }

    @Override
    public void saveEventClusters(java.util.Set<CrisisClass> classes, Map<String, String> clusterByEvent) {
        Objects.requireNonNull(classes, "classes");
        Objects.requireNonNull(clusterByEvent, "clusterByEvent");
        write("save the event clusters", handle -> {
            for (CrisisClass crisisClass : classes) {
                handle.createUpdate("""
                                DELETE FROM event_clusters
                                WHERE event_id IN (SELECT id FROM events WHERE crisis_class = :crisisClass)
                                """)
                        .bind("crisisClass", crisisClass.name()).execute();
            }
            try (org.jdbi.v3.core.statement.PreparedBatch batch = handle.prepareBatch("""
                    INSERT OR REPLACE INTO event_clusters (event_id, cluster_id)
                    SELECT id, :clusterId FROM events WHERE id = :eventId
                    """)) {
                if (clusterByEvent.isEmpty()) {
                    return null;
                }
                for (Map.Entry<String, String> entry : clusterByEvent.entrySet()) {
                    batch.bind("eventId", entry.getKey()).bind("clusterId", entry.getValue()).add();
                }
                batch.execute();
            }
            return null;
        });
    }

    @Override
    public List<ActorNameUse> actorNameUses() {
        return read("read the names reports give actors", handle -> handle
                .createQuery("""
                        SELECT m.actor_id, m.text, m.doc_id, m.sentence, s.text AS sentence_text
                        FROM actor_mentions m
                        LEFT JOIN sentences s ON s.doc_id = m.doc_id AND s.idx = m.sentence
                        WHERE m.text IS NOT NULL
                        ORDER BY m.actor_id, m.doc_id, m.seq
                        """)
                .map((row, context) -> new ActorNameUse(row.getString("actor_id"), row.getString("text"),
                        row.getString("doc_id"), row.getInt("sentence"), row.getString("sentence_text")))
                .list());
    }

    /** Waits for a write in progress, then closes the writer connection; later calls throw. Idempotent. */
    @Override
    public void close() {
        writeLock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            writer.close();
            readerConnections.close();
        } catch (JdbiException e) {
            throw failure("close the database", e);
        } catch (SQLException e) {
            throw new StoreException("Could not close the database " + dbFile + ": " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public String toString() {
        return "SqliteStore[" + dbFile + "]";
    }

    private static List<SearchHit> match(Handle handle, String matchExpression, int limit) {
        return handle.createQuery("""
                        SELECT s.doc_id, d.title, d.path, s.idx, s.text, bm25(sentence_search) AS bm25
                        FROM sentence_search
                        JOIN sentences s ON s.id = sentence_search.rowid
                        JOIN documents d ON d.id = s.doc_id
                        WHERE sentence_search MATCH :match
                        ORDER BY bm25, s.doc_id, s.idx
                        LIMIT :limit
                        """)
                .bind("match", matchExpression)
                .bind("limit", limit)
                .map((row, context) -> Rows.searchHit(row))
                .list();
    }

    private static List<Actor> findActorsWhere(Handle handle, String folded, String condition) {
        return withAliasesAndRoles(handle, handle
                .createQuery("SELECT " + ACTOR_COLUMNS + """
                        FROM actors a
                        LEFT JOIN (SELECT actor_id, COUNT(*) AS mentions FROM actor_mentions GROUP BY actor_id) c
                            ON c.actor_id = a.id
                        WHERE\s""" + condition + """
                        ORDER BY COALESCE(c.mentions, 0) DESC, a.name, a.id
                        """)
                .bind("folded", folded)
                .map((row, context) -> ActorRow.of(row))
                .list());
    }

    /** Completes actor rows with their aliases and roles, keeping the rows' order. */
    private static List<Actor> withAliasesAndRoles(Handle handle, List<ActorRow> rows) {
        Map<String, List<String>> aliases = new HashMap<>();
        Map<String, List<Role>> roles = new HashMap<>();
        List<String> ids = rows.stream().map(ActorRow::id).toList();
        for (int from = 0; from < ids.size(); from += IN_LIST_CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_LIST_CHUNK));
            handle.createQuery("""
                            SELECT actor_id, alias FROM actor_aliases WHERE actor_id IN (<ids>)
                            ORDER BY actor_id, position
                            """)
                    .bindList("ids", chunk)
                    .map((row, context) -> Map.entry(row.getString("actor_id"), row.getString("alias")))
                    .forEach(alias -> aliases.computeIfAbsent(alias.getKey(), id -> new ArrayList<>())
                            .add(alias.getValue()));
            handle.createQuery("""
                            SELECT actor_id, role, role_of, from_date, to_date FROM actor_roles
                            WHERE actor_id IN (<ids>)
                            ORDER BY actor_id, position
                            """)
                    .bindList("ids", chunk)
                    .map((row, context) -> Map.entry(row.getString("actor_id"), new Role(row.getString("role"),
                            row.getString("role_of"), Rows.date(row.getString("from_date")),
                            Rows.date(row.getString("to_date")))))
                    .forEach(role -> roles.computeIfAbsent(role.getKey(), id -> new ArrayList<>())
                            .add(role.getValue()));
        }
        return rows.stream()
                .map(row -> row.toActor(aliases.getOrDefault(row.id(), List.of()),
                        roles.getOrDefault(row.id(), List.of())))
                .toList();
    }

    /** Completes event rows with their sources, targets and mentions, keeping the rows' order. */
    private static List<Event> withActorsAndMentions(Handle handle, List<EventRow> rows) {
        Map<String, List<EventActor>> sources = new HashMap<>();
        Map<String, List<EventActor>> targets = new HashMap<>();
        Map<String, List<EventMention>> mentions = new HashMap<>();
        List<String> ids = rows.stream().map(EventRow::id).toList();
        for (int from = 0; from < ids.size(); from += IN_LIST_CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_LIST_CHUNK));
            handle.createQuery("""
                            SELECT event_id, role, actor_id, entity_text, span_start, span_end FROM event_actors
                            WHERE event_id IN (<ids>)
                            ORDER BY event_id, role, ordinal
                            """)
                    .bindList("ids", chunk)
                    .map((row, context) -> new RoleRow(row.getString("event_id"), row.getString("role"),
                            Rows.eventActor(row)))
                    .forEach(actor -> (Rows.SOURCE.equals(actor.role()) ? sources : targets)
                            .computeIfAbsent(actor.eventId(), id -> new ArrayList<>())
                            .add(actor.actor()));
            handle.createQuery("""
                            SELECT event_id, doc_id, sentence, span_start, span_end, text, trigger_text
                            FROM event_mentions WHERE event_id IN (<ids>)
                            ORDER BY event_id, ordinal
                            """)
                    .bindList("ids", chunk)
                    .map((row, context) -> Map.entry(row.getString("event_id"), Rows.eventMention(row)))
                    .forEach(mention -> mentions.computeIfAbsent(mention.getKey(), id -> new ArrayList<>())
                            .add(mention.getValue()));
        }
        return rows.stream()
                .map(row -> row.toEvent(sources.getOrDefault(row.id(), List.of()),
                        targets.getOrDefault(row.id(), List.of()), mentions.getOrDefault(row.id(), List.of())))
                .toList();
    }

    private <T> T read(String what, HandleCallback<T, RuntimeException> query) {
        ensureOpen();
        try {
            // A transaction so that queries issued together see one snapshot.
            return readers.inTransaction(query);
        } catch (JdbiException e) {
            throw failure(what, e);
        }
    }

    private <T> T write(String what, HandleCallback<T, RuntimeException> work) {
        writeLock.lock();
        try {
            ensureOpen();
            return writer.inTransaction(work);
        } catch (JdbiException e) {
            throw failure(what, e);
        } finally {
            writeLock.unlock();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new StoreException("The store on " + dbFile + " is closed");
        }
    }

    private StoreException failure(String what, JdbiException e) {
        String message = rootMessage(e);
        String hint = message.contains("SQLITE_BUSY")
                ? " (another process kept the database locked for more than " + BUSY_TIMEOUT_MILLIS / 1000
                        + " s; try again when it has finished)"
                : "";
        return new StoreException("Could not " + what + " in " + dbFile + ": " + message + hint, e);
    }

    private static void requireLimit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
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

    /**
     * The newest schema version this build ships ({@code V<n>__*.sql} under {@code db/migration/sqlite});
     * {@code SqliteStoreTest} checks it against the files.
     */
    static final String SCHEMA_VERSION = "6";

    /**
     * Whether Flyway's history already records {@link #SCHEMA_VERSION} as the newest successful migration.
     * Flyway takes over a second to start in a fresh JVM; every query command opens the store, so a current
     * schema skips it. Anything else (new file, older or newer schema, a failed migration) goes to Flyway.
     */
    private static boolean schemaIsCurrent(Handle writer) {
        boolean hasHistory = writer.createQuery(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'")
                .mapTo(Integer.class).one() > 0;
        if (!hasHistory) {
            return false;
        }
        List<String> versions = writer.createQuery(
                "SELECT version FROM flyway_schema_history WHERE version IS NOT NULL AND success = 1")
                .mapTo(String.class).list();
        boolean failed = writer.createQuery("SELECT count(*) FROM flyway_schema_history WHERE success = 0")
                .mapTo(Integer.class).one() > 0;
        return !failed && versions.stream().map(Integer::parseInt).max(Integer::compare)
                .map(max -> max == Integer.parseInt(SCHEMA_VERSION)).orElse(false);
    }

    private static void migrate(SQLiteDataSource source, Path file) {
        try {
            Flyway flyway = Flyway.configure(SqliteStore.class.getClassLoader())
                    .dataSource(source)
                    .locations(MIGRATIONS)
                    .failOnMissingLocations(true)
                    // Through SLF4J like the rest of sitrep, rather than whatever Flyway detects first.
                    .loggers("slf4j")
                    .load();
            MigrationInfoService info = flyway.info();
            // Flyway ignores migrations it does not know by default; a newer schema must stop this build
            // instead, since its queries may no longer fit.
            List<MigrationInfo> future = Arrays.stream(info.all())
                    .filter(migration -> migration.getState() == MigrationState.FUTURE_SUCCESS
                            || migration.getState() == MigrationState.FUTURE_FAILED)
                    .toList();
            if (!future.isEmpty()) {
                String known = Arrays.stream(info.all())
                        .filter(migration -> migration.getState().isResolved())
                        .map(MigrationInfo::getVersion)
                        .max(Comparator.naturalOrder())
                        .map(Object::toString)
                        .orElse("none");
                throw new StoreException("The database " + file + " has schema version "
                        + future.get(future.size() - 1).getVersion() + ", newer than this build of sitrep knows ("
                        + known + "). Use a newer sitrep, or another database file.");
            }
            flyway.migrate();
        } catch (FlywayException e) {
            throw new StoreException("Cannot bring the schema of " + file + " up to date: " + e.getMessage()
                    + ". If the file was not written by sitrep, choose another path.", e);
        }
    }

    private static String rootMessage(Throwable throwable) {
        Throwable root = throwable;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }

    /** An actors row before its aliases and roles are attached. */
    private record ActorRow(String id, String name, ActorKind kind, String country, String sector,
                            String wikidataId, boolean curated) {
        static ActorRow of(ResultSet row) throws SQLException {
            return new ActorRow(row.getString("id"), row.getString("name"), ActorKind.valueOf(row.getString("kind")),
                    row.getString("country"), row.getString("sector"), row.getString("wikidata_id"),
                    row.getInt("curated") == 1);
        }

        Actor toActor(List<String> aliases, List<Role> roles) {
            return new Actor(id, name, kind, country, sector, wikidataId, aliases, roles, curated);
        }
    }

    /** An events row before its sources, targets and mentions are attached. */
    private record EventRow(String id, CrisisClass crisisClass, PloverCoding plover, DateRange date,
                            String dateText, Location place, EventSize size, EventStatus status, double confidence) {
        static EventRow of(ResultSet row) throws SQLException {
            return new EventRow(row.getString("id"), CrisisClass.valueOf(row.getString("crisis_class")),
                    Rows.plover(row), Rows.eventDate(row), row.getString("date_text"), Rows.eventPlace(row),
                    Rows.eventSize(row), EventStatus.valueOf(row.getString("status")), row.getDouble("confidence"));
        }

        Event toEvent(List<EventActor> sources, List<EventActor> targets, List<EventMention> mentions) {
            return new Event(id, crisisClass, plover, sources, targets, date, dateText, place, size, status,
                    confidence, mentions);
        }
    }

    /** An event_actors row: one source or target of an event. */
    private record RoleRow(String eventId, String role, EventActor actor) {
    }

    /** An actors row with its mention count and the number of documents the mentions are in. */
    private record CountedActorRow(ActorRow row, int mentions, int documents) {
    }
}
