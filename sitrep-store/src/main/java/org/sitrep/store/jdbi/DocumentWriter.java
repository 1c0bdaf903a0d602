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
 * The write side of {@link SqliteStore}: statements that run inside the caller's transaction on the writer
 * handle. Stateless; the caller serialises access to the handle.
 */
final class DocumentWriter {
    // The cascade from documents removes sentences (and, by trigger, their full-text entries), every
    // mention layer and the merge reasons that cite the document.
    private static final String DELETE_PREVIOUS = """
            DELETE FROM documents WHERE id = :id OR path = :path
            """;
    private static final String DELETE_DOCUMENT = """
            DELETE FROM documents WHERE id = :id
            """;
    private static final String INSERT_DOCUMENT = """
            INSERT INTO documents (id, path, sha256, media_type, title, publisher, author, published, url,
                                   language, text, text_length, ingested_at)
            VALUES (:id, :path, :sha256, :mediaType, :title, :publisher, :author, :published, :url,
                    :language, :text, :textLength, :ingestedAt)
            """;
    private static final String INSERT_SENTENCE = """
            INSERT INTO sentences (doc_id, idx, span_start, span_end, text)
            VALUES (:docId, :idx, :start, :end, :text)
            """;
    private static final String INSERT_ENTITY = """
            INSERT INTO entity_mentions (doc_id, seq, sentence, span_start, span_end, text, type, source)
            VALUES (:docId, :seq, :sentence, :start, :end, :text, :type, :source)
            """;
    private static final String INSERT_TIME = """
            INSERT INTO time_mentions (doc_id, seq, sentence, span_start, span_end, text, timex, range_start,
                                       range_end, range_precision)
            VALUES (:docId, :seq, :sentence, :start, :end, :text, :timex, :rangeStart, :rangeEnd,
                    :rangePrecision)
            """;
    private static final String INSERT_FIGURE = """
            INSERT INTO figures (doc_id, seq, sentence, span_start, span_end, text, value, qualifier, counted,
                                 kind)
            VALUES (:docId, :seq, :sentence, :start, :end, :text, :value, :qualifier, :counted, :kind)
            """;
    private static final String INSERT_ISSUE = """
            INSERT INTO issues (doc_id, seq, code, stage, message)
            VALUES (:docId, :seq, :code, :stage, :message)
            """;
    // An upsert, not INSERT OR REPLACE: replacing would delete the row first and take the actor's
    // mentions in other documents and its merge reasons with it.
    private static final String UPSERT_ACTOR = """
            INSERT INTO actors (id, name, name_norm, kind, country, sector, wikidata_id, curated)
            VALUES (:id, :name, :nameNorm, :kind, :country, :sector, :wikidataId, :curated)
            ON CONFLICT (id) DO UPDATE SET
                name = excluded.name,
                name_norm = excluded.name_norm,
                kind = excluded.kind,
                country = excluded.country,
                sector = excluded.sector,
                wikidata_id = excluded.wikidata_id,
                curated = excluded.curated
            """;
    private static final String DELETE_ALIASES = """
            DELETE FROM actor_aliases WHERE actor_id = :actorId
            """;
    private static final String INSERT_ALIAS = """
            INSERT INTO actor_aliases (actor_id, position, alias, alias_norm)
            VALUES (:actorId, :position, :alias, :aliasNorm)
            """;
    private static final String DELETE_ROLES = """
            DELETE FROM actor_roles WHERE actor_id = :actorId
            """;
    private static final String INSERT_ROLE = """
            INSERT INTO actor_roles (actor_id, position, role, role_of, from_date, to_date)
            VALUES (:actorId, :position, :role, :of, :from, :to)
            """;
    private static final String INSERT_ACTOR_MENTION = """
            INSERT INTO actor_mentions (doc_id, seq, sentence, span_start, span_end, text, actor_id, method)
            VALUES (:docId, :seq, :sentence, :start, :end, :text, :actorId, :method)
            """;
    // Every document names the dictionary reasons of the actors it uses; they are stored once per actor.
    private static final String INSERT_MERGE_REASON = """
            INSERT INTO merge_reasons (actor_id, alias, rule, detail, doc_id, sentence)
            SELECT :actorId, :alias, :rule, :detail, :docId, :sentence
            WHERE :docId IS NOT NULL OR NOT EXISTS (
                SELECT 1 FROM merge_reasons
                WHERE actor_id = :actorId AND doc_id IS NULL AND alias IS :alias AND rule IS :rule
                  AND detail IS :detail AND sentence = :sentence)
            """;
    private static final String INSERT_EVENT = """
            INSERT INTO events (id, doc_id, crisis_class, plover_event, plover_modes, plover_contexts, quad,
                                date_start, date_end, date_precision, date_text, place, place_norm, place_name,
                                place_geonameid, place_lat, place_lon, place_admin1, place_country, place_feature,
                                place_resolution, place_area, dead, injured, arrested, displaced, troops, status,
                                confidence, first_sentence)
            VALUES (:id, :docId, :crisisClass, :ploverEvent, :ploverModes, :ploverContexts, :quad, :dateStart,
                    :dateEnd, :datePrecision, :dateText, :place, :placeNorm, :placeName, :placeGeonameid,
                    :placeLat, :placeLon, :placeAdmin1, :placeCountry, :placeFeature, :placeResolution, :placeArea,
                    :dead, :injured, :arrested, :displaced, :troops, :status, :confidence, :firstSentence)
            """;
    private static final String INSERT_PLACE_MENTION = """
            INSERT INTO place_mentions (doc_id, ordinal, sentence, span_start, span_end, text, name, geonameid, lat,
                                        lon, admin1, country, feature, resolution, area, demonym, source, reason)
            VALUES (:docId, :ordinal, :sentence, :start, :end, :text, :name, :geonameid, :lat, :lon, :admin1,
                    :country, :feature, :resolution, :area, :demonym, :source, :reason)
            """;
    private static final String INSERT_EVENT_ACTOR = """
            INSERT INTO event_actors (event_id, role, ordinal, actor_id, entity_text, span_start, span_end)
            VALUES (:eventId, :role, :ordinal, :actorId, :entityText, :start, :end)
            """;
    private static final String INSERT_EVENT_MENTION = """
            INSERT INTO event_mentions (event_id, ordinal, doc_id, sentence, span_start, span_end, text,
                                        trigger_text)
            VALUES (:eventId, :ordinal, :docId, :sentence, :start, :end, :text, :trigger)
            """;
    // Events hold on to their actors as mentions do. The caller runs this after the document's old rows
    // are gone (cascade) and its new ones are written, so it sees the store as it will be committed.
    private static final String DELETE_ORPHANED_ACTORS = """
            DELETE FROM actors
            WHERE curated = 0
              AND NOT EXISTS (SELECT 1 FROM actor_mentions WHERE actor_mentions.actor_id = actors.id)
              AND NOT EXISTS (SELECT 1 FROM event_actors WHERE event_actors.actor_id = actors.id)
            """;

    private DocumentWriter() {
    }

    /** Replaces whatever came from the same path or had the same id with {@code record}. */
    static void save(Handle handle, DocumentRecord record) {
        Document document = record.document();
        String docId = document.id();
        // Deliberately the first statement: it takes SQLite's write lock before the transaction reads
        // anything, so a concurrent writer in another process makes it wait (busy timeout) instead of
        // failing with a stale snapshot.
        try (Update delete = handle.createUpdate(DELETE_PREVIOUS)) {
            delete.bind("id", docId).bind("path", document.path()).execute();
        }
        insertDocument(handle, document);
        batch(handle, INSERT_SENTENCE, record.sentences(), (batch, seq, sentence) -> batch
                .bind("docId", docId)
                .bind("idx", sentence.index())
                .bind("start", sentence.span().start())
                .bind("end", sentence.span().end())
                .bind("text", sentence.text()));
        batch(handle, INSERT_ENTITY, record.entities(), (batch, seq, entity) -> batch
                .bind("docId", docId)
                .bind("seq", seq)
                .bind("sentence", entity.sentence())
                .bind("start", entity.span().start())
                .bind("end", entity.span().end())
                .bind("text", entity.text())
                .bind("type", Rows.enumText(entity.type()))
                .bind("source", entity.source()));
        batch(handle, INSERT_TIME, record.times(), (batch, seq, time) -> batch
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
        batch(handle, INSERT_FIGURE, record.figures(), (batch, seq, figure) -> batch
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
        batch(handle, INSERT_PLACE_MENTION, record.places(), (batch, seq, mention) -> {
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
        batch(handle, INSERT_ISSUE, record.issues(), (batch, seq, issue) -> batch
                .bind("docId", docId)
                .bind("seq", seq)
                .bind("code", issue.code())
                .bind("stage", issue.stage())
                .bind("message", issue.message()));
        upsertActors(handle, record.actors());
        batch(handle, INSERT_ACTOR_MENTION, record.actorMentions(), (batch, seq, mention) -> batch
                .bind("docId", docId)
                .bind("seq", seq)
                .bind("sentence", mention.sentence())
                .bind("start", mention.span().start())
                .bind("end", mention.span().end())
                .bind("text", mention.text())
                .bind("actorId", mention.actorKey())
                .bind("method", mention.method()));
        batch(handle, INSERT_MERGE_REASON, record.mergeReasons(), (batch, seq, reason) -> batch
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
    static boolean delete(Handle handle, String docId) {
        int deleted;
        try (Update delete = handle.createUpdate(DELETE_DOCUMENT)) {
            deleted = delete.bind("id", docId).execute();
        }
        deleteOrphanedActors(handle);
        return deleted > 0;
    }

    private static void insertDocument(Handle handle, Document document) {
        SourceInfo source = document.source();
        try (Update insert = handle.createUpdate(INSERT_DOCUMENT)) {
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

    private static void insertEvents(Handle handle, String docId, List<Event> events) {
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
        batch(handle, INSERT_EVENT, events, (batch, seq, event) -> bindEvent(batch, docId, event));
        batch(handle, INSERT_EVENT_ACTOR, actors, (batch, seq, row) -> batch
                .bind("eventId", row.eventId())
                .bind("role", row.role())
                .bind("ordinal", row.ordinal())
                .bind("actorId", row.actor().actorKey())
                .bind("entityText", row.actor().entityText())
                .bind("start", row.actor().span() == null ? null : row.actor().span().start())
                .bind("end", row.actor().span() == null ? null : row.actor().span().end()));
        batch(handle, INSERT_EVENT_MENTION, mentions, (batch, seq, row) -> batch
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

    private static void upsertActors(Handle handle, List<Actor> actors) {
        // The last entry wins when a record lists the same actor twice.
        Map<String, Actor> byId = new LinkedHashMap<>();
        for (Actor actor : actors) {
            byId.put(actor.id(), actor);
        }
        List<Actor> distinct = List.copyOf(byId.values());
        batch(handle, UPSERT_ACTOR, distinct, (batch, seq, actor) -> batch
                .bind("id", actor.id())
                .bind("name", actor.name())
                .bind("nameNorm", NameNormaliser.normalise(actor.name()))
                .bind("kind", actor.kind().name())
                .bind("country", actor.country())
                .bind("sector", actor.sector())
                .bind("wikidataId", actor.wikidataId())
                .bind("curated", actor.curated() ? 1 : 0));
        batch(handle, DELETE_ALIASES, distinct, (batch, seq, actor) -> batch.bind("actorId", actor.id()));
        batch(handle, DELETE_ROLES, distinct, (batch, seq, actor) -> batch.bind("actorId", actor.id()));
        for (Actor actor : distinct) {
            batch(handle, INSERT_ALIAS, actor.aliases(), (batch, position, alias) -> batch
                    .bind("actorId", actor.id())
                    .bind("position", position)
                    .bind("alias", alias)
                    .bind("aliasNorm", NameNormaliser.normalise(alias)));
            batch(handle, INSERT_ROLE, actor.roles(), (batch, position, role) -> bindRole(batch, actor, position,
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

    static void deleteOrphanedActors(Handle handle) {
        try (Update delete = handle.createUpdate(DELETE_ORPHANED_ACTORS)) {
            delete.execute();
        }
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
