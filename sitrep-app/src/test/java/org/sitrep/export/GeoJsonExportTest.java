package org.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.export.EventFixtures.ACTOR_LOOKUP;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.event.Event;
import org.sitrep.model.place.Location;

class GeoJsonExportTest {

    private static final Location MALI = new Location("Mali", "Mali", 2453866L, 17.35, -3.52, null, "MLI", "PCLI", 1,
            null);
    private static final Location NORTHERN_MALI = new Location("northern Mali", "Mali", 2453866L, null, null, null,
            "MLI", "PCLI", 1, "northern Mali");

    private static Event at(Event event, Location place) {
        return new Event(event.id() + "-" + place.text(), event.crisisClass(), event.plover(), event.sources(),
                event.targets(), event.date(), event.dateText(), place, event.size(), event.status(),
                event.confidence(), event.mentions());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> features(List<Event> events, boolean includeAreas) {
        return (List<Map<String, Object>>) GeoJsonExport.collection(events, includeAreas, ACTOR_LOOKUP)
                .get("features");
    }

    @Test
    void a_town_is_a_point_with_longitude_first_and_the_event_in_its_properties() {
        List<Map<String, Object>> features = features(List.of(EventFixtures.coup()), false);

        assertThat(features).hasSize(1);
        Map<String, Object> feature = features.get(0);
        assertThat(feature).containsEntry("type", "Feature").containsEntry("id", "evt-coup");
        assertThat(feature.get("geometry")).isEqualTo(Map.of("type", "Point", "coordinates", List.of(-7.56, 12.86)));
        @SuppressWarnings("unchecked")
        Map<String, Object> properties = (Map<String, Object>) feature.get("properties");
        assertThat(properties).containsEntry("class", "COUP").containsEntry("date", "2031-03-21")
                .containsEntry("enddate", "2031-03-22").containsEntry("resolution", "town")
                .containsEntry("area", false).containsEntry("geonameid", 2453348L)
                .containsEntry("sources", List.of("Committee for National Renewal"));
    }

    @Test
    void a_country_level_event_is_left_out_unless_areas_are_asked_for_and_then_flagged() {
        Event national = at(EventFixtures.coup(), MALI);

        assertThat(features(List.of(national), false)).isEmpty();
        List<Map<String, Object>> withAreas = features(List.of(national), true);
        assertThat(withAreas).hasSize(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> properties = (Map<String, Object>) withAreas.get(0).get("properties");
        assertThat(properties).containsEntry("area", true).containsEntry("resolution", "country");
    }

    @Test
    void places_without_coordinates_are_never_features() {
        List<Event> events = List.of(at(EventFixtures.coup(), NORTHERN_MALI), EventFixtures.killingOfCivilians(),
                EventFixtures.undatedCondemnation());

        assertThat(features(events, true)).isEmpty();
    }

    @Test
    void the_collection_renders_as_rfc7946_json() {
        String json = GeoJsonExport.render(List.of(EventFixtures.coup()), false, ACTOR_LOOKUP);

        assertThat(json).startsWith("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\"")
                .contains("\"coordinates\":[-7.56,12.86]");
    }
}
