package org.sitrep.spark;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.sitrep.export.CsvWriter;
import org.sitrep.export.EventExport;

/** Writes the job's tables (Parquet, each rewritten whole) and exports under the output folder. */
final class Outputs {
    static final List<String> EXPORT_FORMATS = List.of("plover-jsonl", "acled-csv");

    /** The exports' order: {@code EventMerger.DATE_ORDER} (date, first report, its sentence, id). */
    static final Comparator<EventStage.Merged> DATE_ORDER = Comparator
            .comparing(EventStage.Merged::dateStart, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(EventStage.Merged::firstDoc)
            .thenComparingInt(EventStage.Merged::firstSentence)
            .thenComparing(EventStage.Merged::id);

    private final SparkSession spark;
    private final String out;

    Outputs(SparkSession spark, String out) {
        this.spark = spark;
        this.out = out;
    }

    void write(String table, JavaRDD<Row> rows, StructType schema, String partitionColumn) {
        DataFrameWriter<Row> writer = spark.createDataFrame(rows, schema).write().mode(SaveMode.Overwrite);
        if (partitionColumn != null) {
            writer = writer.partitionBy(partitionColumn);
        }
        writer.parquet(out + "/" + table);
    }

    /**
     * The merged events in {@code format}, in date order, as one file written by the driver: the same lines
     * {@code sitrep export --what events} gives. Returns the file's path.
     */
    String export(JavaRDD<EventStage.Merged> merged, String format) {
        boolean plover = format.equals("plover-jsonl");
        String file = out + "/merged_events." + (plover ? "plover.jsonl" : "acled.csv");
        List<EventStage.Merged> sorted = merged.collect().stream().sorted(DATE_ORDER).toList();
        Path path = new Path(file);
        try (Writer writer = new OutputStreamWriter(path.getFileSystem(hadoop()).create(path, true),
                StandardCharsets.UTF_8)) {
            if (!plover) {
                new CsvWriter(writer, EventExport.ACLED_COLUMNS).writeHeader();
            }
            for (EventStage.Merged event : sorted) {
                writer.write(plover ? event.plover() + "\n" : event.acled());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    private org.apache.hadoop.conf.Configuration hadoop() {
        return spark.sparkContext().hadoopConfiguration();
    }

    static boolean exists(SparkSession spark, String path) {
        try {
            Path hadoopPath = new Path(path);
            FileSystem fs = hadoopPath.getFileSystem(spark.sparkContext().hadoopConfiguration());
            return fs.exists(hadoopPath);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check " + path + ": " + e.getMessage(), e);
        }
    }
}
