package org.sitrep.picture;

import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.event.EventStatus;
import org.sitrep.model.time.DatePrecision;
import org.sitrep.model.time.DateRange;

/**
 * Whether two reports' events can be, and are likely to be, the same event. Symmetric: {@code
 * compatible(a, b) == compatible(b, a)} and {@code score(a, b) == score(b, a)}, so that merging does not
 * depend on which report came first. Stateless and thread-safe.
 *
 * <p>Two events are <em>compatible</em> (nothing says they differ) when they come from different documents,
 * have the same class and kind of status (what happened, or what was threatened...), are both liftings or
 * both not, their places can be one (a class told apart by place needs the same town on both; for other
 * classes a report that retells the event years later does not place it firmly enough to differ), their dates
 * overlap (or lie within the tolerance for day dates), and, for classes told apart by doer, their identified
 * doers overlap. They <em>match</em> (score above 0) when, being compatible, something ties them: overlapping
 * dates, or a shared identified actor when a date is missing or the dates only lie close.
 */
public final class EventMatcher {
    private final PictureRules rules;
    private final EventPlaces places;

    public EventMatcher(PictureRules rules, EventPlaces places) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.places = Objects.requireNonNull(places, "places");
    }

    public boolean compatible(ReportedEvent a, ReportedEvent b) {
        Event x = a.event();
        Event y = b.event();
        if (a.docId().equals(b.docId()) || x.crisisClass() != y.crisisClass()
                || statusGroup(x.status()) != statusGroup(y.status()) || isLifting(x) != isLifting(y)) {
            return false;
        }
        if (rules.placeDefines().contains(x.crisisClass())) {
            boolean xCountry = places.isCountryLevel(x);
            if (xCountry != places.isCountryLevel(y) || !places.compatible(x, y)) {
                return false;
            }
        } else if (!places.compatible(x, y) && !Doers.retelling(a, rules) && !Doers.retelling(b, rules)) {
            // A retelling years later places the event loosely ("as in 2012, it started at the barracks"):
            // its town does not keep it from the event it retells.
            return false;
        }
        if (x.date() != null && y.date() != null && !overlap(x.date(), y.date())
                && !(fine(x.date()) && fine(y.date()) && gapDays(x.date(), y.date()) <= rules.dateToleranceDays())) {
            return false;
        }
        if (rules.sourceDefines().contains(x.crisisClass())) {
            Set<String> xs = ids(x.sources());
            Set<String> ys = ids(y.sources());
            return xs.isEmpty() || ys.isEmpty() || !disjoint(xs, ys);
        }
        return true;
    }

    /** 0 when the events are not the same event; else higher for stronger ties. */
    public int score(ReportedEvent a, ReportedEvent b) {
        if (!compatible(a, b)) {
            return 0;
        }
        Event x = a.event();
        Event y = b.event();
        int sharedSources = shared(ids(x.sources()), ids(y.sources()));
        int sharedActors = sharedSources + shared(ids(x.targets()), ids(y.targets()));
        int tie = 2 * sharedSources + (sharedActors - sharedSources) + (places.sameSpecificPlace(x, y) ? 1 : 0);
        if (x.date() == null || y.date() == null) {
            // No date to compare: only an identified actor both reports name ties them.
            return sharedActors > 0 ? tie : 0;
        }
        if (!overlap(x.date(), y.date())) {
            // Close day dates: one event told with different days, when an actor or a town ties them.
            return tie > 0 ? tie : 0;
        }
        if (rules.sourceDefines().contains(x.crisisClass()) && sharedSources == 0
                && !(ids(x.sources()).isEmpty() && ids(y.sources()).isEmpty())) {
            // One body's measure is not another's: their doers must be the same, or both unknown.
            return 0;
        }
        int dateScore = 3 + (x.date().start().equals(y.date().start()) && x.date().end().equals(y.date().end())
                ? 2 : 0) + (fine(x.date()) && fine(y.date()) ? 1 : 0);
        return dateScore + tie;
    }

    /** A measure event that tells of its lifting ("the sanctions were lifted"). */
    public boolean isLifting(Event event) {
        return rules.measureClasses().contains(event.crisisClass())
                && Cues.near(event, rules.liftWords(), rules.liftWindowWords());
    }

    /** What happened or is happening is one kind; each other status (threat, demand...) is its own. */
    static EventStatus statusGroup(EventStatus status) {
        return status == EventStatus.ONGOING ? EventStatus.OCCURRED : status;
    }

    static boolean overlap(DateRange a, DateRange b) {
        return !a.end().isBefore(b.start()) && !b.end().isBefore(a.start());
    }

    private static boolean fine(DateRange date) {
        return date.precision() == DatePrecision.DAY || date.precision() == DatePrecision.DAYS;
    }

    private static long gapDays(DateRange a, DateRange b) {
        return a.end().isBefore(b.start()) ? ChronoUnit.DAYS.between(a.end(), b.start())
                : ChronoUnit.DAYS.between(b.end(), a.start());
    }

    static Set<String> ids(List<EventActor> actors) {
        Set<String> ids = new HashSet<>();
        actors.forEach(actor -> {
            if (actor.actorKey() != null) {
                ids.add(actor.actorKey());
            }
        });
        return ids;
    }

    private static int shared(Set<String> a, Set<String> b) {
        int count = 0;
        for (String id : a) {
            if (b.contains(id)) {
                count++;
            }
        }
        return count;
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        return shared(a, b) == 0;
    }
}
