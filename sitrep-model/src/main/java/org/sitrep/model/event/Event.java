package org.sitrep.model.event;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.place.Location;
import org.sitrep.model.time.DateRange;

/**
 * One event of the situation picture.
 *
 * @param date the interval the text allows, or null when it gives no date (never the publication date)
 * @param dateText the words that gave the date, or null
 * @param place where it happened: as written and, when the gazetteer knew it, resolved; null when unknown
 * @param confidence how sure the coder is, in [0, 1]: the share of the class's cues the sentence showed
 */
public record Event(String id, CrisisClass crisisClass, PloverCoding plover, List<EventActor> sources,
                   List<EventActor> targets, DateRange date, String dateText, Location place, EventSize size,
                   EventStatus status, double confidence, List<EventMention> mentions) {
    public Event {
        Objects.requireNonNull(crisisClass, "crisisClass");
        Objects.requireNonNull(status, "status");
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
        mentions = List.copyOf(mentions);
        size = size == null ? EventSize.none() : size;
    }

    /** This event with other doers. */
    public Event withSources(List<EventActor> newSources) {
        return new Event(id, crisisClass, plover, newSources, targets, date, dateText, place, size, status,
                confidence, mentions);
    }

    /** This event with other doers and recipients. */
    public Event withParticipants(List<EventActor> newSources, List<EventActor> newTargets) {
        return new Event(id, crisisClass, plover, newSources, newTargets, date, dateText, place, size, status,
                confidence, mentions);
    }

    /** This event with another date and the words that gave it (null when the date is inferred). */
    public Event withDate(DateRange newDate, String newDateText) {
        return new Event(id, crisisClass, plover, sources, targets, newDate, newDateText, place, size, status,
                confidence, mentions);
    }

    /** This event at another place. */
    public Event withPlace(Location newPlace) {
        return new Event(id, crisisClass, plover, sources, targets, date, dateText, newPlace, size, status,
                confidence, mentions);
    }

    /** This event with another status. */
    public Event withStatus(EventStatus newStatus) {
        return new Event(id, crisisClass, plover, sources, targets, date, dateText, place, size, newStatus,
                confidence, mentions);
    }
}
