package org.sitrep.spark;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.sql.SparkSession;
import org.sitrep.app.Analyser;
import org.sitrep.app.IngestListener;
import org.sitrep.app.IngestReport;
import org.sitrep.app.Ingester;
import org.sitrep.app.SitrepConfig;
import org.sitrep.ingest.TikaDocumentExtractor;
import org.sitrep.model.SourceInfo;
import org.sitrep.store.Store;
import org.sitrep.store.jdbi.SqliteStore;

/**
 * The benchmark's timed passes, each in the JVM that calls it: the CLI's {@link Ingester} on N threads, or the job in
 * local[N]. Models are loaded before the clock starts (their load is shown apart); each pass starts from an empty
 * store or output, so everything is coded.
 */
final class BenchPasses {
    private BenchPasses() {
    }

    /** One timed pass; {@code sites} says where a job's time went (empty for the CLI). */
    record Pass(String name, int cores, long documents, long tokens, double seconds, double loadSeconds,
                long peakHeap, double cpuSeconds, double gcSeconds, List<StageClock.Site> sites) {
        double docsPerSecond() {
            return documents / seconds;
        }

        double tokensPerSecond() {
            return tokens / seconds;
        }

        Pass withSites(List<StageClock.Site> measured) {
            return new Pass(name, cores, documents, tokens, seconds, loadSeconds, peakHeap, cpuSeconds, gcSeconds,
                    measured);
        }
    }

    static Pass cli(Path files, Path work, int threads) {
        SitrepConfig config = SitrepConfig.defaults().withThreads(threads);
        long loadStart = System.nanoTime();
        try (Analyser analyser = new Analyser(config);
             Store store = SqliteStore.open(work.resolve("cli-" + threads + "-" + System.nanoTime() + ".db"))) {
            double load = (System.nanoTime() - loadStart) / 1e9;
            Ingester ingester = new Ingester(analyser, store, new TikaDocumentExtractor(config.maxFileBytes()));
            HeapPeak peak = HeapPeak.start();
            Usage usage = Usage.start();
            long start = System.nanoTime();
            IngestReport report = ingester.ingest(List.of(files), SourceInfo.empty(), IngestListener.NONE);
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Pass("sitrep ingest", threads, report.count(IngestReport.Outcome.NEW), report.tokens(),
                    seconds, load, peak.stop(), usage.cpuSeconds(), usage.gcSeconds(), List.of());
        }
    }

    static Pass spark(Path files, Path work, int cores) {
        SparkSession spark = SparkSession.builder().appName("sitrep bench").master("local[" + cores + "]")
                .config("spark.ui.enabled", "false").config("spark.sql.datetime.java8API.enabled", "true")
                .getOrCreate();
        StageClock clock = new StageClock();
        Pass pass;
        try {
            JobSettings settings = new JobSettings(cores, List.of(), SitrepConfig.DEFAULT_MAX_FILE_BYTES, "bench");
            long loadStart = System.nanoTime();
            // Local mode: the executor is this JVM; its models are loaded here, before the clock starts.
            Workers.analyser(settings);
            double load = (System.nanoTime() - loadStart) / 1e9;
            spark.sparkContext().addSparkListener(clock);
            HeapPeak peak = HeapPeak.start();
            Usage usage = Usage.start();
            long start = System.nanoTime();
            IngestJob.Summary summary = new IngestJob(spark, settings, cores * 4).run(List.of(files.toString()),
                    work.resolve("spark-" + cores + "-" + System.nanoTime()).toString(), List.of());
            double seconds = (System.nanoTime() - start) / 1e9;
            pass = new Pass("spark local[" + cores + "]", cores, summary.coded(), summary.tokens(), seconds, load,
                    peak.stop(), usage.cpuSeconds(), usage.gcSeconds(), List.of());
        } finally {
            // Stopping drains the listener bus, which delivers stage events asynchronously: the clock is read after.
            spark.stop();
        }
        return pass.withSites(clock.sites());
    }

    /** The JVM's CPU time (all its threads) and garbage-collection time over a pass. */
    record Usage(long cpuStart, long gcStart) {
        static Usage start() {
            return new Usage(cpuNanos(), gcMillis());
        }

        double cpuSeconds() {
            return (cpuNanos() - cpuStart) / 1e9;
        }

        double gcSeconds() {
            return (gcMillis() - gcStart) / 1e3;
        }

        private static long cpuNanos() {
            return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                    ? os.getProcessCpuTime() : 0;
        }

        private static long gcMillis() {
            return ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(bean -> Math.max(0, bean.getCollectionTime())).sum();
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
}
