package org.sitrep.events;

import java.util.List;
import org.sitrep.events.rules.EventsFile;
import org.sitrep.model.event.EventActor;

/**
 * How sure the coder is of an event, from events.yaml {@code confidence}: a base, plus a weight for a resolved
 * doer, a date, a place and a verb trigger, rounded to two decimals. Not a probability: a ranking of how much the
 * coder found.
 */
final class Confidence {
    private final EventsFile.Weights weights;

    Confidence(EventsFile.Weights weights) {
        this.weights = weights;
    }

    double of(List<EventActor> source, boolean dated, boolean placed, boolean verb) {
        double confidence = weights.base() + (source.isEmpty() || source.get(0).actorKey() == null ? 0
                : weights.resolvedDoer()) + (dated ? weights.date() : 0) + (placed ? weights.place() : 0)
                + (verb ? weights.verb() : 0);
        return Math.round(confidence * 100) / 100.0;
    }

    /** An event a figure alone founds. */
    double figureEvent() {
        return weights.figureEvent();
    }
}
