package org.sitrep.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.IngestListener;
import org.sitrep.app.IngestReport;
import org.sitrep.app.Ingester;
import org.sitrep.app.SitrepConfig;
import org.sitrep.app.StorePicture;
import org.sitrep.export.EventLines;
import org.sitrep.ingest.TikaDocumentExtractor;
import org.sitrep.model.SourceInfo;
import org.sitrep.model.actor.ActorMention;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.store.DocumentSummary;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Store;
import org.sitrep.store.jdbi.SqliteStore;

/**
 * The job in local mode against {@code sitrep ingest} (the CLI's {@link Ingester}) on the same files: the same
 * documents, sentences, actors, actor mentions and events per document, the same merged events (the PLOVER
 * export, line for line), the same error codes; a re-run changes nothing and codes nothing; an added file is
 * the only one coded.
 */
class SparkIngestIT {
    @TempDir
    static Path dir;

    static SparkSession spark;
    static JobSettings settings = new JobSettings(2, List.of(), SitrepConfig.DEFAULT_MAX_FILE_BYTES, "test");
    static Path reports;
    static Path out;
    static Path store;
    static Path jobStore;
    static IngestJob.Summary first;
    static IngestReport cli;

    @BeforeAll
    static void runBoth() throws IOException {
        reports = dir.resolve("reports");
        Fixtures.reports(reports);
        Fixtures.bad(reports);
        // The same bytes at a second path: the CLI stores the first copy only, and so must the job.
        Files.copy(reports.resolve("c-north.txt"), reports.resolve("g-copy.txt"));
        spark = SparkSession.builder().master("local[2]").appName("sitrep test")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1").config("spark.sql.shuffle.partitions", "4")
                .config("spark.sql.datetime.java8API.enabled", "true").getOrCreate();
        out = dir.resolve("out");
        jobStore = dir.resolve("job.db");
        first = new IngestJob(spark, settings, 4).run(List.of(reports.toString()), out.toString(),
                List.of("plover-jsonl"), jobStore.toString());
        store = dir.resolve("cli.db");
        try (Store s = SqliteStore.open(store)) {
            // Local mode: the job's executor is this JVM, so the CLI's ingest shares its analyser.
            cli = new Ingester(Workers.analyser(settings), s, new TikaDocumentExtractor())
                    .ingest(List.of(reports), SourceInfo.empty(), IngestListener.NONE);
        }
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void documentsSentencesActorsAndEventsEqualTheCli() {
        try (Store s = SqliteStore.open(store)) {
            assertThat(ids(table("documents"), "doc_id"))
                    .isEqualTo(s.documents().stream().map(DocumentSummary::id).sorted().toList());
            List<String> sentences = new ArrayList<>();
            List<String> mentions = new ArrayList<>();
            List<String> events = new ArrayList<>();
            for (DocumentSummary doc : s.documents()) {
                s.sentences(doc.id()).forEach(x -> sentences.add(doc.id() + "|" + x.index() + "|" + x.span().start()
                        + "|" + x.span().end() + "|" + x.text()));
                for (ActorMention m : s.actorMentions(doc.id())) {
                    mentions.add(doc.id() + "|" + m.sentence() + "|" + m.span().start() + "|" + m.span().end() + "|"
                            + m.text() + "|" + m.actorKey() + "|" + m.method());
                }
            }
            for (Event e : s.events(EventQuery.all())) {
                events.add(eventLine(e.id(), e.mentions().get(0).docId(), e.crisisClass().name(), e.status().label(),
                        e.date() == null ? null : e.date().start() + "/" + e.date().end(),
                        ids(e.sources()), ids(e.targets()), e.place() == null ? null : e.place().name()));
            }
            assertThat(rows("sentences", r -> r.getAs("doc_id") + "|" + r.getAs("sentence") + "|" + r.getAs("start")
                    + "|" + r.getAs("end") + "|" + r.getAs("text"))).isEqualTo(sorted(sentences));
            assertThat(rows("actor_mentions", r -> r.getAs("doc_id") + "|" + r.getAs("sentence") + "|"
                    + r.getAs("start") + "|" + r.getAs("end") + "|" + r.getAs("text") + "|" + r.getAs("actor_id") + "|"
                    + r.getAs("method"))).isEqualTo(sorted(mentions));
            assertThat(rows("events", r -> eventLine(r.getAs("event_id"), r.getAs("doc_id"), r.getAs("crisis_class"),
                    r.getAs("status"), r.getAs("date_start") == null ? null : r.getAs("date_start") + "/"
                            + r.getAs("date_end"), actorIds(r.getList(r.fieldIndex("sources"))),
                    actorIds(r.getList(r.fieldIndex("targets"))), r.getAs("place_name")))).isEqualTo(sorted(events));
            assertThat(events).isNotEmpty();
            assertThat(rows("actors", r -> r.getAs("actor_id") + "|" + r.getAs("name") + "|" + r.getAs("kind")))
                    .isEqualTo(sorted(s.allActors().stream().map(a -> a.id() + "|" + a.name() + "|" + a.kind())
                            .toList()));
        }
    }

    @Test
    void mergedEventsEqualTheSingleMachinePicture() throws IOException {
        List<String> expected;
        try (Store s = SqliteStore.open(store)) {
            expected = EventLines.plover(s, StorePicture.of(s, Workers.dictionary(settings)).mergedEvents());
            // The fixtures tell some events twice: merging must have something to do.
            assertThat(s.eventCount()).isGreaterThan(expected.size());
        }
        assertThat(Files.readAllLines(out.resolve("merged_events.plover.jsonl"))).isEqualTo(expected);
        assertThat(table("merged_events").count()).isEqualTo(expected.size());
    }

    @Test
    void theStoreTheJobLoadsEqualsTheCliIngestAndALoadAgainChangesNothing() {
        assertThat(first.loaded()).isEqualTo(new StoreLoad.Counts(4, 0, 0));
        List<String> expected;
        try (Store s = SqliteStore.open(store)) {
            expected = storeLines(s);
        }
        try (Store loaded = SqliteStore.open(jobStore)) {
            assertThat(storeLines(loaded)).isEqualTo(expected);
        }
        IngestJob.Summary again = new IngestJob(spark, settings, 4).run(List.of(reports.toString()), out.toString(),
                List.of("plover-jsonl"), jobStore.toString());
        assertThat(again.coded()).isZero();
        assertThat(again.loaded()).isEqualTo(new StoreLoad.Counts(0, 0, 4));
        try (Store loaded = SqliteStore.open(jobStore)) {
            assertThat(storeLines(loaded)).isEqualTo(expected);
        }
    }

    @Test
    void badInputsLandInErrorsWithTheCliCodes() {
        Map<String, String> expected = new TreeMap<>();
        cli.failures().forEach(f -> expected.put(Path.of(f.path()).getFileName().toString(), f.code()));
        Map<String, String> actual = new TreeMap<>();
        table("errors").collectAsList().forEach(r -> actual.put(Path.of(r.<String>getAs("path")).getFileName()
                .toString(), r.getAs("code")));
        assertThat(actual).isEqualTo(expected).containsKeys("e-empty.txt", "f-baddate.txt");
        assertThat(first.errors()).isEqualTo(2);
        assertThat(first.documents()).isEqualTo(4);
    }

    @Test
    void reRunChangesNothingAndAnAddedFileIsTheOnlyOneCoded() throws IOException {
        Map<String, List<String>> before = snapshot();
        IngestJob.Summary again = new IngestJob(spark, settings, 4).run(List.of(reports.toString()), out.toString(),
                List.of("plover-jsonl"));
        assertThat(again.coded()).isZero();
        assertThat(snapshot()).isEqualTo(before);

        Path more = dir.resolve("more");
        Files.createDirectories(more);
        Fixtures.report(more, "h-added.txt", "2012-04-06", "Test Wire", "The MNLA declared the independence of "
                + "Azawad on Friday.");
        // Into another folder holding the same cache, so the other tests keep reading the first run's tables.
        Path grown = dir.resolve("grown");
        copyTree(out.resolve(IngestJob.CACHE), grown.resolve(IngestJob.CACHE));
        IngestJob.Summary added = new IngestJob(spark, settings, 4).run(List.of(reports.toString(), more.toString()),
                grown.toString(), List.of());
        assertThat(added.coded()).isEqualTo(1);
        assertThat(added.documents()).isEqualTo(5);
    }

    @Test
    void aDocumentsTableIsCodedRowByRow() throws IOException {
        Path table = dir.resolve("stories.jsonl");
        Files.writeString(table, """
                {"id": "story-2", "text": "", "published": "2012-04-03"}
                {"id": "story-1", "text": "ECOWAS imposed an embargo on Mali on Monday.", "published": "2012-04-03T08:00:00Z", "title": "Embargo", "publisher": "Wire", "url": "https://example.org/1"}
                """);
        Path tableOut = dir.resolve("table-out");
        IngestJob.Summary summary = new IngestJob(spark, settings, 2).run(List.of(table.toString()),
                tableOut.toString(), List.of());
        assertThat(summary.documents()).isEqualTo(1);
        Row document = spark.read().parquet(tableOut.resolve("documents").toString()).collectAsList().get(0);
        assertThat(document.<String>getAs("path")).isEqualTo("story-1");
        assertThat(document.<String>getAs("title")).isEqualTo("Embargo");
        assertThat(document.<Object>getAs("published").toString()).isEqualTo("2012-04-03");
        assertThat(spark.read().parquet(tableOut.resolve("events").toString()).count()).isPositive();
        List<Row> errors = spark.read().parquet(tableOut.resolve("errors").toString()).collectAsList();
        assertThat(errors).extracting(r -> r.<String>getAs("path") + " " + r.<String>getAs("code"))
                .containsExactly("story-2 no_text");
    }

    /** What a store holds, as lines: documents, actors with aliases and merge reasons, events, merged events. */
    private static List<String> storeLines(Store s) {
        List<String> lines = new ArrayList<>();
        s.documents().forEach(d -> lines.add("doc " + d.id() + " " + Path.of(d.path()).getFileName()));
        s.allActors().forEach(a -> lines.add("actor " + a.id() + " " + a.name() + " " + a.kind() + " "
                + a.aliases() + " " + s.mergeReasons(a.id()).size()));
        s.events(EventQuery.all()).forEach(e -> lines.add("event " + e.id() + " " + e.crisisClass() + " "
                + e.date() + " " + ids(e.sources()) + " " + ids(e.targets()) + " " + e.mentions().size()));
        lines.addAll(EventLines.plover(s, StorePicture.of(s, Workers.dictionary(settings)).mergedEvents()));
        return lines;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    private Map<String, List<String>> snapshot() {
        Map<String, List<String>> tables = new TreeMap<>();
        for (String name : List.of("documents", "sentences", "actors", "actor_mentions", "events", "merged_events",
                "errors")) {
            tables.put(name, rows(name, Row::toString));
        }
        return tables;
    }

    private static String eventLine(Object... parts) {
        return java.util.Arrays.stream(parts).map(String::valueOf).collect(Collectors.joining("|"));
    }

    private static String ids(List<EventActor> actors) {
        return actors.stream().map(a -> String.valueOf(a.actorKey())).collect(Collectors.joining(","));
    }

    private static String actorIds(List<Row> actors) {
        return actors.stream().map(a -> String.valueOf(a.<String>getAs("actor_id"))).collect(Collectors.joining(","));
    }

    private static org.apache.spark.sql.Dataset<Row> table(String name) {
        return spark.read().parquet(out.resolve(name).toString());
    }

    private static List<String> rows(String name, java.util.function.Function<Row, String> render) {
        return sorted(table(name).collectAsList().stream().map(render).toList());
    }

    private static List<String> ids(org.apache.spark.sql.Dataset<Row> rows, String column) {
        return sorted(rows.select(column).collectAsList().stream().map(r -> r.getString(0)).toList());
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }
}
