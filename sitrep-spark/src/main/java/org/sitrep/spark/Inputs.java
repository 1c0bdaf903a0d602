package org.sitrep.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.sitrep.ingest.IngestCodes;
import org.sitrep.ingest.SourceFiles;
import scala.Tuple2;

/**
 * The job's input: report files (folders, files or a glob; found on the driver exactly as {@code sitrep ingest}
 * finds them, so the order and the problems are the same), or a documents table (Parquet or JSON Lines with
 * {@code id}, {@code text} and optionally {@code published}, {@code title}, {@code publisher}, {@code url}),
 * read by Spark from wherever it lives.
 */
record Inputs(JavaRDD<InputItem> items, List<ErrorRow> problems) {
    static final List<String> TABLE_COLUMNS = List.of("id", "text", "published", "title", "publisher", "url");

    static Inputs of(SparkSession spark, List<String> inputs, int partitions) {
        if (inputs.size() == 1 && tableFormat(inputs.get(0)) != null) {
            return table(spark, inputs.get(0), tableFormat(inputs.get(0)), partitions);
        }
        List<Path> paths = new ArrayList<>();
        List<ErrorRow> problems = new ArrayList<>();
        for (String input : inputs) {
            if (isGlob(input)) {
                List<Path> matched = glob(input);
                if (matched.isEmpty()) {
                    problems.add(new ErrorRow(input, IngestCodes.NO_FILES, "The pattern " + input
                            + " matches no files."));
                }
                paths.addAll(matched);
            } else {
                paths.add(Path.of(input));
            }
        }
        SourceFiles found = SourceFiles.discover(paths);
        found.problems().forEach(p -> problems.add(new ErrorRow(p.path().toString(), p.code(), p.message())));
        List<InputItem> items = new ArrayList<>();
        for (Path file : found.files()) {
            items.add(InputItem.file(items.size(), file.toString()));
        }
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int slices = Math.max(1, Math.min(partitions, items.size()));
        return new Inputs(context.parallelize(items, slices), problems);
    }

    /** "parquet" or "json" for a table input, null for report files. */
    static String tableFormat(String input) {
        String lower = input.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".parquet")) {
            return "parquet";
        }
        return lower.endsWith(".jsonl") || lower.endsWith(".ndjson") ? "json" : null;
    }

    private static Inputs table(SparkSession spark, String input, String format, int partitions) {
        Dataset<Row> table = spark.read().format(format).load(input);
        List<String> columns = List.of(table.columns());
        for (String required : List.of("id", "text")) {
            if (!columns.contains(required)) {
                throw new IllegalArgumentException(input + " has no '" + required + "' column; a documents table "
                        + "needs " + TABLE_COLUMNS + " (only id and text are required).");
            }
        }
        List<org.apache.spark.sql.Column> selected = new ArrayList<>();
        for (String column : TABLE_COLUMNS) {
            selected.add(columns.contains(column) ? functions.col(column).cast("string").as(column)
                    : functions.lit(null).cast("string").as(column));
        }
        JavaRDD<InputItem> items = table.select(selected.toArray(org.apache.spark.sql.Column[]::new))
                .orderBy("id").javaRDD().zipWithIndex()
                .map(Inputs::row);
        return new Inputs(items.repartition(Math.max(1, partitions)), List.of());
    }

    private static InputItem row(Tuple2<Row, Long> indexed) {
        Row row = indexed._1();
        return new InputItem(indexed._2(), row.getString(0), true, row.getString(1), row.getString(3),
                row.getString(4), row.getString(2), row.getString(5));
    }

    private static boolean isGlob(String input) {
        return input.contains("*") || input.contains("?") || input.contains("[") || input.contains("{");
    }

    /** The files a glob matches, walking from the longest folder before its first wildcard. */
    private static List<Path> glob(String pattern) {
        String normalised = pattern.replace('\\', '/');
        int wildcard = firstWildcard(normalised);
        int slash = normalised.lastIndexOf('/', wildcard);
        Path base = Path.of(slash < 0 ? "." : normalised.substring(0, Math.max(1, slash)));
        String relativePattern = slash < 0 ? normalised : normalised.substring(slash + 1);
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + relativePattern);
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(base)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> matcher.matches(base.relativize(file)))
                    .filter(file -> !file.getFileName().toString().endsWith(SourceFiles.SIDECAR_SUFFIX))
                    .map(file -> slash < 0 ? base.relativize(file) : file)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + base + ": " + e.getMessage(), e);
        }
    }

    private static int firstWildcard(String pattern) {
        int first = pattern.length();
        for (char c : new char[] {'*', '?', '[', '{'}) {
            int at = pattern.indexOf(c);
            if (at >= 0) {
                first = Math.min(first, at);
            }
        }
        return first;
    }
}
