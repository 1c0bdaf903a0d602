package org.sitrep.export;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.event.Event;
import org.sitrep.picture.MergedEvent;
import org.sitrep.store.Store;

/**
 * Events rendered in the export formats, with actors and documents looked up in the store. The events are
 * the merged ones: one record per real event, with the mentions of every report that tells it.
 */
public final class EventLines {
    private EventLines() {
    }

    /** Lookups of actors and documents, built once per export. */
    public record Lookups(Function<String, Optional<Actor>> actors,
                          Function<String, Optional<DocumentSummaryView>> documents) {
        public static Lookups of(Store store) {
            Map<String, DocumentSummaryView> documents = store.documents().stream()
                    .collect(Collectors.toMap(d -> d.id(), DocumentSummaryView::of));
            return new Lookups(store::actor, id -> Optional.ofNullable(documents.get(id)));
        }
    }

    /** One PLOVER line per merged event, in date order. */
    public static List<String> plover(Store store, List<MergedEvent> merged) {
        Lookups lookups = Lookups.of(store);
        return merged.stream().map(MergedEvent::toEvent)
                .map(event -> EventExport.toPloverLine(event, lookups.actors(), lookups.documents())).toList();
    }

    /** One row per merged event in {@code format}: {@code acled-csv}, {@code csv}, else the PLOVER record. */
    public static List<Map<String, Object>> rows(Store store, List<MergedEvent> merged, String format) {
        Lookups lookups = Lookups.of(store);
        List<Event> events = merged.stream().map(MergedEvent::toEvent).toList();
        return events.stream().map(event -> switch (format) {
            case "acled-csv" -> EventExport.toAcled(event, lookups.actors(), lookups.documents());
            case "csv" -> EventExport.toCsv(event, lookups.actors(), lookups.documents());
            default -> EventExport.toPlover(event, lookups.actors(), lookups.documents());
        }).toList();
    }
}
