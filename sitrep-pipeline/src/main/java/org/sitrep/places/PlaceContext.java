package org.sitrep.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the document tells the resolver about a toponym.
 *
 * @param focusCountry the document's focus country, ISO2 or ISO3 ("ML", "MLI"), "" if none
 * @param resolved     places already resolved in this document, in order
 * @param cue          whether the words around the name say "region"/"province" or "town"/"village"
 */
public record PlaceContext(String focusCountry, List<Place> resolved, Cue cue) {

    /** A word next to the toponym that says what kind of place it is. */
    public enum Cue {
        NONE,
        /** "region", "province", "state", "cercle" ... around the name. */
        REGION,
        /** "town", "village", "city", "commune" ... around the name. */
        TOWN
    }

    public PlaceContext {
        focusCountry = Objects.requireNonNullElse(focusCountry, "").strip();
        resolved = List.copyOf(resolved);
        Objects.requireNonNull(cue, "cue");
    }

    /** No focus country, nothing resolved yet, no cue. */
    public static PlaceContext none() {
        return new PlaceContext("", List.of(), Cue.NONE);
    }

    /** A document about {@code iso} (ISO2 or ISO3). */
    public static PlaceContext focus(String iso) {
        return new PlaceContext(iso, List.of(), Cue.NONE);
    }

    public PlaceContext withCue(Cue newCue) {
        return new PlaceContext(focusCountry, resolved, newCue);
    }

    /** This context plus one more resolved place. */
    public PlaceContext plus(Place place) {
        List<Place> more = new ArrayList<>(resolved);
        more.add(place);
        return new PlaceContext(focusCountry, more, cue);
    }
}
