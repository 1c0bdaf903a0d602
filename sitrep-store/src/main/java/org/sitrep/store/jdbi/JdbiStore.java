package org.sitrep.store.jdbi;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.sitrep.model.Document;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Issue;
import org.sitrep.model.Sentence;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.actor.ActorMention;
import org.sitrep.model.actor.MergeReason;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.Event;
import org.sitrep.model.figure.Figure;
import org.sitrep.model.place.PlaceMention;
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

/**
 * The {@link Store} over one {@link Database}, whatever its dialect: each call goes to the reader or writer of its
 * aggregate. Subclasses (one per database) only open it; the constructor is package-private.
 *
 * <p>Titles in {@link DocumentSummary}, {@link MentionView} and {@link SearchHit} are display titles: the
 * source title, or the file name of the path when there is none, as {@link Document#title()} gives.
 */
public abstract sealed class JdbiStore implements Store permits SqliteStore, PostgresStore {
    private final Database db;
    private final DocumentReader documents;
    private final ActorReader actors;
    private final EventReader events;
    private final PlaceReader places;
    private final SearchReader search;
    private final ClusterTable clusters;
    private final DocumentWriter writer;

    JdbiStore(Database db) {
        this.db = db;
        this.documents = new DocumentReader(db);
        this.actors = new ActorReader(db);
        this.events = new EventReader(db);
        this.places = new PlaceReader(db);
        this.search = new SearchReader(db);
        this.clusters = new ClusterTable(db);
        this.writer = new DocumentWriter(db.sql());
    }

    @Override
    public Optional<DocumentSummary> findByHash(String sha256) {
        return documents.findByHash(sha256);
    }

    @Override
    public Optional<DocumentSummary> findByPath(String path) {
        return documents.findByPath(path);
    }

    @Override
    public void saveDocument(DocumentRecord record) {
        Objects.requireNonNull(record, "record");
        Document document = record.document();
        db.write("save document " + document.id() + " (" + document.path() + ")", handle -> {
            writer.save(handle, record);
            return null;
        });
    }

    @Override
    public boolean deleteDocument(String docId) {
        return db.write("delete document " + docId, handle -> writer.delete(handle, docId));
    }

    /** {@inheritDoc} Ordered by path. */
    @Override
    public List<DocumentSummary> documents() {
        return documents.documents();
    }

    @Override
    public Optional<Document> document(String docId) {
        return documents.document(docId);
    }

    @Override
    public List<Sentence> sentences(String docId) {
        return documents.sentences(docId);
    }

    @Override
    public List<TimeMention> times(String docId) {
        return documents.times(docId);
    }

    @Override
    public List<Figure> figures(String docId) {
        return documents.figures(docId);
    }

    @Override
    public List<Issue> issues(String docId) {
        return documents.issues(docId);
    }

    @Override
    public List<PlaceMention> places(String docId) {
        return places.places(docId);
    }

    @Override
    public List<PlaceSummary> places() {
        return places.places();
    }

    @Override
    public List<PlaceMentionView> placeMentions(String name, int limit) {
        return places.placeMentions(name, limit);
    }

    @Override
    public List<EntityMention> entities(String docId) {
        return documents.entities(docId);
    }

    @Override
    public List<ActorMention> actorMentions(String docId) {
        return documents.actorMentions(docId);
    }

    @Override
    public List<Actor> allActors() {
        return actors.allActors();
    }

    /** {@inheritDoc} Only actors with at least one mention are listed; ties go by name. */
    @Override
    public List<ActorSummary> actors(Optional<ActorKind> kind) {
        return actors.actors(kind);
    }

    @Override
    public Optional<Actor> actor(String actorId) {
        return actors.actor(actorId);
    }

    @Override
    public Map<String, Actor> actors(Collection<String> actorIds) {
        return actors.actors(actorIds);
    }

    /** {@inheritDoc} Most mentioned first; a name that folds to nothing finds nothing. */
    @Override
    public List<Actor> findActors(String name) {
        return actors.findActors(name);
    }

    @Override
    public int mentionCount(String actorId) {
        return actors.mentionCount(actorId);
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
        return actors.mentions(actorId, limit);
    }

    /** {@inheritDoc} Dictionary knowledge first, then by document and sentence. */
    @Override
    public List<MergeReason> mergeReasons(String actorId) {
        return actors.mergeReasons(actorId);
    }

    /**
     * {@inheritDoc} Sentences holding every word come first; only when none does, sentences holding any of
     * them. Accents and case are ignored. The score is higher for better matches (SQLite: the negated BM25 rank;
     * PostgreSQL: {@code ts_rank}).
     *
     * @param limit the most hits to return, at least 0
     */
    @Override
    public List<SearchHit> search(String query, int limit) {
        requireLimit(limit);
        return search.search(query, limit);
    }

    @Override
    public StoreCounts counts() {
        return documents.counts();
    }

    @Override
    public List<Event> events(EventQuery query) {
        return events.events(query);
    }

    @Override
    public Optional<Event> event(String eventId) {
        return events.event(eventId);
    }

    @Override
    public int eventCount() {
        return events.eventCount();
    }

    @Override
    public Map<String, String> eventClusters() {
        return clusters.eventClusters();
    }

    @Override
    public void saveEventClusters(Set<CrisisClass> classes, Map<String, String> clusterByEvent) {
        clusters.saveEventClusters(classes, clusterByEvent);
    }

    @Override
    public List<ActorNameUse> actorNameUses() {
        return actors.actorNameUses();
    }

    @Override
    public <T> T exclusively(Supplier<T> work) {
        return db.exclusively("hold the store's lock", work);
    }

    /** Waits for a write in progress, then closes the connections; later calls throw. Idempotent. */
    @Override
    public void close() {
        db.close();
    }

    private static void requireLimit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
    }
}
