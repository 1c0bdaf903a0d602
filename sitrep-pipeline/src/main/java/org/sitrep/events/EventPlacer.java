package org.sitrep.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.place.Location;
import org.sitrep.model.place.PlaceMention;
import org.sitrep.pipeline.LocalActor;

/**
 * Where an event happened: a place attached to the trigger (words.yaml place prepositions; the object first for
 * events.yaml {@code place_from_object}, the target for {@code places.from_target}, the destination for
 * {@code places.from_destination}), a facility there ({@link Venues}), or the named place a noun there refers to
 * ("took the port"); else a town the sentence names in a role of place ({@link PlaceSieve}); else the town the
 * narrative is at ({@code place_from_narrative}, {@link NarrativePlaces}), else the region the report is about when it
 * is about one; else the country the report is about, or
 * its capital ({@code place_at_capital}) when the narrative names the capital.
 */
final class EventPlacer {
    /** The actor key prefix of a state, followed by its ISO 3166 alpha-3 code. */
    private static final String STATE_KEY = "state:";
    /** GeoNames' feature code of a country's capital. */
    private static final String CAPITAL = "PPLC";

    private final CodingContext context;
    private final HeadKinds kinds;
    private final PlaceSieve sieve;
    private final NarrativePlaces narrative;
    /** The country the report is about: where an event happened when its sentence names no place. */
    private final Location focusCountry;
    /** Across the world: in no one town or country. */
    private static final Location WORLDWIDE = new Location("worldwide", null, null, null, null, null, null, null, 0,
            "worldwide");

    /** The capital of the focus country, when the report names it. */
    private final Location capital;
    /** The region of the focus country the report is about, when it is about one; else null. */
    private final Location focusRegion;

    EventPlacer(CodingContext context, HeadKinds kinds, EventDates dates) {
        this.context = context;
        this.kinds = kinds;
        this.sieve = new PlaceSieve(context);
        this.focusCountry = placesCountry().orElseGet(this::statesCountry);
        this.narrative = new NarrativePlaces(context, sieve, focusCountry == null ? null : focusCountry.countryIso3());
        this.focusRegion = focusRegion();
        this.capital = focusCountry == null || focusCountry.countryIso3() == null ? null : context.document.places()
                .stream().map(PlaceMention::location)
                .filter(l -> CAPITAL.equals(l.featureCode()) && l.area() == null
                        && focusCountry.countryIso3().equals(l.countryIso3()))
                .findFirst().orElse(null);
    }

    /**
     * The country the report's places are in: each place it names counts for its country, a town or region twice
     * (a report about a crisis names its towns), a name that only qualifies a person or a thing ("the U.S.
     * Embassy", "a U.S. citizen") not at all. Empty when no country it counts for is named as a country.
     */
    private Optional<Location> placesCountry() {
        return placesCountryCode().flatMap(iso3 -> context.document.places().stream().map(PlaceMention::location)
                .filter(l -> PlaceSieve.country(l) && iso3.equals(l.countryIso3())).findFirst());
    }

    /** The code of the country the report's places are in (see {@link #placesCountry()}), named or not. */
    private Optional<String> placesCountryCode() {
        Map<String, Integer> weights = new HashMap<>();
        Map<Integer, Parse> parses = new HashMap<>();
        for (PlaceMention mention : context.document.places()) {
            Location place = mention.location();
            if (mention.demonym() || place.countryIso3() == null) {
                continue;
            }
            Parse parse = parses.computeIfAbsent(mention.sentence(), s -> new Parse(context.document.tokens(s)));
            if (sieve.modifier(mention.span(), parse, -1)) {
                continue;
            }
            boolean local = place.area() == null && place.resolution() > Location.COUNTRY;
            weights.merge(place.countryIso3(), local ? 2 : 1, Integer::sum);
        }
        return weights.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
    }

    /**
     * The region of the focus country the report is about: one it names as a region at least
     * {@code places.focus_region_mentions} times, in which lie more than {@code places.focus_region_share} of the
     * towns and regions of that country it names (a name that only qualifies a person or a thing not counted), as
     * the report writes it outside a heading in capitals.
     */
    private Location focusRegion() {
        if (focusCountry == null || focusCountry.countryIso3() == null) {
            return null;
        }
        Map<String, Integer> inRegion = new HashMap<>();
        Map<String, Integer> asRegion = new HashMap<>();
        Map<String, Location> regions = new HashMap<>();
        Map<Integer, Parse> parses = new HashMap<>();
        int local = 0;
        for (PlaceMention mention : context.document.places()) {
            Location place = mention.location();
            if (mention.demonym() || place.area() != null || !place.resolved() || place.resolution() < Location.REGION
                    || !focusCountry.countryIso3().equals(place.countryIso3())) {
                continue;
            }
            Parse parse = parses.computeIfAbsent(mention.sentence(), s -> new Parse(context.document.tokens(s)));
            if (sieve.modifier(mention.span(), parse, -1)) {
                continue;
            }
            local++;
            if (place.admin1() == null) {
                continue;
            }
            inRegion.merge(place.admin1(), 1, Integer::sum);
            if (place.resolution() == Location.REGION) {
                asRegion.merge(place.admin1(), 1, Integer::sum);
                regions.merge(place.admin1(), place, (first, next) -> shouted(first) ? next : first);
            }
        }
        int all = local;
        EventLexicon.PlacePolicies policies = context.lexicon.places();
        return inRegion.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey()))
                .filter(top -> asRegion.getOrDefault(top.getKey(), 0) >= policies.focusRegionMentions()
                        && top.getValue() > policies.focusRegionShare() * all)
                .map(top -> regions.get(top.getKey())).orElse(null);
    }

    private static boolean shouted(Location place) {
        return place.text().equals(place.text().toUpperCase(Locale.ROOT));
    }

    /** The country whose state the report names most, as its places resolved it, else as the report names it. */
    private Location statesCountry() {
        Map<String, Integer> stateMentions = new HashMap<>();
        context.document.actorMentions().stream().filter(m -> context.kind(m.actorKey()) == ActorKind.STATE)
                .forEach(m -> stateMentions.merge(m.actorKey(), 1, Integer::sum));
        return stateMentions.entrySet().stream().max(Map.Entry.comparingByValue())
                .flatMap(e -> context.document.localActors().stream().filter(a -> a.key().equals(e.getKey()))
                        .findFirst())
                .map(this::countryLocation).orElse(null);
    }

    /**
     * The country as the document's places resolved it, else as the document names it: a report that names its
     * country only as its state ("the government of X") or inside another name still has the state's country code,
     * so that the towns of other countries it names are not where its story is.
     */
    private Location countryLocation(LocalActor state) {
        String iso3 = state.key().startsWith(STATE_KEY) ? state.key().substring(STATE_KEY.length()) : "";
        return context.document.places().stream().map(PlaceMention::location)
                .filter(l -> l.resolution() == Location.COUNTRY && l.area() == null
                        && (iso3.equals(l.countryIso3()) || state.name().equalsIgnoreCase(l.name())
                        || state.surfaceForms().contains(l.text())))
                .findFirst().orElseGet(() -> {
                    String code = iso3.isEmpty() ? placesCountryCode().filter(c -> namesCountry(state, c)).orElse(null)
                            : iso3;
                    return new Location(state.name(), null, null, null, null, null, code, null, 0, null);
                });
    }

    /** Whether the state's name is the name the gazetteer gives country {@code iso3} (a region of it says so). */
    private boolean namesCountry(LocalActor state, String iso3) {
        return context.document.places().stream().map(PlaceMention::location)
                .anyMatch(l -> iso3.equals(l.countryIso3()) && state.name().equalsIgnoreCase(l.name()));
    }

    /**
     * An event the report places no nearer than its country happened at the seat of power, when its class is
     * placed there and the narrative it is told in names the capital. Applied after coreference, so that a place
     * the text never names keeps no two mentions apart.
     */
    Event atCapital(Event event) {
        Location place = event.place();
        boolean onlyTheCountry = place == null || focusCountry != null && place.area() == null
                && place.resolution() == Location.COUNTRY
                && Objects.equals(place.countryIso3(), focusCountry.countryIso3());
        if (!onlyTheCountry || capital == null
                || !context.lexicon.policies().placeAtCapital().contains(event.crisisClass())
                || event.mentions().stream().noneMatch(m -> narrative.names(capital, m.sentence()))) {
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
     * Where the event happened: a place attached to the trigger, else a facility or town the sentence names as a
     * place (over a country), else the town the narrative is at, else the country the report is about.
     */
    Location place(int t, Parse parse, int sentence, CrisisClass crisisClass, List<EventActor> doers) {
        Location found = placeOf(t, parse, sentence, crisisClass, doers);
        if (found != null && found.resolution() > Location.COUNTRY && found.area() == null
                || !context.lexicon.places().fromVictims().contains(crisisClass)) {
            return found;
        }
        return victimsTown(t, parse, sentence).orElse(found);
    }

    /**
     * "kidnapped 219 Tessit girls", "the kidnapping of the Tessit girls": the town that names the people the deed
     * was done to (a compound or adjective on its object, passive subject or "of" phrase) is where they were taken.
     */
    private Optional<Location> victimsTown(int t, Parse parse, int sentence) {
        List<Integer> victims = new ArrayList<>(parse.children(t, "obj"));
        victims.addAll(parse.children(t, "nsubj:pass"));
        parse.children(t, "nmod").stream().filter(n -> context.words.ofPlace().contains(parse.caseOf(n)))
                .forEach(victims::add);
        for (int victim : victims) {
            for (int child : parse.children(victim)) {
                String relation = parse.relation(child);
                if (!relation.startsWith("compound") && !relation.equals("amod")) {
                    continue;
                }
                for (PlaceMention mention : context.places(sentence)) {
                    Location town = mention.location();
                    if (!mention.demonym() && mention.span().overlaps(parse.token(child).span())
                            && town.area() == null && town.resolution() > Location.COUNTRY
                            && (focusCountry == null || focusCountry.countryIso3() == null
                            || focusCountry.countryIso3().equals(town.countryIso3()))) {
                        return Optional.of(town);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Location placeOf(int t, Parse parse, int sentence, CrisisClass crisisClass, List<EventActor> doers) {
        // "nationwide protests", "strikes across the country": the country, whatever town the story was at.
        if (focusCountry != null && parse.children(t).stream()
                .anyMatch(c -> context.words.places().countryWords().contains(parse.lemma(c))
                        && (parse.caseOf(c).isEmpty() || context.words.place().contains(parse.caseOf(c))))) {
            return focusCountry;
        }
        if (worldwide(t, parse)) {
            return WORLDWIDE;
        }
        List<PlaceMention> places = context.places(sentence);
        // A venue inside the doer's words is not where it acted ("the Palm Hotel's guards"), unless the doer is
        // told to be there ("protesters at the Grand Stadium clashed with police").
        List<Venues.Venue> venues = Venues.of(parse, context.words.places().venueNouns()).stream()
                .filter(v -> context.words.ownPlace().contains(parse.caseOf(v.head()))
                        || doers.stream().noneMatch(a -> a.span() != null && a.span().overlaps(v.span())))
                .toList();
        for (int head : attached(t, parse, crisisClass)) {
            Optional<Location> own = phrasePlace(head, t, parse, sentence, places, venues, crisisClass);
            if (own.isPresent()) {
                return own.get();
            }
        }
        String focusIso3 = focusCountry == null ? null : focusCountry.countryIso3();
        boolean moving = context.lexicon.places().fromDestination().contains(crisisClass);
        List<PlaceMention> located = sieve.located(places, parse, t, doers, focusIso3, moving);
        Optional<Location> town = located.stream().map(PlaceMention::location)
                .filter(l -> !PlaceSieve.country(l)).findFirst();
        // "lying near the Interior Ministry", "drove to the Palm Hotel, where they took hostages".
        Set<String> venueCases = new HashSet<>(context.words.place());
        venueCases.addAll(context.words.places().destination());
        Optional<Venues.Venue> venue = venues.stream()
                .filter(v -> venueCases.contains(parse.caseOf(v.head())) && !sieve.otherClause(v.span(), parse, t))
                .findFirst();
        if (venue.isPresent()) {
            return inTown(venue.get(), town.orElse(null), parse, sentence, places);
        }
        if (town.isPresent()) {
            return town.get();
        }
        if (located.isEmpty()) {
            return unplaced(sentence, crisisClass, parse, doers);
        }
        return located.get(0).location();
    }

    /** The phrases hanging on the trigger that may say where it happened, the likeliest first. */
    private List<Integer> attached(int t, Parse parse, CrisisClass crisisClass) {
        List<Integer> attached = new ArrayList<>();
        if (context.lexicon.policies().placeFromObject().contains(crisisClass)) {
            attached.addAll(parse.children(t, "obj"));
            attached.addAll(parse.children(t, "nsubj"));
            for (int object : parse.children(t, "obj")) {
                attached.addAll(parse.children(object, "nmod"));
            }
            attached.addAll(parse.children(t, "nmod"));
        }
        // A move placed where it went did not happen where it came from ("brought soldiers from the garrison").
        boolean moving = context.lexicon.places().fromDestination().contains(crisisClass);
        for (int child : parse.children(t)) {
            if (context.words.place().contains(parse.caseOf(child))
                    && !(moving && context.words.places().origin().contains(parse.caseOf(child)))) {
                attached.add(child);
            }
        }
        if (context.lexicon.places().fromTarget().contains(crisisClass)) {
            attached.addAll(parse.children(t, "obj"));
            // "an air raid damaged the airbase": what the deed noun's own verb struck is its target.
            if (parse.relation(t).equals("nsubj") && parse.head(t) >= 0 && parse.token(parse.head(t)).isVerb()) {
                attached.addAll(parse.children(parse.head(t), "obj"));
            }
            for (int child : parse.children(t)) {
                if (context.words.target().contains(parse.caseOf(child))) {
                    attached.add(child);
                }
            }
        }
        if (context.lexicon.places().fromDestination().contains(crisisClass)) {
            // "sent troops to the province", "sent a contingent of special forces to the province".
            List<Integer> around = new ArrayList<>(parse.children(t));
            for (int object : parse.children(t, "obj")) {
                around.addAll(parse.subtree(object));
            }
            for (int child : around) {
                if (context.words.places().destination().contains(parse.caseOf(child))
                        && !attached.contains(child)) {
                    attached.add(child);
                }
            }
        }
        return attached;
    }

    /**
     * The place a phrase on the trigger names: "a village ..." the one the next sentences name so; the phrase's
     * own head, else its most precise place ("the putsch in Mali's capital Bamako"); else a facility it names
     * ("the Palm Hotel"); else the named place its noun refers to ("the port", "the province", "the capital").
     */
    private Optional<Location> phrasePlace(int head, int t, Parse parse, int sentence, List<PlaceMention> places,
                                           List<Venues.Venue> venues, CrisisClass crisisClass) {
        boolean moving = context.lexicon.places().fromDestination().contains(crisisClass);
        Optional<Location> ahead = indefinite(head, parse) ? narrative.referent(head, parse, sentence, capital)
                : Optional.empty();
        if (ahead.isPresent()) {
            return ahead;
        }
        // "damaged the Velgo airbase, a base from which planes reach the capital": a facility the phrase names is
        // its place when the phrase itself names none; the places of its asides are other deeds'.
        Optional<Venues.Venue> venue = venues.stream().filter(v -> v.covers(head)).findFirst();
        if (venue.isPresent()) {
            return Optional.of(bestPlace(parse.phrase(head), head, t, parse, places, moving)
                    .map(PlaceMention::location)
                    .orElseGet(() -> inTown(venue.get(), null, parse, sentence, places)));
        }
        return bestPlace(parse.subtree(head), head, t, parse, places, moving).map(PlaceMention::location)
                .or(() -> indefinite(head, parse) ? Optional.empty()
                        : narrative.referent(head, parse, sentence, capital));
    }

    /** The head's own place among the tokens, else their most precise place that is no modifier nor origin. */
    private Optional<PlaceMention> bestPlace(List<Integer> tokens, int head, int t, Parse parse,
                                             List<PlaceMention> places, boolean moving) {
        PlaceMention best = null;
        for (int index : tokens) {
            for (PlaceMention place : places) {
                if (!place.span().overlaps(parse.token(index).span())) {
                    continue;
                }
                if (index == head) {
                    return Optional.of(place);
                }
                if (sieve.modifier(place.span(), parse, t) || sieve.origin(place.span(), parse, t, moving)) {
                    continue;
                }
                if (best == null || precision(place.location()) > precision(best.location())) {
                    best = place;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private boolean indefinite(int head, Parse parse) {
        return parse.children(head, "det").stream()
                .anyMatch(d -> context.words.newEventDeterminers().contains(parse.lemma(d)));
    }

    /**
     * A facility as a place inside its town: a town its name holds ("the Kati camp"), else the town its sentence
     * names, else the town the narrative is at; the country the report is about when none is known.
     */
    private Location inTown(Venues.Venue venue, Location sentenceTown, Parse parse, int sentence,
                            List<PlaceMention> places) {
        Location town = places.stream().filter(p -> venue.span().contains(p.span()))
                .map(PlaceMention::location).filter(l -> l.area() == null && l.resolution() > Location.COUNTRY)
                .findFirst().orElse(sentenceTown);
        if (town == null) {
            town = narrative.before(sentence).orElse(null);
        }
        return Venues.placeIn(venue.text(), town, focusCountry == null ? null : focusCountry.countryIso3());
    }

    /** "protests broke out worldwide": a world word on the trigger, or on the verb the trigger is the subject of. */
    private boolean worldwide(int t, Parse parse) {
        List<Integer> around = new ArrayList<>(parse.children(t));
        if (parse.relation(t).startsWith("nsubj") && parse.head(t) >= 0) {
            around.addAll(parse.children(parse.head(t)));
        }
        return around.stream().anyMatch(c -> context.words.places().worldWords().contains(parse.lemma(c)));
    }

    /**
     * Where an event that neither its sentence nor the narrative places happened: a diplomatic mission's act in the
     * capital of the country it is in ("the Embassy condemned"), when the report names that capital.
     */
    private Location unplaced(int sentence, CrisisClass crisisClass, Parse parse, List<EventActor> doers) {
        if (capital != null && doers.stream().anyMatch(d -> mission(d, parse))) {
            return capital;
        }
        return context.lexicon.policies().placeFromNarrative().contains(crisisClass)
                ? narrative.before(sentence).orElse(focusRegion != null ? focusRegion : focusCountry) : focusCountry;
    }

    /** Whether the doer is a diplomatic mission: its words, or the noun they qualify ("the U.S. Embassy"). */
    private boolean mission(EventActor doer, Parse parse) {
        if (doer.span() == null) {
            return false;
        }
        Set<String> nouns = context.words.places().missionNouns();
        for (int k = 0; k < parse.size(); k++) {
            if (doer.span().contains(parse.token(k).span()) && (nouns.contains(parse.lemma(k))
                    || parse.head(k) >= 0 && nouns.contains(parse.lemma(parse.head(k))))) {
                return true;
            }
        }
        return false;
    }

    /** A town outranks a region, a region a country, and any of them an area. */
    private static int precision(Location place) {
        return place.area() != null ? -1 : place.resolution();
    }
}
