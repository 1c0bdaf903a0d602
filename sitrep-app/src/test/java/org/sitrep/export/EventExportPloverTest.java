package org.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.export.EventFixtures.ACTOR_LOOKUP;
import static org.sitrep.export.EventFixtures.DOCUMENT_LOOKUP;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.event.Event;
import org.sitrep.model.place.Location;

class EventExportPloverTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/events-plover.jsonl");
    private static final List<String> TOP_LEVEL = List.of("id", "date", "enddate", "event", "mode", "context",
            "quad_code", "actor", "recipient", "event_loc", "size", "event_text", "sitrep");

    private static String jsonl(List<Event> events) {
        StringBuilder out = new StringBuilder();
        for (Event event : events) {
            out.append(EventExport.toPloverLine(event, ACTOR_LOOKUP, DOCUMENT_LOOKUP)).append('\n');
        }
        return out.toString();
    }

    private static JsonNode json(Event event) throws IOException {
        return Json.mapper().readTree(EventExport.toPloverLine(event, ACTOR_LOOKUP, DOCUMENT_LOOKUP));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void output_matches_the_golden_file() throws IOException {
        String actual = jsonl(EventFixtures.all());
        if (Boolean.getBoolean("sitrep.updateGolden")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    @Test
    void every_field_has_its_contract_name_order_and_type() throws IOException {
        JsonNode coup = json(EventFixtures.coup());
        assertThat(fieldNames(coup)).containsExactlyElementsOf(TOP_LEVEL);
        assertThat(coup.get("id").isTextual()).isTrue();
        assertThat(coup.get("date").asText()).isEqualTo("2031-03-21");
        assertThat(coup.get("event").isArray()).isTrue();
        assertThat(coup.get("event").get(0).asText()).isEqualTo("COERCE");
        assertThat(coup.get("mode").isArray()).isTrue();
        assertThat(coup.get("context")).hasSize(3);
        assertThat(coup.get("quad_code").isInt()).isTrue();
        assertThat(coup.get("quad_code").asInt()).isEqualTo(4);
        assertThat(coup.get("event_loc").isObject()).isTrue();
        assertThat(fieldNames(coup.get("event_loc"))).containsExactly("extracted_place", "resolved_place",
                "geonameid", "lat", "lon", "admin1", "country_code", "feature_code", "resolution");
        assertThat(coup.get("event_loc").get("geonameid").isIntegralNumber()).isTrue();
        assertThat(coup.get("event_loc").get("lat").isDouble()).isTrue();
        assertThat(coup.get("event_loc").get("resolution").asInt()).isEqualTo(4);
        assertThat(coup.get("event_loc").get("extracted_place").asText()).isEqualTo("Koulikoro");
        assertThat(fieldNames(coup.get("size")))
                .containsExactly("dead", "injured", "arrested", "displaced", "troops");
        assertThat(coup.get("size").get("dead").asLong()).isEqualTo(4);
        assertThat(coup.get("size").get("injured").isNull()).isTrue();
        assertThat(coup.get("event_text").isArray()).isTrue();
        assertThat(coup.get("event_text").get(0).asText()).isEqualTo("overthrew");
        assertThat(coup.get("event_text").get(1).asText()).isEqualTo("ousted");

        JsonNode actor = coup.get("actor").get(0);
        assertThat(fieldNames(actor)).containsExactly("code", "sector", "entity_text", "identifier_id",
                "identifier_text", "wikidata_id");
        assertThat(actor.get("code").asText()).isEqualTo("MLI");
        assertThat(actor.get("sector").asText()).isEqualTo("MIL");
        assertThat(actor.get("entity_text").asText()).isEqualTo("junior officers");
        assertThat(actor.get("identifier_id").asText()).isEqualTo(EventFixtures.JUNTA);
        assertThat(actor.get("identifier_text").asText()).isEqualTo("Committee for National Renewal");
        assertThat(actor.get("wikidata_id").asText()).isEqualTo("Q900001");
        assertThat(coup.get("recipient").get(0).get("wikidata_id").isNull()).isTrue();

        JsonNode sitrep = coup.get("sitrep");
        assertThat(fieldNames(sitrep)).containsExactly("class", "status", "date_precision", "date_text",
                "confidence", "mentions");
        assertThat(sitrep.get("class").asText()).isEqualTo("COUP");
        assertThat(sitrep.get("status").asText()).isEqualTo("occurred");
        assertThat(sitrep.get("confidence").isDouble()).isTrue();
        assertThat(sitrep.get("confidence").asDouble()).isEqualTo(0.87);
        JsonNode mention = sitrep.get("mentions").get(0);
        assertThat(fieldNames(mention)).containsExactly("doc_id", "doc_title", "publisher", "published",
                "sentence", "start", "end", "text");
        assertThat(mention.get("published").asText()).isEqualTo("2031-03-23");
        assertThat(mention.get("sentence").isInt()).isTrue();
        assertThat(mention.get("start").asInt()).isEqualTo(120);
        assertThat(mention.get("end").asInt()).isEqualTo(260);
        assertThat(sitrep.get("mentions")).hasSize(2);
    }

    @Test
    void a_range_of_days_gives_date_and_enddate() throws IOException {
        JsonNode coup = json(EventFixtures.coup());
        assertThat(coup.get("date").asText()).isEqualTo("2031-03-21");
        assertThat(coup.get("enddate").asText()).isEqualTo("2031-03-22");
        assertThat(coup.get("sitrep").get("date_precision").asText()).isEqualTo("days");
        assertThat(coup.get("sitrep").get("date_text").asText()).isEqualTo("overnight between 21 and 22 March");
    }

    @Test
    void a_single_day_has_equal_date_and_enddate() throws IOException {
        JsonNode seizure = json(EventFixtures.jointSeizure());
        assertThat(seizure.get("date").asText()).isEqualTo("2031-03-30");
        assertThat(seizure.get("enddate").asText()).isEqualTo("2031-03-30");
        assertThat(seizure.get("sitrep").get("date_precision").asText()).isEqualTo("day");
    }

    @Test
    void no_date_means_no_date_keys_and_unknown_precision() throws IOException {
        JsonNode condemnation = json(EventFixtures.undatedCondemnation());
        assertThat(condemnation.has("date")).isFalse();
        assertThat(condemnation.has("enddate")).isFalse();
        assertThat(condemnation.get("sitrep").get("date_precision").asText()).isEqualTo("unknown");
        assertThat(condemnation.get("sitrep").get("date_text").isNull()).isTrue();
        assertThat(condemnation.get("event_loc").isObject()).isTrue();
        assertThat(condemnation.get("event_loc")).isEmpty();
    }

    @Test
    void coordinated_sources_are_two_actor_items() throws IOException {
        JsonNode seizure = json(EventFixtures.jointSeizure());
        assertThat(seizure.get("actor")).hasSize(2);
        assertThat(seizure.get("actor").get(0).get("identifier_text").asText()).isEqualTo("Azawad Liberation Front");
        assertThat(seizure.get("actor").get(1).get("identifier_text").asText()).isEqualTo("Faith Brigade");
        assertThat(seizure.get("recipient")).hasSize(1);
        assertThat(seizure.get("size").get("troops").asLong()).isEqualTo(300);
    }

    @Test
    void an_unresolved_participant_has_no_identifier_fields() throws IOException {
        JsonNode kill = json(EventFixtures.killingOfCivilians());
        JsonNode victims = kill.get("recipient").get(0);
        assertThat(fieldNames(victims)).containsExactly("code", "sector", "entity_text");
        assertThat(victims.get("code").isNull()).isTrue();
        assertThat(victims.get("sector").isNull()).isTrue();
        assertThat(victims.get("entity_text").asText()).isEqualTo("dozens of villagers");
    }

    @Test
    void a_class_without_plover_category_has_empty_event_and_quad_zero() throws IOException {
        JsonNode appointment = json(EventFixtures.appointment());
        assertThat(appointment.get("event").isArray()).isTrue();
        assertThat(appointment.get("event")).isEmpty();
        assertThat(appointment.get("quad_code").asInt()).isZero();
        assertThat(appointment.get("context").get(0).asText()).isEqualTo("executive");
        assertThat(appointment.get("sitrep").get("status").asText()).isEqualTo("planned");
        assertThat(fieldNames(appointment.get("size")))
                .containsExactly("dead", "injured", "arrested", "displaced", "troops");
    }

    @Test
    void geocoded_fields_come_in_contract_order_when_known() {
        EventLocation resolved = new EventLocation("Koulikoro", "Koulikoro", 2453348L, 12.86, -7.56, "Koulikoro",
                "MLI", "PPLA", 4);
        assertThat(resolved.toMap().keySet()).containsExactly("extracted_place", "resolved_place", "geonameid", "lat",
                "lon", "admin1", "country_code", "feature_code", "resolution");
        assertThat(EventLocation.of(Location.asWritten(" ")).toMap()).isEmpty();
        assertThat(EventLocation.of(null).toMap()).isEmpty();
    }

    @Test
    void an_unknown_document_leaves_its_citation_fields_null() {
        Map<String, Object> record = EventExport.toPlover(EventFixtures.coup(), EventFixtures.ACTOR_LOOKUP,
                key -> java.util.Optional.empty());
        @SuppressWarnings("unchecked")
        Map<String, Object> sitrep = (Map<String, Object>) record.get("sitrep");
        @SuppressWarnings("unchecked")
        Map<String, Object> mention = ((List<Map<String, Object>>) sitrep.get("mentions")).get(0);
        assertThat(mention).containsEntry("doc_id", EventFixtures.DOC_WIRE).containsEntry("doc_title", null)
                .containsEntry("publisher", null).containsEntry("published", null);
    }

    @Test
    void the_same_events_give_the_same_bytes() {
        byte[] first = jsonl(EventFixtures.all()).getBytes(StandardCharsets.UTF_8);
        byte[] second = jsonl(EventFixtures.all()).getBytes(StandardCharsets.UTF_8);
        assertThat(second).isEqualTo(first);
    }
}
