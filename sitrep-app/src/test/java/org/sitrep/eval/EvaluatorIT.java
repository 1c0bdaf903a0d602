package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.Analyser;
import org.sitrep.app.AnalyserFixture;
import org.sitrep.app.ReportFiles;

/**
 * The evaluation run on a one-report gold set, with a stand-in scorer that only prints its arguments (the real
 * scorer lives outside the project).
 */
class EvaluatorIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ACTOR_FIELDS = List.of("id", "name", "kind", "aliases", "country", "sector",
            "wikidata_id", "roles", "mentions");
    /** Gold for the kati fixture in the gold format: the report's actors with the surface forms it uses. */
    private static final String KATI_GOLD = """
            {"doc": "kati.txt", "events": [],
             "actors": [{"name": "Amadou Haya Sanogo", "aliases": ["Captain Amadou Sango"], "kind": "PERSON"}]}
            """;
    private static final String SCORER_STUB = """
            import sys
            print("scorer called with: " + " | ".join(sys.argv[1:]))
            """;

    private static final Analyser analyser = AnalyserFixture.shared();

    @TempDir
    Path dir;

    private Path reportsWithKati(Path folder) throws IOException {
        Path fixtures = ReportFiles.copyFixtures(dir.resolve("fixtures"));
        Files.createDirectories(folder);
        Files.copy(fixtures.resolve(ReportFiles.KATI), folder.resolve("kati.txt"));
        Files.copy(fixtures.resolve("kati-mutiny.meta.json"), folder.resolve("kati.meta.json"));
        return folder;
    }

    private static List<JsonNode> jsonLines(Path file) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    @Test
    void each_gold_report_is_exported_and_the_scorer_gets_the_gold_and_output_folders() throws IOException {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(gold.resolve("kati.gold.json"), KATI_GOLD);
        Files.writeString(gold.resolve("lost.gold.json"), "{\"doc\": \"lost.txt\", \"events\": [], \"actors\": []}");
        Path reports = reportsWithKati(dir.resolve("reports"));
        Path out = dir.resolve("out");
        Path scorer = Files.writeString(dir.resolve("score_stub.py"), SCORER_STUB);

        Evaluator.Result result = new Evaluator(analyser).run(gold, reports, out, scorer);

        assertThat(result.reports()).containsExactly("kati");
        assertThat(result.problems()).singleElement().asString().contains("lost").contains(reports.toString());
        assertThat(out.resolve("kati.events.jsonl")).exists();
        assertThat(out.resolve("lost.actors.jsonl")).doesNotExist();
        List<JsonNode> actors = jsonLines(out.resolve("kati.actors.jsonl"));
        assertThat(actors).isNotEmpty().allSatisfy(actor -> {
            List<String> fields = new ArrayList<>();
            actor.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactlyElementsOf(ACTOR_FIELDS);
        });
        assertThat(actors).filteredOn(actor -> actor.get("name").asText().equals("Amadou Haya Sanogo"))
                .singleElement()
                .satisfies(sanogo -> assertThat(sanogo.get("aliases").toString()).contains("Captain Amadou Sango"));
        assertThat(result.scorerExit()).isZero();
        assertThat(result.scorerOutput()).contains("scorer called with: " + gold + " | " + out + " | --json | "
                + out.resolve("score.json"));
    }

    @Test
    void a_missing_scorer_is_reported_and_the_exports_are_still_written() throws IOException {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(gold.resolve("kati.gold.json"), KATI_GOLD);
        Path reports = reportsWithKati(dir.resolve("reports"));
        Path out = dir.resolve("out");
        Path scorer = dir.resolve("no-such-score.py");

        Evaluator.Result result = new Evaluator(analyser).run(gold, reports, out, scorer);

        assertThat(result.scorerExit()).isNotZero();
        assertThat(result.scorerOutput()).contains("scorer not found").contains(scorer.toString())
                .contains(out.toString());
        assertThat(result.reports()).containsExactly("kati");
        assertThat(out.resolve("kati.actors.jsonl")).isNotEmptyFile();
        assertThat(out.resolve("kati.events.jsonl")).exists();
    }

    @Test
    void gold_reports_and_outputs_may_share_one_folder() throws IOException {
        Path folder = reportsWithKati(dir.resolve("together"));
        // No "Sango" here: only the report itself can give the actor that alias.
        Files.writeString(folder.resolve("kati.gold.json"), "{\"doc\": \"kati.txt\", \"events\": [], \"actors\": "
                + "[{\"name\": \"Amadou Haya Sanogo\", \"aliases\": [], \"kind\": \"PERSON\"}]}");
        Evaluator evaluator = new Evaluator(analyser);

        evaluator.run(folder, folder, folder, dir.resolve("no-such-score.py"));
        Evaluator.Result again = evaluator.run(folder, folder, folder, dir.resolve("no-such-score.py"));

        assertThat(again.problems()).isEmpty();
        assertThat(again.reports()).containsExactly("kati");
        assertThat(jsonLines(folder.resolve("kati.actors.jsonl")))
                .filteredOn(actor -> actor.get("name").asText().equals("Amadou Haya Sanogo"))
                .singleElement()
                .satisfies(sanogo -> assertThat(sanogo.get("aliases").toString()).contains("Amadou Sango"));
    }
}
