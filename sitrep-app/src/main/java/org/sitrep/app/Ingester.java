package org.sitrep.app;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.actors.ActorLinker;
import org.sitrep.ingest.DocumentExtractor;
import org.sitrep.ingest.Extraction;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.SourceFiles;
import org.sitrep.model.Document;
import org.sitrep.model.Issue;
import org.sitrep.model.SourceInfo;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.pipeline.AnalysedDocument;
import org.sitrep.pipeline.StageFailedException;
import org.sitrep.store.DocumentRecord;
import org.sitrep.store.DocumentSummary;
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
    private StorePicture picture;

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

    /** Built on first use: the gazetteer loads once per ingester. */
    private StorePicture picture() {
        if (picture == null) {
            picture = StorePicture.of(store, dictionary);
        }
        return picture;
    }

    public IngestReport ingest(List<Path> inputs, SourceInfo overrides, IngestListener listener) {
        Instant start = Instant.now();
        SourceFiles discovery = SourceFiles.discover(inputs);
        List<IngestReport.FileResult> results = new ArrayList<>();
        discovery.problems().forEach(problem -> results.add(
                IngestReport.FileResult.failed(problem.path().toString(), problem.code(), problem.message())));
        // Events an ingest killed before it clustered them are clustered now.
        picture().repair();
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
        if (alreadyStored(extraction.document())) {
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
        // Linking reads the stored actors and decides on them, so it runs with the save and the reclustering as one
        // step no other ingest into the same store interleaves with (another process on a shared server included):
        // an actor both would create is created once, and the picture is what one ingest of all files gives.
        return store.exclusively(() -> link(file, prepared, document, warnings));
    }

    private IngestReport.FileResult link(Path file, Prepared prepared, Document document, List<String> warnings) {
        if (alreadyStored(document)) {
            return new IngestReport.FileResult(file.toString(), IngestReport.Outcome.UNCHANGED, document.id(), 0, 0, 0,
                    0, null, null, warnings);
        }
        Optional<DocumentSummary> previous = store.findByPath(document.path());
        AnalysedDocument analysed = prepared.analysed();
        List<Actor> known = store.allActors();
        ActorLinker.Linked linked = analyser.get().linker().link(document.id(), analysed.localActors(),
                analysed.actorMentions(), known);
        Set<String> knownIds = new HashSet<>();
        known.forEach(actor -> knownIds.add(actor.id()));
        int newActors = (int) linked.actors().stream().filter(actor -> !knownIds.contains(actor.id())).count();
        List<Issue> issues = new ArrayList<>(prepared.extraction().warnings());
        issues.addAll(analysed.issues());
        picture().save(new DocumentRecord(document, analysed.sentences(), analysed.entities(), analysed.times(),
                analysed.figures(), linked.actors(), linked.mentions(), linked.reasons(), issues,
                withStoreIds(analysed.events(), linked.storeIds()), analysed.places()),
                previous.map(DocumentSummary::id));
        int tokens = 0;
        for (int s = 0; s < analysed.sentences().size(); s++) {
            tokens += analysed.tokens(s).size();
        }
        IngestReport.Outcome outcome = previous.isPresent() ? IngestReport.Outcome.REPLACED
                : IngestReport.Outcome.NEW;
        return new IngestReport.FileResult(file.toString(), outcome, document.id(), analysed.sentences().size(), tokens,
                linked.mentions().size(), newActors, null, null, warnings);
    }

    /**
     * Whether the store holds these bytes already: from another path (a copy), or from this path with metadata
     * that sets nothing new. Bytes from the same path whose metadata now sets a field to another value (a
     * corrected sidecar, a new flag) are stored again, since the publication date anchors the report's relative
     * dates; like a changed file, the new version carries this run's metadata only. A field this run leaves unset
     * (a flag of an earlier run left out) is no reason to store the file again.
     */
    private boolean alreadyStored(Document document) {
        return store.findByHash(document.sha256()).filter(stored -> !stored.path().equals(document.path())
                || store.document(stored.id()).map(Document::source)
                        .filter(source -> source.overriddenBy(document.source()).equals(source)).isPresent())
                .isPresent();
    }

    /** The document's events with their actors pointing at store actors rather than document-local keys. */
    private static List<Event> withStoreIds(List<Event> events, java.util.Map<String, String> storeIds) {
        return events.stream().map(event -> event.withParticipants(relinked(event.sources(), storeIds),
                relinked(event.targets(), storeIds))).toList();
    }

    private static List<EventActor> relinked(List<EventActor> actors, java.util.Map<String, String> storeIds) {
        return actors.stream().map(actor -> new EventActor(actor.actorKey() == null ? null
                : storeIds.get(actor.actorKey()), actor.entityText(), actor.span())).toList();
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
