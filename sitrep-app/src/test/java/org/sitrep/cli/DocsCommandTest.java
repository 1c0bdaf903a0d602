package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The docs command, and a query on a store that is not there. */
class DocsCommandTest extends CliTestSupport {
    @Test
    void docs_lists_the_documents_with_title_publisher_date_and_sentence_count() {
        Run run = query("docs");

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("ID", "PUBLISHED", "TITLE", "SENTENCES");
        assertThat(run.out().lines().filter(line -> line.contains("Soldiers take power in Bamako")).findFirst())
                .hasValueSatisfying(line -> assertThat(line).contains("2012-03-22", QueryStore.COUP_PUBLISHER)
                        .endsWith(" 3"));
        assertThat(run.out().lines().filter(line -> line.contains("Gao hospital without fuel")).findFirst())
                .hasValueSatisfying(line -> assertThat(line).contains("2012-04-05").endsWith(" 2"));
    }

    @Test
    void docs_as_json_carries_every_document_field() throws IOException {
        Run run = query("docs", "--format", "json");

        JsonNode docs = JSON.readTree(run.out());
        assertThat(docs).hasSize(2);
        JsonNode coup = StreamSupport.stream(docs.spliterator(), false)
                .filter(doc -> doc.get("path").asText().equals("bamako-coup.txt")).findFirst().orElseThrow();
        assertThat(fieldNames(coup)).containsExactly("id", "title", "publisher", "published", "path", "media_type",
                "sha256", "sentences", "characters", "ingested_at");
        assertThat(coup.get("id").asText()).isEqualTo(QueryStore.coupReport().document().id());
        assertThat(coup.get("publisher").asText()).isEqualTo(QueryStore.COUP_PUBLISHER);
        assertThat(coup.get("published").asText()).isEqualTo("2012-03-22");
        assertThat(coup.get("sentences").asInt()).isEqualTo(3);
        assertThat(coup.get("ingested_at").asText()).isEqualTo("2024-05-01T10:00:00Z");
    }

    @Test
    void docs_on_an_empty_store_says_nothing_is_there() {
        Path empty = dir.resolve("empty.db");
        org.sitrep.store.jdbi.SqliteStore.open(empty).close();

        Run run = run("--store", empty.toString(), "docs");

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEqualToIgnoringNewLines("(nothing)");
    }

    @Test
    void a_query_on_a_missing_store_says_so_and_creates_nothing() {
        Path missing = dir.resolve("typo/sitrep.db");

        Run run = run("--store", missing.toString(), "actors");

        assertThat(run.exit()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).startsWith("error: there is no store at " + missing);
        assertThat(missing.getParent()).doesNotExist();
    }
}
