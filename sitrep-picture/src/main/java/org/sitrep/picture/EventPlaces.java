package org.sitrep.picture;

import java.util.Optional;
import java.util.function.Function;
import org.sitrep.model.event.Event;
import org.sitrep.model.place.Location;
import org.sitrep.model.text.TextFold;

/**
 * Everything the picture knows about an event's place, in one spot: its identity for matching, whether it
 * is only a country, the country it lies in, and its label. A place the gazetteer resolved is known by its
 * GeoNames id, resolution and country; a direction or area ("northern Mali") counts as its country. A place
 * left unresolved falls back on names: {@code countryOfName} (a country's name gives its ISO 3166 alpha-3
 * code) and {@code countryOfPlace} (which country a town or region of that name lies in). With
 * {@code knownPlacesOnly}, an unresolved place that is neither ("the Malian state") counts as country-level: it
 * names no town. Thread-safe when the functions are.
 */
public final class EventPlaces {
    private final Function<String, Optional<String>> countryOfName;
    private final Function<String, Optional<String>> countryOfPlace;
    private final boolean knownPlacesOnly;

    public EventPlaces(Function<String, Optional<String>> countryOfName,
                       Function<String, Optional<String>> countryOfPlace, boolean knownPlacesOnly) {
        this.countryOfName = countryOfName;
        this.countryOfPlace = countryOfPlace;
        this.knownPlacesOnly = knownPlacesOnly;
    }

    /** No gazetteer for unresolved names: every one but a named country is a specific place, of unknown country. */
    public static EventPlaces namesOnly(Function<String, Optional<String>> countryOfName) {
        return new EventPlaces(countryOfName, name -> Optional.empty(), false);
    }

    /** The ISO 3166 alpha-3 code of the country with this name ("Mali", "Republic of Mali"), if it is one. */
    public Optional<String> countryNamed(String name) {
        return name == null ? Optional.empty() : countryOfName.apply(name);
    }

    /** The place's identity (its GeoNames id, else its folded name), or null when the event has none. */
    public String key(Event event) {
        Location place = event.place();
        if (place == null || place.text().isBlank()) {
            return null;
        }
        if (place.resolved()) {
            return "geonames:" + place.geonameId() + (place.area() == null ? "" : ":" + fold(place.area()));
        }
        return fold(place.text());
    }

    /** The place as the gazetteer names it, else as the reports write it. */
    public String label(Event event) {
        return event.place() == null ? null : event.place().displayName();
    }

    /** The GeoNames id of a resolved town or region; null for areas and unresolved names. */
    public Long geonameId(Event event) {
        Location place = event.place();
        return place == null || place.area() != null ? null : place.geonameId();
    }

    /** Whether the event is placed in a whole country only (or nowhere): it then says nothing about a town. */
    public boolean isCountryLevel(Event event) {
        Location place = event.place();
        if (key(event) == null) {
            return true;
        }
        if (place.resolved()) {
            return place.area() != null || place.resolution() <= Location.COUNTRY;
        }
        return countryOfName.apply(place.text()).isPresent()
                || knownPlacesOnly && countryOfPlace.apply(place.text()).isEmpty();
    }

    /** The ISO 3166 alpha-3 code of the country the place is or lies in, if known. */
    public Optional<String> country(Event event) {
        if (key(event) == null) {
            return Optional.empty();
        }
        Location place = event.place();
        if (place.countryIso3() != null) {
            return Optional.of(place.countryIso3());
        }
        Optional<String> country = countryOfName.apply(place.text());
        return country.isPresent() ? country : countryOfPlace.apply(place.text());
    }

    /** Whether two events' places can be the same place: one is country-level, or they are the same place. */
    public boolean compatible(Event a, Event b) {
        if (isCountryLevel(a) || isCountryLevel(b)) {
            Optional<String> ca = country(a);
            Optional<String> cb = country(b);
            return ca.isEmpty() || cb.isEmpty() || ca.equals(cb);
        }
        return key(a).equals(key(b));
    }

    /** Whether both events name the same specific (not country-level) place. */
    public boolean sameSpecificPlace(Event a, Event b) {
        return !isCountryLevel(a) && !isCountryLevel(b) && key(a).equals(key(b));
    }

    /** A place's name as a key: {@link TextFold#canonical} without a leading article ("the Sahel"). */
    static String fold(String text) {
        return TextFold.canonical(text).replaceFirst("^the ", "");
    }
}
