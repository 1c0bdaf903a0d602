package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.app.SitrepConfig;
import org.sitrep.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep bench}: throughput and memory, against CoreNLP's own pass in the same run. */
@Command(name = "bench", description = {"Measure ingest throughput (tokens/s) against CoreNLP's default "
        + "tokenize,ssplit,pos,lemma,ner pass over the same text in the same run, the speed-up from 1 to 2 "
        + "threads, and peak heap.", "Default corpus: examples/ and ../shared/corpus/ when present."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders to measure on.")
    List<Path> corpus = new ArrayList<>();

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
        if (paths.isEmpty()) {
            spec.commandLine().getErr().println("no corpus: give files or folders to measure on");
            return ExitCodes.INVALID_INPUT;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Measuring on " + paths + " (this takes a few minutes)...");
        out.flush();
        Benchmark.Result result = new Benchmark(SitrepConfig.defaults()).run(paths);
        out.printf("%d files%n%n", result.files().size());
        out.printf("%-40s %9s %9s %11s %9s %10s%n", "phase", "tokens", "seconds", "tokens/s", "load s", "peak heap");
        for (Benchmark.Phase phase : List.of(result.baseline(), result.oneThread(), result.twoThreads())) {
            out.printf("%-40s %9d %9.2f %11.0f %9.1f %8.2f GB%n", phase.name(), phase.tokens(), phase.seconds(),
                    phase.tokensPerSecond(), phase.loadSeconds(), phase.peakHeapBytes() / 1e9);
        }
        out.println();
        out.printf("sitrep 1 thread / CoreNLP default NER pass:   %.2fx  (target >= 1.5)%n",
                result.ratioToBaselineOneThread());
        out.printf("sitrep 2 threads / CoreNLP default NER pass:  %.2fx%n", result.ratioToBaseline());
        out.printf("speed-up from 1 to 2 threads:                 %.2fx  (target >= 1.7)%n", result.speedup());
        long peak = Math.max(result.oneThread().peakHeapBytes(), result.twoThreads().peakHeapBytes());
        out.printf("sitrep peak heap:                             %.2f GB  (target <= 4)%n", peak / 1e9);
        out.printf("gazetteer load (%d places):                  %.2f s, %.0f MB retained  (target <= 2 s, 500 MB)%n",
                result.gazetteer().places(), result.gazetteer().seconds(), result.gazetteer().retainedBytes() / 1e6);
        out.printf("places stage (geocoding) share of ingest:     %.1f%%  (target <= 10%%)%n",
                100 * result.shareOfIngest("places"));
        out.printf("events stage share of ingest:                 %.1f%%  (target <= 15%%)%n",
                100 * result.shareOfIngest("events"));
        out.println("time per stage, 1 thread (ms, summed over threads): " + result.oneThread().stageMillis());
        out.println("time per stage, 2 threads (ms, summed over threads): " + result.twoThreads().stageMillis());
        out.flush();
        return ExitCodes.OK;
    }
}
