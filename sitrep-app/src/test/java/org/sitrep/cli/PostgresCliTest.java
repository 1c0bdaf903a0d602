package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.TestPostgres;
import picocli.CommandLine;

/** The command line on a PostgreSQL store: addresses, errors, and {@code store copy} there and back. */
class PostgresCliTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
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

    @Test
    void a_server_that_is_not_there_is_one_line_saying_what_to_do_without_the_password() {
        Run run = run("--store", "postgresql://analyst:secret@127.0.0.1:1/team", "docs");

        assertThat(run.exit()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err().strip()).startsWith("error: Cannot reach PostgreSQL at 127.0.0.1:1")
                .contains("start the server").doesNotContain("secret").doesNotContain("\n");
    }

    @Test
    @EnabledIfEnvironmentVariable(named = TestPostgres.VARIABLE, matches = ".+")
    void store_copy_to_postgresql_and_back_gives_the_same_answers_and_exports() throws Exception {
        Path original = QueryStore.create(dir.resolve("original.db"));
        String server = TestPostgres.freshDatabase("sitrep_cli");
        Path back = dir.resolve("back.db");

        Run there = run("store", "copy", "--from", original.toString(), "--to", server);
        assertThat(there.exit()).as(there.err()).isZero();
        assertThat(there.out()).contains("Copied 2 documents").doesNotContain(":sitrep@");
        Run again = run("store", "copy", "--from", original.toString(), "--to", server);
        assertThat(again.exit()).isEqualTo(ExitCodes.FAILED);
        assertThat(again.err()).contains("not empty");
        assertThat(run("store", "copy", "--from", server, "--to", back.toString()).exit()).isZero();

        for (List<String> query : List.of(List.of("docs", "--format", "json"), List.of("actors", "--format", "json"),
                List.of("events", "--format", "json"), List.of("timeline"), List.of("places"))) {
            String onSqlite = query(original.toString(), query);
            assertThat(query(server, query)).as("%s on PostgreSQL", query).isEqualTo(onSqlite);
            assertThat(query(back.toString(), query)).as("%s after the round trip", query).isEqualTo(onSqlite);
        }
        // The same sentences in the same order; the scores are BM25's on SQLite and ts_rank's on PostgreSQL.
        List<String> search = List.of("search", "Traoré", "--format", "jsonl");
        String found = withoutScores(query(original.toString(), search));
        assertThat(found).contains("Traor");
        assertThat(withoutScores(query(server, search))).isEqualTo(found);
        assertThat(query(back.toString(), search)).isEqualTo(query(original.toString(), search));
        for (String what : List.of("actors", "documents", "events")) {
            Path before = dir.resolve(what + "-before.jsonl");
            Path after = dir.resolve(what + "-after.jsonl");
            assertThat(run("--store", original.toString(), "export", "--what", what, "--out", before.toString()).exit())
                    .isZero();
            assertThat(run("--store", back.toString(), "export", "--what", what, "--out", after.toString()).exit())
                    .isZero();
            assertThat(Files.readString(after)).as(what).isEqualTo(Files.readString(before));
        }
    }

    private static String withoutScores(String jsonLines) {
        return jsonLines.replaceAll("\"score\":[-0-9.eE]+,?", "");
    }

    private static String query(String store, List<String> args) {
        List<String> all = new ArrayList<>(List.of("--store", store));
        all.addAll(args);
        Run run = run(all.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
        return run.out();
    }
}
