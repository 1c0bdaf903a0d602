package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The query commands and the parsing of every command, against a store written without NLP
 * ({@link QueryStore}). Nothing here loads language models.
 */
class CliTest {
    private static final List<String> SUBCOMMANDS = List.of("ingest", "docs", "actors", "actor", "events",
            "timeline", "situation", "contradictions", "places", "place", "search", "export", "eval", "bench",
            "bench-api", "serve", "rules", "store", "help");
    private static final List<String> ACTOR_FIELDS = List.of("id", "name", "kind", "aliases", "country", "sector",
            "wikidata_id", "roles", "mentions");
    private static final List<String> ROLE_FIELDS = List.of("role", "of", "from", "to", "evidence");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A child JVM that only queries: small, and compiled for a quick start. */
    private static final List<String> QUICK_JVM = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1");

    @TempDir
    Path dir;

    private Path store;

    @BeforeEach
    void fill_store() {
        store = QueryStore.create(dir.resolve("kb").resolve("sitrep.db"));
    }

    /** What one {@code execute} did. */
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

    private static List<JsonNode> jsonLines(String out) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.split("\\R")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    /** CSV rows as maps keyed by the header. */
    private static List<Map<String, String>> csvRecords(String out) {
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

    // --- help and parsing ---

    @Test
    void help_lists_every_subcommand_and_the_exit_codes() {
        Run run = run("--help");

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(SitrepCli.commandLine().getSubcommands().keySet()).containsExactlyInAnyOrderElementsOf(SUBCOMMANDS);
        String commands = run.out().substring(run.out().indexOf("Commands:"));
        for (String subcommand : SUBCOMMANDS) {
            assertThat(commands).as("the Commands section lists %s", subcommand)
                    .containsPattern("(?m)^\\s+" + subcommand + "\\s+\\S");
        }
        assertThat(run.out().replaceAll("\\s+", " "))
                .contains("--store=STORE")
                .contains("Exit codes: 0 ok, 1 failed, 2 invalid input, 3 finished but some documents failed, "
                        + "4 internal error.");
    }

    @Test
    void help_of_a_subcommand_shows_its_options() {
        Run run = run("help", "export");

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("--what=<what>", "actors, documents", "--format", "--out=FILE");
    }

    @Test
    void an_unknown_option_is_invalid_input_and_says_which() {
        Run run = query("docs", "--colour");

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("Unknown option: '--colour'").contains("Usage: sitrep docs");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void an_unknown_subcommand_is_invalid_input() {
        Run run = query("situation");

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("situation");
    }

    @Test
    void abbreviated_options_are_refused() {
        Run run = query("export", "--wh", "actors");

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
    }

    @Test
    void an_impossible_publication_date_is_refused_before_any_model_is_loaded() throws IOException {
        Path report = Files.writeString(dir.resolve("x.txt"), "Fighting was reported near Gao on Monday.");
        Run run = query("ingest", "--published", "2012-13-01", report.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("--published").contains("2012-13-01");
        assertThat(run.err()).doesNotContain("Loading language models");
    }

    @Test
    void zero_threads_is_invalid_input_not_an_internal_error() throws IOException {
        Path report = Files.writeString(dir.resolve("x.txt"), "Fighting was reported near Gao on Monday.");

        Run run = query("ingest", "--threads", "0", "--quiet", report.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("--threads").doesNotContain("internal error");
    }

    @Test
    void a_size_limit_of_zero_is_invalid_input_not_an_internal_error() throws IOException {
        Path report = Files.writeString(dir.resolve("x.txt"), "Fighting was reported near Gao on Monday.");

        Run run = query("ingest", "--max-file-mb", "0", "--quiet", report.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("--max-file-mb").doesNotContain("internal error");
    }

    @Test
    void negative_limits_are_invalid_input_not_internal_errors() {
        assertThat(query("actors", "--limit", "-1").exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(query("search", "generator", "--limit", "-1").exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(query("search", "generator", "--limit", "0").exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run("eval", "--gold", "g", "--reports", "r", "--out", "o", "--threads", "0").exit())
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(query("actor", "Sango", "--mentions", "-1").exit()).isEqualTo(ExitCodes.INVALID_INPUT);
    }

    @Test
    void eval_without_its_required_folders_is_invalid_input() {
        Run run = run("eval", "--gold", dir.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("--reports").contains("--out");
    }

    @Test
    void version_names_the_program() {
        Run run = run("--version");

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith("sitrep ");
    }

    // --- the store option ---

    @Test
    void store_may_be_given_before_or_after_the_subcommand() throws IOException {
        Run before = run("--store", store.toString(), "docs", "--format", "json");
        Run after = run("docs", "--format", "json", "--store", store.toString());

        assertThat(before.exit()).isEqualTo(ExitCodes.OK);
        assertThat(after.exit()).isEqualTo(ExitCodes.OK);
        assertThat(JSON.readTree(before.out())).hasSize(2);
        assertThat(JSON.readTree(after.out())).isEqualTo(JSON.readTree(before.out()));
    }

    @Test
    void a_folder_as_store_fails_with_a_message_naming_it() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("not-a-db"));

        Run run = run("--store", folder.toString(), "docs");

        assertThat(run.exit()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).startsWith("error: ").contains(folder.toString()).contains("is a directory")
                .doesNotContain("Exception");
    }

    @Test
    void ingest_into_a_store_that_cannot_be_opened_fails_before_loading_models() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("not-a-db"));
        Path report = Files.writeString(dir.resolve("x.txt"), "Fighting was reported near Gao on Monday.");
        Run run = run("--store", folder.toString(), "ingest", report.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).contains("error: ").contains("is a directory").doesNotContain("Loading language models");
    }

    @Test
    void store_option_wins_over_sitrep_store_which_then_is_not_needed() throws Exception {
        Path elsewhere = dir.resolve("elsewhere").resolve("other.db");
        Path workDir = Files.createDirectory(dir.resolve("work"));
        ProcessBuilder builder = ChildJvm.sitrep(QUICK_JVM, "--store", store.toString(), "docs",
                "--format", "json").directory(workDir.toFile());
        builder.environment().put("SITREP_STORE", elsewhere.toString());
        ProcessBuilder withoutEnv = ChildJvm.sitrep(QUICK_JVM, "--store", store.toString(), "docs",
                "--format", "json").directory(workDir.toFile());
        withoutEnv.environment().remove("SITREP_STORE");

        String withEnvOut = runChild(builder);
        String withoutEnvOut = runChild(withoutEnv);

        assertThat(JSON.readTree(withEnvOut).size()).isEqualTo(2);
        assertThat(JSON.readTree(withoutEnvOut)).isEqualTo(JSON.readTree(withEnvOut));
        assertThat(elsewhere).doesNotExist();
        assertThat(workDir.resolve("sitrep-data")).doesNotExist();
    }

    @Test
    void sitrep_store_is_used_when_no_store_option_is_given() throws Exception {
        Path workDir = Files.createDirectory(dir.resolve("work"));
        ProcessBuilder builder = ChildJvm.sitrep(QUICK_JVM, "docs", "--format", "json")
                .directory(workDir.toFile());
        builder.environment().put("SITREP_STORE", store.toString());

        String out = runChild(builder);

        assertThat(JSON.readTree(out).size()).isEqualTo(2);
        assertThat(workDir.resolve("sitrep-data")).doesNotExist();
    }

    /** Runs the child to its end and returns its standard output; standard error goes to a file. */
    private String runChild(ProcessBuilder builder) throws IOException, InterruptedException {
        Path err = Files.createTempFile(dir, "child", ".err");
        Process process = builder.redirectError(err.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("sitrep finished").isTrue();
        assertThat(process.exitValue()).as("exit code; stderr: %s", Files.readString(err))
                .isEqualTo(ExitCodes.OK);
        return out;
    }

    // --- docs ---

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

    // --- actors and actor ---

    @Test
    void actors_of_one_kind_are_only_that_kind() throws IOException {
        Run table = query("actors", "--kind", "PERSON");
        Run json = query("actors", "--kind", "PERSON", "--format", "json");

        assertThat(table.exit()).isEqualTo(ExitCodes.OK);
        assertThat(table.out()).contains("Amadou Haya Sanogo", "Mariam Traoré").doesNotContain("CNRDRE")
                .doesNotContain("High Islamic Council");
        assertThat(JSON.readTree(json.out())).extracting(node -> node.get("kind").asText())
                .containsOnly("PERSON").hasSize(2);
    }

    @Test
    void actors_without_a_kind_are_all_listed_most_mentioned_first() throws IOException {
        Run run = query("actors", "--format", "json");

        JsonNode actors = JSON.readTree(run.out());
        assertThat(actors).extracting(node -> node.get("id").asText()).containsExactlyInAnyOrder(
                QueryStore.SANOGO_ID, QueryStore.JUNTA_ID, QueryStore.COUNCIL_ID, QueryStore.TRAORE_ID);
        assertThat(actors.get(0).get("id").asText()).isEqualTo(QueryStore.TRAORE_ID);
        assertThat(actors.get(0).get("mentions").asInt()).isEqualTo(2);
    }

    @Test
    void an_unknown_kind_is_invalid_input_listing_the_kinds() {
        Run run = query("actors", "--kind", "WARLORD");

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("WARLORD").contains("PERSON").contains("ARMED_GROUP");
    }

    @Test
    void actor_shows_names_roles_and_the_sentences_that_name_it() {
        Run run = query("actor", "Amadou", "Haya", "Sanogo");

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Amadou Haya Sanogo  [PERSON, MLI, MIL]  id " + QueryStore.SANOGO_ID)
                .contains("aliases: Amadou Haya Sanogo; Captain Sanogo; Sango")
                .contains("role: head of the junta of CNRDRE, 2012-03-22 to 2012-04-12")
                .contains("mentions: 1")
                .contains("\"Captain Sango\" (title)")
                .contains("Captain Sango, as one caller spelt him, promised to return power to civilians.")
                .doesNotContain("why these names");
    }

    @Test
    void actor_is_found_by_an_alias_ignoring_case_and_accents() {
        Run byAlias = query("actor", "sango");
        Run withoutAccent = query("actor", "MARIAM", "TRAORE");

        assertThat(byAlias.exit()).isEqualTo(ExitCodes.OK);
        assertThat(byAlias.out()).startsWith("Amadou Haya Sanogo");
        assertThat(withoutAccent.exit()).isEqualTo(ExitCodes.OK);
        assertThat(withoutAccent.out()).startsWith("Mariam Traoré").contains("mentions: 2");
    }

    @Test
    void actor_why_explains_each_merged_name_with_its_evidence() {
        Run run = query("actor", "Sango", "--why");

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        String why = run.out().substring(run.out().indexOf("why these names:"));
        assertThat(why).contains("Sango: spelling_variant. 'Sango' and 'Sanogo' differ by 1 letter(s) ["
                + QueryStore.coupReport().document().id() + ", sentence 1]");
        assertThat(why).contains("Captain Sanogo: dictionary_alias. alias in the actor dictionary");
    }

    @Test
    void actor_why_as_json_lists_the_reasons() throws IOException {
        Run run = query("actor", "Sango", "--why", "--format", "json");

        JsonNode actor = JSON.readTree(run.out());
        assertThat(actor.get("id").asText()).isEqualTo(QueryStore.SANOGO_ID);
        assertThat(actor.get("why")).extracting(reason -> reason.get("rule").asText())
                .containsExactlyInAnyOrder("spelling_variant", "dictionary_alias");
        assertThat(actor.get("mention_list")).hasSize(1);
        assertThat(actor.get("mention_list").get(0).get("text").asText()).isEqualTo("Captain Sango");
    }

    @Test
    void an_unknown_actor_fails_and_says_what_to_try() {
        Run run = query("actor", "Nobody", "Known");

        assertThat(run.exit()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).contains("no actor is named 'Nobody Known'").contains(store.toString())
                .contains("sitrep actors").contains("sitrep search Nobody Known");
        assertThat(run.out()).isEmpty();
    }

    // --- search ---

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

    // --- export ---

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

    // --- events ---

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

    private static JsonNode byId(List<JsonNode> nodes, String id) {
        return nodes.stream().filter(node -> node.get("id").asText().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " in " + nodes));
    }

    // --- the picture: situation, contradictions, changes ---

    @Test
    void situation_prints_the_contract_s_json_with_power_from_the_coup_and_the_dictionary() throws Exception {
        Run run = run("--store", store.toString(), "situation", "--at", "2012-04-02", "--country", "mli", "--format",
                "json");

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
        com.fasterxml.jackson.databind.JsonNode situation = org.sitrep.export.Json.mapper().readTree(run.out());
        List<String> keys = new ArrayList<>();
        situation.fieldNames().forEachRemaining(keys::add);
        // The contract's keys in its order; fields added after them (EXPORT.md allows additions).
        assertThat(keys).containsExactly("at", "country", "power", "control", "measures", "figures", "support");
        assertThat(situation.get("support").get("min_support").asDouble()).isEqualTo(0.7);
        assertThat(situation.get("at").asText()).isEqualTo("2012-04-02");
        assertThat(situation.get("country").asText()).isEqualTo("MLI");
        com.fasterxml.jackson.databind.JsonNode headOfState = situation.get("power").get(0);
        assertThat(headOfState.get("office").asText()).isEqualTo("head of state");
        assertThat(headOfState.get("since").asText()).isEqualTo("2012-03-22");
        List<String> powerKeys = new ArrayList<>();
        headOfState.fieldNames().forEachRemaining(powerKeys::add);
        assertThat(powerKeys).startsWith("office", "holder", "since", "evidence");
    }

    @Test
    void situation_before_the_coup_shows_the_president_of_the_dictionary_in_a_table() {
        Run run = run("--store", store.toString(), "situation", "--at", "2012-03-15", "--country", "MLI");

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Situation on 2012-03-15 in MLI", "head of state", "Amadou Toumani Touré")
                .doesNotContain("CNRDRE");
    }

    @Test
    void a_malformed_date_or_country_is_invalid_input_naming_the_value() {
        Run badDate = run("--store", store.toString(), "situation", "--at", "2012-13-45");
        Run badCountry = run("--store", store.toString(), "situation", "--at", "2012-04-02", "--country", "Mali");

        assertThat(badDate.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(badDate.err()).contains("'2012-13-45'");
        assertThat(badCountry.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(badCountry.err()).contains("'Mali'");
    }

    @Test
    void contradictions_and_changes_of_state_answer_for_programs_and_people() throws Exception {
        Run contradictions = run("--store", store.toString(), "contradictions", "--format", "json");
        Run changes = run("--store", store.toString(), "timeline", "--country", "MLI", "--changes");

        assertThat(contradictions.exit()).as(contradictions.err()).isEqualTo(ExitCodes.OK);
        assertThat(org.sitrep.export.Json.mapper().readTree(contradictions.out()).isArray()).isTrue();
        assertThat(changes.exit()).as(changes.err()).isEqualTo(ExitCodes.OK);
        assertThat(changes.out()).contains("DATE", "CHANGE", "holds head of state");
    }
}
