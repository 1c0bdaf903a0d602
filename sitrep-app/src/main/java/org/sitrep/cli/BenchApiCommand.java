package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sitrep.bench.ApiBenchmark;
import org.sitrep.store.Store;
import org.sitrep.store.jdbi.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep bench-api}: latency of {@code /api/events} filters on a large generated store. */
@Command(name = "bench-api", description = {"Measure the API: generate a store of invented events in a temporary "
        + "folder, start the workspace server in this JVM, and time a mix of /api/events filter requests "
        + "(p50, p95, p99 in ms).", "With --store postgresql://..., an empty PostgreSQL database is measured the same "
        + "way, next to SQLite; its invented events are removed afterwards."})
final class BenchApiCommand implements Callable<Integer> {
    @ParentCommand
    SitrepCli root;

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
        Map<String, ApiBenchmark.Result> results = new LinkedHashMap<>();
        Path folder = Files.createTempDirectory("sitrep-bench-api-");
        try {
            out.printf("Generating %,d events in SQLite, in %s...%n", events, folder);
            out.flush();
            results.put("SQLite", new ApiBenchmark().run(folder.resolve("bench.db"), events, warmup, requests,
                    limit, done -> { }));
        } finally {
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        String server = root.storeLocation();
        if (Stores.isServer(server)) {
            out.printf("Generating %,d events in PostgreSQL, in %s (removed afterwards)...%n", events,
                    Stores.describe(server));
            out.flush();
            try {
                results.put("PostgreSQL", new ApiBenchmark().run(() -> Stores.open(server), events, warmup, requests,
                        limit, done -> { }));
            } finally {
                try (Store store = Stores.open(server)) {
                    store.documents().forEach(document -> store.deleteDocument(document.id()));
                }
            }
        }
        print(out, results);
        return ExitCodes.OK;
    }

    private void print(PrintWriter out, Map<String, ApiBenchmark.Result> results) {
        results.forEach((store, result) -> out.printf("%s: generated %,d events in %.1f s.%n", store, result.events(),
                result.generateSeconds()));
        out.printf("%d requests to /api/events (%d warm-up requests first, %s), one client:%n", requests, warmup,
                limit == null ? "the default page of 500 events" : "limit=" + limit);
        results.forEach((store, result) -> out.printf(
                "  %-11s p50 %.1f ms   p95 %.1f ms   p99 %.1f ms   max %.1f ms   (target: p95 < 100 ms)%n", store,
                result.p50(), result.p95(), result.p99(), result.max()));
        out.printf("  p95 by filter:%s%n", String.join("", results.keySet().stream()
                .map(store -> String.format("%12s", store)).toList()));
        results.values().iterator().next().p95ByKind().keySet().forEach(kind -> {
            out.printf("    %-12s", kind);
            results.values().forEach(result -> out.printf("%9.1f ms", result.p95ByKind().getOrDefault(kind, Double.NaN)));
            out.println();
        });
        out.flush();
    }
}
