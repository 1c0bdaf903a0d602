package org.sitrep.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.SourceFiles;
import org.sitrep.ingest.TikaDocumentExtractor;
import org.sitrep.model.SourceInfo;
import org.sitrep.store.Store;

/**
 * An {@link Ingester} for a long-running process that loads the language models only when a file needs them:
 * every file is extracted first, files that cannot be read fail at once with their code, and the analyser is
 * asked for only when at least one file is readable. Used by the web workspace, which must open fast and
 * answer a bad upload without waiting for CoreNLP. Thread-safe if the analyser supplier is.
 */
public final class LazyIngester {
    /** What the ingest is doing, for progress reports. */
    public enum Phase { CHECKING, LOADING_MODELS, ANALYSING }

    /** Hears the phase changes as well as the files finished. */
    public interface Listener extends IngestListener {
        void phase(Phase phase);
    }

    private final Store store;
    private final SitrepConfig config;
    private final Supplier<Analyser> analyser;

    public LazyIngester(Store store, SitrepConfig config, Supplier<Analyser> analyser) {
        this.store = store;
        this.config = config;
        this.analyser = analyser;
    }

    /**
     * Ingests the reports in {@code folder} (sidecars beside them are read as in {@code sitrep ingest}). Files
     * that fail extraction are deleted from the folder before the others are analysed, so they are reported
     * once.
     */
    public IngestReport ingest(Path folder, Listener listener) {
        Instant start = Instant.now();
        listener.phase(Phase.CHECKING);
        SourceFiles found = SourceFiles.discover(List.of(folder));
        TikaDocumentExtractor extractor = new TikaDocumentExtractor(config.maxFileBytes());
        List<IngestReport.FileResult> failed = new ArrayList<>();
        found.problems().forEach(problem -> failed.add(IngestReport.FileResult.failed(problem.path().toString(),
                problem.code(), problem.message())));
        int readable = 0;
        for (Path file : found.files()) {
            try {
                extractor.extract(file, SourceInfo.empty());
                readable++;
            } catch (IngestException e) {
                failed.add(IngestReport.FileResult.failed(file.toString(), e.code(), e.getMessage()));
                deleteQuietly(file);
            }
        }
        if (readable == 0) {
            return new IngestReport(failed, Duration.between(start, Instant.now()));
        }
        listener.phase(Phase.LOADING_MODELS);
        Analyser loaded = analyser.get();
        listener.phase(Phase.ANALYSING);
        IngestReport report = new Ingester(loaded, store, extractor).ingest(List.of(folder), SourceInfo.empty(),
                listener);
        List<IngestReport.FileResult> all = new ArrayList<>(failed);
        all.addAll(report.files());
        return new IngestReport(all, Duration.between(start, Instant.now()));
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (java.io.IOException e) {
            // The ingest would report it a second time; nothing worse.
        }
    }
}
