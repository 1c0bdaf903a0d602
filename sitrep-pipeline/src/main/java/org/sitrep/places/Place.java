package org.sitrep.places;

import java.util.Objects;

/**
 * One gazetteer place. Ids are GeoNames ids, except Sahel supplement rows without one, which get
 * {@code 9_000_000_000 + line} (see {@code scripts/build-gazetteer.py}). {@code lat}/{@code lon} are
 * {@link Double#NaN} when unknown; for countries and regions they are a rough centre (the mean of their towns).
 * Strings are never null: an unknown code is {@code ""}.
 *
 * @param id          GeoNames id (or a supplement id)
 * @param name        the display name
 * @param kind        country, admin-1 region or town
 * @param lat         latitude, NaN if unknown
 * @param lon         longitude, NaN if unknown
 * @param featureCode GeoNames feature code ({@code PPLA}, {@code PCLI}, {@code ADM1} ...)
 * @param countryIso2 ISO 3166-1 alpha-2
 * @param countryIso3 ISO 3166-1 alpha-3
 * @param admin1Code  GeoNames admin-1 code within the country ({@code 08} for Tombouctou), "" for countries
 * @param admin1Name  the admin-1 region's name, "" if unknown or for countries
 * @param population  population, 0 if unknown
 */
public record Place(long id, String name, PlaceKind kind, double lat, double lon, String featureCode,
                    String countryIso2, String countryIso3, String admin1Code, String admin1Name, long population) {

    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        featureCode = Objects.requireNonNullElse(featureCode, "");
        countryIso2 = Objects.requireNonNullElse(countryIso2, "");
        countryIso3 = Objects.requireNonNullElse(countryIso3, "");
        admin1Code = Objects.requireNonNullElse(admin1Code, "");
        admin1Name = Objects.requireNonNullElse(admin1Name, "");
    }

    /** PLOVER geographic resolution: 5 sub-city, 4 city/town, 2 province/region, 1 country. */
    public int resolution() {
        return switch (kind) {
            case COUNTRY -> 1;
            case ADMIN1 -> 2;
            case TOWN -> "PPLX".equals(featureCode) ? 5 : 4;
        };
    }

    /** True when the place has coordinates. */
    public boolean hasPoint() {
        return !Double.isNaN(lat) && !Double.isNaN(lon);
    }

    /** "Gao (town, ML, Gao region, pop 87000, id 2457163)": for logs and {@code sitrep place}. */
    public String describe() {
        StringBuilder b = new StringBuilder(name).append(" (").append(kind.name().toLowerCase());
        if (!countryIso2.isEmpty()) {
            b.append(", ").append(countryIso2);
        }
        if (kind == PlaceKind.TOWN && !admin1Name.isEmpty()) {
            b.append(", ").append(admin1Name).append(" region");
        }
        if (population > 0) {
            b.append(", pop ").append(population);
        }
        return b.append(", id ").append(id).append(')').toString();
    }
}
