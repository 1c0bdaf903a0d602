package org.sitrep.store;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Document;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.actor.ActorMention;
import org.sitrep.model.actor.MergeReason;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;

/**
 * Copies a whole store into an empty one through the {@link Store} interface only, so it works between any two
 * back ends (SQLite and PostgreSQL, either way): every document with all its layers, every actor (curated ones no
 * document names included), every merge reason, and the event clusters. What comes back from the copy equals what
 * came from the original, call for call. Stateless.
 */
public final class StoreCopy {
    /** What a copy moved. */
    public record Result(int documents, int actors, int events, int clusters) {
    }

    private StoreCopy() {
    }

    /** Copies {@code from} into {@code to}, which must hold no document and no actor. */
    public static Result copy(Store from, Store to) {
        if (to.counts().documents() > 0 || to.counts().actors() > 0) {
            throw new StoreException("The destination store " + to + " is not empty: copy into a new store, so that "
                    + "nothing of its own mixes with the copy.");
        }
        Map<String, Actor> actors = new LinkedHashMap<>();
        from.allActors().forEach(actor -> actors.put(actor.id(), actor));
        Map<String, List<MergeReason>> reasons = new LinkedHashMap<>();
        for (String actorId : actors.keySet()) {
            reasons.put(actorId, from.mergeReasons(actorId));
        }
        Set<String> saved = new HashSet<>();
        Set<String> copiedEvents = new HashSet<>();
        int events = 0;
        List<DocumentSummary> documents = from.documents();
        for (int d = 0; d < documents.size(); d++) {
            String docId = documents.get(d).id();
            Document document = from.document(docId).orElseThrow(() -> new StoreException(
                    "The document " + docId + " disappeared from " + from + " during the copy; copy again."));
            List<ActorMention> mentions = from.actorMentions(docId);
            // An event goes with the first document that lists it (today every event's mentions are in its own).
            List<Event> documentEvents = from.events(EventQuery.all().withDocId(docId)).stream()
                    .filter(event -> copiedEvents.add(event.id())).toList();
            Set<String> ids = new LinkedHashSet<>();
            mentions.forEach(mention -> ids.add(mention.actorKey()));
            for (Event event : documentEvents) {
                for (EventActor actor : concat(event.sources(), event.targets())) {
                    if (actor.actorKey() != null) {
                        ids.add(actor.actorKey());
                    }
                }
            }
            if (d == documents.size() - 1) {
                // The last document carries the actors no document names (curated ones), so that they are copied too.
                actors.keySet().stream().filter(id -> !saved.contains(id)).forEach(ids::add);
            }
            List<Actor> recordActors = new ArrayList<>();
            List<MergeReason> recordReasons = new ArrayList<>();
            for (String id : ids) {
                Actor actor = actors.get(id);
                if (actor != null) {
                    recordActors.add(actor);
                }
                for (MergeReason reason : reasons.getOrDefault(id, List.of())) {
                    // A dictionary reason (no document) goes with the actor's first document; the others with theirs.
                    if (reason.docId() == null ? !saved.contains(id) : reason.docId().equals(docId)) {
                        recordReasons.add(reason);
                    }
                }
            }
            to.saveDocument(new DocumentRecord(document, from.sentences(docId), from.entities(docId),
                    from.times(docId), from.figures(docId), recordActors, mentions, recordReasons, from.issues(docId),
                    documentEvents, from.places(docId)));
            saved.addAll(ids);
            events += documentEvents.size();
        }
        Map<String, String> clusters = from.eventClusters();
        to.saveEventClusters(EnumSet.allOf(CrisisClass.class), clusters);
        return new Result(documents.size(), to.counts().actors(), events, clusters.size());
    }

    private static List<EventActor> concat(List<EventActor> a, List<EventActor> b) {
        List<EventActor> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
