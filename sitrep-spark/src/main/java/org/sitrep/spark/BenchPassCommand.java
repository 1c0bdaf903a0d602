package org.sitrep.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitrep spark bench-pass} (hidden): one pass of {@code spark bench} in a JVM of its own, which the benchmark
 * starts pinned to as many CPUs as the pass has cores. An untimed pass over {@code --warm} first warms this JVM's
 * JIT; the timed pass is written to {@code --result} as JSON.
 */
@Command(name = "bench-pass", hidden = true, description = "One pass of spark bench (started by spark bench).")
final class BenchPassCommand implements Callable<Integer> {
    enum Kind { cli, spark }

    @Option(names = "--kind", required = true)
    Kind kind;

    @Option(names = "--cores", required = true)
    int cores;

    @Option(names = "--warm", required = true)
    Path warm;

    @Option(names = "--files", required = true)
    Path files;

    @Option(names = "--work", required = true)
    Path work;

    @Option(names = "--result", required = true)
    Path result;

    @Override
    public Integer call() throws IOException {
        // CoreNLP runs about half as fast until the JIT has seen thousands of sentences, and Spark's first job
        // pays for class loading and code generation: neither belongs to the timed pass.
        run(warm, work.resolve("warm-up"));
        BenchPasses.Pass pass = run(files, work);
        Files.writeString(result, Codec.write(pass));
        return 0;
    }

    private BenchPasses.Pass run(Path input, Path into) throws IOException {
        Files.createDirectories(into);
        return kind == Kind.cli ? BenchPasses.cli(input, into, cores) : BenchPasses.spark(input, into, cores);
    }
}
