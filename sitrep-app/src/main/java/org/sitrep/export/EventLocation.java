package org.sitrep.export;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sitrep.model.place.Location;

/**
 * The PLOVER {@code event_loc} object: the fields EXPORT.md names, each written only when known. For a direction
 * or named area ("northern Mali") {@code resolvedPlace} is the country or region containing it, at that
 * resolution, with no coordinates: an area is never a point. Immutable.
 *
 * @param resolution 5 sub-city, 4 city or town, 3 district, 2 province or region, 1 country
 */
public record EventLocation(String extractedPlace, String resolvedPlace, Long geonameid, Double lat, Double lon,
                            String admin1, String countryCode, String featureCode, Integer resolution) {
    private static final EventLocation NONE = new EventLocation(null, null, null, null, null, null, null, null, null);

    /** The event's place; none when it has none. */
    public static EventLocation of(Location place) {
        if (place == null || place.text().isBlank()) {
            return NONE;
        }
        boolean point = place.area() == null;
        return new EventLocation(place.text(), place.name(), place.geonameId(), point ? place.lat() : null,
                point ? place.lon() : null, place.admin1(), place.countryIso3(), place.featureCode(),
                place.resolved() ? Integer.valueOf(place.resolution()) : null);
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
