package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Where the CLI finds its store: the --store option, before or after the subcommand, and SITREP_STORE. */
class StoreOptionTest extends CliTestSupport {
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
}
