package org.sitrep.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.sitrep.app.SitrepConfig;
import org.sitrep.store.StoreException;
import org.sitrep.store.jdbi.Stores;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep spark ingest INPUT... --out DIR}: the ingest as a Spark job. Also the main class for
 * {@code spark-submit} (which gives the master; without one, local mode on every core).
 */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = {
        "Code reports with Apache Spark into Parquet tables under --out.",
        "INPUT: report files, folders or a glob (as for 'sitrep ingest'), or one documents table: a .parquet or "
                + ".jsonl with id, text and optionally published, title, publisher, url.",
        "Re-running codes only documents whose bytes or metadata are new; every table is rewritten whole."})
public final class SparkIngest implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders, a glob, or a table.")
    List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (any Hadoop path).")
    String out;

    @Option(names = "--master", description = "Spark master, e.g. local[2] (default: spark-submit's, else "
            + "local[*]).")
    String master;

    @Option(names = "--export", paramLabel = "FORMAT", description = "Also write the merged events as "
            + "plover-jsonl or acled-csv (DIR/merged_events.plover.jsonl or .acled.csv).")
    List<String> exports = new ArrayList<>();

    @Option(names = "--store", paramLabel = "STORE", description = "Also load the documents into a sitrep store "
            + "(postgresql://... for a team's, or a SQLite file), linked and merged as `sitrep ingest` would.")
    String store;

    @Option(names = "--actors", paramLabel = "FILE", description = "An extra actor dictionary (YAML), repeatable; "
            + "at the same path on every executor.")
    List<Path> actorDictionaries = new ArrayList<>();

    @Option(names = "--partitions", description = "Partitions of the document stage (default: 4 per core).")
    Integer partitions;

    @Option(names = "--max-file-mb", description = "Refuse files larger than this (default: ${DEFAULT-VALUE}).")
    long maxFileMb = SitrepConfig.DEFAULT_MAX_FILE_BYTES / (1024 * 1024);

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new SparkIngest());
    }

    @Override
    public Integer call() {
        for (String format : exports) {
            if (!Outputs.EXPORT_FORMATS.contains(format)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--export " + format
                        + " is not available; choose " + String.join(" or ", Outputs.EXPORT_FORMATS));
            }
        }
        if (store != null) {
            // Before the job, not after hours of it: an unreachable server or a wrong password stops here.
            try {
                Stores.open(store).close();
            } catch (StoreException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--store " + e.getMessage());
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        SparkSession spark = session(master, "sitrep ingest");
        try {
            int cores = executorCores(spark);
            int slices = partitions != null ? partitions : Math.max(1, spark.sparkContext().defaultParallelism() * 4);
            JobSettings settings = new JobSettings(cores, actorDictionaries.stream().map(Path::toString).toList(),
                    maxFileMb * 1024 * 1024, fingerprint(actorDictionaries));
            IngestJob job = new IngestJob(spark, settings, slices);
            long start = System.nanoTime();
            IngestJob.Summary summary = job.run(inputs, out, exports, store);
            double seconds = (System.nanoTime() - start) / 1e9;
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.printf("Coded %d document(s) in %.1f s: %d new, %d from earlier runs, %d failed (see %s/errors).%n",
                    summary.documents(), seconds, summary.coded(), summary.cached(), summary.errors(), out);
            stdout.printf("%d tokens, %d actors, %d events merged into %d. Tables in %s.%n", summary.tokens(),
                    summary.actors(), summary.events(), summary.mergedEvents(), out);
            summary.exports().forEach(file -> stdout.println("wrote " + file));
            if (summary.loaded() != null) {
                stdout.printf("Loaded into %s: %d new, %d replaced, %d already there.%n", Stores.describe(store),
                        summary.loaded().added(), summary.loaded().replaced(), summary.loaded().unchanged());
            }
            stdout.flush();
            err.flush();
            return summary.errors() > 0 ? 3 : 0;
        } finally {
            spark.stop();
        }
    }

    /** The session: spark-submit's master if it gave one, else {@code master}, else every local core. */
    static SparkSession session(String master, String name) {
        SparkSession.Builder builder = SparkSession.builder().appName(name)
                .config("spark.sql.datetime.java8API.enabled", "true");
        if (master != null) {
            builder.master(master);
        } else if (System.getProperty("spark.master") == null) {
            builder.master("local[*]");
        }
        return builder.getOrCreate();
    }

    /** Task slots per executor JVM: CoreNLP gets as many threads. */
    static int executorCores(SparkSession spark) {
        String master = spark.sparkContext().master();
        if (master.startsWith("local")) {
            java.util.regex.Matcher n = java.util.regex.Pattern.compile("local\\[(\\d+)").matcher(master);
            return n.find() ? Integer.parseInt(n.group(1))
                    : master.equals("local") ? 1 : Runtime.getRuntime().availableProcessors();
        }
        return spark.sparkContext().getConf().getInt("spark.executor.cores", 1);
    }

    /** The extra dictionaries' bytes: a changed dictionary codes every document again. */
    static String fingerprint(List<Path> dictionaries) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(String.valueOf(SparkIngest.class.getPackage().getImplementationVersion()).getBytes(
                    java.nio.charset.StandardCharsets.UTF_8));
            for (Path file : dictionaries) {
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the actor dictionary " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
