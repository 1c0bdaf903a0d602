package org.sitrep.app;

import java.time.Duration;
import java.util.List;

/** What an ingest did, file by file, with totals for the summary line. */
public record IngestReport(List<FileResult> files, Duration elapsed) {
    public IngestReport {
        files = List.copyOf(files);
    }

    public enum Outcome { NEW, REPLACED, UNCHANGED, FAILED }

    /**
     * One input file's fate.
     *
     * @param code for a failure, the snake_case problem code; else null
     * @param message for a failure, what went wrong, naming the file
     * @param warnings problems that did not stop the file ("decoded as windows-1252")
     */
    public record FileResult(String path, Outcome outcome, String docId, int sentences, int tokens, int actorMentions,
                             int newActors, String code, String message, List<String> warnings) {
        public FileResult {
            warnings = List.copyOf(warnings);
        }

        static FileResult failed(String path, String code, String message) {
            return new FileResult(path, Outcome.FAILED, null, 0, 0, 0, 0, code, message, List.of());
        }
    }

    public long count(Outcome outcome) {
        return files.stream().filter(f -> f.outcome() == outcome).count();
    }

    public int sentences() {
        return files.stream().mapToInt(FileResult::sentences).sum();
    }

    public int tokens() {
        return files.stream().mapToInt(FileResult::tokens).sum();
    }

    public int actorMentions() {
        return files.stream().mapToInt(FileResult::actorMentions).sum();
    }

    public int newActors() {
        return files.stream().mapToInt(FileResult::newActors).sum();
    }

    public List<FileResult> failures() {
        return files.stream().filter(f -> f.outcome() == Outcome.FAILED).toList();
    }

    public boolean anyFailed() {
        return count(Outcome.FAILED) > 0;
    }
}
