package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sitrep.bench.ApiBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sitrep bench-api}: latency of {@code /api/events} filters on a large generated store. */
@Command(name = "bench-api", description = {"Measure the API: generate a store of invented events in a temporary "
        + "folder, start the workspace server in this JVM, and time a mix of /api/events filter requests "
        + "(p50, p95, p99 in ms)."})
final class BenchApiCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--events", description = "Events to generate (default: ${DEFAULT-VALUE}).")
    int events = 100_000;

    @Option(names = "--requests", description = "Timed requests (default: ${DEFAULT-VALUE}).")
    int requests = 1000;

    @Option(names = "--warmup", description = "Untimed requests first, for the JIT (default: ${DEFAULT-VALUE}).")
    int warmup = 200;

    @Option(names = "--limit", description = "Events per response (default: the API's default page, 500; the "
            + "timeline asks for 2000).")
    Integer limit;

    @Override
    public Integer call() throws IOException {
        if (events < 1 || requests < 1 || warmup < 0) {
            throw new ParameterException(spec.commandLine(), "--events and --requests must be at least 1, "
                    + "--warmup at least 0");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path folder = Files.createTempDirectory("sitrep-bench-api-");
        try {
            out.printf("Generating %,d events in %s...%n", events, folder);
            out.flush();
            ApiBenchmark.Result result = new ApiBenchmark().run(folder.resolve("bench.db"), events, warmup, requests,
                    limit, done -> { });
            out.printf("Generated %,d events in %.1f s.%n", result.events(), result.generateSeconds());
            out.printf("%d requests to /api/events (%d warm-up requests first, %s), one client:%n", result.requests(),
                    warmup, limit == null ? "the default page of 500 events" : "limit=" + limit);
            out.printf("  p50 %.1f ms   p95 %.1f ms   p99 %.1f ms   max %.1f ms   (target: p95 < 100 ms)%n",
                    result.p50(), result.p95(), result.p99(), result.max());
            out.println("  p95 by filter:");
            result.p95ByKind().forEach((kind, p95) -> out.printf("    %-12s %7.1f ms%n", kind, p95));
            out.flush();
        } finally {
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        return ExitCodes.OK;
    }
}
