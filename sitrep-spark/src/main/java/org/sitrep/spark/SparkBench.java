package org.sitrep.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.ingest.SourceFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sitrep spark bench}: documents and tokens per second of the job in local[1] and local[2], beside
 * {@code sitrep ingest} (the CLI's {@code Ingester}) on the same files in the same run. Each pass runs in a JVM of
 * its own pinned ({@code taskset}) to as many CPUs as it has cores, so "one core" is one CPU for every thread of
 * the pass (the CLI's writer and the collector included), not one worker thread; {@code --in-one-jvm} runs them
 * all in this JVM, unpinned, as before.
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

    @Option(names = "--in-one-jvm", description = "Run every pass in this JVM, unpinned (other threads of a pass "
            + "may then use other CPUs).")
    boolean inOneJvm;

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
        Path warm = work.resolve("corpus").resolve("copy-000");
        boolean pinned = !inOneJvm && Pinning.available();
        out.println(pinned ? "Each pass in its own JVM, pinned with taskset to as many CPUs as it has cores."
                : "Every pass in this JVM, unpinned" + (inOneJvm ? "." : " (taskset not found)."));
        out.flush();
        List<BenchPasses.Pass> passes = new ArrayList<>();
        if (pinned) {
            Pinning pinning = new Pinning(work);
            passes.add(pinning.run(BenchPassCommand.Kind.cli, 1, warm, files));
            passes.add(pinning.run(BenchPassCommand.Kind.spark, 1, warm, files));
            passes.add(pinning.run(BenchPassCommand.Kind.spark, 2, warm, files));
            passes.add(pinning.run(BenchPassCommand.Kind.cli, 2, warm, files));
        } else {
            // CoreNLP runs about half as fast until the JIT has seen thousands of sentences: one untimed pass first,
            // and one of the job, so that Spark's first-job costs (class loading, code generation) are not charged
            // to the first timed job only.
            BenchPasses.cli(warm, work, 1);
            BenchPasses.spark(warm, work.resolve("warm-up"), 1);
            passes.add(BenchPasses.cli(files, work, 1));
            passes.add(BenchPasses.spark(files, work, 1));
            passes.add(BenchPasses.spark(files, work, 2));
            passes.add(BenchPasses.cli(files, work, 2));
        }
        out.printf("%n%-22s %5s %6s %9s %8s %7s %10s %7s %10s %7s %6s %5s%n", "pass", "cores", "docs", "tokens",
                "seconds", "docs/s", "tokens/s", "load s", "peak heap", "CPU s", "busy", "GC s");
        for (BenchPasses.Pass pass : passes) {
            out.printf("%-22s %5d %6d %9d %8.1f %7.2f %10.0f %7.1f %7.2f GB %7.1f %6.2f %5.1f%n", pass.name(),
                    pass.cores(), pass.documents(), pass.tokens(), pass.seconds(), pass.docsPerSecond(),
                    pass.tokensPerSecond(), pass.loadSeconds(), pass.peakHeap() / 1e9, pass.cpuSeconds(),
                    pass.cpuSeconds() / pass.seconds(), pass.gcSeconds());
        }
        out.println("(CPU s: the JVM's CPU time in the pass, all its threads; busy: CPU s per second, i.e. cores in use)");
        BenchPasses.Pass cli1 = passes.get(0);
        BenchPasses.Pass spark1 = passes.get(1);
        BenchPasses.Pass spark2 = passes.get(2);
        BenchPasses.Pass cli2 = passes.get(3);
        out.println();
        out.printf("speed-up local[1] -> local[2]:               %.2fx  (target >= 1.7)%n",
                spark2.tokensPerSecond() / spark1.tokensPerSecond());
        out.printf("per-core throughput, local[1] / CLI 1 thread: %.2f   (target >= 0.85)%n",
                spark1.tokensPerSecond() / cli1.tokensPerSecond());
        out.printf("per-core throughput, local[2] / CLI 2 threads: %.2f%n",
                spark2.tokensPerSecond() / cli2.tokensPerSecond());
        out.printf("peak heap of the executor (local mode: the driver's JVM): %.2f GB%n",
                Math.max(spark1.peakHeap(), spark2.peakHeap()) / 1e9);
        for (BenchPasses.Pass pass : List.of(spark1, spark2)) {
            printSites(out, pass);
        }
        out.println("(" + Runtime.getRuntime().availableProcessors() + " cores on this machine; work files in "
                + work + ")");
        out.flush();
        return 0;
    }

    /** Where a Spark pass's time went, by the job's call sites; the rest is the driver's own work between jobs. */
    private static void printSites(PrintWriter out, BenchPasses.Pass pass) {
        out.printf("%nwhere the time of %s went (stage wall s, task s):%n", pass.name());
        double staged = 0;
        for (StageClock.Site site : pass.sites()) {
            staged += site.wallSeconds();
            if (site.wallSeconds() >= pass.seconds() / 100) {
                out.printf("  %-48s %3d stages %8.1f %8.1f%n", site.name(), site.stages(), site.wallSeconds(),
                        site.taskSeconds());
            }
        }
        out.printf("  %-48s            %8.1f%n", "outside stages (driver, between jobs)",
                Math.max(0, pass.seconds() - staged));
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
