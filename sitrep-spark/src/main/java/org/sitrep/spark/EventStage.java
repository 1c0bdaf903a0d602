package org.sitrep.spark;

import java.io.Serializable;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.sitrep.export.CsvWriter;
import org.sitrep.export.DocumentSummaryView;
import org.sitrep.export.EventExport;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.picture.EventClusterer;
import org.sitrep.picture.EventMatcher;
import org.sitrep.picture.MergedEvent;
import org.sitrep.picture.ReportedEvent;
import scala.Tuple2;

/**
 * Cross-document stage, events: merges the reports' events into real events with the picture's own rules
 * ({@link EventMatcher}, {@link EventClusterer}, {@code EventMerger}). Blocking keys (class and month, widened by
 * the date tolerance; class and actor for undated events) are shuffled so that every pair the matcher could tie
 * meets in some block; the pairs that match form connected groups, and each group is clustered and merged on
 * one executor. The clusterer only ever joins matching pairs, so clustering each group apart gives what
 * clustering the whole class at once gives.
 */
final class EventStage {
    private EventStage() {
    }

    /** A merged event: the table's columns, its export renderings and its place in the exports' order. */
    record Merged(String id, String crisisClass, String status, LocalDate dateStart, LocalDate dateEnd,
                  String precision, List<String> members, List<String> docIds, String plover, String acled,
                  String firstDoc, int firstSentence, String event) implements Serializable {
    }

    /** The cluster an event belongs to, or (with a merged event) one merged event. */
    record Out(String eventId, String clusterId, Merged merged) implements Serializable {
    }

    static JavaRDD<Out> merge(JavaSparkContext context, JobSettings settings, JavaRDD<EventRef> events,
                              Broadcast<Map<String, String>> actors, int partitions) {
        int tolerance = Workers.rules().dateToleranceDays();
        JavaPairRDD<String, EventRef> blocks = events.flatMapToPair(ref -> {
            List<Tuple2<String, EventRef>> out = new ArrayList<>();
            blockKeys(ref.event(), tolerance).forEach(key -> out.add(new Tuple2<>(key, ref)));
            return out.iterator();
        });
        List<Tuple2<String, String>> edges = blocks.groupByKey(Math.max(1, partitions))
                .flatMap(block -> matchingPairs(settings, block._1(), block._2()).iterator())
                .distinct().collect();
        Broadcast<Map<String, String>> groups = context.broadcast(Components.of(edges));
        return events.mapToPair(ref -> new Tuple2<>(groups.value().getOrDefault(ref.id(), ref.id()), ref))
                .groupByKey(Math.max(1, partitions))
                .flatMap(group -> mergeGroup(settings, group._2(), actors.value()).iterator());
    }

    /**
     * Class and every month the event's dates reach, widened by the tolerance; for an event without a date,
     * class and each identified actor (the matcher ties an undated event only through a shared actor). Dated
     * events join the actor blocks too, to meet the undated ones there.
     */
    static Set<String> blockKeys(Event event, int toleranceDays) {
        Set<String> keys = new LinkedHashSet<>();
        String crisisClass = event.crisisClass().name();
        if (event.date() != null) {
            YearMonth month = YearMonth.from(event.date().start().minusDays(toleranceDays));
            YearMonth last = YearMonth.from(event.date().end().plusDays(toleranceDays));
            for (; !month.isAfter(last); month = month.plusMonths(1)) {
                keys.add(crisisClass + "|m|" + month);
            }
        }
        for (EventActor actor : actorsOf(event)) {
            keys.add(crisisClass + "|a|" + actor.actorKey());
        }
        return keys;
    }

    private static List<EventActor> actorsOf(Event event) {
        List<EventActor> actors = new ArrayList<>(event.sources());
        actors.addAll(event.targets());
        actors.removeIf(actor -> actor.actorKey() == null);
        return actors;
    }

    /** The pairs of one block that match. Actor blocks only pair an undated event (dated pairs meet by month). */
    static List<Tuple2<String, String>> matchingPairs(JobSettings settings, String key, Iterable<EventRef> refs) {
        boolean actorBlock = key.contains("|a|");
        List<ReportedEvent> events = new ArrayList<>();
        refs.forEach(ref -> events.add(ref.reported(ref.event())));
        EventMatcher matcher = Workers.matcher(settings);
        List<Tuple2<String, String>> pairs = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            for (int j = i + 1; j < events.size(); j++) {
                ReportedEvent a = events.get(i);
                ReportedEvent b = events.get(j);
                if (actorBlock && a.event().date() != null && b.event().date() != null) {
                    continue;
                }
                if (matcher.score(a, b) > 0) {
                    pairs.add(a.id().compareTo(b.id()) < 0 ? new Tuple2<>(a.id(), b.id())
                            : new Tuple2<>(b.id(), a.id()));
                }
            }
        }
        return pairs;
    }

    /** One group: clustered as the whole class would be, then merged and rendered for the exports. */
    static List<Out> mergeGroup(JobSettings settings, Iterable<EventRef> refs, Map<String, String> actorJson) {
        List<ReportedEvent> events = new ArrayList<>();
        Map<String, DocumentSummaryView> documents = new HashMap<>();
        for (EventRef ref : refs) {
            events.add(ref.reported(ref.event()));
            documents.putIfAbsent(ref.docId(), ref.document());
        }
        Map<String, String> clusterOf = events.size() == 1 ? Map.of()
                : new EventClusterer(Workers.matcher(settings)).cluster(events);
        Map<String, Optional<Actor>> actorCache = new HashMap<>();
        java.util.function.Function<String, Optional<Actor>> actors = id -> actorCache.computeIfAbsent(id,
                key -> Optional.ofNullable(actorJson.get(key)).map(Codec::actor));
        java.util.function.Function<String, Optional<DocumentSummaryView>> docs =
                id -> Optional.ofNullable(documents.get(id));
        List<Out> out = new ArrayList<>();
        for (ReportedEvent event : events) {
            out.add(new Out(event.id(), clusterOf.getOrDefault(event.id(), event.id()), null));
        }
        for (MergedEvent merged : Workers.merger(settings).merge(events, clusterOf)) {
            Event event = merged.toEvent();
            ReportedEvent first = merged.members().get(0);
            Event firstEvent = first.event();
            out.add(new Out(null, null, new Merged(merged.id(), merged.crisisClass().name(),
                    merged.status().label(), event.date() == null ? null : event.date().start(),
                    event.date() == null ? null : event.date().end(),
                    event.date() == null ? null : event.date().precision().name(),
                    merged.members().stream().map(ReportedEvent::id).toList(), merged.docIds(),
                    EventExport.toPloverLine(event, actors, docs), acledLine(event, actors, docs), first.docId(),
                    firstEvent.mentions().isEmpty() ? Integer.MAX_VALUE : firstEvent.mentions().get(0).sentence(),
                    Codec.write(event))));
        }
        return out;
    }

    private static String acledLine(Event event, java.util.function.Function<String, Optional<Actor>> actors,
                                    java.util.function.Function<String, Optional<DocumentSummaryView>> docs) {
        StringWriter line = new StringWriter();
        CsvWriter csv = new CsvWriter(line, EventExport.ACLED_COLUMNS);
        csv.writeRow(EventExport.toAcled(event, actors, docs));
        csv.flush();
        return line.toString();
    }
}
