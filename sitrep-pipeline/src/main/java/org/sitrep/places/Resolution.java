package org.sitrep.places;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The resolver's answer for one toponym, with its evidence.
 *
 * @param query      the toponym as given
 * @param outcome    a place, an area, or nothing
 * @param place      the chosen place; for an {@link Outcome#AREA} the country or region containing it, if known
 * @param area       for an {@link Outcome#AREA}, the area as named ("northern Mali", "Sahel"); "" otherwise
 * @param resolution PLOVER resolution: 5 sub-city, 4 town, 2 region, 1 country, 0 an area larger than a country
 *                   or unknown
 * @param matchedOn  which of the chosen place's names matched, empty for areas and unresolved names
 * @param candidates the places considered, best first (at most {@link PlaceResolver#MAX_CANDIDATES})
 * @param reason     why the winner won, in a few words ("town in focus country ML")
 */
public record Resolution(String query, Outcome outcome, Optional<Place> place, String area, int resolution,
                         Optional<MatchedOn> matchedOn, List<Place> candidates, String reason) {

    /** The kind of answer. */
    public enum Outcome {
        PLACE,
        /** A direction or a named area: never a town, possibly no point at all. */
        AREA,
        UNRESOLVED
    }

    public Resolution {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(place, "place");
        area = Objects.requireNonNullElse(area, "");
        Objects.requireNonNull(matchedOn, "matchedOn");
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(reason, "reason");
    }

    static Resolution place(String query, Place place, MatchedOn on, List<Place> candidates, String reason) {
        return new Resolution(query, Outcome.PLACE, Optional.of(place), "", place.resolution(), Optional.of(on),
                candidates, reason);
    }

    static Resolution area(String query, String area, Place within, List<Place> candidates, String reason) {
        return new Resolution(query, Outcome.AREA, Optional.ofNullable(within), area,
                within == null ? 0 : within.resolution(), Optional.empty(), candidates, reason);
    }

    static Resolution unresolved(String query, String reason) {
        return new Resolution(query, Outcome.UNRESOLVED, Optional.empty(), "", 0, Optional.empty(), List.of(),
                reason);
    }

    /** "Gao → Gao (town, ML, ...): town in focus country ML": for logs and {@code sitrep place}. */
    public String explain() {
        String what = switch (outcome) {
            case PLACE -> place.orElseThrow().describe();
            case AREA -> "area '" + area + "'" + place.map(p -> " in " + p.describe()).orElse(" (no point)");
            case UNRESOLVED -> "unresolved";
        };
        return query + " → " + what + ": " + reason;
    }
}
