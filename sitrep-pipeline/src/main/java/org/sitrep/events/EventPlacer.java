package org.sitrep.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.place.Location;
import org.sitrep.model.place.PlaceMention;
import org.sitrep.pipeline.LocalActor;

/**
 * Where an event happened: a place attached to the trigger (words.yaml place prepositions; the object first for
 * events.yaml {@code place_from_object}), else a town the sentence names, else the town the narrative was just at
 * ({@code place_from_narrative}), else the country the report is about, or its capital ({@code place_at_capital}).
 */
final class EventPlacer {
    /** The actor key prefix of a state, followed by its ISO 3166 alpha-3 code. */
    private static final String STATE_KEY = "state:";
    /** GeoNames' feature code of a country's capital. */
    private static final String CAPITAL = "PPLC";
    /** PLOVER resolution from which a place is local: a district, a town or finer (not a country or region). */
    private static final int LOCAL = 3;

    private final CodingContext context;
    private final HeadKinds kinds;
    private final EventDates dates;
    /** The country the report is about: where an event happened when its sentence names no place. */
    private final Location focusCountry;
    /** The capital of the focus country, when the report names it. */
    private final Location capital;

    EventPlacer(CodingContext context, HeadKinds kinds, EventDates dates) {
        this.context = context;
        this.kinds = kinds;
        this.dates = dates;
        Map<String, Integer> stateMentions = new HashMap<>();
        context.document.actorMentions().stream().filter(m -> context.kind(m.actorKey()) == ActorKind.STATE)
                .forEach(m -> stateMentions.merge(m.actorKey(), 1, Integer::sum));
        this.focusCountry = stateMentions.entrySet().stream().max(Map.Entry.comparingByValue())
                .flatMap(e -> context.document.localActors().stream().filter(a -> a.key().equals(e.getKey()))
                        .findFirst())
                .map(this::countryLocation).orElse(null);
        this.capital = focusCountry == null || focusCountry.countryIso3() == null ? null : context.document.places()
                .stream().map(PlaceMention::location)
                .filter(l -> CAPITAL.equals(l.featureCode()) && l.area() == null
                        && focusCountry.countryIso3().equals(l.countryIso3()))
                .findFirst().orElse(null);
    }

    /** The country as the document's places resolved it, else as the document names it. */
    private Location countryLocation(LocalActor state) {
        String iso3 = state.key().startsWith(STATE_KEY) ? state.key().substring(STATE_KEY.length()) : "";
        return context.document.places().stream().map(PlaceMention::location)
                .filter(l -> l.resolution() == Location.COUNTRY && l.area() == null
                        && (iso3.equals(l.countryIso3()) || state.name().equalsIgnoreCase(l.name())
                        || state.surfaceForms().contains(l.text())))
                .findFirst().orElseGet(() -> Location.asWritten(state.name()));
    }

    /**
     * An event the report places no nearer than its country happened at the seat of power, when the report names
     * the capital and its class is placed there. Applied after coreference, so that a place the text never names
     * keeps no two mentions apart.
     */
    Event atCapital(Event event) {
        Location place = event.place();
        boolean onlyTheCountry = place == null || focusCountry != null && place.area() == null
                && place.resolution() == Location.COUNTRY
                && Objects.equals(place.countryIso3(), focusCountry.countryIso3());
        if (!onlyTheCountry || capital == null
                || !context.lexicon.policies().placeAtCapital().contains(event.crisisClass())) {
            return event;
        }
        return event.withPlace(capital);
    }

    /** Whether the trigger has a place of its own ("in Bamako", "at the Kati base"). */
    boolean attachedPlace(int t, Parse parse, int sentence) {
        for (int child : parse.children(t)) {
            // "the rebellion in the north" names no place precise enough to make the noun an event.
            if (context.words.ownPlace().contains(parse.caseOf(child))
                    && kinds.isPlace(child, parse, sentence) && !kinds.isArea(child, parse, sentence)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the event happened: a place attached to the trigger, else a town the sentence names (over a
     * country), else the town the narrative was just at, else the country the report is about.
     */
    Location place(int t, Parse parse, int sentence, CrisisClass crisisClass, List<EventActor> doers) {
        List<PlaceMention> places = context.places(sentence);
        if (places.isEmpty()) {
            return unplaced(sentence, crisisClass);
        }
        List<Integer> attached = new ArrayList<>();
        if (context.lexicon.policies().placeFromObject().contains(crisisClass)) {
            attached.addAll(parse.children(t, "obj"));
            attached.addAll(parse.children(t, "nsubj"));
            for (int object : parse.children(t, "obj")) {
                attached.addAll(parse.children(object, "nmod"));
            }
            attached.addAll(parse.children(t, "nmod"));
        }
        for (int child : parse.children(t)) {
            if (context.words.place().contains(parse.caseOf(child))) {
                attached.add(child);
            }
        }
        for (int head : attached) {
            // "the putsch in Mali's capital Bamako": the phrase's own head, else its most precise place.
            PlaceMention best = null;
            for (int index : parse.subtree(head)) {
                for (PlaceMention place : places) {
                    if (!place.span().overlaps(parse.token(index).span())) {
                        continue;
                    }
                    if (index == head) {
                        return place.location();
                    }
                    if (best == null || precision(place.location()) > precision(best.location())) {
                        best = place;
                    }
                }
            }
            if (best != null) {
                return best.location();
            }
        }
        // A town named in the sentence over a country: the country is only where nothing narrower is said. A
        // possessor ("as part of America's efforts") or the doer itself ("Japan suspended its aid") is an actor,
        // not where anything happened.
        List<PlaceMention> located = places.stream().filter(p -> !possessive(p, parse))
                .filter(p -> doers.stream().noneMatch(a -> a.span() != null && p.span().contains(a.span())
                        || a.span() != null && a.span().equals(p.span())))
                .toList();
        Optional<Location> town = located.stream().map(PlaceMention::location)
                .filter(l -> l.resolution() != Location.COUNTRY).findFirst();
        if (town.isPresent()) {
            return town.get();
        }
        if (located.isEmpty()) {
            return unplaced(sentence, crisisClass);
        }
        return located.get(0).location();
    }

    /** Where an event that neither its sentence nor the narrative places happened. */
    private Location unplaced(int sentence, CrisisClass crisisClass) {
        return context.lexicon.policies().placeFromNarrative().contains(crisisClass)
                ? narrativeTown(sentence).orElse(focusCountry) : focusCountry;
    }

    /** Whether the place's name is followed by a possessive "'s". */
    private static boolean possessive(PlaceMention place, Parse parse) {
        for (int i = 0; i + 1 < parse.size(); i++) {
            if (parse.token(i).span().end() == place.span().end()) {
                return parse.token(i + 1).pos().equals("POS");
            }
        }
        return false;
    }

    /** A town outranks a region, a region a country, and any of them an area. */
    private static int precision(Location place) {
        return place.area() != null ? -1 : place.resolution();
    }

    /**
     * The last town the previous sentences of the paragraph name: "Several ministers were arrested." right after
     * the putsch in the capital happened in the capital too.
     */
    private Optional<Location> narrativeTown(int sentence) {
        int reach = context.lexicon.limits().narrativeTownSentences();
        for (int earlier = sentence - 1; earlier >= Math.max(0, sentence - reach); earlier--) {
            if (!dates.sameParagraph(earlier, sentence)) {
                break;
            }
            List<PlaceMention> named = context.places(earlier);
            for (int i = named.size() - 1; i >= 0; i--) {
                Location place = named.get(i).location();
                if (place.area() == null && place.resolution() >= LOCAL) {
                    return Optional.of(place);
                }
            }
        }
        return Optional.empty();
    }
}
