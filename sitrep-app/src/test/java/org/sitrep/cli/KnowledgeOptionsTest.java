package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The queries read the dictionaries and rules the global options give, as ingest does. */
class KnowledgeOptionsTest {
    @TempDir
    Path dir;

    private static String[] errors(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = SitrepCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return new String[] {String.valueOf(commandLine.execute(args)), err.toString()};
    }

    @Test
    void situation_timeline_contradictions_and_export_read_the_given_actor_dictionary() {
        Path store = QueryStore.create(dir.resolve("kb").resolve("sitrep.db"));
        Path missing = dir.resolve("my-actors.yaml");
        String[][] queries = {{"situation", "--at", "2012-04-01"}, {"timeline", "--changes"}, {"contradictions"},
            {"export", "--what", "events", "--format", "plover-jsonl", "--out", dir.resolve("e.jsonl").toString()}};
        for (String[] query : queries) {
            String[] args = new String[query.length + 4];
            args[0] = "--store";
            args[1] = store.toString();
            args[2] = "--actors";
            args[3] = missing.toString();
            System.arraycopy(query, 0, args, 4, query.length);

            String[] run = errors(args);

            assertThat(run[1]).as(query[0]).contains(missing.toString());
            assertThat(run[0]).as(query[0]).isNotEqualTo(String.valueOf(ExitCodes.OK));
        }
    }
}
