package org.sitrep.events;

import java.util.List;
import org.sitrep.events.rules.EventsFile;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.event.EventMention;
import org.sitrep.model.time.DatePrecision;
import org.sitrep.model.time.DateRange;

/**
 * How sure the coder is of an event, from events.yaml {@code confidence}: a base, plus a weight for each kind of
 * evidence found (a resolved doer, a date and more for one to the day, a place, a verb trigger, another sentence
 * telling the same event), at most 1, rounded to two decimals. Calibrated on gold sets with
 * scripts/calibration.py: the share of events at or above a confidence that are real events.
 */
final class Confidence {
    private final EventsFile.Weights weights;

    Confidence(EventsFile.Weights weights) {
        this.weights = weights;
    }

    double of(List<EventActor> source, DateRange date, boolean placed, boolean verb) {
        double dated = date == null ? 0 : date.precision() == DatePrecision.DAY
                || date.precision() == DatePrecision.DAYS ? weights.dayDate() : weights.date();
        double confidence = weights.base() + (source.isEmpty() || source.get(0).actorKey() == null ? 0
                : weights.resolvedDoer()) + dated + (placed ? weights.place() : 0) + (verb ? weights.verb() : 0);
        return round(confidence);
    }

    /** An event a figure alone founds. */
    double figureEvent() {
        return weights.figureEvent();
    }

    /** The event with the weight of corroboration when more than one of its sentences tells it. */
    Event corroborated(Event event) {
        long sentences = event.mentions().stream().map(m -> m.docId() + "#" + m.sentence()).distinct().count();
        if (sentences < 2) {
            return event;
        }
        return new Event(event.id(), event.crisisClass(), event.plover(), event.sources(), event.targets(),
                event.date(), event.dateText(), event.place(), event.size(), event.status(),
                round(event.confidence() + weights.corroborated()), event.mentions());
    }

    private static double round(double confidence) {
        return Math.round(Math.min(1.0, confidence) * 100) / 100.0;
    }
}
