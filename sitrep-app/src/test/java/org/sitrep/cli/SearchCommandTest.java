package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The search command. */
class SearchCommandTest extends CliTestSupport {
    @Test
    void search_finds_the_sentence_with_its_document() {
        Run run = query("search", "generator");

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Gao hospital without fuel, sentence 0")
                .contains("In Gao, the nurse Mariam Traoré said the hospital generator had no fuel left.")
                .doesNotContain("Bamako");
    }

    @Test
    void search_ignores_accents_and_renders_json_lines() throws IOException {
        Run run = query("search", "traore", "--format", "jsonl");

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        List<JsonNode> hits = jsonLines(run.out());
        assertThat(hits).hasSize(2).allSatisfy(hit -> {
            assertThat(fieldNames(hit)).containsExactly("score", "doc_id", "doc_title", "sentence", "text");
            assertThat(hit.get("doc_id").asText()).isEqualTo(QueryStore.aidReport().document().id());
        });
    }

    @Test
    void search_without_a_hit_fails_and_says_so() {
        Run run = query("search", "locust");

        assertThat(run.exit()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.out()).contains("no sentence matches 'locust'");
    }

    @Test
    void search_takes_query_syntax_as_plain_words() {
        for (String words : List.of("NEAR(Gao", "\"", "Gao*", "-Gao", "Gao OR", "fuel:", "AND", "'")) {
            Run run = query("search", "--", words);
            assertThat(run.exit()).as("search %s: %s", words, run.err()).isIn(ExitCodes.OK, ExitCodes.FAILED);
            assertThat(run.err()).as("search %s", words).isEmpty();
        }
    }
}
