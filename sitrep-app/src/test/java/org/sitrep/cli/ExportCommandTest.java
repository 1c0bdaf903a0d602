package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The export command: the contract fields of actors and documents as JSON lines and CSV. */
class ExportCommandTest extends CliTestSupport {
    @Test
    void export_actors_as_json_lines_has_exactly_the_contract_fields() throws IOException {
        Run run = query("export", "--what", "actors", "--format", "jsonl");

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        List<JsonNode> actors = jsonLines(run.out());
        assertThat(actors).hasSize(4);
        for (JsonNode actor : actors) {
            assertThat(fieldNames(actor)).as("fields of %s", actor).containsExactlyElementsOf(ACTOR_FIELDS);
            assertThat(actor.get("aliases").isArray()).isTrue();
            assertThat(actor.get("roles").isArray()).isTrue();
            assertThat(actor.get("mentions").isInt()).isTrue();
            for (JsonNode role : actor.get("roles")) {
                assertThat(fieldNames(role)).containsExactlyElementsOf(ROLE_FIELDS);
                assertThat(role.get("evidence").isArray()).isTrue();
            }
        }
        JsonNode sanogo = byId(actors, QueryStore.SANOGO_ID);
        assertThat(sanogo.get("name").asText()).isEqualTo("Amadou Haya Sanogo");
        assertThat(sanogo.get("kind").asText()).isEqualTo("PERSON");
        assertThat(texts(sanogo.get("aliases"))).containsExactly("Amadou Haya Sanogo", "Captain Sanogo", "Sango");
        assertThat(sanogo.get("country").asText()).isEqualTo("MLI");
        assertThat(sanogo.get("sector").asText()).isEqualTo("MIL");
        assertThat(sanogo.get("wikidata_id").asText()).isEqualTo("Q3612785");
        assertThat(sanogo.get("mentions").asInt()).isEqualTo(1);
        JsonNode role = sanogo.get("roles").get(0);
        assertThat(role.get("role").asText()).isEqualTo("head of the junta");
        assertThat(role.get("of").asText()).isEqualTo("CNRDRE");
        assertThat(role.get("from").asText()).isEqualTo("2012-03-22");
        assertThat(role.get("to").asText()).isEqualTo("2012-04-12");
        JsonNode junta = byId(actors, QueryStore.JUNTA_ID);
        assertThat(junta.get("wikidata_id").isNull()).as("absent values are null, not missing").isTrue();
        assertThat(junta.get("roles")).isEmpty();
    }

    @Test
    void export_actors_as_csv_quotes_commas_and_doubles_quotes() {
        Run run = query("export", "--what", "actors", "--format", "csv");

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("\"High Islamic Council, \"\"HCIM\"\"\"");
        List<Map<String, String>> records = csvRecords(run.out());
        assertThat(Csv.parse(run.out()).get(0)).containsExactlyElementsOf(ACTOR_FIELDS);
        Map<String, Map<String, String>> byId = records.stream()
                .collect(Collectors.toMap(record -> record.get("id"), Function.identity()));
        assertThat(byId).containsOnlyKeys(QueryStore.SANOGO_ID, QueryStore.JUNTA_ID, QueryStore.COUNCIL_ID,
                QueryStore.TRAORE_ID);
        assertThat(byId.get(QueryStore.COUNCIL_ID).get("name")).isEqualTo(QueryStore.COUNCIL_NAME);
        assertThat(byId.get(QueryStore.SANOGO_ID).get("aliases")).isEqualTo("Amadou Haya Sanogo; Captain Sanogo; Sango");
        assertThat(byId.get(QueryStore.SANOGO_ID).get("mentions")).isEqualTo("1");
        assertThat(byId.get(QueryStore.JUNTA_ID).get("wikidata_id")).isEmpty();
        assertThat(byId.get(QueryStore.TRAORE_ID).get("name")).isEqualTo("Mariam Traoré");
    }

    @Test
    void export_documents_as_csv_and_json_lines_agree() throws IOException {
        Run csv = query("export", "--what", "documents", "--format", "csv");
        Run jsonl = query("export", "--what", "documents", "--format", "jsonl");

        assertThat(csv.exit()).isEqualTo(ExitCodes.OK);
        assertThat(jsonl.exit()).isEqualTo(ExitCodes.OK);
        List<Map<String, String>> records = csvRecords(csv.out());
        List<JsonNode> lines = jsonLines(jsonl.out());
        assertThat(records).hasSameSizeAs(lines).hasSize(2);
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = lines.get(i);
            Map<String, String> record = records.get(i);
            assertThat(record.keySet()).containsExactlyElementsOf(fieldNames(line));
            for (Iterator<String> names = line.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                String expected = line.get(name).isNull() ? "" : line.get(name).asText();
                assertThat(record.get(name)).as("%s of %s", name, line.get("path")).isEqualTo(expected);
            }
        }
        assertThat(records).extracting(record -> record.get("publisher")).contains(QueryStore.COUP_PUBLISHER);
    }

    @Test
    void export_to_a_file_writes_the_file_and_says_so() throws IOException {
        Path file = dir.resolve("out").resolve("actors.jsonl");

        Run run = query("export", "--what", "actors", "-o", file.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("wrote 4 actors to " + file);
        assertThat(jsonLines(Files.readString(file))).hasSize(4);
    }

    @Test
    void export_of_an_unknown_kind_of_record_is_invalid_input() {
        Run run = query("export", "--what", "places");

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("places").contains("actors, documents, events");
    }
}
