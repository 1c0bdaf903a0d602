package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Store;
import org.sitrep.store.jdbi.SqliteStore;
import picocli.CommandLine;

/**
 * A new user's first hour with the command line (issue 15), through the real command line on real SQLite stores.
 * Nothing here loads the language models: an ingest that would need them is one of bad files only.
 */
class FirstHourCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path store;

    @BeforeEach
    void fill_store() {
        store = QueryStore.create(dir.resolve("kb").resolve("sitrep.db"));
        try (Store open = SqliteStore.open(store)) {
            open.saveDocument(NetworkReport.record());
        }
    }

    record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = SitrepCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Run query(String... args) {
        List<String> withStore = new ArrayList<>(List.of("--store", store.toString()));
        withStore.addAll(List.of(args));
        return run(withStore.toArray(String[]::new));
    }

    // --- help, dates, failure lines ---

    @Test
    void help_after_any_command_prints_that_commands_help_and_exits_0() {
        for (String command : SitrepCli.commandLine().getSubcommands().keySet()) {
            if (command.equals("help")) {
                continue;
            }
            Run run = run(command, "--help");

            assertThat(run.exit()).as("%s --help: %s", command, run.err()).isZero();
            assertThat(run.out()).as("%s --help", command).contains("Usage: sitrep " + command);
            assertThat(run.err()).as("%s --help", command).isEmpty();
        }
    }

    @Test
    void a_bad_date_says_what_is_wrong_and_the_format_wanted() {
        Run month = query("events", "--from", "2012-13-45");
        Run day = query("events", "--to", "2013-02-29");
        Run form = run("ingest", "--published", "22/03/2012", dir.toString());

        for (Run run : List.of(month, day, form)) {
            assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(run.err()).contains("YYYY-MM-DD").doesNotContain("Exception", "java.", "LocalDate");
        }
        assertThat(month.err()).contains("'2012-13-45' is not a date: there is no month 13");
        assertThat(day.err()).contains("February 2013 has no day 29, it has 28");
        assertThat(form.err()).contains("'22/03/2012' is not a date");
    }

    @Test
    void an_ingest_of_bad_files_names_each_with_its_code_and_loads_no_model() throws Exception {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Files.createFile(reports.resolve("empty.txt"));
        Files.createSymbolicLink(reports.resolve("loop.txt"), Path.of("loop.txt"));
        Files.writeString(reports.resolve("renamed.meta.json"), "{\"title\": \"A report renamed since\"}");

        Run run = run("--store", dir.resolve("new.db").toString(), "ingest", reports.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.SOME_DOCUMENTS_FAILED);
        assertThat(run.err()).contains("error: empty_file: " + reports.resolve("empty.txt"))
                .contains("error: broken_link: " + reports.resolve("loop.txt") + " is a broken link")
                .contains("warning: meta_orphan: " + reports.resolve("renamed.meta.json") + " has no report beside it")
                .doesNotContain("device", "Loading language models");
        assertThat(run.out()).contains("0 new", "2 failed");
    }

    @Test
    void an_ingest_into_a_store_that_cannot_be_opened_announces_no_models() throws Exception {
        Path report = Files.writeString(dir.resolve("r.txt"), "Prices rose in Lemma on Monday.");
        Path folderAsStore = Files.createDirectories(dir.resolve("folder.db"));

        Run run = run("--store", folderAsStore.toString(), "ingest", report.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).doesNotContain("Loading language models");
    }

    // --- tables, search ---

    @Test
    void tables_fit_120_columns_and_wide_prints_everything() {
        Run table = query("events");
        Run wide = query("events", "--wide");

        assertThat(table.exit()).isZero();
        assertThat(table.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(120));
        assertThat(table.out()).contains("…").doesNotContain(NetworkReport.ARREST_SENTENCE);
        assertThat(wide.out()).contains(NetworkReport.ARREST_SENTENCE);
        assertThat(wide.out().lines().mapToInt(String::length).max().orElse(0)).isGreaterThan(120);
    }

    @Test
    void search_says_when_no_sentence_has_all_words_and_shows_those_with_any() {
        Run any = query("search", "generator", "television");
        Run all = query("search", "generator", "fuel");

        assertThat(any.exit()).isZero();
        assertThat(any.out()).contains("No sentence has all of 'generator', 'television'; sentences with any of them:")
                .contains("hospital generator had no fuel", "state television");
        assertThat(all.out()).doesNotContain("No sentence has all").contains("hospital generator had no fuel");
    }

    // --- exports ---

    @Test
    void actor_aliases_in_csv_are_separated_by_semicolons() {
        Run run = query("export", "--what", "actors", "--format", "csv");

        List<List<String>> rows = Csv.parse(run.out());
        int aliases = rows.get(0).indexOf("aliases");
        assertThat(rows.stream().skip(1).filter(row -> row.get(0).equals(QueryStore.SANOGO_ID))
                .map(row -> row.get(aliases))).containsExactly("Amadou Haya Sanogo; Captain Sanogo; Sango");
    }

    @Test
    void document_exports_name_the_file_not_where_it_lay() throws Exception {
        Run jsonl = query("export", "--what", "documents");
        Run csv = query("export", "--what", "documents", "--format", "csv");

        List<String> paths = new ArrayList<>();
        for (String line : jsonl.out().split("\\R")) {
            paths.add(JSON.readTree(line).get("path").asText());
        }
        assertThat(paths).containsExactlyInAnyOrder("bamako-coup.txt", "gao-aid.txt", NetworkReport.FILE);
        assertThat(csv.out()).doesNotContain("reports/", "/srv/");
    }

    @Test
    void the_actor_network_exports_as_graphml_a_graphml_reader_loads() throws Exception {
        Run run = query("export", "--what", "network", "--format", "graphml");

        assertThat(run.exit()).isZero();
        var graph = org.sitrep.export.GraphMlReader.read(run.out());
        assertThat(graph.directed()).isTrue();
        assertThat(graph.nodes().get(QueryStore.JUNTA_ID)).containsEntry("name", "CNRDRE")
                .containsEntry("kind", "MILITARY_UNIT").containsEntry("country", "MLI").containsEntry("mentions", 2L);
        assertThat(graph.edges()).singleElement().satisfies(edge -> {
            assertThat(edge.source()).isEqualTo(QueryStore.JUNTA_ID);
            assertThat(edge.target()).isEqualTo(QueryStore.TRAORE_ID);
            assertThat(edge.data()).containsEntry("events", 1L).containsEntry("class_ARREST", 1L)
                    .containsEntry("material_conflict", 1L).containsEntry("verbal_cooperation", 0L);
        });
    }

    @Test
    void the_actor_network_exports_as_gexf_and_node_link_json() throws Exception {
        Run gexf = query("export", "--what", "network", "--format", "gexf");
        Run json = query("export", "--what", "network", "--format", "json");

        org.w3c.dom.Document document = javax.xml.parsers.DocumentBuilderFactory.newDefaultNSInstance()
                .newDocumentBuilder().parse(new java.io.ByteArrayInputStream(gexf.out().getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://gexf.net/1.3");
        var edges = document.getElementsByTagNameNS("http://gexf.net/1.3", "edge");
        assertThat(edges.getLength()).isOne();
        assertThat(((org.w3c.dom.Element) edges.item(0)).getAttribute("source")).isEqualTo(QueryStore.JUNTA_ID);
        JsonNode network = JSON.readTree(json.out());
        assertThat(network.get("directed").asBoolean()).isTrue();
        assertThat(network.get("edges")).singleElement().satisfies(edge -> {
            assertThat(edge.get("target").asText()).isEqualTo(QueryStore.TRAORE_ID);
            assertThat(edge.get("classes").get("ARREST").asInt()).isOne();
            assertThat(edge.get("quads").get("material_conflict").asInt()).isOne();
        });
        assertThat(query("export", "--what", "network", "--format", "csv").exit()).isEqualTo(ExitCodes.INVALID_INPUT);
    }

    // --- situation, serve, eval ---

    @Test
    void situation_refuses_a_code_that_names_no_country_and_is_empty_for_a_country_without_events()
            throws Exception {
        Run unknown = query("situation", "--at", "2012-04-10", "--country", "XXX");
        Run elsewhere = query("situation", "--at", "2012-04-10", "--country", "NER", "--format", "json");
        Run everywhere = query("situation", "--at", "2012-04-10", "--format", "json");

        assertThat(unknown.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(unknown.err()).contains("XXX names no country");
        JsonNode niger = JSON.readTree(elsewhere.out());
        assertThat(niger.get("country").asText()).isEqualTo("NER");
        for (String aspect : List.of("power", "control", "measures", "figures")) {
            assertThat(niger.get(aspect)).as(aspect).isEmpty();
        }
        assertThat(JSON.readTree(everywhere.out()).get("figures")).as("the figure is Mali's").isNotEmpty();
    }

    @Test
    void a_short_token_is_refused_with_how_to_make_one() {
        Run run = query("serve", "--port", "0", "--token", "secret");

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("--token has 6 characters", "at least 16", "openssl rand -hex 16");
    }

    @Test
    void eval_without_a_scorer_says_so_before_any_work() throws Exception {
        Path gold = Files.createDirectories(dir.resolve("eval/dev"));
        Path reports = Files.createDirectories(dir.resolve("corpus"));

        Run run = run("eval", "--gold", gold.toString(), "--reports", reports.toString(), "--out",
                dir.resolve("out").toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("no scorer at " + dir.resolve("eval/score.py"), "--scorer FILE");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void eval_runs_from_any_folder_with_relative_paths() throws Exception {
        Path project = Files.createDirectories(dir.resolve("somewhere/project"));
        Path shared = Files.createDirectories(dir.resolve("somewhere/shared"));
        Files.createDirectories(shared.resolve("eval/dev"));
        Files.createDirectories(shared.resolve("corpus/mali"));
        // A scorer that reports the folders it was given, to check they reach it whole.
        Files.writeString(shared.resolve("eval/score.py"), "import sys\nprint('scored', sys.argv[1], sys.argv[2])\n");
        ProcessBuilder builder = ChildJvm.sitrep(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"), "eval", "--gold",
                "../shared/eval/dev", "--reports", "../shared/corpus/mali", "--out", "out/eval")
                .directory(project.toFile()).redirectErrorStream(true);

        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("scored " + shared.resolve("eval/dev").toAbsolutePath().normalize() + " "
                + project.resolve("out/eval").toAbsolutePath().normalize());
    }
}
