package org.sitrep.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.sitrep.app.IngestReport;
import org.sitrep.app.LazyIngester;
import org.sitrep.model.SitrepException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uploaded reports ingested one job at a time on a background thread, so the server keeps answering while
 * CoreNLP works. Each job's files are written to a folder this class creates under its own temporary folder,
 * under names it makes safe; nothing from the request chooses a path. The folder is deleted when the job ends.
 * Thread-safe.
 */
final class IngestJobs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IngestJobs.class);
    /** Finished jobs kept for polling; older ones are forgotten. */
    private static final int KEPT = 100;

    /** A file of an upload: the name the client gave and its bytes. */
    record Upload(String clientName, InputStream content) {
    }

    private final LazyIngester ingester;
    private final Runnable afterIngest;
    private final Path root;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sitrep-web-ingest");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    IngestJobs(LazyIngester ingester, Runnable afterIngest) {
        this.ingester = ingester;
        this.afterIngest = afterIngest;
        try {
            this.root = Files.createTempDirectory("sitrep-uploads-");
        } catch (IOException e) {
            throw new SitrepException("cannot create a temporary folder for uploads: " + e.getMessage(), e);
        }
    }

    /** Writes the uploads to a new job folder and queues the job. */
    Job submit(List<Upload> uploads) {
        String id = "job-" + sequence.incrementAndGet();
        Path folder;
        List<String> names = new ArrayList<>();
        try {
            folder = Files.createDirectory(root.resolve(id));
            for (Upload upload : uploads) {
                String name = uniqueName(folder, safeName(upload.clientName()));
                try (InputStream in = upload.content()) {
                    Files.copy(in, folder.resolve(name));
                }
                names.add(name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the upload: " + e.getMessage(), e);
        }
        Job job = new Job(id, folder, names);
        jobs.put(id, job);
        forgetOldJobs();
        worker.submit(() -> run(job));
        return job;
    }

    Optional<Job> job(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    private void run(Job job) {
        try {
            IngestReport report = ingester.ingest(job.folder, job);
            job.finish(report);
        } catch (RuntimeException | Error e) {
            LOG.error("upload {} failed", job.id, e);
            job.fail(e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            afterIngest.run();
            deleteTree(job.folder);
        }
    }

    /**
     * The last segment of the client's name, with anything but letters, digits, dot, dash and underscore
     * replaced, no leading dot, at most 100 characters: "../../etc/passwd" becomes "passwd".
     */
    static String safeName(String clientName) {
        String name = clientName == null ? "" : clientName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[^\\p{L}\\p{N}._-]", "_").replaceAll("^[.]+", "");
        if (name.length() > 100) {
            name = name.substring(name.length() - 100);
        }
        return name.isBlank() ? "upload" : name;
    }

    private static String uniqueName(Path folder, String name) {
        String candidate = name;
        for (int i = 2; Files.exists(folder.resolve(candidate)); i++) {
            candidate = i + "-" + name;
        }
        return candidate;
    }

    private void forgetOldJobs() {
        if (jobs.size() > KEPT) {
            jobs.values().stream().filter(Job::finished).sorted(Comparator.comparing(job -> job.created))
                    .limit(jobs.size() - KEPT).toList().forEach(job -> jobs.remove(job.id));
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.warn("cannot delete the upload folder {}: {}", folder, e.getMessage());
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
        deleteTree(root);
    }

    /** One upload's progress. Its state is read by request threads while the worker writes it. */
    static final class Job implements LazyIngester.Listener {
        private final String id;
        private final Path folder;
        private final List<String> names;
        private final Instant created = Instant.now();
        private String state = "queued";
        private int filesTotal;
        private int filesDone;
        private String error;
        private List<Map<String, Object>> results = List.of();

        Job(String id, Path folder, List<String> names) {
            this.id = id;
            this.folder = folder;
            this.names = List.copyOf(names);
            this.filesTotal = names.size();
        }

        String id() {
            return id;
        }

        synchronized boolean finished() {
            return state.equals("done") || state.equals("failed");
        }

        @Override
        public synchronized void phase(LazyIngester.Phase phase) {
            state = phase.name().toLowerCase(java.util.Locale.ROOT);
        }

        @Override
        public synchronized void started(int files) {
            filesTotal = files;
            filesDone = 0;
        }

        @Override
        public synchronized void finished(Path file, IngestReport.Outcome outcome) {
            filesDone++;
        }

        synchronized void finish(IngestReport report) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (IngestReport.FileResult file : report.files()) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("file", shortName(file.path()));
                item.put("outcome", file.outcome().name().toLowerCase(java.util.Locale.ROOT));
                item.put("doc_id", file.docId());
                item.put("code", file.code());
                item.put("message", file.message() == null ? null : withoutFolder(file.message()));
                item.put("warnings", file.warnings().stream().map(this::withoutFolder).toList());
                out.add(item);
            }
            results = out;
            filesTotal = names.size();
            filesDone = names.size();
            state = "done";
        }

        synchronized void fail(String message) {
            error = withoutFolder(message);
            state = "failed";
        }

        synchronized Map<String, Object> toMap() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", id);
            out.put("state", state);
            out.put("files", names);
            out.put("files_total", filesTotal);
            out.put("files_done", filesDone);
            out.put("error", error);
            out.put("results", results);
            return out;
        }

        private String shortName(String path) {
            return path == null ? null : Path.of(path).getFileName().toString();
        }

        /** Messages name the file by its place on the server; the user knows it by its own name. */
        private String withoutFolder(String message) {
            return message.replace(folder.toAbsolutePath() + java.io.File.separator, "")
                    .replace(folder + java.io.File.separator, "");
        }
    }
}
