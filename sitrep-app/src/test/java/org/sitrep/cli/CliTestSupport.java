package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * What the CLI tests share: a store written without NLP ({@link QueryStore}) per test, and ways to run a
 * command and read what it printed. Nothing here loads language models.
 */
abstract class CliTestSupport {
    static final List<String> SUBCOMMANDS = List.of("ingest", "docs", "actors", "actor", "events",
            "timeline", "situation", "contradictions", "places", "place", "search", "export", "eval", "bench",
            "bench-api", "serve", "rules", "store", "help");
    static final List<String> ACTOR_FIELDS = List.of("id", "name", "kind", "aliases", "country", "sector",
            "wikidata_id", "roles", "mentions");
    static final List<String> ROLE_FIELDS = List.of("role", "of", "from", "to", "evidence");
    static final ObjectMapper JSON = new ObjectMapper();
    /** A child JVM that only queries: small, and compiled for a quick start. */
    static final List<String> QUICK_JVM = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1");

    @TempDir
    Path dir;

    Path store;

    @BeforeEach
    void fill_store() {
        store = QueryStore.create(dir.resolve("kb").resolve("sitrep.db"));
    }

    /** What one {@code execute} did. */
    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = SitrepCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    Run query(String... args) {
        List<String> withStore = new ArrayList<>(List.of("--store", store.toString()));
        withStore.addAll(List.of(args));
        return run(withStore.toArray(String[]::new));
    }

    static List<JsonNode> jsonLines(String out) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.split("\\R")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    /** CSV rows as maps keyed by the header. */
    static List<Map<String, String>> csvRecords(String out) {
        List<List<String>> rows = Csv.parse(out);
        List<String> header = rows.get(0);
        List<Map<String, String>> records = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            assertThat(row).as("cells of %s", row).hasSameSizeAs(header);
            Map<String, String> record = new java.util.LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                record.put(header.get(i), row.get(i));
            }
            records.add(record);
        }
        return records;
    }

    static JsonNode byId(List<JsonNode> nodes, String id) {
        return nodes.stream().filter(node -> node.get("id").asText().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " in " + nodes));
    }
}
