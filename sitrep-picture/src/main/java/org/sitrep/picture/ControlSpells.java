package org.sitrep.picture;

import static org.sitrep.picture.SpellFacts.byPlausibleDate;
import static org.sitrep.picture.SpellFacts.concat;
import static org.sitrep.picture.SpellFacts.datedToTheMonth;
import static org.sitrep.picture.SpellFacts.happened;
import static org.sitrep.picture.SpellFacts.identified;
import static org.sitrep.picture.SpellFacts.names;
import static org.sitrep.picture.SpellFacts.plausibleDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.event.Event;
import org.sitrep.model.time.DateRange;

/**
 * Who held which town when: a seizure gives a town to its doers from its date, seizures told as the same days
 * add doers, a later seizure by others (or a retaking) replaces them, a withdrawal ends a holder's hold.
 * Stateless.
 */
final class ControlSpells {
    private final PictureRules rules;
    private final EventPlaces places;

    ControlSpells(PictureRules rules, EventPlaces places) {
        this.rules = rules;
        this.places = places;
    }

    List<Spells.Control> spells(List<MergedEvent> events, Map<String, Actor> actors) {
        Map<String, List<MergedEvent>> byPlace = new LinkedHashMap<>();
        events.stream().filter(SpellFacts::happened)
                .filter(e -> rules.takeClasses().contains(e.crisisClass())
                        || rules.releaseClasses().contains(e.crisisClass()))
                .filter(e -> datedToTheMonth(plausibleDate(e)))
                .sorted(byPlausibleDate())
                .forEach(e -> {
                    Event placed = specificallyPlaced(e);
                    if (placed != null) {
                        byPlace.computeIfAbsent(places.key(placed), k -> new ArrayList<>()).add(e);
                    }
                });
        List<Spells.Control> spells = new ArrayList<>();
        byPlace.forEach((key, placeEvents) -> {
            Event placed = specificallyPlaced(placeEvents.get(0));
            String label = places.label(placed);
            Long geonameId = places.geonameId(placed);
            String country = places.country(placed).orElse(null);
            Spells.Control current = null;
            DateRange currentTaking = null;
            for (MergedEvent event : placeEvents) {
                DateRange date = plausibleDate(event);
                List<String> doers = identified(event.sources(), actors);
                List<Evidence> evidence = Evidence.firstPerDocument(event.mentions());
                if (rules.releaseClasses().contains(event.crisisClass())) {
                    if (current == null || doers.stream().noneMatch(current.heldByIds()::contains)) {
                        continue;
                    }
                    List<String> stay = current.heldByIds().stream().filter(id -> !doers.contains(id)).toList();
                    spells.add(end(current, date.end(), "left", evidence));
                    current = stay.isEmpty() ? null : new Spells.Control(label, key, geonameId, country,
                            names(stay, actors), stay, date.end(), null, null, current.evidence(), List.of());
                    continue;
                }
                boolean retaking = Cues.near(event.members().get(0).event(), rules.retakeWords(), 6)
                        || event.members().stream().anyMatch(m -> Cues.near(m.event(), rules.retakeWords(), 6));
                if (current != null && !retaking && EventMatcher.overlap(currentTaking, date)) {
                    // Told as the same days: the doers took it together.
                    List<String> ids = new ArrayList<>(current.heldByIds());
                    doers.stream().filter(id -> !ids.contains(id)).forEach(ids::add);
                    current = new Spells.Control(label, key, geonameId, country, names(ids, actors), ids,
                            current.since(), null, null, concat(current.evidence(), evidence), List.of());
                    continue;
                }
                if (current != null && !retaking && !doers.isEmpty() && current.heldByIds().containsAll(doers)) {
                    current = new Spells.Control(label, key, geonameId, country, current.heldBy(),
                            current.heldByIds(), current.since(), null, null, concat(current.evidence(), evidence),
                            List.of());
                    continue;
                }
                if (current != null) {
                    spells.add(end(current, date.end(), retaking ? "retaken" : "taken by others", evidence));
                }
                current = new Spells.Control(label, key, geonameId, country, names(doers, actors), doers, date.end(),
                        null, null, evidence, List.of());
                currentTaking = date;
            }
            if (current != null) {
                spells.add(current);
            }
        });
        spells.sort(Comparator.comparing(Spells.Control::since).thenComparing(Spells.Control::placeKey));
        return spells;
    }

    /** The member event that names a specific town or region, or null if none does. */
    private Event specificallyPlaced(MergedEvent event) {
        for (ReportedEvent member : event.members()) {
            if (!places.isCountryLevel(member.event())) {
                return member.event();
            }
        }
        return null;
    }

    private static Spells.Control end(Spells.Control spell, LocalDate until, String why, List<Evidence> evidence) {
        return new Spells.Control(spell.place(), spell.placeKey(), spell.geonameId(), spell.country(), spell.heldBy(),
                spell.heldByIds(), spell.since(), until, why, spell.evidence(), concat(spell.endEvidence(), evidence));
    }
}
