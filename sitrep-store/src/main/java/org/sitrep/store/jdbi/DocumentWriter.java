package org.sitrep.store.jdbi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Update;
import org.sitrep.model.Document;
import org.sitrep.model.SourceInfo;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.actor.Role;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.event.EventMention;
import org.sitrep.model.event.EventSize;
import org.sitrep.model.event.PloverCoding;
import org.sitrep.model.place.Location;
import org.sitrep.store.DocumentRecord;

/**
 * The write side of a {@link JdbiStore}: statements ({@code sql/.../writer.sql}) that run inside the caller's
 * transaction. Stateless apart from its statements; the caller serialises writes.
 */
final class DocumentWriter {
    private final Sql sql;

    DocumentWriter(Sql sql) {
        this.sql = sql;
    }

    /** Replaces whatever came from the same path or had the same id with {@code record}. */
    void save(Handle handle, DocumentRecord record) {
        Document document = record.document();
        String docId = document.id();
        // Deliberately the first statement: it takes SQLite's write lock before the transaction reads
        // anything, so a concurrent writer in another process makes it wait (busy timeout) instead of
        // failing with a stale snapshot.
        try (Update delete = handle.createUpdate(sql("delete_previous"))) {
            delete.bind("id", docId).bind("path", document.path()).execute();
        }
        insertDocument(handle, document);
        batch(handle, sql("insert_sentence"), record.sentences(), (batch, seq, sentence) -> batch
                .bind("docId", docId)
                .bind("idx", sentence.index())
                .bind("start", sentence.span().start())
                .bind("end", sentence.span().end())
                .bind("text", sentence.text()));
        batch(handle, sql("insert_entity"), record.entities(), (batch, seq, entity) -> batch
                .bind("docId", docId)
                .bind("seq", seq)
                .bind("sentence", entity.sentence())
                .bind("start", entity.span().start())
                .bind("end", entity.span().end())
                .bind("text", entity.text())
                .bind("type", Rows.enumText(entity.type()))
                .bind("source", entity.source()));
        batch(handle, sql("insert_time"), record.times(), (batch, seq, time) -> batch
                .bind("docId", docId)
                .bind("seq", seq)
                .bind("sentence", time.sentence())
                .bind("start", time.span().start())
                .bind("end", time.span().end())
                .bind("text", time.text())
                .bind("timex", time.timex())
                .bind("rangeStart", time.range() == null ? null : Rows.dateText(time.range().start()))
                .bind("rangeEnd", time.range() == null ? null : Rows.dateText(time.range().end()))
                .bind("rangePrecision", time.range() == null ? null : Rows.enumText(time.range().precision())));
        batch(handle, sql("insert_figure"), record.figures(), (batch, seq, figure) -> batch
                .bind("docId", docId)
                .bind("seq", seq)
                .bind("sentence", figure.sentence())
                .bind("start", figure.span().start())
                .bind("end", figure.span().end())
                .bind("text", figure.text())
                .bind("value", figure.value())
                .bind("qualifier", Rows.enumText(figure.qualifier()))
                .bind("counted", figure.counted())
                .bind("kind", Rows.enumText(figure.kind())));
        batch(handle, sql("insert_place_mention"), record.places(), (batch, seq, mention) -> {
            Location place = mention.location();
            batch.bind("docId", docId)
                    .bind("ordinal", seq)
                    .bind("sentence", mention.sentence())
                    .bind("start", mention.span().start())
                    .bind("end", mention.span().end())
                    .bind("text", place.text())
                    .bind("name", place.name())
                    .bind("geonameid", place.geonameId())
                    .bind("lat", place.lat())
                    .bind("lon", place.lon())
                    .bind("admin1", place.admin1())
                    .bind("country", place.countryIso3())
                    .bind("feature", place.featureCode())
                    .bind("resolution", place.resolution())
                    .bind("area", place.area())
                    .bind("demonym", mention.demonym() ? 1 : 0)
                    .bind("source", mention.source())
                    .bind("reason", mention.reason());
        });
        batch(handle, sql("insert_issue"), record.issues(), (batch, seq, issue) -> batch
                .bind("docId", docId)
                .bind("seq", seq)
                .bind("code", issue.code())
                .bind("stage", issue.stage())
                .bind("message", issue.message()));
        upsertActors(handle, record.actors());
        batch(handle, sql("insert_actor_mention"), record.actorMentions(), (batch, seq, mention) -> batch
                .bind("docId", docId)
                .bind("seq", seq)
                .bind("sentence", mention.sentence())
                .bind("start", mention.span().start())
                .bind("end", mention.span().end())
                .bind("text", mention.text())
                .bind("actorId", mention.actorKey())
                .bind("method", mention.method()));
        batch(handle, sql("insert_merge_reason"), record.mergeReasons(), (batch, seq, reason) -> batch
                .bind("actorId", reason.actorId())
                .bind("alias", reason.alias())
                .bind("rule", reason.rule())
                .bind("detail", reason.detail())
                .bind("docId", reason.docId())
                .bind("sentence", reason.sentence()));
        insertEvents(handle, docId, record.events());
        deleteOrphanedActors(handle);
    }

    /** Deletes one document and what hangs off it; returns whether there was one. */
    boolean delete(Handle handle, String docId) {
        int deleted;
        try (Update delete = handle.createUpdate(sql("delete_document"))) {
            deleted = delete.bind("id", docId).execute();
        }
        deleteOrphanedActors(handle);
        return deleted > 0;
    }

    private void insertDocument(Handle handle, Document document) {
        SourceInfo source = document.source();
        try (Update insert = handle.createUpdate(sql("insert_document"))) {
            insert.bind("id", document.id())
                    .bind("path", document.path())
                    .bind("sha256", document.sha256())
                    .bind("mediaType", document.mediaType())
                    .bind("title", source.title())
                    .bind("publisher", source.publisher())
                    .bind("author", source.author())
                    .bind("published", Rows.dateText(source.published()))
                    .bind("url", source.url())
                    .bind("language", source.language())
                    .bind("text", document.text())
                    .bind("textLength", document.text().length())
                    .bind("ingestedAt", Rows.instantText(document.ingestedAt()))
                    .execute();
        }
    }

    private void insertEvents(Handle handle, String docId, List<Event> events) {
        List<ActorRow> actors = new ArrayList<>();
        List<MentionRow> mentions = new ArrayList<>();
        for (Event event : events) {
            for (int ordinal = 0; ordinal < event.sources().size(); ordinal++) {
                actors.add(new ActorRow(event.id(), Rows.SOURCE, ordinal, event.sources().get(ordinal)));
            }
            for (int ordinal = 0; ordinal < event.targets().size(); ordinal++) {
                actors.add(new ActorRow(event.id(), Rows.TARGET, ordinal, event.targets().get(ordinal)));
            }
            for (int ordinal = 0; ordinal < event.mentions().size(); ordinal++) {
                mentions.add(new MentionRow(event.id(), ordinal, event.mentions().get(ordinal)));
            }
        }
        batch(handle, sql("insert_event"), events, (batch, seq, event) -> bindEvent(batch, docId, event));
        batch(handle, sql("insert_event_actor"), actors, (batch, seq, row) -> batch
                .bind("eventId", row.eventId())
                .bind("role", row.role())
                .bind("ordinal", row.ordinal())
                .bind("actorId", row.actor().actorKey())
                .bind("entityText", row.actor().entityText())
                .bind("start", row.actor().span() == null ? null : row.actor().span().start())
                .bind("end", row.actor().span() == null ? null : row.actor().span().end()));
        batch(handle, sql("insert_event_mention"), mentions, (batch, seq, row) -> batch
                .bind("eventId", row.eventId())
                .bind("ordinal", row.ordinal())
                .bind("docId", row.mention().docId())
                .bind("sentence", row.mention().sentence())
                .bind("start", row.mention().span() == null ? null : row.mention().span().start())
                .bind("end", row.mention().span() == null ? null : row.mention().span().end())
                .bind("text", row.mention().text())
                .bind("trigger", row.mention().trigger()));
    }

    private static PreparedBatch bindEvent(PreparedBatch batch, String docId, Event event) {
        PloverCoding plover = event.plover();
        EventSize size = event.size();
        Location place = event.place();
        return batch.bind("id", event.id())
                .bind("docId", docId)
                .bind("crisisClass", event.crisisClass().name())
                .bind("ploverEvent", plover == null ? null : plover.event())
                .bind("ploverModes", plover == null ? null : Rows.joinCodes(plover.modes()))
                .bind("ploverContexts", plover == null ? null : Rows.joinCodes(plover.contexts()))
                .bind("quad", plover == null ? null : plover.quad())
                .bind("dateStart", event.date() == null ? null : Rows.dateText(event.date().start()))
                .bind("dateEnd", event.date() == null ? null : Rows.dateText(event.date().end()))
                .bind("datePrecision", event.date() == null ? null : Rows.enumText(event.date().precision()))
                .bind("dateText", event.dateText())
                .bind("place", place == null ? null : place.text())
                // The filter matches the words of the text or the gazetteer's name ("Tombouctou" finds Timbuktu).
                .bind("placeNorm", place == null ? null : NameNormaliser.normalise(place.text()) + " | "
                        + NameNormaliser.normalise(Objects.requireNonNullElse(place.name(), "")))
                .bind("placeName", place == null ? null : place.name())
                .bind("placeGeonameid", place == null ? null : place.geonameId())
                .bind("placeLat", place == null ? null : place.lat())
                .bind("placeLon", place == null ? null : place.lon())
                .bind("placeAdmin1", place == null ? null : place.admin1())
                .bind("placeCountry", place == null ? null : place.countryIso3())
                .bind("placeFeature", place == null ? null : place.featureCode())
                .bind("placeResolution", place == null ? 0 : place.resolution())
                .bind("placeArea", place == null ? null : place.area())
                .bind("dead", size.dead())
                .bind("injured", size.injured())
                .bind("arrested", size.arrested())
                .bind("displaced", size.displaced())
                .bind("troops", size.troops())
                .bind("status", event.status().name())
                .bind("confidence", event.confidence())
                // A copy of event_mentions' ordinal 0, so that the listing order is an index key (V6).
                .bind("firstSentence", event.mentions().isEmpty() ? null : event.mentions().get(0).sentence());
    }

    private void upsertActors(Handle handle, List<Actor> actors) {
        // The last entry wins when a record lists the same actor twice.
        Map<String, Actor> byId = new LinkedHashMap<>();
        for (Actor actor : actors) {
            byId.put(actor.id(), actor);
        }
        List<Actor> distinct = List.copyOf(byId.values());
        batch(handle, sql("upsert_actor"), distinct, (batch, seq, actor) -> batch
                .bind("id", actor.id())
                .bind("name", actor.name())
                .bind("nameNorm", NameNormaliser.normalise(actor.name()))
                .bind("kind", actor.kind().name())
                .bind("country", actor.country())
                .bind("sector", actor.sector())
                .bind("wikidataId", actor.wikidataId())
                .bind("curated", actor.curated() ? 1 : 0));
        batch(handle, sql("delete_aliases"), distinct, (batch, seq, actor) -> batch.bind("actorId", actor.id()));
        batch(handle, sql("delete_roles"), distinct, (batch, seq, actor) -> batch.bind("actorId", actor.id()));
        for (Actor actor : distinct) {
            batch(handle, sql("insert_alias"), actor.aliases(), (batch, position, alias) -> batch
                    .bind("actorId", actor.id())
                    .bind("position", position)
                    .bind("alias", alias)
                    .bind("aliasNorm", NameNormaliser.normalise(alias)));
            batch(handle, sql("insert_role"), actor.roles(), (batch, position, role) -> bindRole(batch, actor, position,
                    role));
        }
    }

    private static PreparedBatch bindRole(PreparedBatch batch, Actor actor, int position, Role role) {
        return batch.bind("actorId", actor.id())
                .bind("position", position)
                .bind("role", role.role())
                .bind("of", role.of())
                .bind("from", Rows.dateText(role.from()))
                .bind("to", Rows.dateText(role.to()));
    }

    void deleteOrphanedActors(Handle handle) {
        try (Update delete = handle.createUpdate(sql("delete_orphaned_actors"))) {
            delete.execute();
        }
    }

    private String sql(String name) {
        return sql.get("writer", name);
    }

    /** Runs {@code sql} once per row as one JDBC batch; {@code seq} is the row's position in the list. */
    private static <T> void batch(Handle handle, String sql, List<T> rows, RowBinder<T> binder) {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedBatch batch = handle.prepareBatch(sql)) {
            for (int seq = 0; seq < rows.size(); seq++) {
                binder.bind(batch, seq, rows.get(seq));
                batch.add();
            }
            batch.execute();
        }
    }

    /** One source or target of an event, with its place in the event's list. */
    private record ActorRow(String eventId, String role, int ordinal, EventActor actor) {
    }

    /** One mention of an event, with its place in the event's list. */
    private record MentionRow(String eventId, int ordinal, EventMention mention) {
    }

    /** Binds one row's values to a batch. */
    @FunctionalInterface
    private interface RowBinder<T> {
        void bind(PreparedBatch batch, int seq, T row);
    }
}
