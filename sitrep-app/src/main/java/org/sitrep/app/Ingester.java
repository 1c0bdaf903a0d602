package org.sitrep.app;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.ingest.DocumentExtractor;
import org.sitrep.ingest.Extraction;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.SourceFiles;
import org.sitrep.model.Document;
import org.sitrep.model.Issue;
import org.sitrep.model.SourceInfo;
import org.sitrep.pipeline.AnalysedDocument;
import org.sitrep.pipeline.StageFailedException;
import org.sitrep.store.Store;

/**
 * Runs report files through extraction and the analysis pipeline into a store. Files are extracted and
 * analysed on several threads; they are linked to the store's actors and written one at a time, in input
 * order, so the result does not depend on which thread finished first. Each document is written in one
 * transaction: a killed ingest leaves whole documents only, and the next run picks up where it stopped.
 */
public final class Ingester {
    private final SitrepConfig config;
    private final ActorDictionary dictionary;
    private final Supplier<Analyser> analyser;
    private final Store store;
    private final DocumentExtractor extractor;
    private StoreLoader loader;

    public Ingester(Analyser analyser, Store store, DocumentExtractor extractor) {
        this(analyser.config(), analyser.dictionary(), () -> analyser, store, extractor);
    }

    /**
     * An ingester that asks for the analyser (the language models) only when a file needs analysis: a re-ingest
     * of unchanged files, or a batch of unreadable ones, never loads them.
     *
     * @param analyser called from worker threads, possibly at once; it must build the analyser once and share it
     * @param dictionary the actor dictionary the analyser will use, for the picture
     */
    public Ingester(SitrepConfig config, ActorDictionary dictionary, Supplier<Analyser> analyser, Store store,
                    DocumentExtractor extractor) {
        this.config = config;
        this.dictionary = dictionary;
        this.analyser = analyser;
        this.store = store;
        this.extractor = extractor;
    }

    /** Built on first use: the gazetteer loads once per ingester. Workers ask for it too. */
    private synchronized StoreLoader loader() {
        if (loader == null) {
            loader = new StoreLoader(store, StorePicture.of(store, dictionary), () -> analyser.get().linker());
        }
        return loader;
    }

    public IngestReport ingest(List<Path> inputs, SourceInfo overrides, IngestListener listener) {
        Instant start = Instant.now();
        SourceFiles discovery = SourceFiles.discover(inputs);
        List<IngestReport.FileResult> results = new ArrayList<>();
        discovery.problems().forEach(problem -> results.add(
                IngestReport.FileResult.failed(problem.path().toString(), problem.code(), problem.message())));
        // Events an ingest killed before it clustered them are clustered now.
        loader().repair();
        listener.started(discovery.files().size());
        ExecutorService workers = Executors.newFixedThreadPool(config.threads(), runnable -> {
            Thread thread = new Thread(runnable, "sitrep-ingest");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Path> files = discovery.files();
            List<Future<Prepared>> prepared = new ArrayList<>();
            // A bounded window of files in flight keeps memory flat however large the corpus.
            int window = config.threads() * 3;
            Set<String> savedHashes = new HashSet<>();
            for (int i = 0; i < files.size(); i++) {
                while (prepared.size() < files.size() && prepared.size() < i + window) {
                    Path next = files.get(prepared.size());
                    prepared.add(workers.submit(() -> prepare(next, overrides)));
                }
                Path file = files.get(i);
                IngestReport.FileResult result = store(file, await(prepared.get(i), file), savedHashes);
                prepared.set(i, null);
                results.add(result);
                listener.finished(file, result.outcome());
            }
        } finally {
            workers.shutdownNow();
        }
        return new IngestReport(results, Duration.between(start, Instant.now()));
    }

    /** A file after extraction and analysis, or the reason it has none. */
    private record Prepared(Extraction extraction, AnalysedDocument analysed, boolean unchanged,
                            IngestReport.FileResult failure) {
    }

    private Prepared prepare(Path file, SourceInfo overrides) {
        Extraction extraction;
        try {
            // One file, one identity: "reports/a.txt" and "/home/me/reports/a.txt" are the same document.
            extraction = extractor.extract(file.toAbsolutePath().normalize(), overrides);
        } catch (IngestException e) {
            return new Prepared(null, null, false, IngestReport.FileResult.failed(file.toString(), e.code(),
                    e.getMessage()));
        }
        if (loader().alreadyStored(extraction.document())) {
            return new Prepared(extraction, null, true, null);
        }
        try {
            return new Prepared(extraction, analyser.get().analyse(extraction.document()), false, null);
        } catch (StageFailedException e) {
            return new Prepared(extraction, null, false, IngestReport.FileResult.failed(file.toString(),
                    "analysis_failed", file + ": the " + e.stage() + " stage failed: " + rootMessage(e)
                            + " (the file was not stored; run with --stacktrace and report it)"));
        }
    }

    private IngestReport.FileResult store(Path file, Prepared prepared, Set<String> savedHashes) {
        if (prepared.failure() != null) {
            return prepared.failure();
        }
        Document document = prepared.extraction().document();
        List<String> warnings = prepared.extraction().warnings().stream().map(Issue::message).toList();
        if (prepared.unchanged() || !savedHashes.add(document.sha256())) {
            return new IngestReport.FileResult(file.toString(), IngestReport.Outcome.UNCHANGED, document.id(), 0, 0, 0,
                    0, null, null, warnings);
        }
        // Linking reads the stored actors and decides on them, so the loader runs it with the save and the
        // reclustering as one step no other ingest into the same store interleaves with (another process on a
        // shared server included): an actor both would create is created once, and the picture is what one ingest
        // of all files gives.
        return loader().load(file.toString(), CodedDocument.of(prepared.analysed(), prepared.extraction().warnings()),
                warnings);
    }

    private static Prepared await(Future<Prepared> future, Path file) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while ingesting " + file, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return new Prepared(null, null, false, IngestReport.FileResult.failed(file.toString(), "internal_error",
                    file + ": " + cause.getClass().getSimpleName() + ": " + cause.getMessage()));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
