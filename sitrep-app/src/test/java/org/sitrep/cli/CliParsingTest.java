package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The help and the parsing of every command, against a store written without NLP. */
class CliParsingTest extends CliTestSupport {
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
}
