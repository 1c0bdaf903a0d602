package org.sitrep.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
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

/**
 * The knowledge base. Implementations are thread-safe; writes are serialised and each
 * {@link #saveDocument} is atomic: after a crash the store holds the document whole or not at all.
 */
public interface Store extends AutoCloseable {

    /** The stored document with this content hash, if any. */
    Optional<DocumentSummary> findByHash(String sha256);

    /** The stored document ingested from this path, if any. */
    Optional<DocumentSummary> findByPath(String path);

    /**
     * Writes a document and all its layers in one transaction. An earlier document with the same path or
     * the same id is deleted first, with everything that hangs off it, its events included; actors that no
     * stored mention or event names any more, and that are not curated, are deleted with it.
     *
     * <p>Event ids are unique in the whole store, and each event's actor keys must be null or name a stored
     * actor or one of the record's actors; otherwise nothing is written and a {@link StoreException} is
     * thrown.
     */
    void saveDocument(DocumentRecord record);

    /** Deletes a document and what hangs off it, its events included; returns whether there was one. */
    boolean deleteDocument(String docId);

    List<DocumentSummary> documents();

    Optional<Document> document(String docId);

    List<Sentence> sentences(String docId);

    List<TimeMention> times(String docId);

    List<Figure> figures(String docId);

    List<Issue> issues(String docId);

    /** The places a document's sentences name, in text order. */
    List<PlaceMention> places(String docId);

    /** Every place the stored reports name, most mentioned first; demonyms are not places. */
    List<PlaceSummary> places();

    /**
     * How the stored reports resolved a name: mentions whose words or gazetteer name equal {@code name} once
     * case, accents and punctuation are folded, at most {@code limit}, in document and text order.
     */
    List<PlaceMentionView> placeMentions(String name, int limit);

    /** The named entities of a document (people, organisations, places...), in the order saved. */
    List<EntityMention> entities(String docId);

    /** The actor mentions of a document, in the order saved, each pointing at a store actor. */
    List<ActorMention> actorMentions(String docId);

    /** Every stored actor, for linking a new document's actors; aliases and roles included. */
    List<Actor> allActors();

    /** Actors with mention counts, most mentioned first; {@code kind} filters when present. */
    List<ActorSummary> actors(Optional<ActorKind> kind);

    Optional<Actor> actor(String actorId);

    /** The stored actors among {@code actorIds}, by id, in one read; ids no stored actor has are left out. */
    Map<String, Actor> actors(Collection<String> actorIds);

    /**
     * Actors one of whose names or aliases equals {@code name} once case, accents and punctuation are
     * folded; when none does, actors with a name or alias containing it.
     */
    List<Actor> findActors(String name);

    int mentionCount(String actorId);

    List<MentionView> mentions(String actorId, int limit);

    List<MergeReason> mergeReasons(String actorId);

    /** Full-text search over sentences, best first. The query is words, not a query language. */
    List<SearchHit> search(String query, int limit);

    StoreCounts counts();

    /**
     * The events every present filter of {@code query} selects, at most {@code query.limit()} of them: by
     * the start of their date (undated events last), then by document id, then by the sentence of their
     * first mention. Each comes back equal to the event saved.
     */
    List<Event> events(EventQuery query);

    /** The event with this id, if any. */
    Optional<Event> event(String eventId);

    /** How many events the store holds. */
    int eventCount();

    /**
     * Which events of different documents are one event: event id → cluster id, for every event clustered so
     * far (an event without an entry is a cluster of its own).
     */
    Map<String, String> eventClusters();

    /**
     * Replaces, in one transaction, the cluster of every stored event of these classes with the one
     * {@code clusterByEvent} gives: events of these classes it leaves out get none; ids of no stored event are
     * ignored.
     */
    void saveEventClusters(Set<CrisisClass> classes, Map<String, String> clusterByEvent);

    /** Every name the documents use for an actor, with its sentence: for contradictions between names. */
    List<ActorNameUse> actorNameUses();

    /**
     * Runs {@code work}, reads and writes that decide on what they read (linking a document's actors to the stored
     * ones and saving it; reclustering events), while no other {@code exclusively} on the same store runs: in this
     * process, and on a shared server in any process, so that two ingests at once give what one ingest of all their
     * files gives. Reentrant. Plain reads and writes need none of this.
     */
    default <T> T exclusively(Supplier<T> work) {
        return work.get();
    }

    @Override
    void close();
}
