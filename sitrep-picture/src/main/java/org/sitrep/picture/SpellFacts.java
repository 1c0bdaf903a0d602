package org.sitrep.picture;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.event.EventStatus;
import org.sitrep.model.time.DatePrecision;
import org.sitrep.model.time.DateRange;

/** What the spells of power, control and measures read alike off merged events: dates, countries, names. */
final class SpellFacts {
    private static final Set<String> NON_STATE_CODES = Set.of("IGO", "UNO", "EUR", "NGO", "IMG", "ISM", "MNC");

    private final EventPlaces places;

    SpellFacts(EventPlaces places) {
        this.places = places;
    }

    /** The country an event happened in: its place's, else its targets', else its doers'. */
    String country(MergedEvent event, Map<String, Actor> actors) {
        for (ReportedEvent member : event.members()) {
            Optional<String> country = places.country(member.event());
            if (country.isPresent()) {
                return country.get();
            }
        }
        List<EventActor> participants = new ArrayList<>(event.targets());
        participants.addAll(event.sources());
        for (EventActor participant : participants) {
            Actor actor = participant.actorKey() == null ? null : actors.get(participant.actorKey());
            if (actor != null && stateCode(actor.country()) != null) {
                return stateCode(actor.country());
            }
        }
        return null;
    }

    static String stateCode(String code) {
        return code == null || NON_STATE_CODES.contains(code) || !code.matches("[A-Z]{3}") ? null : code;
    }

    static boolean happened(MergedEvent event) {
        return EventMatcher.statusGroup(event.status()) == EventStatus.OCCURRED;
    }

    /**
     * The event's date from the members whose date does not start after their report was published (a report
     * cannot tell of a past event that came after it), those dated in words if any; null when none is dated.
     */
    static DateRange plausibleDate(MergedEvent event) {
        List<DateReconciler.SourcedDate> worded = new ArrayList<>();
        List<DateReconciler.SourcedDate> inferred = new ArrayList<>();
        for (ReportedEvent member : event.members()) {
            DateRange date = member.event().date();
            if (date != null && (member.published() == null || !date.start().isAfter(member.published()))) {
                (member.event().dateText() != null ? worded : inferred)
                        .add(new DateReconciler.SourcedDate(date, member.docId()));
            }
        }
        // A date a report gives in words outweighs one the coder inferred from the narrative.
        return DateReconciler.reconcile(worded.isEmpty() ? inferred : worded).date();
    }

    static Comparator<MergedEvent> byPlausibleDate() {
        return Comparator.comparing((MergedEvent e) -> plausibleDate(e).start()).thenComparing(MergedEvent::id);
    }

    /** Dated to the day, a few days or a week: precise enough to say since when. */
    static boolean fine(DateRange date) {
        return date != null && (date.precision() == DatePrecision.DAY || date.precision() == DatePrecision.DAYS
                || date.precision() == DatePrecision.WEEK);
    }

    /** Dated to the month or closer: a town taken "in 2011" says too little about since when it was held. */
    static boolean datedToTheMonth(DateRange date) {
        return fine(date) || date != null && date.precision() == DatePrecision.MONTH;
    }

    static List<String> identified(List<EventActor> participants, Map<String, Actor> actors) {
        List<String> ids = new ArrayList<>();
        for (EventActor participant : participants) {
            if (participant.actorKey() != null && !ids.contains(participant.actorKey())) {
                ids.add(participant.actorKey());
            }
        }
        return ids;
    }

    static List<String> names(List<String> ids, Map<String, Actor> actors) {
        return ids.stream().map(id -> actors.containsKey(id) ? actors.get(id).name() : id).toList();
    }

    static String label(List<EventActor> participants, Map<String, Actor> actors) {
        Set<String> labels = new LinkedHashSet<>();
        for (EventActor participant : participants) {
            Actor actor = participant.actorKey() == null ? null : actors.get(participant.actorKey());
            labels.add(actor != null ? actor.name() : participant.entityText());
        }
        labels.remove(null);
        return labels.isEmpty() ? null : String.join(", ", labels);
    }

    static Optional<Spells.Power> holderOn(List<Spells.Power> power, String office, String country, LocalDate day) {
        return power.stream().filter(p -> p.office().equals(office) && Objects.equals(p.country(), country)
                && p.activeOn(day)).max(Comparator.comparing(Spells.Power::since));
    }

    static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        b.stream().filter(item -> !out.contains(item)).forEach(out::add);
        return out;
    }
}
