package org.sitrep.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.EventStatus;

/**
 * Which events {@link Store#events(EventQuery)} returns: every present filter must hold. Start from
 * {@link #all()} and narrow with the {@code with…} methods.
 *
 * @param actorId a store actor id that must be one of the event's sources or targets
 * @param place words the event's place must contain, with case, accents and punctuation folded as for actor
 *     names ("cote d'ivoire" finds "Côte d’Ivoire"); words that fold to nothing match no event
 * @param from with {@code to}, the days the event's date interval must overlap; events without a date are
 *     left out when either is present
 * @param docId a document that reports the event
 * @param limit the most events to return, at least 0
 */
public record EventQuery(Optional<CrisisClass> crisisClass, Optional<String> actorId, Optional<String> place,
                         Optional<LocalDate> from, Optional<LocalDate> to, Optional<EventStatus> status,
                         Optional<String> docId, int limit) {
    public EventQuery {
        Objects.requireNonNull(crisisClass, "crisisClass");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(docId, "docId");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("the period ends before it starts: " + from.get() + ".." + to.get());
        }
    }

    /** No filter and no limit. */
    public static EventQuery all() {
        return new EventQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Integer.MAX_VALUE);
    }

    public EventQuery withCrisisClass(CrisisClass newClass) {
        return new EventQuery(Optional.of(newClass), actorId, place, from, to, status, docId, limit);
    }

    public EventQuery withActorId(String newActorId) {
        return new EventQuery(crisisClass, Optional.of(newActorId), place, from, to, status, docId, limit);
    }

    public EventQuery withPlace(String newPlace) {
        return new EventQuery(crisisClass, actorId, Optional.of(newPlace), from, to, status, docId, limit);
    }

    /** Events overlapping {@code [newFrom, newTo]}; either may be null for an open end. */
    public EventQuery withPeriod(LocalDate newFrom, LocalDate newTo) {
        return new EventQuery(crisisClass, actorId, place, Optional.ofNullable(newFrom), Optional.ofNullable(newTo),
                status, docId, limit);
    }

    public EventQuery withStatus(EventStatus newStatus) {
        return new EventQuery(crisisClass, actorId, place, from, to, Optional.of(newStatus), docId, limit);
    }

    public EventQuery withDocId(String newDocId) {
        return new EventQuery(crisisClass, actorId, place, from, to, status, Optional.of(newDocId), limit);
    }

    public EventQuery withLimit(int newLimit) {
        return new EventQuery(crisisClass, actorId, place, from, to, status, docId, newLimit);
    }
}
