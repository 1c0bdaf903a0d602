package org.sitrep.export;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The PLOVER {@code event_loc} object. Until geocoding exists only {@code extractedPlace} is filled; the
 * other fields are the ones EXPORT.md names, written only when known, so a geocoder can fill them in later
 * without changing the shape consumers already read. Immutable.
 *
 * @param resolution 5 sub-city, 4 city or town, 3 district, 2 province or region, 1 country
 */
public record EventLocation(String extractedPlace, String resolvedPlace, Long geonameid, Double lat, Double lon,
                            String admin1, String countryCode, String featureCode, Integer resolution) {
    private static final EventLocation NONE = new EventLocation(null, null, null, null, null, null, null, null, null);

    /** A place as the text wrote it, not resolved to the gazetteer; none when {@code place} is null or blank. */
    public static EventLocation extracted(String place) {
        if (place == null || place.isBlank()) {
            return NONE;
        }
        return new EventLocation(place, null, null, null, null, null, null, null, null);
    }

    /** The name to show for the place: the gazetteer's when resolved, else the text's. */
    public String name() {
        return resolvedPlace != null ? resolvedPlace : extractedPlace;
    }

    /** The object as EXPORT.md orders it, without the fields that are not known; {@code {}} for no place. */
    public Map<String, Object> toMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        putIfKnown(out, "extracted_place", extractedPlace);
        putIfKnown(out, "resolved_place", resolvedPlace);
        putIfKnown(out, "geonameid", geonameid);
        putIfKnown(out, "lat", lat);
        putIfKnown(out, "lon", lon);
        putIfKnown(out, "admin1", admin1);
        putIfKnown(out, "country_code", countryCode);
        putIfKnown(out, "feature_code", featureCode);
        putIfKnown(out, "resolution", resolution);
        return out;
    }

    private static void putIfKnown(Map<String, Object> out, String key, Object value) {
        if (value != null) {
            out.put(key, value);
        }
    }
}
