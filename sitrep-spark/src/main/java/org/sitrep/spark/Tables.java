package org.sitrep.spark;

import org.sitrep.app.CodedDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.sitrep.model.Document;
import org.sitrep.model.Issue;
import org.sitrep.model.Sentence;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.actor.ActorMention;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.event.EventMention;
import org.sitrep.model.place.Location;

/**
 * The job's output tables: their schemas and the rows of each record. Per-document tables carry the report's
 * publication year, their partition column ({@code published_year}); merged events the year they happened.
 */
final class Tables {
    static final String PUBLISHED_YEAR = "published_year";
    static final String YEAR = "year";

    private static final DataType STRINGS = DataTypes.createArrayType(DataTypes.StringType);
    private static final StructType ISSUE = struct(field("code", DataTypes.StringType),
            field("stage", DataTypes.StringType), field("message", DataTypes.StringType));
    private static final StructType EVENT_ACTOR = struct(field("actor_id", DataTypes.StringType),
            field("text", DataTypes.StringType), field("start", DataTypes.IntegerType),
            field("end", DataTypes.IntegerType));
    private static final StructType MENTION = struct(field("doc_id", DataTypes.StringType),
            field("sentence", DataTypes.IntegerType), field("start", DataTypes.IntegerType),
            field("end", DataTypes.IntegerType), field("text", DataTypes.StringType),
            field("trigger", DataTypes.StringType));

    static final StructType DOCUMENTS = struct(field("doc_id", DataTypes.StringType),
            field("path", DataTypes.StringType), field("sha256", DataTypes.StringType),
            field("media_type", DataTypes.StringType), field("title", DataTypes.StringType),
            field("publisher", DataTypes.StringType), field("author", DataTypes.StringType),
            field("published", DataTypes.DateType), field("url", DataTypes.StringType),
            field("language", DataTypes.StringType), field("ingested_at", DataTypes.TimestampType),
            field("sentences", DataTypes.IntegerType), field("tokens", DataTypes.IntegerType),
            field("text", DataTypes.StringType), field("issues", new ArrayType(ISSUE, false)),
            field(PUBLISHED_YEAR, DataTypes.IntegerType));
    static final StructType SENTENCES = struct(field("doc_id", DataTypes.StringType),
            field("sentence", DataTypes.IntegerType), field("start", DataTypes.IntegerType),
            field("end", DataTypes.IntegerType), field("text", DataTypes.StringType),
            field(PUBLISHED_YEAR, DataTypes.IntegerType));
    static final StructType ACTOR_MENTIONS = struct(field("doc_id", DataTypes.StringType),
            field("sentence", DataTypes.IntegerType), field("start", DataTypes.IntegerType),
            field("end", DataTypes.IntegerType), field("text", DataTypes.StringType),
            field("actor_id", DataTypes.StringType), field("method", DataTypes.StringType),
            field(PUBLISHED_YEAR, DataTypes.IntegerType));
    static final StructType ACTORS = struct(field("actor_id", DataTypes.StringType),
            field("name", DataTypes.StringType), field("kind", DataTypes.StringType),
            field("country", DataTypes.StringType), field("sector", DataTypes.StringType),
            field("wikidata_id", DataTypes.StringType), field("aliases", STRINGS),
            field("curated", DataTypes.BooleanType));
    static final StructType EVENTS = struct(field("event_id", DataTypes.StringType),
            field("doc_id", DataTypes.StringType), field("cluster_id", DataTypes.StringType),
            field("crisis_class", DataTypes.StringType), field("plover_event", DataTypes.StringType),
            field("plover_mode", STRINGS), field("plover_context", STRINGS),
            field("quad_code", DataTypes.IntegerType), field("status", DataTypes.StringType),
            field("date_start", DataTypes.DateType), field("date_end", DataTypes.DateType),
            field("date_precision", DataTypes.StringType), field("date_text", DataTypes.StringType),
            field("sources", new ArrayType(EVENT_ACTOR, false)), field("targets", new ArrayType(EVENT_ACTOR, false)),
            field("place_text", DataTypes.StringType), field("place_name", DataTypes.StringType),
            field("place_geoname_id", DataTypes.LongType), field("place_lat", DataTypes.DoubleType),
            field("place_lon", DataTypes.DoubleType), field("place_country", DataTypes.StringType),
            field("place_resolution", DataTypes.IntegerType), field("size_dead", DataTypes.LongType),
            field("size_injured", DataTypes.LongType), field("size_arrested", DataTypes.LongType),
            field("size_displaced", DataTypes.LongType), field("size_troops", DataTypes.LongType),
            field("confidence", DataTypes.DoubleType), field("mentions", new ArrayType(MENTION, false)),
            field(PUBLISHED_YEAR, DataTypes.IntegerType));
    static final StructType MERGED_EVENTS = struct(field("event_id", DataTypes.StringType),
            field("crisis_class", DataTypes.StringType), field("status", DataTypes.StringType),
            field("date_start", DataTypes.DateType), field("date_end", DataTypes.DateType),
            field("date_precision", DataTypes.StringType), field("members", STRINGS), field("doc_ids", STRINGS),
            field("plover", DataTypes.StringType), field(YEAR, DataTypes.IntegerType));
    static final StructType ERRORS = struct(field("path", DataTypes.StringType), field("code", DataTypes.StringType),
            field("message", DataTypes.StringType));

    private Tables() {
    }

    static Row document(CodedDocument coded) {
        Document d = coded.document();
        List<Row> issues = coded.issues().stream().map(Tables::issue).toList();
        return RowFactory.create(d.id(), d.path(), d.sha256(), d.mediaType(), d.source().title(),
                d.source().publisher(), d.source().author(), d.source().published(), d.source().url(),
                d.source().language(), d.ingestedAt(), coded.sentences().size(), coded.tokens(), d.text(), seq(issues),
                year(d.source().published()));
    }

    static List<Row> sentences(CodedDocument coded) {
        Integer year = year(coded.document().source().published());
        List<Row> rows = new ArrayList<>();
        for (Sentence s : coded.sentences()) {
            rows.add(RowFactory.create(coded.document().id(), s.index(), s.span().start(), s.span().end(), s.text(),
                    year));
        }
        return rows;
    }

    static List<Row> actorMentions(CodedDocument coded, Map<String, String> actorIds) {
        Integer year = year(coded.document().source().published());
        List<Row> rows = new ArrayList<>();
        for (ActorMention m : coded.actorMentions()) {
            String id = actorIds.get(m.actorKey());
            if (id != null) {
                rows.add(RowFactory.create(coded.document().id(), m.sentence(), m.span().start(), m.span().end(),
                        m.text(), id, m.method(), year));
            }
        }
        return rows;
    }

    static Row actor(Actor a) {
        return RowFactory.create(a.id(), a.name(), a.kind().name(), a.country(), a.sector(), a.wikidataId(),
                seq(a.aliases()), a.curated());
    }

    static Row event(Event e, String docId, String clusterId, LocalDate published) {
        Location place = e.place();
        return RowFactory.create(e.id(), docId, clusterId, e.crisisClass().name(),
                e.plover() == null ? null : e.plover().event(), seq(e.plover() == null ? List.of() : e.plover().modes()),
                seq(e.plover() == null ? List.of() : e.plover().contexts()), e.plover() == null ? 0 : e.plover().quad(),
                e.status().label(), e.date() == null ? null : e.date().start(),
                e.date() == null ? null : e.date().end(), e.date() == null ? null : e.date().precision().name(),
                e.dateText(), seq(eventActors(e.sources())), seq(eventActors(e.targets())),
                place == null ? null : place.text(), place == null ? null : place.name(),
                place == null ? null : place.geonameId(), place == null ? null : place.lat(),
                place == null ? null : place.lon(), place == null ? null : place.countryIso3(),
                place == null ? null : place.resolution(), e.size().dead(), e.size().injured(),
                e.size().arrested(), e.size().displaced(), e.size().troops(), e.confidence(),
                seq(e.mentions().stream().map(Tables::mention).toList()), year(published));
    }

    static Row merged(EventStage.Merged m) {
        return RowFactory.create(m.id(), m.crisisClass(), m.status(), m.dateStart(), m.dateEnd(), m.precision(),
                seq(m.members()), seq(m.docIds()), m.plover(), year(m.dateStart()));
    }

    static Row error(ErrorRow e) {
        return RowFactory.create(e.path(), e.code(), e.message());
    }

    private static List<Row> eventActors(List<EventActor> actors) {
        return actors.stream().map(a -> RowFactory.create(a.actorKey(), a.entityText(),
                a.span() == null ? null : a.span().start(), a.span() == null ? null : a.span().end())).toList();
    }

    private static Row mention(EventMention m) {
        return RowFactory.create(m.docId(), m.sentence(), m.span() == null ? null : m.span().start(),
                m.span() == null ? null : m.span().end(), m.text(), m.trigger());
    }

    private static Row issue(Issue issue) {
        return RowFactory.create(issue.code(), issue.stage(), issue.message());
    }

    /** Spark's rows want Scala sequences for arrays. */
    private static scala.collection.immutable.Seq<Object> seq(List<?> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(new ArrayList<Object>(list)).toList();
    }

    private static Integer year(LocalDate date) {
        return date == null ? null : date.getYear();
    }

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    private static StructType struct(StructField... fields) {
        return DataTypes.createStructType(fields);
    }
}
