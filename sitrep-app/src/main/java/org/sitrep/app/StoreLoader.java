package org.sitrep.app;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.sitrep.actors.ActorLinker;
import org.sitrep.model.Document;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.store.DocumentRecord;
import org.sitrep.store.DocumentSummary;
import org.sitrep.store.Store;

/**
 * Puts coded documents into a store the way {@code sitrep ingest} does: each is linked to the store's actors and
 * saved with its events, and the picture is re-clustered, as one step no other writer to the store interleaves
 * with. Ingest and the Spark job's {@code --store} both load through it, so a store filled by either is the same.
 * One document at a time, in the order given.
 */
public final class StoreLoader {
    private final Store store;
    private final StorePicture picture;
    private final Supplier<ActorLinker> linker;

    /** @param linker asked for only when a document is linked (ingest's comes with the language models) */
    public StoreLoader(Store store, StorePicture picture, Supplier<ActorLinker> linker) {
        this.store = store;
        this.picture = picture;
        this.linker = linker;
    }

    /** Clusters the events an earlier, killed load saved but never clustered. */
    public void repair() {
        picture.repair();
    }

    /**
     * Whether the store holds these bytes already: from another path (a copy), or from this path with metadata
     * that sets nothing new. Bytes from the same path whose metadata now sets a field to another value (a
     * corrected sidecar, a new flag) are stored again, since the publication date anchors the report's relative
     * dates; like a changed file, the new version carries this run's metadata only. A field this run leaves unset
     * (a flag of an earlier run left out) is no reason to store the file again.
     */
    public boolean alreadyStored(Document document) {
        return store.findByHash(document.sha256()).filter(stored -> !stored.path().equals(document.path())
                || store.document(stored.id()).map(Document::source)
                        .filter(source -> source.overriddenBy(document.source()).equals(source)).isPresent())
                .isPresent();
    }

    /**
     * Links and saves one document, unless the store holds it already.
     *
     * @param file how the result names the document (the path the user gave)
     * @param warnings the extraction's warnings, for the result
     */
    public IngestReport.FileResult load(String file, CodedDocument coded, List<String> warnings) {
        Document document = coded.document();
        return store.exclusively(() -> {
            // Checked again inside the exclusive step: another process may have stored it meanwhile.
            if (alreadyStored(document)) {
                return new IngestReport.FileResult(file, IngestReport.Outcome.UNCHANGED, document.id(), 0, 0, 0, 0,
                        null, null, warnings);
            }
            return link(file, coded, warnings);
        });
    }

    private IngestReport.FileResult link(String file, CodedDocument coded, List<String> warnings) {
        Document document = coded.document();
        Optional<DocumentSummary> previous = store.findByPath(document.path());
        List<Actor> known = store.allActors();
        ActorLinker.Linked linked = linker.get().link(document.id(), coded.localActors(), coded.actorMentions(),
                known);
        Set<String> knownIds = new HashSet<>();
        known.forEach(actor -> knownIds.add(actor.id()));
        int newActors = (int) linked.actors().stream().filter(actor -> !knownIds.contains(actor.id())).count();
        picture.save(new DocumentRecord(document, coded.sentences(), coded.entities(), coded.times(),
                coded.figures(), linked.actors(), linked.mentions(), linked.reasons(), coded.issues(),
                withStoreIds(coded.events(), linked.storeIds()), coded.places()),
                previous.map(DocumentSummary::id));
        IngestReport.Outcome outcome = previous.isPresent() ? IngestReport.Outcome.REPLACED
                : IngestReport.Outcome.NEW;
        return new IngestReport.FileResult(file, outcome, document.id(), coded.sentences().size(), coded.tokens(),
                linked.mentions().size(), newActors, null, null, warnings);
    }

    /** The document's events with their actors pointing at store actors rather than document-local keys. */
    private static List<Event> withStoreIds(List<Event> events, Map<String, String> storeIds) {
        return events.stream().map(event -> event.withParticipants(relinked(event.sources(), storeIds),
                relinked(event.targets(), storeIds))).toList();
    }

    private static List<EventActor> relinked(List<EventActor> actors, Map<String, String> storeIds) {
        return actors.stream().map(actor -> new EventActor(actor.actorKey() == null ? null
                : storeIds.get(actor.actorKey()), actor.entityText(), actor.span())).toList();
    }
}
