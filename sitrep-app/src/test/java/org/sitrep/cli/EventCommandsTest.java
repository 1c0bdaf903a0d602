package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The events, timeline, places and place commands. */
class EventCommandsTest extends CliTestSupport {
    @Test
    void events_are_listed_with_their_date_at_its_precision_and_filtered() {
        Run all = query("events");
        Run coups = query("events", "--class", "COUP", "--actor", "CNRDRE", "--from", "2012-03-01");
        Run arrests = query("events", "--class", "ARREST");

        assertThat(all.exit()).isEqualTo(ExitCodes.OK);
        assertThat(all.out()).contains("22 Mar 2012").contains("COUP").contains("occurred").contains("Bamako");
        assertThat(coups.out()).contains("COUP");
        assertThat(arrests.out()).isEqualToIgnoringNewLines("(nothing)");
    }

    @Test
    void events_with_a_bad_status_or_period_are_invalid_input() {
        assertThat(query("events", "--status", "rumoured").exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(query("events", "--from", "2012-04-01", "--to", "2012-03-01").exit())
                .isEqualTo(ExitCodes.INVALID_INPUT);
    }

    @Test
    void the_timeline_of_a_country_holds_the_events_of_its_actors() {
        Run mali = query("timeline", "--country", "MLI");
        Run niger = query("timeline", "--country", "NER");

        assertThat(mali.out()).contains("22 Mar 2012").contains("COUP");
        assertThat(niger.out()).isEqualToIgnoringNewLines("(nothing)");
        assertThat(query("timeline", "--country", "Mali").exit()).isEqualTo(ExitCodes.INVALID_INPUT);
    }

    @Test
    void events_export_as_plover_json_lines_and_acled_csv() throws IOException {
        Run plover = query("export", "--what", "events");
        Run acled = query("export", "--what", "events", "--format", "acled-csv");

        JsonNode line = new ObjectMapper().readTree(plover.out().strip());
        assertThat(line.get("id").asText()).isEqualTo(QueryStore.COUP_EVENT_ID);
        assertThat(line.get("event").get(0).asText()).isEqualTo("COERCE");
        assertThat(line.get("date").asText()).isEqualTo("2012-03-22");
        assertThat(line.get("sitrep").get("class").asText()).isEqualTo("COUP");
        assertThat(line.get("sitrep").get("mentions").get(0).get("sentence").asInt()).isZero();
        assertThat(acled.out().lines().findFirst().orElseThrow())
                .isEqualTo(String.join(",", org.sitrep.export.EventExport.ACLED_COLUMNS));
        assertThat(query("export", "--what", "events", "--format", "json").exit())
                .isEqualTo(ExitCodes.INVALID_INPUT);
    }

    @Test
    void events_export_as_geojson_points_with_longitude_first() throws IOException {
        Run run = query("export", "--what", "events", "--format", "geojson");

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        JsonNode collection = new ObjectMapper().readTree(run.out());
        assertThat(collection.get("type").asText()).isEqualTo("FeatureCollection");
        JsonNode feature = collection.get("features").get(0);
        assertThat(feature.get("geometry").get("type").asText()).isEqualTo("Point");
        assertThat(feature.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(-8.0);
        assertThat(feature.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(12.65);
        assertThat(feature.get("properties").get("class").asText()).isEqualTo("COUP");
        assertThat(feature.get("properties").get("resolution").asText()).isEqualTo("town");
        assertThat(feature.get("properties").get("sources").get(0).asText()).isEqualTo("CNRDRE");
    }

    @Test
    void places_lists_each_place_with_its_resolution_coordinates_and_counts() throws IOException {
        Run table = query("places");
        List<JsonNode> rows = jsonLines(query("places", "--format", "jsonl").out());

        assertThat(table.exit()).isEqualTo(ExitCodes.OK);
        assertThat(table.out()).contains("Bamako").contains("Gao").contains("town");
        JsonNode bamako = rows.stream().filter(r -> r.get("place").asText().equals("Bamako")).findFirst()
                .orElseThrow();
        assertThat(bamako.get("geonameid").asLong()).isEqualTo(2460596L);
        assertThat(bamako.get("events").asInt()).isEqualTo(1);
        assertThat(bamako.get("lat").asDouble()).isEqualTo(12.65);
    }

    @Test
    void place_explains_the_choice_and_how_the_reports_resolved_the_name() {
        Run gao = query("place", "Gao");

        assertThat(gao.exit()).isEqualTo(ExitCodes.OK);
        assertThat(gao.out()).contains("focus country: MLI")
                .contains("Gao → Gao (town, ML").contains("a town wins over the region")
                .contains("candidates, best first").contains("admin1")
                .contains("in the stored reports:").contains("town in focus country MLI");
        assertThat(query("place", "northern", "Mali").out()).contains("area 'northern Mali'");
        assertThat(run("--store", dir.resolve("none.db").toString(), "place", "Tombouctou", "--country", "MLI")
                .out()).contains("Timbuktu (town, ML");
        assertThat(query("place", " ").exit()).isEqualTo(ExitCodes.INVALID_INPUT);
    }
}
