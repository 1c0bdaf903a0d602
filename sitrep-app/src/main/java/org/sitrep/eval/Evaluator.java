package org.sitrep.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.sitrep.app.Analyser;
import org.sitrep.app.IngestListener;
import org.sitrep.app.IngestReport;
import org.sitrep.app.Ingester;
import org.sitrep.app.StorePicture;
import org.sitrep.export.ActorExport;
import org.sitrep.export.EventLines;
import org.sitrep.export.Json;
import org.sitrep.ingest.TikaDocumentExtractor;
import org.sitrep.model.SitrepException;
import org.sitrep.model.SourceInfo;
import org.sitrep.store.Store;
import org.sitrep.store.jdbi.SqliteStore;

/**
 * For each {@code NAME.gold.json}, ingests the report {@code NAME.*} alone into a scratch store, writes
 * {@code NAME.events.jsonl} and {@code NAME.actors.jsonl} (the export formats), then runs the scorer over the
 * output folder. One analyser (models loaded once) serves every report.
 */
public final class Evaluator {
    private final java.util.function.Supplier<Analyser> analyser;

    public Evaluator(Analyser analyser) {
        this(() -> analyser);
    }

    /** @param analyser asked for only when there is a report to ingest (the models take seconds to load) */
    public Evaluator(java.util.function.Supplier<Analyser> analyser) {
        this.analyser = analyser;
    }

    /** What was written, and what the scorer printed. */
    public record Result(List<String> reports, List<String> problems, String scorerOutput, int scorerExit) {
    }

    public Result run(Path goldDir, Path reportsDir, Path outDir, Path scorer) throws IOException {
        if (!Files.isDirectory(goldDir)) {
            throw new SitrepException("gold folder " + goldDir + " does not exist or is not a folder");
        }
        if (!Files.isDirectory(reportsDir)) {
            throw new SitrepException("reports folder " + reportsDir + " does not exist or is not a folder");
        }
        Files.createDirectories(outDir);
        Path stores = Files.createTempDirectory("sitrep-eval");
        List<String> reports = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (Stream<Path> golds = Files.list(goldDir)) {
            for (Path gold : golds.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList()) {
                String name = gold.getFileName().toString().replaceFirst("\\.gold\\.json$", "");
                Optional<Path> report = findReport(reportsDir, name);
                if (report.isEmpty()) {
                    problems.add("no report " + name + ".* in " + reportsDir + " for " + gold);
                    continue;
                }
                evaluateOne(name, report.get(), stores.resolve(name + ".db"), outDir, problems);
                reports.add(name);
            }
        } finally {
            deleteRecursively(stores);
        }
        String output;
        int exit;
        if (scorer == null || !Files.isRegularFile(scorer)) {
            output = "scorer not found" + (scorer == null ? "" : " at " + scorer)
                    + "; outputs are in " + outDir + " (pass --scorer PATH to score them)";
            exit = -1;
        } else {
            ProcessBuilder builder = new ProcessBuilder("python3", scorer.toString(), goldDir.toString(),
                    outDir.toString(), "--json", outDir.resolve("score.json").toString()).redirectErrorStream(true);
            try {
                Process process = builder.start();
                output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (process.waitFor(5, TimeUnit.MINUTES)) {
                    exit = process.exitValue();
                } else {
                    process.destroyForcibly();
                    output += "\nthe scorer did not finish within 5 minutes and was stopped";
                    exit = -1;
                }
            } catch (IOException e) {
                output = "cannot run python3 for the scorer (" + e.getMessage() + "); outputs are in " + outDir;
                exit = -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SitrepException("interrupted while scoring", e);
            }
        }
        return new Result(reports, problems, output, exit);
    }

    private void evaluateOne(String name, Path report, Path storeFile, Path outDir, List<String> problems)
            throws IOException {
        Analyser analyser = this.analyser.get();
        try (Store store = SqliteStore.open(storeFile)) {
            Ingester ingester = new Ingester(analyser, store, new TikaDocumentExtractor(
                    analyser.config().maxFileBytes()));
            IngestReport ingest = ingester.ingest(List.of(report), SourceInfo.empty(), IngestListener.NONE);
            ingest.failures().forEach(failure -> problems.add(failure.message()));
            writeJsonl(outDir.resolve(name + ".actors.jsonl"),
                    store.actors(Optional.empty()).stream().map(ActorExport::toMap).toList());
            writeLines(outDir.resolve(name + ".events.jsonl"), EventLines.plover(store,
                    StorePicture.of(store, analyser.dictionary()).mergedEvents()));
        }
    }

    private static void writeLines(Path file, List<String> lines) throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String line : lines) {
                writer.write(line);
                writer.write('\n');
            }
        }
    }

    private static Optional<Path> findReport(Path reportsDir, String name) throws IOException {
        try (Stream<Path> files = Files.list(reportsDir)) {
            // Gold files and this evaluator's own outputs may share the reports' folder; they are not reports.
            return files.filter(p -> {
                String file = p.getFileName().toString();
                return file.startsWith(name + ".") && !file.endsWith(".meta.json") && !file.endsWith(".gold.json")
                        && !file.equals(name + ".actors.jsonl") && !file.equals(name + ".events.jsonl");
            }).sorted().findFirst();
        }
    }

    private static void writeJsonl(Path file, List<Map<String, Object>> rows) throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Map<String, Object> row : rows) {
                writer.write(Json.mapper().writeValueAsString(row));
                writer.write('\n');
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
