package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code sitrep rules check DIR}, and {@code --rules} refusing a bad directory before any model loads. */
class RulesCommandTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = SitrepCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return new Run(commandLine.execute(args), out.toString(), err.toString());
    }

    static String bundled(String name) throws IOException {
        try (InputStream in = RulesCommandTest.class.getResourceAsStream("/org/sitrep/events/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void check_accepts_a_copy_of_the_bundled_rules() throws IOException {
        Files.writeString(dir.resolve("events.yaml"), bundled("events.yaml"));
        Files.writeString(dir.resolve("words.yaml"), bundled("words.yaml"));

        Run run = run("rules", "check", dir.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("valid");
    }

    @Test
    void check_names_the_file_line_and_key_of_a_misspelling() throws IOException {
        String misspelt = bundled("events.yaml").replaceFirst("(?m)^    object_is_place: true",
                "    object_is_plac: true");
        Path file = Files.writeString(dir.resolve("events.yaml"), misspelt);
        int line = (int) misspelt.substring(0, misspelt.indexOf("    object_is_plac:")).chars()
                .filter(c -> c == '\n').count() + 1;

        Run run = run("rules", "check", dir.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains(file.toString(), "line " + line, "'object_is_plac'");
    }

    @Test
    void check_of_a_missing_directory_is_invalid_input() {
        Run run = run("rules", "check", dir.resolve("nowhere").toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("nowhere");
    }

    @Test
    void ingest_with_a_misspelt_rule_file_fails_naming_it_before_any_model_loads() throws IOException {
        Files.writeString(dir.resolve("status.yaml"), bundled("status.yaml").replace("negation:", "negaton:"));
        Path report = Files.writeString(dir.resolve("r.txt"), "A short report.");

        Run run = run("--store", dir.resolve("s.db").toString(), "--rules", dir.toString(), "ingest",
                report.toString(), "--quiet");

        assertThat(run.exit()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).contains(dir.resolve("status.yaml").toString(), "'negaton'");
    }
}
