package org.sitrep.places;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Looks places up by name and by code. Implementations are immutable and thread-safe. */
public interface Gazetteer {

    /**
     * Every place with a name, ASCII name, alias, demonym or alternate name equal to {@code name} after
     * {@link Folding#fold folding} (accents, case, punctuation). An all-caps query of 3-4 letters ("GAO")
     * never matches a GeoNames alternate name (IATA/ICAO codes live there), only a place's own name or alias.
     */
    List<NameMatch> matches(String name);

    /** The places of {@link #matches}, without the match detail. */
    default List<Place> candidates(String name) {
        return matches(name).stream().map(NameMatch::place).toList();
    }

    Optional<Place> byId(long id);

    /** The country with this ISO 3166-1 alpha-2 or alpha-3 code (case-insensitive). */
    Optional<Place> country(String isoCode);

    /** The admin-1 region {@code code} ("08") of the country {@code iso2} ("ML"). */
    Optional<Place> admin1(String iso2, String code);

    /** ISO2 codes of the countries bordering {@code iso2} (GeoNames countryInfo), empty if unknown. */
    Set<String> neighbours(String iso2);

    /** Number of places. */
    int size();
}
