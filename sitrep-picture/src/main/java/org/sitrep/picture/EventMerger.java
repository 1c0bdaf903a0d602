package org.sitrep.picture;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.event.EventSize;
import org.sitrep.model.event.EventStatus;
import org.sitrep.model.place.Location;
import org.sitrep.model.text.TextFold;

/**
 * Builds {@link MergedEvent}s from reports' events and their cluster ids. An event with no cluster id is a
 * cluster of its own. Its doers are those the reports name as news; only when none does, those of reports
 * that retell it, and only when none of these, those a weak rule (pronoun, default doer) gave ({@link Doers}).
 * An event only one report tells keeps every doer that report gives. The result is in date order (undated last), then by first report and sentence.
 * Stateless and thread-safe.
 */
public final class EventMerger {
    private final PictureRules rules;
    private final EventPlaces places;

    public EventMerger(PictureRules rules, EventPlaces places) {
        this.rules = rules;
        this.places = places;
    }

    /** Date order of merged events, for listings and exports. */
    public static final Comparator<MergedEvent> DATE_ORDER = Comparator
            .comparing((MergedEvent merged) -> merged.date().date() == null ? null : merged.date().date().start(),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(merged -> merged.members().get(0).docId())
            .thenComparingInt(merged -> merged.members().get(0).firstSentence())
            .thenComparing(MergedEvent::id);

    public List<MergedEvent> merge(List<ReportedEvent> events, Map<String, String> clusterOf) {
        Map<String, List<ReportedEvent>> byCluster = new LinkedHashMap<>();
        for (ReportedEvent event : events) {
            byCluster.computeIfAbsent(clusterOf.getOrDefault(event.id(), event.id()), id -> new ArrayList<>())
                    .add(event);
        }
        List<MergedEvent> merged = new ArrayList<>();
        byCluster.forEach((id, members) -> merged.add(mergeOne(id, members)));
        merged.sort(DATE_ORDER);
        return merged;
    }

    /** One cluster's members as one event. */
    public MergedEvent mergeOne(String id, List<ReportedEvent> unsorted) {
        List<ReportedEvent> members = new ArrayList<>(unsorted);
        members.sort(ReportedEvent.CANONICAL);
        List<DateReconciler.SourcedDate> dates = new ArrayList<>();
        List<EventActor> sources = new ArrayList<>();
        List<EventActor> targets = new ArrayList<>();
        Map<String, List<String>> placeDocs = new LinkedHashMap<>();
        Map<String, String> placeLabel = new LinkedHashMap<>();
        Map<String, Location> placeOf = new LinkedHashMap<>();
        Map<String, Boolean> placeSpecific = new LinkedHashMap<>();
        Map<String, Map<Long, List<String>>> sizeDocs = new LinkedHashMap<>();
        EventStatus status = members.get(0).event().status();
        for (ReportedEvent member : members) {
            Event event = member.event();
            dates.add(new DateReconciler.SourcedDate(event.date(), member.docId()));
            addActors(targets, event.targets());
            String key = places.key(event);
            if (key != null) {
                addDoc(placeDocs.computeIfAbsent(key, k -> new ArrayList<>()), member.docId());
                placeLabel.putIfAbsent(key, places.label(event));
                placeOf.putIfAbsent(key, event.place());
                placeSpecific.putIfAbsent(key, !places.isCountryLevel(event));
            }
            addSize(sizeDocs, "dead", event.size().dead(), member.docId());
            addSize(sizeDocs, "injured", event.size().injured(), member.docId());
            addSize(sizeDocs, "arrested", event.size().arrested(), member.docId());
            addSize(sizeDocs, "displaced", event.size().displaced(), member.docId());
            addSize(sizeDocs, "troops", event.size().troops(), member.docId());
            if (event.status() == EventStatus.OCCURRED) {
                status = EventStatus.OCCURRED;
            }
        }
        // Named doers first: a retelling or a weak rule lends a doer only when no report names one. One report's
        // own doers stay as its coder gave them (a lone event exports what the report says).
        if (members.stream().map(ReportedEvent::docId).distinct().count() == 1) {
            members.forEach(member -> addActors(sources, member.event().sources()));
        } else {
            for (List<EventActor> doers : Doers.byStrength(members, rules)) {
                if (sources.isEmpty()) {
                    addActors(sources, doers);
                }
            }
        }
        ReconciledDate date = DateReconciler.reconcile(dates);
        List<Alternative<String>> placeAlternatives = new ArrayList<>();
        placeDocs.forEach((key, docs) -> placeAlternatives.add(new Alternative<>(placeLabel.get(key), docs)));
        // The most specific place, then the one most reports give, then the first report's.
        Location place = placeDocs.keySet().stream()
                .max(Comparator.comparing((String key) -> placeSpecific.get(key))
                        .thenComparingInt(key -> placeDocs.get(key).size())
                        .thenComparing(key -> -indexOf(placeDocs, key)))
                .map(placeOf::get).orElse(null);
        Map<String, List<Alternative<Long>>> sizes = new LinkedHashMap<>();
        sizeDocs.forEach((kind, values) -> {
            List<Alternative<Long>> alternatives = new ArrayList<>();
            values.forEach((value, docs) -> alternatives.add(new Alternative<>(value, docs)));
            sizes.put(kind, alternatives);
        });
        EventSize size = new EventSize(chosen(sizes, "dead"), chosen(sizes, "injured"), chosen(sizes, "arrested"),
                chosen(sizes, "displaced"), chosen(sizes, "troops"));
        return new MergedEvent(id, members.get(0).event().crisisClass(), status, members, date, sources, targets,
                place, placeAlternatives, size, sizes);
    }

    /** The figure most reports give; on a tie, the first report's. */
    private static Long chosen(Map<String, List<Alternative<Long>>> sizes, String kind) {
        List<Alternative<Long>> alternatives = sizes.get(kind);
        if (alternatives == null) {
            return null;
        }
        Alternative<Long> best = alternatives.get(0);
        for (Alternative<Long> alternative : alternatives) {
            if (alternative.docIds().size() > best.docIds().size()) {
                best = alternative;
            }
        }
        return best.value();
    }

    private static int indexOf(Map<String, ?> map, String key) {
        int i = 0;
        for (String k : map.keySet()) {
            if (k.equals(key)) {
                return i;
            }
            i++;
        }
        return i;
    }

    private static void addSize(Map<String, Map<Long, List<String>>> sizes, String kind, Long value, String docId) {
        if (value != null) {
            addDoc(sizes.computeIfAbsent(kind, k -> new LinkedHashMap<>()).computeIfAbsent(value,
                    v -> new ArrayList<>()), docId);
        }
    }

    private static void addDoc(List<String> docs, String docId) {
        if (!docs.contains(docId)) {
            docs.add(docId);
        }
    }

    /** Adds actors not yet present: the same store actor, or the same words when there is none. */
    private static void addActors(List<EventActor> into, List<EventActor> actors) {
        for (EventActor actor : actors) {
            boolean present = into.stream().anyMatch(known -> actor.actorKey() != null
                    ? actor.actorKey().equals(known.actorKey())
                    : known.actorKey() == null
                            && TextFold.canonical(known.entityText()).equals(TextFold.canonical(actor.entityText())));
            if (!present) {
                into.add(actor);
            }
        }
    }
}
