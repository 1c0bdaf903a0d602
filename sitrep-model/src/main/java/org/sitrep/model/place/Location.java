package org.sitrep.model.place;

import java.util.Objects;

/**
 * A place as the text wrote it and, when the gazetteer knew it, as resolved: the fields of PLOVER's
 * {@code event_loc}. Only {@code text} is required; the rest is null when unknown.
 *
 * @param text        the words of the report ("Kidal", "northern Mali")
 * @param name        the gazetteer's name for the place, or for an area the country or region containing it
 * @param geonameId   GeoNames id (or a supplement id above 9,000,000,000)
 * @param lat         latitude; for countries and regions a rough centre
 * @param lon         longitude
 * @param admin1      the first-level region's name; for a region, itself
 * @param countryIso3 ISO 3166-1 alpha-3 code of the country
 * @param featureCode GeoNames feature code (PPLA, ADM1, PCLI ...)
 * @param resolution  PLOVER resolution: 5 sub-city, 4 town, 3 district, 2 region, 1 country, 0 unresolved or
 *                    an area wider than a country
 * @param area        for a direction or a named area ("northern Mali", "the Sahel") the area as named, else null:
 *                    an area is never drawn as a point
 */
public record Location(String text, String name, Long geonameId, Double lat, Double lon, String admin1,
                       String countryIso3, String featureCode, int resolution, String area) {

    public static final int TOWN = 4;
    public static final int REGION = 2;
    public static final int COUNTRY = 1;

    public Location {
        Objects.requireNonNull(text, "text");
        if (resolution < 0 || resolution > 5) {
            throw new IllegalArgumentException("resolution must be 0..5, not " + resolution);
        }
        if ((lat == null) != (lon == null)) {
            throw new IllegalArgumentException("lat and lon are known together or not at all");
        }
    }

    /** A place as written, not resolved. */
    public static Location asWritten(String text) {
        return new Location(text, null, null, null, null, null, null, null, 0, null);
    }

    public boolean resolved() {
        return geonameId != null;
    }

    /** Whether a map may draw this as a point: a resolved town (or finer), not an area, with coordinates. */
    public boolean isPoint() {
        return lat != null && area == null && resolution >= 3;
    }

    /** The name to show: the gazetteer's when resolved, else the text's. */
    public String displayName() {
        return area != null ? area : name != null ? name : text;
    }

    /** "town", "district", "region", "country", "area" or "unresolved". */
    public String resolutionLabel() {
        if (area != null) {
            return "area";
        }
        return switch (resolution) {
            case 5 -> "sub-city";
            case 4 -> "town";
            case 3 -> "district";
            case 2 -> "region";
            case 1 -> "country";
            default -> "unresolved";
        };
    }
}
