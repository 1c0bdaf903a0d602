package org.sitrep.picture;

import static org.sitrep.picture.SpellFacts.concat;
import static org.sitrep.picture.SpellFacts.happened;
import static org.sitrep.picture.SpellFacts.holderOn;
import static org.sitrep.picture.SpellFacts.label;
import static org.sitrep.picture.SpellFacts.plausibleDate;
import static org.sitrep.picture.SpellFacts.stateCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.time.DateRange;

/**
 * Which measures were in force when: from their date (or, undated, the first report that tells of them) until
 * a report tells of their lifting, the same body takes the same measure anew, or, with
 * {@code lapse_when_changes}, the office that held power when they were taken changes hands. Stateless.
 */
final class MeasureSpells {
    private final PictureRules rules;
    private final EventMatcher matcher;
    private final SpellFacts facts;

    MeasureSpells(PictureRules rules, EventMatcher matcher, SpellFacts facts) {
        this.rules = rules;
        this.matcher = matcher;
        this.facts = facts;
    }

    List<Spells.Measure> spells(List<MergedEvent> events, Map<String, Actor> actors,
                                          List<Spells.Power> power) {
        List<MergedEvent> taken = new ArrayList<>();
        List<MergedEvent> lifted = new ArrayList<>();
        for (MergedEvent event : events) {
            if (!happened(event) || !rules.measureClasses().contains(event.crisisClass())) {
                continue;
            }
            (event.members().stream().anyMatch(m -> matcher.isLifting(m.event())) ? lifted : taken).add(event);
        }
        Map<String, LocalDate> answered = new HashMap<>();
        taken.forEach(measure -> answered.put(measure.id(), answeredEnd(measure, events)));
        lifted.forEach(measure -> answered.put(measure.id(), answeredEnd(measure, events)));
        List<Spells.Measure> spells = new ArrayList<>();
        List<MergedEvent> spellEvents = new ArrayList<>();
        Map<String, List<Integer>> byKey = new HashMap<>();
        List<MergedEvent> ordered = taken.stream().sorted(Comparator.comparing((MergedEvent e) -> knownBy(e, answered),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(MergedEvent::id)).toList();
        for (MergedEvent event : ordered) {
            LocalDate knownBy = knownBy(event, answered);
            if (knownBy == null) {
                continue;
            }
            String country = againstCountry(event, actors);
            String key = event.crisisClass() + "|" + doersKey(event) + "|" + country;
            Spells.Measure spell = new Spells.Measure(event.crisisClass().name(), label(event.sources(), actors),
                    against(event, country, actors), country, since(event, answered), knownBy, null, null,
                    Evidence.firstPerDocument(event.mentions()), List.of());
            List<Integer> same = byKey.computeIfAbsent(key, k -> new ArrayList<>());
            if (!same.isEmpty()) {
                int last = same.get(same.size() - 1);
                Spells.Measure earlier = spells.get(last);
                if (earlier.until() == null && earlier.start().isBefore(spell.start())) {
                    // Taking the same measure again means the earlier one had ended by then.
                    spells.set(last, ended(earlier, spell.start(), "taken anew", List.of()));
                }
            }
            same.add(spells.size());
            spells.add(spell);
            spellEvents.add(event);
        }
        for (MergedEvent lift : lifted) {
            LocalDate day = knownBy(lift, answered);
            if (day == null) {
                continue;
            }
            Set<String> liftDoers = EventMatcher.ids(lift.sources());
            for (int i = 0; i < spells.size(); i++) {
                Spells.Measure spell = spells.get(i);
                MergedEvent source = spellEvents.get(i);
                if (spell.kind().equals(lift.crisisClass().name()) && spell.start().isBefore(day)
                        && (spell.until() == null || spell.until().isAfter(day))
                        && (liftDoers.isEmpty() || EventMatcher.ids(source.sources()).stream()
                                .anyMatch(liftDoers::contains))) {
                    spells.set(i, ended(spell, day, "lifted", Evidence.firstPerDocument(lift.mentions())));
                }
            }
        }
        if (rules.lapseWhenChanges() != null) {
            for (int i = 0; i < spells.size(); i++) {
                Spells.Measure spell = spells.get(i);
                // Taken under whoever held office on the last day its date allows: a measure dated "21-22 March"
                // answering a coup of 22 March was taken under the junta, not the president it ousted.
                DateRange date = plausibleDate(spellEvents.get(i));
                LocalDate takenOn = date == null || date.end().isBefore(spell.start()) ? spell.start() : date.end();
                Optional<Spells.Power> then = holderOn(power, rules.lapseWhenChanges(), spell.country(), takenOn);
                if (then.isEmpty()) {
                    continue;
                }
                Optional<LocalDate> change = power.stream()
                        .filter(p -> p.office().equals(rules.lapseWhenChanges())
                                && Objects.equals(p.country(), spell.country()) && p.since().isAfter(takenOn)
                                && !Objects.equals(p.holderId(), then.get().holderId()))
                        .map(Spells.Power::since).min(Comparator.naturalOrder());
                if (change.isPresent() && (spell.until() == null || change.get().isBefore(spell.until()))) {
                    spells.set(i, ended(spell, change.get(), "lapsed: " + rules.lapseWhenChanges() + " changed",
                            List.of()));
                }
            }
        }
        List<Spells.Measure> sorted = new ArrayList<>(spells);
        sorted.sort(Comparator.comparing(Spells.Measure::start).thenComparing(Spells.Measure::kind)
                .thenComparing(Spells.Measure::by));
        return sorted;
    }

    private static Spells.Measure ended(Spells.Measure spell, LocalDate until, String why, List<Evidence> evidence) {
        return new Spells.Measure(spell.kind(), spell.by(), spell.against(), spell.country(), spell.since(),
                spell.knownBy(), until, why, spell.evidence(), concat(spell.endEvidence(), evidence));
    }

    /**
     * The day a measure was taken: its date's start, but not before the last day of the event it answers (a
     * suspension "after the coup" dated with the coup's days began when the coup was over); null if undated.
     */
    private static LocalDate since(MergedEvent event, Map<String, LocalDate> answered) {
        DateRange date = plausibleDate(event);
        if (date == null) {
            return null;
        }
        LocalDate answeredEnd = answered.get(event.id());
        return answeredEnd != null && answeredEnd.isAfter(date.start()) ? answeredEnd : date.start();
    }

    /** The day a measure is known to be in force from: its {@link #since}, else its first report's publication. */
    private static LocalDate knownBy(MergedEvent event, Map<String, LocalDate> answered) {
        LocalDate since = since(event, answered);
        if (since != null) {
            return since;
        }
        return event.members().stream().map(ReportedEvent::published).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    /**
     * The last day of the latest happened event of {@code answers} the measure answers: one told in a sentence that
     * tells the measure, or, when a report gives the measure no date words of its own (its date is the narrative's),
     * one that report told at or before it whose date overlaps the measure's: the event that dated the narrative.
     */
    private LocalDate answeredEnd(MergedEvent measure, List<MergedEvent> events) {
        Set<String> sentences = new HashSet<>();
        measure.mentions().forEach(m -> sentences.add(m.docId() + "#" + m.sentence()));
        LocalDate latest = null;
        for (MergedEvent other : events) {
            if (other == measure || !rules.answeredClasses().contains(other.crisisClass()) || !happened(other)) {
                continue;
            }
            DateRange date = plausibleDate(other);
            if (date == null || latest != null && !date.end().isAfter(latest)) {
                continue;
            }
            boolean sameSentence = other.mentions().stream()
                    .anyMatch(m -> sentences.contains(m.docId() + "#" + m.sentence()));
            if (sameSentence || datedByNarrativeOf(measure, other, date)) {
                latest = date.end();
            }
        }
        return latest;
    }

    private static boolean datedByNarrativeOf(MergedEvent measure, MergedEvent other, DateRange otherDate) {
        for (ReportedEvent member : measure.members()) {
            Event event = member.event();
            if (event.dateText() != null || event.date() == null || event.mentions().isEmpty()
                    || !EventMatcher.overlap(event.date(), otherDate)) {
                continue;
            }
            int sentence = event.mentions().get(0).sentence();
            if (other.mentions().stream().anyMatch(m -> member.docId().equals(m.docId()) && m.sentence() <= sentence)) {
                return true;
            }
        }
        return false;
    }

    /** Whom a measure is against: its identified targets, else the state of its country; null if neither. */
    private static String against(MergedEvent event, String country, Map<String, Actor> actors) {
        List<EventActor> identified = event.targets().stream().filter(t -> t.actorKey() != null
                && actors.containsKey(t.actorKey())).toList();
        if (!identified.isEmpty()) {
            return label(identified, actors);
        }
        return country == null ? null : actors.values().stream()
                .filter(actor -> actor.kind() == ActorKind.STATE && country.equals(actor.country()))
                .map(Actor::name).sorted().findFirst().orElse(null);
    }

    private static String doersKey(MergedEvent event) {
        Set<String> ids = new TreeSet<>(EventMatcher.ids(event.sources()));
        if (!ids.isEmpty()) {
            return String.join(",", ids);
        }
        return event.sources().stream().map(a -> EventPlaces.fold(String.valueOf(a.entityText()))).sorted()
                .reduce((a, b) -> a + "," + b).orElse("");
    }

    private String againstCountry(MergedEvent event, Map<String, Actor> actors) {
        for (EventActor target : event.targets()) {
            Actor actor = target.actorKey() == null ? null : actors.get(target.actorKey());
            if (actor != null && stateCode(actor.country()) != null) {
                return stateCode(actor.country());
            }
        }
        return facts.country(event, actors);
    }
}
