package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.events.EventLexicon;
import picocli.CommandLine;

/**
 * {@code ingest --rules DIR}: a trigger word added in a copy of events.yaml changes what ingest codes, with no
 * rebuild. Loads the models once.
 */
class RulesOverrideIT {
    @TempDir
    Path dir;

    @Test
    void a_trigger_added_in_a_rules_copy_is_coded_by_ingest() throws Exception {
        assertThat(EventLexicon.bundled().triggerLemmas()).as("the bundled rules do not know the word")
                .doesNotContain("picket");
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("events.yaml"), RulesCommandTest.bundled("events.yaml")
                + "  - class: PROTEST\n    verbs: [picket]\n");
        Path report = Files.writeString(dir.resolve("harbour.txt"),
                "Dockworkers picketed the harbour offices for the whole morning.\n");
        Path store = dir.resolve("sitrep.db");

        StringWriter err = new StringWriter();
        CommandLine ingest = SitrepCli.commandLine();
        ingest.setOut(new PrintWriter(new StringWriter(), true));
        ingest.setErr(new PrintWriter(err, true));
        int exit = ingest.execute("--store", store.toString(), "--rules", rules.toString(), "ingest",
                report.toString(), "--threads", "1", "--published", "2031-03-04");
        assertThat(exit).as("stderr: %s", err).isEqualTo(ExitCodes.OK);

        StringWriter out = new StringWriter();
        CommandLine events = SitrepCli.commandLine();
        events.setOut(new PrintWriter(out, true));
        assertThat(events.execute("--store", store.toString(), "events", "--format", "json"))
                .isEqualTo(ExitCodes.OK);
        List<String> classes = new ArrayList<>();
        for (JsonNode event : new ObjectMapper().readTree(out.toString())) {
            classes.add(event.toString());
        }
        assertThat(classes).anySatisfy(event -> assertThat(event).contains("PROTEST", "picketed"));
    }
}
