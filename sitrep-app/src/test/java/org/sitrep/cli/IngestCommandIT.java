package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.ReportFiles;
import picocli.CommandLine;

/** The one test that runs {@code sitrep ingest} itself (it loads the models): exit code and what it prints. */
class IngestCommandIT {
    @TempDir
    Path dir;

    @Test
    void ingest_with_a_bad_file_stores_the_good_one_and_exits_with_3() throws Exception {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Path fixtures = ReportFiles.copyFixtures(dir.resolve("fixtures"));
        Files.copy(fixtures.resolve(ReportFiles.KATI), reports.resolve("kati.txt"));
        Files.copy(fixtures.resolve("kati-mutiny.meta.json"), reports.resolve("kati.meta.json"));
        Files.write(reports.resolve("blank-scan.txt"), new byte[0]);
        Path store = dir.resolve("kb").resolve("sitrep.db");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine ingest = SitrepCli.commandLine();
        ingest.setOut(new PrintWriter(out, true));
        ingest.setErr(new PrintWriter(err, true));

        int exit = ingest.execute("--store", store.toString(), "ingest", reports.toString(), "--threads", "2");

        assertThat(exit).as("stderr: %s", err).isEqualTo(ExitCodes.SOME_DOCUMENTS_FAILED);
        assertThat(err.toString()).contains("error: empty_file: " + reports.resolve("blank-scan.txt") + " is empty")
                .contains("Loading language models");
        assertThat(err.toString()).doesNotContain("kati.txt");
        assertThat(out.toString()).containsPattern("Ingested 2 file\\(s\\) in [0-9.]+ s: 1 new, 0 replaced, "
                + "0 unchanged, 1 failed\\.")
                .contains("Store " + store + " now holds 1 documents")
                .contains("Amadou Haya Sanogo");
        // The screen an analyst came for, each line pointing to the command that shows more.
        String sitrep = "./sitrep --store " + store;
        assertThat(out.toString()).contains("The picture (")
                .contains("Events by class  -> " + sitrep + " events --class CLASS")
                .contains("MUTINY 1")
                .contains("Key events (coups, mutinies, seizures... as summary.yaml lists them)  -> " + sitrep
                        + " timeline")
                .containsPattern("(?m)^  21 Mar 2012 +MUTINY +.*Kati")
                .contains("Situation on 2012-03-22 in MLI, the latest date the reports cover  -> " + sitrep
                        + " situation --at 2012-03-22 --country MLI")
                .containsPattern("Contradictions: \\d+.*  -> " + java.util.regex.Pattern.quote(sitrep)
                        + " contradictions")
                .contains("-> " + sitrep + " serve");

        StringWriter again = new StringWriter();
        StringWriter againErr = new StringWriter();
        CommandLine reingest = SitrepCli.commandLine();
        reingest.setOut(new PrintWriter(again, true));
        reingest.setErr(new PrintWriter(againErr, true));
        assertThat(reingest.execute("--store", store.toString(), "ingest", reports.resolve("kati.txt").toString()))
                .isEqualTo(ExitCodes.OK);
        assertThat(again.toString()).contains("0 new, 0 replaced, 1 unchanged, 0 failed").contains("The picture (");
        assertThat(againErr.toString()).as("nothing to analyse, no models").doesNotContain("Loading language models");

        StringWriter docs = new StringWriter();
        CommandLine list = SitrepCli.commandLine();
        list.setOut(new PrintWriter(docs, true));
        assertThat(list.execute("--store", store.toString(), "docs", "--format", "json")).isEqualTo(ExitCodes.OK);
        JsonNode documents = new ObjectMapper().readTree(docs.toString());
        assertThat(documents).hasSize(1);
        assertThat(documents.get(0).get("path").asText()).isEqualTo("kati.txt");
        assertThat(documents.get(0).get("title").asText()).isEqualTo("Mutineers take over the state broadcaster");
        assertThat(documents.get(0).get("sentences").asInt()).isEqualTo(4);
    }
}
