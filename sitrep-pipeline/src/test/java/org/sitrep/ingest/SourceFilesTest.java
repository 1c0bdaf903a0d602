package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFilesTest {
    @TempDir
    Path dir;

    private Path touch(String relative) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "Convoys resumed on Monday.");
    }

    @Test
    void walks_folders_recursively_in_sorted_order_and_skips_hidden_files_and_sidecars() throws IOException {
        touch("reports/b.txt");
        touch("reports/a.pdf");
        touch("reports/a.meta.json");
        touch("reports/2031/may/c.html");
        touch("reports/.notes.txt");
        touch("reports/.cache/d.txt");
        touch("reports/~$draft.docx");

        SourceFiles found = SourceFiles.discover(List.of(dir.resolve("reports")));

        assertThat(found.files()).containsExactly(
                dir.resolve("reports/2031/may/c.html"),
                dir.resolve("reports/a.pdf"),
                dir.resolve("reports/b.txt"));
        assertThat(found.problems()).isEmpty();
    }

    @Test
    void keeps_files_given_directly_and_drops_duplicates() throws IOException {
        Path a = touch("in/a.txt");
        touch("in/b.txt");

        SourceFiles found = SourceFiles.discover(List.of(dir.resolve("in/b.txt"), dir.resolve("in"),
                dir.resolve("in/./a.txt")));

        assertThat(found.files()).containsExactly(a, dir.resolve("in/b.txt"));
    }

    @Test
    void keeps_relative_paths_relative() throws IOException {
        Path relative = Path.of("target", "source-files-test-" + System.nanoTime());
        Files.createDirectories(relative);
        try {
            Files.writeString(relative.resolve("x.txt"), "Convoys resumed.");

            SourceFiles found = SourceFiles.discover(List.of(relative));

            assertThat(found.files()).containsExactly(relative.resolve("x.txt"));
        } finally {
            Files.deleteIfExists(relative.resolve("x.txt"));
            Files.deleteIfExists(relative);
        }
    }

    @Test
    void reports_missing_paths_and_carries_on() throws IOException {
        Path present = touch("here.txt");
        Path missing = dir.resolve("gone.txt");

        SourceFiles found = SourceFiles.discover(List.of(missing, present));

        assertThat(found.files()).containsExactly(present);
        assertThat(found.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(IngestCodes.NOT_FOUND);
            assertThat(problem.path()).isEqualTo(missing);
            assertThat(problem.message()).contains("gone.txt");
        });
    }

    @Test
    void reports_an_empty_folder_and_a_sidecar_given_alone() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        touch("empty/.hidden");
        Path sidecar = touch("x.meta.json");

        SourceFiles found = SourceFiles.discover(List.of(empty, sidecar));

        assertThat(found.files()).isEmpty();
        assertThat(found.problems()).extracting(SourceFiles.Problem::code)
                .containsExactly(IngestCodes.NO_FILES, IngestCodes.SIDECAR_GIVEN);
        assertThat(found.problems().get(0).message()).contains("empty");
        assertThat(found.problems().get(1).message()).contains("x.meta.json");
    }

    @Test
    void reports_unreadable_files() throws IOException {
        Path locked = touch("locked/secret.txt");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));

        SourceFiles found = SourceFiles.discover(List.of(dir.resolve("locked")));

        if (Files.isReadable(locked)) {
            // Root reads files whatever their permissions: then the file is simply listed.
            assertThat(found.files()).containsExactly(locked);
            assertThat(found.problems()).isEmpty();
            return;
        }
        assertThat(found.files()).isEmpty();
        assertThat(found.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(IngestCodes.UNREADABLE);
            assertThat(problem.message()).contains("secret.txt");
        });
    }
}
