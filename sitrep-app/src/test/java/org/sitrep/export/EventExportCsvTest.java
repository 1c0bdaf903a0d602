package org.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitrep.export.EventFixtures.ACTOR_LOOKUP;
import static org.sitrep.export.EventFixtures.DOCUMENT_LOOKUP;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventExportCsvTest {
    private static String csv() {
        StringWriter text = new StringWriter();
        CsvWriter csv = new CsvWriter(text, EventExport.CSV_COLUMNS);
        csv.writeHeader();
        EventFixtures.all().forEach(event -> csv.writeRow(EventExport.toCsv(event, ACTOR_LOOKUP, DOCUMENT_LOOKUP)));
        csv.flush();
        return text.toString();
    }

    @Test
    void a_row_has_the_flat_columns_and_values() {
        Map<String, Object> row = EventExport.toCsv(EventFixtures.coup(), ACTOR_LOOKUP, DOCUMENT_LOOKUP);
        assertThat(row.keySet()).containsExactlyElementsOf(EventExport.CSV_COLUMNS);
        assertThat(row).containsEntry("id", "evt-coup").containsEntry("class", "COUP")
                .containsEntry("status", "occurred").containsEntry("date", "2031-03-21")
                .containsEntry("enddate", "2031-03-22").containsEntry("date_precision", "days")
                .containsEntry("sources", "Committee for National Renewal")
                .containsEntry("targets", "Idrissa Kanouté").containsEntry("place", "Koulikoro")
                .containsEntry("resolution", "town").containsEntry("latitude", 12.86)
                .containsEntry("dead", 4L).containsEntry("injured", null).containsEntry("confidence", 0.87)
                .containsEntry("doc_ids", "doc-wire; doc-daily");
    }

    @Test
    void coordinated_sources_are_joined_and_unresolved_ones_keep_their_words() {
        assertThat(EventExport.toCsv(EventFixtures.jointSeizure(), ACTOR_LOOKUP, DOCUMENT_LOOKUP))
                .containsEntry("sources", "Azawad Liberation Front; Faith Brigade").containsEntry("troops", 300L);
        assertThat(EventExport.toCsv(EventFixtures.killingOfCivilians(), ACTOR_LOOKUP, DOCUMENT_LOOKUP))
                .containsEntry("targets", "dozens of villagers").containsEntry("displaced", 1200L);
        assertThat(EventExport.toCsv(EventFixtures.undatedCondemnation(), ACTOR_LOOKUP, DOCUMENT_LOOKUP))
                .containsEntry("date", null).containsEntry("date_precision", "unknown");
    }

    @Test
    void commas_quotes_and_line_breaks_are_quoted() {
        assertThat(CsvWriter.cell("plain")).isEqualTo("plain");
        assertThat(CsvWriter.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(CsvWriter.cell("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
        assertThat(CsvWriter.cell("one\ntwo")).isEqualTo("\"one\ntwo\"");
        assertThat(CsvWriter.cell("one\rtwo")).isEqualTo("\"one\rtwo\"");
        assertThat(CsvWriter.cell(null)).isEmpty();
        assertThat(CsvWriter.cell(List.of("a", "b"))).isEqualTo("a; b");
        assertThat(CsvWriter.line(Arrays.asList("x", null, 3))).isEqualTo("x,,3\n");
    }

    @Test
    void the_appointment_row_round_trips_through_an_rfc4180_reader() {
        String text = csv();
        List<List<String>> rows = org.sitrep.cli.Csv.parse(text);
        assertThat(rows).hasSize(1 + EventFixtures.all().size());
        assertThat(rows.get(0)).containsExactlyElementsOf(EventExport.CSV_COLUMNS);
        List<String> appointment = rows.stream().filter(row -> row.get(0).equals("evt-appoint")).findFirst()
                .orElseThrow();
        assertThat(appointment).hasSize(EventExport.CSV_COLUMNS.size());
        assertThat(appointment.get(EventExport.CSV_COLUMNS.indexOf("text"))).isEqualTo(
                "The committee said it would name \"the teacher\", a party leader,\nprime minister on 12 April.");
        assertThat(appointment.get(EventExport.CSV_COLUMNS.indexOf("place"))).isEmpty();
        assertThat(text).contains("\"The committee said it would name \"\"the teacher\"\", a party leader,\n");
    }

    @Test
    void a_row_with_an_unknown_column_is_refused() {
        CsvWriter csv = new CsvWriter(new StringWriter(), List.of("a"));
        assertThatThrownBy(() -> csv.writeRow(Map.of("b", 1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("b");
    }

    @Test
    void the_same_events_give_the_same_bytes() {
        assertThat(csv().getBytes(StandardCharsets.UTF_8)).isEqualTo(csv().getBytes(StandardCharsets.UTF_8));
    }
}
