package org.sitrep.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.sql.SparkSession;
import org.sitrep.app.Analyser;
import org.sitrep.app.IngestListener;
import org.sitrep.app.IngestReport;
import org.sitrep.app.Ingester;
import org.sitrep.app.SitrepConfig;
import org.sitrep.ingest.SourceFiles;
import org.sitrep.ingest.TikaDocumentExtractor;
import org.sitrep.model.SourceInfo;
import org.sitrep.store.Store;
import org.sitrep.store.jdbi.SqliteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sitrep spark bench}: documents and tokens per second of the job in local[1] and local[2], beside
 * {@code sitrep ingest} (the CLI's {@link Ingester}) on the same files in the same JVM. Models are loaded before
 * each timed pass (their load is shown apart); each pass starts from an empty output, so everything is coded.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = {"Measure the Spark job (local[1], "
        + "local[2]) beside the CLI's ingest on the same corpus, repeated to at least --docs documents.",
        "Default corpus: examples/ and ../shared/corpus/ when present."})
final class SparkBench implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders to measure on.")
    List<Path> corpus = new ArrayList<>();

    @Option(names = "--docs", description = "Repeat the corpus to at least this many documents (default: "
            + "${DEFAULT-VALUE}).")
    int minDocuments = 200;

    /** One timed pass. */
    record Pass(String name, int cores, long documents, long tokens, double seconds, double loadSeconds,
                long peakHeap) {
        double docsPerSecond() {
            return documents / seconds;
        }

        double tokensPerSecond() {
            return tokens / seconds;
        }
    }

    @Override
    public Integer call() throws IOException {
        List<Path> paths = new ArrayList<>(corpus);
        if (paths.isEmpty()) {
            for (Path candidate : List.of(Path.of("examples"), Path.of("..", "shared", "corpus"))) {
                if (Files.isDirectory(candidate)) {
                    paths.add(candidate);
                }
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (paths.isEmpty()) {
            spec.commandLine().getErr().println("no corpus: give files or folders to measure on");
            return 2;
        }
        Path work = Files.createTempDirectory("sitrep-spark-bench");
        Path files = BenchCorpus.repeat(SourceFiles.discover(paths).files(), work.resolve("corpus"), minDocuments);
        out.printf("Measuring on %s repeated to %d files (a few minutes)...%n", paths,
                SourceFiles.discover(List.of(files)).files().size());
        out.flush();
        // CoreNLP runs about half as fast until the JIT has seen thousands of sentences: one untimed pass first, and
        // one of the job, so that Spark's own first-job costs (class loading, code generation) are not charged to
        // the first timed job only.
        cli(work.resolve("corpus").resolve("copy-000"), work, 1);
        spark(work.resolve("corpus").resolve("copy-000"), work.resolve("warm-up"), 1);
        List<Pass> passes = new ArrayList<>();
        passes.add(cli(files, work, 1));
        passes.add(spark(files, work, 1));
        passes.add(spark(files, work, 2));
        passes.add(cli(files, work, 2));
        out.printf("%n%-22s %5s %6s %9s %8s %7s %10s %7s %10s%n", "pass", "cores", "docs", "tokens", "seconds",
                "docs/s", "tokens/s", "load s", "peak heap");
        for (Pass pass : passes) {
            out.printf("%-22s %5d %6d %9d %8.1f %7.2f %10.0f %7.1f %7.2f GB%n", pass.name(), pass.cores(),
                    pass.documents(), pass.tokens(), pass.seconds(), pass.docsPerSecond(), pass.tokensPerSecond(),
                    pass.loadSeconds(), pass.peakHeap() / 1e9);
        }
        Pass cli1 = passes.get(0);
        Pass spark1 = passes.get(1);
        Pass spark2 = passes.get(2);
        Pass cli2 = passes.get(3);
        out.println();
        out.printf("speed-up local[1] -> local[2]:               %.2fx  (target >= 1.7)%n",
                spark2.tokensPerSecond() / spark1.tokensPerSecond());
        out.printf("per-core throughput, local[1] / CLI 1 thread: %.2f   (target >= 0.85)%n",
                spark1.tokensPerSecond() / cli1.tokensPerSecond());
        out.printf("per-core throughput, local[2] / CLI 2 threads: %.2f%n",
                spark2.tokensPerSecond() / cli2.tokensPerSecond());
        out.printf("peak heap of the executor (local mode: the driver's JVM): %.2f GB%n",
                Math.max(spark1.peakHeap(), spark2.peakHeap()) / 1e9);
        out.println("(" + Runtime.getRuntime().availableProcessors() + " cores on this machine; work files in "
                + work + ")");
        out.flush();
        return 0;
    }

    private Pass cli(Path files, Path work, int threads) {
        SitrepConfig config = SitrepConfig.defaults().withThreads(threads);
        long loadStart = System.nanoTime();
        try (Analyser analyser = new Analyser(config);
             Store store = SqliteStore.open(work.resolve("cli-" + threads + "-" + System.nanoTime() + ".db"))) {
            double load = (System.nanoTime() - loadStart) / 1e9;
            Ingester ingester = new Ingester(analyser, store, new TikaDocumentExtractor(config.maxFileBytes()));
            HeapPeak peak = HeapPeak.start();
            long start = System.nanoTime();
            IngestReport report = ingester.ingest(List.of(files), SourceInfo.empty(), IngestListener.NONE);
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Pass("sitrep ingest", threads, report.count(IngestReport.Outcome.NEW), report.tokens(),
                    seconds, load, peak.stop());
        }
    }

    private Pass spark(Path files, Path work, int cores) {
        SparkSession spark = SparkSession.builder().appName("sitrep bench").master("local[" + cores + "]")
                .config("spark.ui.enabled", "false").config("spark.sql.datetime.java8API.enabled", "true")
                .getOrCreate();
        try {
            JobSettings settings = new JobSettings(cores, List.of(), SitrepConfig.DEFAULT_MAX_FILE_BYTES, "bench");
            long loadStart = System.nanoTime();
            // Local mode: the executor is this JVM; its models are loaded here, before the clock starts.
            Workers.analyser(settings);
            double load = (System.nanoTime() - loadStart) / 1e9;
            HeapPeak peak = HeapPeak.start();
            long start = System.nanoTime();
            IngestJob.Summary summary = new IngestJob(spark, settings, cores * 4).run(List.of(files.toString()),
                    work.resolve("spark-" + cores).toString(), List.of());
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Pass("spark local[" + cores + "]", cores, summary.coded(), summary.tokens(), seconds, load,
                    peak.stop());
        } finally {
            spark.stop();
        }
    }

    /** The highest heap in use while a pass runs, sampled every 50 ms after a collection. */
    static final class HeapPeak {
        private final AtomicLong peak = new AtomicLong();
        private final Thread sampler;
        private volatile boolean running = true;

        private HeapPeak() {
            sampler = new Thread(() -> {
                while (running) {
                    peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                            Math::max);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-peak");
            sampler.setDaemon(true);
        }

        static HeapPeak start() {
            System.gc();
            HeapPeak heap = new HeapPeak();
            heap.sampler.start();
            return heap;
        }

        long stop() {
            running = false;
            sampler.interrupt();
            return peak.get();
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
