package org.sitrep.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.sitrep.app.Analyser;
import org.sitrep.app.IngestListener;
import org.sitrep.app.IngestReport;
import org.sitrep.app.Ingester;
import org.sitrep.app.SitrepConfig;
import org.sitrep.ingest.SourceFiles;
import org.sitrep.ingest.TikaDocumentExtractor;
import org.sitrep.model.Document;
import org.sitrep.model.SourceInfo;
import org.sitrep.nlp.CoreNlpBaseline;
import org.sitrep.places.GeoNamesGazetteer;
import org.sitrep.store.Store;
import org.sitrep.store.jdbi.SqliteStore;

/**
 * Measures, in one JVM and one run: CoreNLP's default {@code tokenize,ssplit,pos,lemma,ner} pass over the
 * corpus (the baseline), then sitrep's full ingest (extraction, NLP with dependency parses, actors, figures,
 * store) over the same files on one thread and on two. The JIT needs thousands of sentences before CoreNLP
 * runs at full speed (a first pass is about half as fast as a second), so each phase first runs once over
 * the whole corpus untimed, then is timed on a second pass: the figures are steady-state throughput. Heap
 * peaks are reset between phases. Model loading is reported apart from throughput.
 */
public final class Benchmark {
    /** One measured phase. */
    public record Phase(String name, int tokens, double seconds, double loadSeconds, long peakHeapBytes,
                        Map<String, Long> stageMillis) {
        public double tokensPerSecond() {
            return tokens / seconds;
        }
    }

    /** Loading the bundled gazetteer on its own: wall time and the heap it keeps. */
    public record GazetteerLoad(int places, double seconds, long retainedBytes) {
    }

    public record Result(List<Path> files, GazetteerLoad gazetteer, Phase baseline, Phase oneThread,
                         Phase twoThreads) {
        /** The share of the one-thread ingest time that {@code stage} took, in [0, 1]. */
        public double shareOfIngest(String stage) {
            return oneThread.stageMillis().getOrDefault(stage, 0L) / (oneThread.seconds() * 1000);
        }

        public double ratioToBaseline() {
            return twoThreads.tokensPerSecond() / baseline.tokensPerSecond();
        }

        public double ratioToBaselineOneThread() {
            return oneThread.tokensPerSecond() / baseline.tokensPerSecond();
        }

        public double speedup() {
            return oneThread.seconds() / twoThreads.seconds();
        }
    }

    private final SitrepConfig config;

    public Benchmark(SitrepConfig config) {
        this.config = config;
    }

    public Result run(List<Path> corpus) throws IOException {
        SourceFiles discovery = SourceFiles.discover(corpus);
        TikaDocumentExtractor extractor = new TikaDocumentExtractor(config.maxFileBytes());
        List<Document> documents = new ArrayList<>();
        for (Path file : discovery.files()) {
            try {
                documents.add(extractor.extract(file, SourceInfo.empty()).document());
            } catch (RuntimeException e) {
                // Unreadable files are left out of every phase alike.
            }
        }
        List<Path> files = discovery.files();
        GazetteerLoad gazetteer = gazetteerLoad();
        Phase baseline = baseline(documents);
        CoreNlpBaseline.releaseCachedModels();
        Phase one = sitrep(files, 1);
        CoreNlpBaseline.releaseCachedModels();
        Phase two = sitrep(files, 2);
        return new Result(files, gazetteer, baseline, one, two);
    }

    /** A fresh load of the bundled gazetteer, before any model takes the heap, so the difference is its own. */
    private static GazetteerLoad gazetteerLoad() {
        gc();
        long before = usedHeap();
        long start = System.nanoTime();
        GeoNamesGazetteer gazetteer = GeoNamesGazetteer.loadBundled();
        double seconds = seconds(start);
        gc();
        long retained = usedHeap() - before;
        return new GazetteerLoad(gazetteer.size(), seconds, Math.max(0, retained));
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private Phase baseline(List<Document> documents) {
        gc();
        resetPeaks();
        long loadStart = System.nanoTime();
        CoreNlpBaseline coreNlp = CoreNlpBaseline.defaultNerPass();
        double load = seconds(loadStart);
        for (Document document : documents) {
            coreNlp.annotate(document.text(), date(document));
        }
        long start = System.nanoTime();
        int tokens = 0;
        for (Document document : documents) {
            tokens += coreNlp.annotate(document.text(), date(document));
        }
        double elapsed = seconds(start);
        CoreNlpBaseline.releaseCachedModels();
        return new Phase("CoreNLP default NER pass (1 thread)", tokens, elapsed, load, peakHeap(), Map.of());
    }

    private Phase sitrep(List<Path> files, int threads) throws IOException {
        gc();
        resetPeaks();
        Path dir = Files.createTempDirectory("sitrep-bench");
        try {
            long loadStart = System.nanoTime();
            try (Analyser analyser = new Analyser(config.withThreads(threads))) {
                double load = seconds(loadStart);
                try (Store warm = SqliteStore.open(dir.resolve("warm.db"))) {
                    new Ingester(analyser, warm, new TikaDocumentExtractor(config.maxFileBytes()))
                            .ingest(files, SourceInfo.empty(), IngestListener.NONE);
                }
                Map<String, Long> before = analyser.pipeline().millisByStage();
                try (Store store = SqliteStore.open(dir.resolve("bench.db"))) {
                    long start = System.nanoTime();
                    IngestReport report = new Ingester(analyser, store,
                            new TikaDocumentExtractor(config.maxFileBytes()))
                            .ingest(files, SourceInfo.empty(), IngestListener.NONE);
                    double elapsed = seconds(start);
                    Map<String, Long> stages = new LinkedHashMap<>();
                    analyser.pipeline().millisByStage().forEach((stage, ms) ->
                            stages.put(stage, ms - before.getOrDefault(stage, 0L)));
                    return new Phase("sitrep ingest (" + threads + " thread" + (threads > 1 ? "s" : "") + ")",
                            report.tokens(), elapsed, load, peakHeap(), stages);
                }
            }
        } finally {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    private static String date(Document document) {
        return document.source().publishedDate().map(Object::toString).orElse(null);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void gc() {
        System.gc();
        System.gc();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                total += pool.getPeakUsage().getUsed();
            }
        }
        return total;
    }
}
