package org.sitrep.spark;

import org.sitrep.app.CodedDocument;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.sitrep.model.Document;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import scala.Tuple2;

/**
 * The whole job: inputs → per-document stage (only documents the cache has not coded) → actors → events →
 * Parquet tables under {@code out}. Every table is rewritten whole from the input of this run; the cache
 * ({@code out/_coded}) only grows, so adding files to an archive codes only those.
 */
final class IngestJob {
    static final String CACHE = "coded_cache";
    private static final StructType CACHE_SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField("key", DataTypes.StringType, false),
            DataTypes.createStructField("doc_id", DataTypes.StringType, false),
            DataTypes.createStructField("coded", DataTypes.StringType, false)));

    private final SparkSession spark;
    private final JavaSparkContext context;
    private final JobSettings settings;
    private final int partitions;

    IngestJob(SparkSession spark, JobSettings settings, int partitions) {
        this.spark = spark;
        this.context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        this.settings = settings;
        this.partitions = partitions;
    }

    /** What a run did, for the summary line and the benchmark. */
    record Summary(long documents, long coded, long cached, long errors, long tokens, long events,
                   long mergedEvents, long actors, List<String> exports, StoreLoad.Counts loaded)
            implements Serializable {
    }

    /** A document coded in this run or an earlier one, at its place in this run's order. */
    record CodedDoc(long order, String docId, String path, String coded) implements Serializable {
    }

    /** Runs the job; {@code exports} are formats of {@link Outputs#EXPORT_FORMATS} to write the merged events in. */
    Summary run(List<String> inputs, String out, List<String> exports) {
        return run(inputs, out, exports, null);
    }

    /** The same, then the documents into the store at {@code storeLocation} when it is not null. */
    Summary run(List<String> inputs, String out, List<String> exports, String storeLocation) {
        // A local copy: a lambda that read the field would capture (and try to serialise) the job itself.
        JobSettings settings = this.settings;
        Inputs found = Inputs.of(spark, inputs, partitions);
        JavaRDD<Extracted> extracted = found.items().mapPartitions(items -> DocumentStage.extract(settings, items))
                .persist(StorageLevel.MEMORY_AND_DISK());
        String cachePath = out + "/" + CACHE;
        java.util.Set<String> cachedKeys = new java.util.HashSet<>(cachedKeys(cachePath));
        Broadcast<java.util.Set<String>> cached = context.broadcast(cachedKeys);
        JavaRDD<DocumentStage.Outcome> outcomes = extracted
                .filter(e -> e.error() == null && !cached.value().contains(e.key()))
                .mapPartitions(items -> DocumentStage.analyse(settings, items))
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<Row> fresh = outcomes.filter(o -> o.error() == null)
                .map(o -> RowFactory.create(o.key(), o.docId(), o.coded()));
        spark.createDataFrame(fresh, CACHE_SCHEMA).write().mode(SaveMode.Append).parquet(cachePath);

        List<ErrorRow> errors = new ArrayList<>(found.problems());
        errors.addAll(extracted.filter(e -> e.error() != null).map(Extracted::error).collect());
        errors.addAll(outcomes.filter(o -> o.error() != null).map(DocumentStage.Outcome::error).collect());
        long codedNow = outcomes.filter(o -> o.error() == null).count();

        JavaRDD<CodedDoc> docs = codedDocs(extracted, cachePath).persist(StorageLevel.MEMORY_AND_DISK());
        Map<String, String> actorIds = new HashMap<>();
        JavaRDD<ActorStage.Linked> linked = ActorStage.link(context, settings, docs.map(doc -> {
            CodedDocument coded = Codec.coded(doc.coded());
            return new ActorStage.DocActors(doc.order(), doc.docId(), Codec.write(coded.localActors()),
                    Codec.write(coded.actorMentions()));
        }), partitions).persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<String> actorRows = linked.filter(l -> l.docId() == null).map(ActorStage.Linked::actorJson);
        actorRows.collect().forEach(json -> actorIds.put(Codec.actor(json).id(), json));
        Broadcast<Map<String, String>> actors = context.broadcast(actorIds);
        JavaPairRDD<String, Map<String, String>> links = linked.filter(l -> l.docId() != null)
                .mapToPair(l -> new Tuple2<>(l.docId(), new Tuple2<>(l.localKey(), l.actorId())))
                .groupByKey().mapValues(pairs -> {
                    Map<String, String> map = new HashMap<>();
                    pairs.forEach(pair -> map.put(pair._1(), pair._2()));
                    return map;
                });
        JavaPairRDD<String, Tuple2<CodedDoc, Map<String, String>>> linkedDocs = docs
                .mapToPair(doc -> new Tuple2<>(doc.docId(), doc)).leftOuterJoin(links)
                .mapValues(pair -> new Tuple2<>(pair._1(), pair._2().orElse(Map.of())))
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<EventRef> events = linkedDocs.values().flatMap(IngestJob::eventRefs)
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<EventStage.Out> merged = EventStage.merge(context, settings, events, actors, partitions)
                .persist(StorageLevel.MEMORY_AND_DISK());

        Outputs outputs = new Outputs(spark, out);
        outputs.write("documents", linkedDocs.values().map(pair -> Tables.document(Codec.coded(pair._1().coded()))),
                Tables.DOCUMENTS, Tables.PUBLISHED_YEAR);
        outputs.write("sentences", linkedDocs.values().flatMap(pair -> Tables.sentences(Codec.coded(pair._1()
                .coded())).iterator()), Tables.SENTENCES, Tables.PUBLISHED_YEAR);
        outputs.write("actor_mentions", linkedDocs.values().flatMap(pair -> Tables.actorMentions(
                Codec.coded(pair._1().coded()), pair._2()).iterator()), Tables.ACTOR_MENTIONS, Tables.PUBLISHED_YEAR);
        outputs.write("actors", actorRows.map(json -> Tables.actor(Codec.actor(json))), Tables.ACTORS, null);
        JavaPairRDD<String, String> clusters = merged.filter(o -> o.eventId() != null)
                .mapToPair(o -> new Tuple2<>(o.eventId(), o.clusterId()));
        outputs.write("events", events.mapToPair(ref -> new Tuple2<>(ref.id(), ref)).join(clusters).values()
                .map(pair -> Tables.event(pair._1().event(), pair._1().docId(), pair._2(),
                        pair._1().published() == null ? null : java.time.LocalDate.parse(pair._1().published()))),
                Tables.EVENTS, Tables.PUBLISHED_YEAR);
        JavaRDD<EventStage.Merged> mergedEvents = merged.filter(o -> o.merged() != null).map(EventStage.Out::merged)
                .persist(StorageLevel.MEMORY_AND_DISK());
        outputs.write("merged_events", mergedEvents.map(Tables::merged), Tables.MERGED_EVENTS, Tables.YEAR);
        outputs.write("errors", context.parallelize(errors.stream().map(Tables::error).toList(), 1), Tables.ERRORS,
                null);
        List<String> written = new ArrayList<>();
        for (String format : exports) {
            written.add(outputs.export(mergedEvents, format));
        }

        long documents = docs.count();
        long tokens = docs.map(doc -> (long) Codec.coded(doc.coded()).tokens()).fold(0L, Long::sum);
        return new Summary(documents, codedNow, documents - codedNow, errors.size(), tokens, events.count(),
                mergedEvents.count(), actorIds.size(), written,
                storeLocation == null ? null : StoreLoad.into(storeLocation, settings, docs));
    }

    private List<String> cachedKeys(String cachePath) {
        if (!Outputs.exists(spark, cachePath)) {
            return List.of();
        }
        return spark.read().parquet(cachePath).select("key").distinct().javaRDD().map(row -> row.getString(0))
                .collect();
    }

    /**
     * This run's documents with their coding, one per content hash (the first in ingest order, as the CLI keeps
     * the first copy of the same bytes), at this run's path.
     */
    private JavaRDD<CodedDoc> codedDocs(JavaRDD<Extracted> extracted, String cachePath) {
        JavaPairRDD<String, String> codings = spark.read().parquet(cachePath).javaRDD()
                .mapToPair(row -> new Tuple2<>(row.getString(0), row.getString(2)))
                .reduceByKey((a, b) -> a);
        return extracted.filter(e -> e.error() == null)
                .mapToPair(e -> new Tuple2<>(e.key(), e))
                .join(codings)
                .mapToPair(pair -> new Tuple2<>(pair._2()._1().docId(), new CodedDoc(pair._2()._1().order(),
                        pair._2()._1().docId(), pair._2()._1().path(), pair._2()._2())))
                .reduceByKey((a, b) -> a.order() <= b.order() ? a : b)
                .values()
                .map(doc -> new CodedDoc(doc.order(), doc.docId(), doc.path(),
                        Codec.write(Codec.coded(doc.coded()).atPath(doc.path()))));
    }

    /** A document's events with their actors pointing at linked actor ids, as {@code Ingester} stores them. */
    private static java.util.Iterator<EventRef> eventRefs(Tuple2<CodedDoc, Map<String, String>> pair) {
        CodedDocument coded = Codec.coded(pair._1().coded());
        Map<String, String> ids = pair._2();
        Document document = coded.document();
        String published = document.source().published() == null ? null : document.source().published().toString();
        List<EventRef> refs = new ArrayList<>();
        for (Event event : coded.events()) {
            Event linked = event.withParticipants(relinked(event.sources(), ids), relinked(event.targets(), ids));
            refs.add(new EventRef(linked.id(), document.id(), published, document.title(),
                    document.source().publisher(), Codec.write(linked)));
        }
        return refs.iterator();
    }

    private static List<EventActor> relinked(List<EventActor> actors, Map<String, String> ids) {
        return actors.stream().map(actor -> new EventActor(actor.actorKey() == null ? null
                : ids.get(actor.actorKey()), actor.entityText(), actor.span())).toList();
    }
}
