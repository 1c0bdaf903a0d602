package org.sitrep.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.place.Location;

/**
 * Events as an RFC 7946 FeatureCollection of points. An event located at a town (or finer) is a point. One
 * located only at a country or region is flagged {@code "area": true} and left out unless areas are asked for:
 * its point is the area's rough centre, and a map that drew it like a town would put the event where it did not
 * happen. Events with no coordinates at all (unresolved names, "the Sahel") are never features.
 */
public final class GeoJsonExport {
    private GeoJsonExport() {
    }

    /** Whether the event becomes a feature: a town-level point always, an area's centre only when asked for. */
    public static boolean mapped(Event event, boolean includeAreas) {
        Location place = event.place();
        if (place == null || place.lat() == null) {
            return false;
        }
        return place.isPoint() || includeAreas;
    }

    /** The FeatureCollection of {@code events} that {@link #mapped} keeps, in their order. */
    public static Map<String, Object> collection(List<Event> events, boolean includeAreas,
                                                 Function<String, Optional<Actor>> actors) {
        List<Map<String, Object>> features = new ArrayList<>();
        for (Event event : events) {
            if (mapped(event, includeAreas)) {
                features.add(feature(event, actors));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", "FeatureCollection");
        out.put("features", features);
        return out;
    }

    public static String render(List<Event> events, boolean includeAreas, Function<String, Optional<Actor>> actors) {
        try {
            return Json.mapper().writeValueAsString(collection(events, includeAreas, actors));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render events as GeoJSON: " + e.getMessage(), e);
        }
    }

    static Map<String, Object> feature(Event event, Function<String, Optional<Actor>> actors) {
        Location place = event.place();
        Map<String, Object> geometry = new LinkedHashMap<>();
        geometry.put("type", "Point");
        // RFC 7946: longitude first; six decimals is about 10 cm, more than any gazetteer knows.
        geometry.put("coordinates", List.of(round(place.lon()), round(place.lat())));

        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("id", event.id());
        properties.put("class", event.crisisClass().name());
        properties.put("status", event.status().label());
        properties.put("quad_code", event.plover() == null ? null : event.plover().quad());
        properties.put("date", event.date() == null ? null : event.date().start().toString());
        properties.put("enddate", event.date() == null ? null : event.date().end().toString());
        properties.put("date_precision", event.date() == null ? "unknown" : event.date().precision().label());
        properties.put("sources", names(event.sources(), actors));
        properties.put("targets", names(event.targets(), actors));
        properties.put("place", place.displayName());
        properties.put("extracted_place", place.text());
        properties.put("geonameid", place.geonameId());
        properties.put("country_code", place.countryIso3());
        properties.put("admin1", place.admin1());
        properties.put("resolution", place.resolutionLabel());
        properties.put("area", !place.isPoint());
        properties.put("dead", event.size().dead());
        properties.put("displaced", event.size().displaced());
        Set<String> docIds = new LinkedHashSet<>();
        event.mentions().forEach(m -> docIds.add(m.docId()));
        properties.put("doc_ids", List.copyOf(docIds));
        properties.put("text", event.mentions().isEmpty() ? null : event.mentions().get(0).text());

        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("id", event.id());
        feature.put("geometry", geometry);
        feature.put("properties", properties);
        return feature;
    }

    private static List<String> names(List<EventActor> participants, Function<String, Optional<Actor>> actors) {
        List<String> out = new ArrayList<>();
        for (EventActor participant : participants) {
            Optional<Actor> actor = participant.actorKey() == null ? Optional.empty()
                    : actors.apply(participant.actorKey());
            out.add(actor.map(Actor::name).orElse(participant.entityText()));
        }
        return out;
    }

    private static double round(double value) {
        return Math.round(value * 1e6) / 1e6;
    }
}
