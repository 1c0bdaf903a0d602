package org.sitrep.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.actors.DictionaryActor;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.Event;
import org.sitrep.model.figure.Figure;
import org.sitrep.picture.Contradiction;
import org.sitrep.picture.ContradictionFinder;
import org.sitrep.picture.EventClusterer;
import org.sitrep.picture.EventMatcher;
import org.sitrep.picture.EventMerger;
import org.sitrep.picture.EventPlaces;
import org.sitrep.picture.EventReading;
import org.sitrep.picture.FigureClaim;
import org.sitrep.picture.History;
import org.sitrep.picture.MergedEvent;
import org.sitrep.picture.NameUse;
import org.sitrep.picture.PictureRules;
import org.sitrep.picture.ReportedEvent;
import org.sitrep.picture.SituationBuilder;
import org.sitrep.picture.Support;
import org.sitrep.store.DocumentRecord;
import org.sitrep.store.DocumentSummary;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Store;

/**
 * The picture over a store: keeps the store's event clusters up to date at ingest, and reads merged events,
 * contradictions and the history of the situation from it. The logic is {@code org.sitrep.picture}'s; this
 * class only loads and saves. Not thread-safe; use one per command.
 */
public final class StorePicture {
    private final Store store;
    private final ActorDictionary dictionary;
    private final PictureRules rules;
    private final EventPlaces places;

    public StorePicture(Store store, ActorDictionary dictionary, PictureRules rules, EventPlaces places) {
        this.store = store;
        this.dictionary = dictionary;
        this.rules = rules;
        this.places = places;
    }

    /**
     * The bundled rules and the dictionary's country names. Events carry the gazetteer's answer from ingest; a
     * place it did not know names no town the picture could hold or match on, so it counts as country-level.
     */
    public static StorePicture of(Store store, ActorDictionary dictionary) {
        return new StorePicture(store, dictionary, PictureRules.bundled(),
                new EventPlaces(dictionary::countryCode, name -> Optional.empty(), true));
    }

    public PictureRules rules() {
        return rules;
    }

    /**
     * Saves a document (replacing {@code replaced}, the earlier version at its path, if any), then merges its
     * events across reports: the classes of its events and of the events it replaces are reclustered, as if
     * every stored report were ingested at once.
     */
    public void save(DocumentRecord record, Optional<String> replaced) {
        Set<CrisisClass> touched = EnumSet.noneOf(CrisisClass.class);
        record.events().forEach(event -> touched.add(event.crisisClass()));
        List<String> earlier = new ArrayList<>(List.of(record.document().id()));
        replaced.ifPresent(earlier::add);
        for (String docId : earlier) {
            store.events(EventQuery.all().withDocId(docId)).forEach(event -> touched.add(event.crisisClass()));
        }
        store.saveDocument(record);
        recluster(touched);
    }

    /**
     * Reclusters the stored events of these classes: what clustering every stored event at once gives, so
     * the order reports came in does not matter.
     */
    public void recluster(Set<CrisisClass> classes) {
        if (classes.isEmpty()) {
            return;
        }
        // Read, cluster and save as one step: a reclustering of another process in between would be overwritten
        // by clusters computed without its document.
        store.exclusively(() -> {
            List<ReportedEvent> events = new ArrayList<>();
            Map<String, LocalDate> published = publishedDates();
            for (CrisisClass crisisClass : classes) {
                store.events(EventQuery.all().withCrisisClass(crisisClass))
                        .forEach(event -> events.add(ReportedEvent.of(event, published::get)));
            }
            EventClusterer clusterer = new EventClusterer(new EventMatcher(rules, places));
            store.saveEventClusters(classes, clusterer.cluster(events));
            return null;
        });
    }

    /** Reclusters the classes of events that have no cluster yet (written by an ingest that was killed). */
    public void repair() {
        Map<String, String> clusters = store.eventClusters();
        Set<CrisisClass> missing = EnumSet.noneOf(CrisisClass.class);
        for (Event event : store.events(EventQuery.all())) {
            if (!clusters.containsKey(event.id())) {
                missing.add(event.crisisClass());
            }
        }
        recluster(missing);
    }

    /** Every merged event, in date order (undated last). */
    public List<MergedEvent> mergedEvents() {
        Map<String, LocalDate> published = publishedDates();
        List<ReportedEvent> events = store.events(EventQuery.all()).stream()
                .map(event -> ReportedEvent.of(event, published::get)).toList();
        return new EventMerger(rules, places).merge(events, store.eventClusters());
    }

    /** Every stored figure as a claim of its report, dated by the report's publication. */
    public List<FigureClaim> figureClaims() {
        List<FigureClaim> claims = new ArrayList<>();
        for (DocumentSummary document : store.documents()) {
            Map<Integer, String> sentences = new HashMap<>();
            store.sentences(document.id()).forEach(s -> sentences.put(s.index(), s.text()));
            for (Figure figure : store.figures(document.id())) {
                claims.add(new FigureClaim(figure.kind(), figure.value(), figure.qualifier(), document.id(),
                        document.published(), figure.sentence(), sentences.getOrDefault(figure.sentence(),
                        figure.text())));
            }
        }
        return claims;
    }

    /** The merged events with at least {@code minSupport} (null: the rules' {@code min_support}), and the rest. */
    public Support.Selection selection(Double minSupport) {
        List<MergedEvent> read = new EventReading(rules, places).read(mergedEvents(), actors());
        return Support.select(read, rules, minSupport == null ? rules.minSupport() : minSupport);
    }

    /** The contradictions among the events of the rules' default support. */
    public List<Contradiction> contradictions() {
        return contradictions(selection(null));
    }

    /** The contradictions about the selected events, and those between reports' names and key figures. */
    public List<Contradiction> contradictions(Support.Selection selection) {
        Map<String, String> names = new HashMap<>();
        Set<String> people = new java.util.HashSet<>();
        store.allActors().forEach(actor -> {
            names.put(actor.id(), actor.name());
            if (actor.kind() == org.sitrep.model.actor.ActorKind.PERSON) {
                people.add(actor.id());
            }
        });
        // People's long forms differ by titles and descriptors ("then-Lieutenant Colonel ..."), not by name.
        List<NameUse> uses = store.actorNameUses().stream().filter(use -> !people.contains(use.actorId())).map(use -> new NameUse(use.actorId(),
                names.getOrDefault(use.actorId(), use.actorId()), use.name(), use.docId(), use.sentence(),
                use.sentenceText())).toList();
        return new ContradictionFinder(rules).find(selection.kept(), figureClaims(), uses,
                id -> names.getOrDefault(id, id));
    }

    /** The history of the situation from the events of the rules' default support. */
    public History history() {
        return history(selection(null));
    }

    /** The history of the situation: from the selected events, the store's actors and the dictionary's roles. */
    public History history(Support.Selection selection) {
        return new SituationBuilder(rules, places).build(selection.kept(), actors(), figureClaims());
    }

    /** The store's actors, with the dictionary's dated roles for those the store has none for. */
    private List<Actor> actors() {
        Map<String, Actor> actors = new LinkedHashMap<>();
        store.allActors().forEach(actor -> actors.put(actor.id(), actor));
        // The dictionary's roles hold even for actors no stored report names (who held office before).
        for (DictionaryActor entry : dictionary.actors()) {
            Actor fromDictionary = entry.toActor();
            actors.merge(fromDictionary.id(), fromDictionary, (stored, curated) -> stored.roles().isEmpty()
                    ? new Actor(stored.id(), stored.name(), stored.kind(), stored.country(), stored.sector(),
                    stored.wikidataId(), stored.aliases(), curated.roles(), stored.curated()) : stored);
        }
        return List.copyOf(actors.values());
    }

    private Map<String, LocalDate> publishedDates() {
        Map<String, LocalDate> published = new HashMap<>();
        store.documents().forEach(document -> published.put(document.id(), document.published()));
        return published;
    }
}
