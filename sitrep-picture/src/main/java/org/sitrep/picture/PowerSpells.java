package org.sitrep.picture;

import static org.sitrep.picture.SpellFacts.byPlausibleDate;
import static org.sitrep.picture.SpellFacts.concat;
import static org.sitrep.picture.SpellFacts.fine;
import static org.sitrep.picture.SpellFacts.happened;
import static org.sitrep.picture.SpellFacts.plausibleDate;
import static org.sitrep.picture.SpellFacts.stateCode;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.actor.Role;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.time.DateRange;

/**
 * Who held which office when: the dictionary's dated roles, ended by coups ({@code coup_ends}) and resignations,
 * and the offices a coup gives its doer ({@code coup_takes}) from the last day of its date. Stateless.
 */
final class PowerSpells {
    /** How far a dictionary role's start may lie from a coup's date for the two to be one taking of power. */
    private static final int SAME_TAKING_DAYS = 7;

    private final PictureRules rules;
    private final EventPlaces places;
    private final SpellFacts facts;

    PowerSpells(PictureRules rules, EventPlaces places, SpellFacts facts) {
        this.rules = rules;
        this.places = places;
        this.facts = facts;
    }

    List<Spells.Power> spells(List<MergedEvent> events, Map<String, Actor> actors) {
        List<Spells.Power> spells = new ArrayList<>();
        for (Actor actor : actors.values()) {
            for (Role role : actor.roles()) {
                String office = office(role.role());
                if (office == null || role.from() == null) {
                    continue;
                }
                String country = places.countryNamed(role.of()).orElseGet(() -> countryOfBody(role.of(), actors));
                // The dictionary's last day in office is the day power passed on: the next holder's first day.
                spells.add(new Spells.Power(office, country, actor.id(), actor.name(), role.from(), role.to(), null,
                        "dictionary", List.of(), List.of()));
            }
        }
        List<MergedEvent> takings = events.stream()
                .filter(e -> happened(e) && rules.coupClasses().contains(e.crisisClass()))
                .filter(e -> fine(plausibleDate(e))).sorted(byPlausibleDate()).toList();
        for (MergedEvent coup : takings) {
            DateRange date = plausibleDate(coup);
            LocalDate since = date.end();
            String country = facts.country(coup, actors);
            List<Evidence> evidence = Evidence.firstPerDocument(coup.mentions());
            Actor holder = holder(coup, date, actors);
            for (int i = 0; i < spells.size(); i++) {
                Spells.Power spell = spells.get(i);
                if (rules.coupEnds().contains(spell.office()) && Objects.equals(spell.country(), country)
                        && spell.since().isBefore(since) && (spell.until() == null || !spell.until().isBefore(since))
                        && (holder == null || !holder.id().equals(spell.holderId()))) {
                    spells.set(i, new Spells.Power(spell.office(), spell.country(), spell.holderId(), spell.holder(),
                            spell.since(), since, "coup", spell.basis(), spell.evidence(),
                            concat(spell.endEvidence(), evidence)));
                }
            }
            if (holder == null) {
                continue;
            }
            for (String office : rules.coupTakes()) {
                int same = -1;
                for (int i = 0; i < spells.size(); i++) {
                    Spells.Power spell = spells.get(i);
                    if (spell.office().equals(office) && Objects.equals(spell.country(), country)
                            && holder.id().equals(spell.holderId())
                            && Math.abs(ChronoUnit.DAYS.between(spell.since(), since)) <= SAME_TAKING_DAYS) {
                        same = i;
                    }
                }
                if (same >= 0) {
                    Spells.Power spell = spells.get(same);
                    spells.set(same, new Spells.Power(office, country, spell.holderId(), spell.holder(), spell.since(),
                            spell.until(), spell.endedBy(), "dictionary, events", concat(spell.evidence(), evidence),
                            spell.endEvidence()));
                } else {
                    spells.add(new Spells.Power(office, country, holder.id(), holder.name(), since, null, null, "events",
                            evidence, List.of()));
                }
            }
        }
        events.stream().filter(e -> happened(e) && rules.resignClasses().contains(e.crisisClass()))
                .filter(e -> fine(plausibleDate(e))).sorted(byPlausibleDate()).forEach(resignation -> {
                    LocalDate day = plausibleDate(resignation).end();
                    Set<String> who = EventMatcher.ids(resignation.sources());
                    for (int i = 0; i < spells.size(); i++) {
                        Spells.Power spell = spells.get(i);
                        if (who.contains(spell.holderId()) && spell.since().isBefore(day)
                                && (spell.until() == null || spell.until().isAfter(day))) {
                            spells.set(i, new Spells.Power(spell.office(), spell.country(), spell.holderId(),
                                    spell.holder(), spell.since(), day, "resigned", spell.basis(), spell.evidence(),
                                    concat(spell.endEvidence(), Evidence.firstPerDocument(resignation.mentions()))));
                        }
                    }
                });
        // An open spell ends when the office next passes to someone else.
        List<Spells.Power> closed = new ArrayList<>();
        for (Spells.Power spell : spells) {
            Spells.Power next = spell.until() != null ? null : spells.stream()
                    .filter(other -> other.office().equals(spell.office())
                            && Objects.equals(other.country(), spell.country())
                            && !Objects.equals(other.holderId(), spell.holderId()) && other.since().isAfter(spell.since()))
                    .min(Comparator.comparing(Spells.Power::since)).orElse(null);
            closed.add(next == null ? spell : new Spells.Power(spell.office(), spell.country(), spell.holderId(),
                    spell.holder(), spell.since(), next.since(), "succeeded", spell.basis(), spell.evidence(),
                    next.evidence()));
        }
        closed.sort(Comparator.comparing(Spells.Power::since).thenComparing(Spells.Power::office)
                .thenComparing(spell -> String.valueOf(spell.holderId())));
        return closed;
    }

    private String office(String role) {
        if (role == null) {
            return null;
        }
        String wanted = role.trim().toLowerCase(Locale.ROOT);
        return rules.offices().contains(wanted) ? wanted : null;
    }

    /** The country of a body named in a role ("head of the junta" of "CNRDRE"). */
    private static String countryOfBody(String name, Map<String, Actor> actors) {
        if (name == null) {
            return null;
        }
        for (Actor actor : actors.values()) {
            if (actor.name().equalsIgnoreCase(name) || actor.aliases().stream().anyMatch(name::equalsIgnoreCase)) {
                return stateCode(actor.country());
            }
        }
        return null;
    }

    /**
     * Who of a coup's doers holds power: one the dictionary gives a taken office from about the coup's date,
     * else the first by {@code holder_kinds}, else none.
     */
    private Actor holder(MergedEvent coup, DateRange date, Map<String, Actor> actors) {
        List<Actor> doers = coup.sources().stream().map(EventActor::actorKey).filter(Objects::nonNull)
                .map(actors::get).filter(Objects::nonNull).toList();
        for (Actor doer : doers) {
            for (Role role : doer.roles()) {
                if (role.from() != null && rules.coupTakes().contains(role.role().toLowerCase(Locale.ROOT))
                        && !role.from().isBefore(date.start().minusDays(1))
                        && !role.from().isAfter(date.end().plusDays(SAME_TAKING_DAYS))) {
                    return doer;
                }
            }
        }
        for (var kind : rules.holderKinds()) {
            for (Actor doer : doers) {
                if (doer.kind() == kind) {
                    return doer;
                }
            }
        }
        return null;
    }
}
