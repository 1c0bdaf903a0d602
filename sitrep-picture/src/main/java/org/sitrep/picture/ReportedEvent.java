package org.sitrep.picture;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import org.sitrep.model.event.Event;

/**
 * One document's event with what merging needs to know of its report.
 *
 * @param docId the document that reports it
 * @param published the report's publication date, or null
 */
public record ReportedEvent(Event event, String docId, LocalDate published) {
    /**
     * The order merging works in, from content alone (never from ingest order): earliest report first, then
     * document id, the sentence of the first mention and the event id.
     */
    public static final Comparator<ReportedEvent> CANONICAL = Comparator
            .comparing(ReportedEvent::published, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ReportedEvent::docId)
            .thenComparingInt(ReportedEvent::firstSentence)
            .thenComparing(reported -> reported.event().id());

    public ReportedEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(docId, "docId");
    }

    /** The event's document: that of its first mention (a document's events carry only its own mentions). */
    public static ReportedEvent of(Event event, java.util.function.Function<String, LocalDate> publishedOf) {
        String docId = event.mentions().isEmpty() || event.mentions().get(0).docId() == null ? event.id()
                : event.mentions().get(0).docId();
        return new ReportedEvent(event, docId, publishedOf.apply(docId));
    }

    public String id() {
        return event.id();
    }

    int firstSentence() {
        return event.mentions().isEmpty() ? Integer.MAX_VALUE : event.mentions().get(0).sentence();
    }
}
