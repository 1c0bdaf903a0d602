package org.sitrep.picture;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.sitrep.model.event.Event;

/**
 * Everything the picture knows about an event's place, in one spot: its identity for matching, whether it
 * is only a country, the country it lies in, and its label. Events carry the place as written; countries are
 * recognised through {@code countryOfName} (a country's name gives its ISO 3166 alpha-3 code), and
 * {@code countryOfPlace} says which country a known town or region lies in. With {@code knownPlacesOnly}, a
 * place that is neither ("the Sahel", "the Malian state") counts as country-level: it names no town.
 * Thread-safe when the functions are.
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

    /** No gazetteer: every place but a named country is a specific place, of unknown country. */
    public static EventPlaces namesOnly(Function<String, Optional<String>> countryOfName) {
        return new EventPlaces(countryOfName, name -> Optional.empty(), false);
    }

    /** The ISO 3166 alpha-3 code of the country with this name ("Mali", "Republic of Mali"), if it is one. */
    public Optional<String> countryNamed(String name) {
        return name == null ? Optional.empty() : countryOfName.apply(name);
    }

    /** The place's identity (folded name), or null when the event has none. */
    public String key(Event event) {
        return event.place() == null || event.place().isBlank() ? null : fold(event.place());
    }

    /** The place as the reports name it. */
    public String label(Event event) {
        return event.place();
    }

    /** A GeoNames id once events carry resolved places; null until then. */
    public Long geonameId(Event event) {
        return null;
    }

    /** Whether the event is placed in a whole country only (or nowhere): it then says nothing about a town. */
    public boolean isCountryLevel(Event event) {
        return key(event) == null || countryOfName.apply(event.place()).isPresent()
                || knownPlacesOnly && countryOfPlace.apply(event.place()).isEmpty();
    }

    /** The ISO 3166 alpha-3 code of the country the place is or lies in, if known. */
    public Optional<String> country(Event event) {
        if (key(event) == null) {
            return Optional.empty();
        }
        Optional<String> country = countryOfName.apply(event.place());
        return country.isPresent() ? country : countryOfPlace.apply(event.place());
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

    static String fold(String text) {
        String stripped = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return stripped.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim()
                .replaceFirst("^the ", "");
    }
}
