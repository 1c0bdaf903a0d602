package org.sitrep.export;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.event.Event;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Store;

/** The store's events rendered in the export formats, with actors and documents looked up in the store. */
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

    public static List<String> plover(Store store) {
        return plover(store, EventQuery.all());
    }

    public static List<String> plover(Store store, EventQuery query) {
        Lookups lookups = Lookups.of(store);
        return store.events(query).stream()
                .map(event -> EventExport.toPloverLine(event, lookups.actors(), lookups.documents())).toList();
    }

    public static List<Map<String, Object>> rows(Store store, EventQuery query, String format) {
        Lookups lookups = Lookups.of(store);
        List<Event> events = store.events(query);
        return events.stream().map(event -> switch (format) {
            case "acled-csv" -> EventExport.toAcled(event, lookups.actors(), lookups.documents());
            case "csv" -> EventExport.toCsv(event, lookups.actors(), lookups.documents());
            default -> EventExport.toPlover(event, lookups.actors(), lookups.documents());
        }).toList();
    }
}
