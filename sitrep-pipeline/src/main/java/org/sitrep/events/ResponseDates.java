package org.sitrep.events;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventStatus;
import org.sitrep.model.time.DatePrecision;
import org.sitrep.model.time.DateRange;

/**
 * An undated event of a sentence that the sentence ties to an event already dated ("the African Union condemned
 * the coup and suspended the country") came after it and before the report: it gets that interval, when it is
 * short enough to say something (events.yaml {@code limits.response_window_days}). "Before the coup" (dates.yaml
 * {@code before}) ties it the other way and gives nothing.
 */
final class ResponseDates {
    private final CodingContext context;

    ResponseDates(CodingContext context) {
        this.context = context;
    }

    void date(List<Event> events, int sentence) {
        LocalDate published = context.published();
        if (published == null || context.lexicon.dates().before()
                .matcher(context.document.sentences().get(sentence).text()).find()) {
            return;
        }
        int window = context.lexicon.limits().responseWindowDays();
        for (int i = 0; i < events.size(); i++) {
            Event event = events.get(i);
            if (event.date() != null || event.status() != EventStatus.OCCURRED
                    || event.mentions().get(0).sentence() != sentence) {
                continue;
            }
            Optional<DateRange> cause = events.stream().filter(other -> other != event && other.date() != null
                            && other.status() == EventStatus.OCCURRED
                            && other.mentions().stream().anyMatch(m -> m.sentence() == sentence)
                            && other.mentions().get(0).sentence() < sentence
                            && !other.date().start().isAfter(published))
                    .map(Event::date).max(Comparator.comparing(DateRange::start));
            // A response comes once its cause is over: "condemned the coup" is dated from the coup's last day.
            if (cause.isEmpty() || ChronoUnit.DAYS.between(cause.get().end(), published) > window
                    || cause.get().end().isAfter(published)) {
                continue;
            }
            DateRange after = new DateRange(cause.get().end(), published, DatePrecision.DAYS);
            events.set(i, event.withDate(after, null));
        }
    }
}
