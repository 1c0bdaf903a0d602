package org.sitrep.store.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.event.EventMention;
import org.sitrep.model.event.EventSize;
import org.sitrep.model.event.EventStatus;
import org.sitrep.model.event.PloverCoding;
import org.sitrep.model.place.Location;
import org.sitrep.model.time.DateRange;
import org.sitrep.store.EventQuery;

/**
 * Reads events ({@code sql/.../events.sql}): the listing in two steps, a page's keys from an index, then that
 * page's rows, sources, targets and mentions. Thread-safe.
 */
final class EventReader {
    private static final String FILE = "events";

    private final Database db;

    EventReader(Database db) {
        this.db = db;
    }

    /**
     * The filters become fixed SQL conditions with bound values; the place is matched against the place folded
     * when the event was saved.
     */
    List<Event> events(EventQuery query) {
        Objects.requireNonNull(query, "query");
        Optional<String> folded = query.place().map(NameNormaliser::normalise);
        if (query.limit() == 0 || folded.filter(String::isEmpty).isPresent()) {
            return List.of();
        }
        return db.read("read events", handle -> {
            long events = handle.createQuery(sql("max_key")).mapTo(Long.class).one();
            long cap = countCap(events, query.limit());
            List<String> conditions = new ArrayList<>();
            query.crisisClass().ifPresent(value -> conditions.add(sql("if_class")));
            query.status().ifPresent(value -> conditions.add(sql("if_status")));
            query.docId().ifPresent(value -> conditions.add(sql("if_document")));
            query.actorId().ifPresent(actorId -> {
                long matches = handle.createQuery(sql("actor_matches"))
                        .bind("actorId", actorId).bind("cap", cap).mapTo(Long.class).one();
                conditions.add(sql(sortsFewerRows(matches, events, query.limit())
                        ? "if_actor_sorting" : "if_actor_walking"));
            });
            if (folded.isPresent()) {
                long matches = handle.createQuery(sql("place_names") + sql("place_matches"))
                        .bind("place", folded.get()).bind("cap", cap).mapTo(Long.class).one();
                if (matches == 0) {
                    return List.of();
                }
                conditions.add(sql(sortsFewerRows(matches, events, query.limit())
                        ? "if_place_sorting" : "if_place_walking"));
            }
            // No event starting before from minus the longest stored interval can reach from, and that lower
            // bound on date_start is what lets the listing-order and date indexes serve the range.
            Optional<String> earliestStart = query.from().flatMap(from -> handle
                    .createQuery(sql("longest_span"))
                    .mapTo(Double.class).findOne()
                    .map(days -> Rows.dateText(from.minusDays((long) Math.ceil(days)))));
            query.from().ifPresent(value -> conditions.add(sql("if_from")));
            earliestStart.ifPresent(value -> conditions.add(sql("if_earliest_start")));
            query.to().ifPresent(value -> conditions.add(sql("if_to")));
            String where = conditions.isEmpty() ? "" : "WHERE " + String.join("  AND ", conditions);
            // The limit is written into the SQL, not bound: with an unknown limit SQLite plans for reading every
            // match and walks the listing-order index even when a date range would find far fewer rows.
            Query page = handle.createQuery((folded.isPresent() ? sql("place_names") : "") + sql("page_head")
                    + where + sql("page_order") + "LIMIT " + query.limit());
            query.crisisClass().ifPresent(value -> page.bind("crisisClass", value.name()));
            query.actorId().ifPresent(value -> page.bind("actorId", value));
            folded.ifPresent(value -> page.bind("place", value));
            query.from().ifPresent(value -> page.bind("from", Rows.dateText(value)));
            earliestStart.ifPresent(value -> page.bind("earliestStart", value));
            query.to().ifPresent(value -> page.bind("to", Rows.dateText(value)));
            query.status().ifPresent(value -> page.bind("status", value.name()));
            query.docId().ifPresent(value -> page.bind("docId", value));
            return withActorsAndMentions(handle, eventRows(handle, page.mapTo(Long.class).list()));
        });
    }

    /**
     * Whether reading all {@code matches} events of a filter and sorting them costs less than walking the listing
     * order until {@code limit} of them turn up (about limit × events / matches rows). A sorted row costs about six
     * walked ones ({@code sitrep bench-api}); {@code events} may overestimate, which favours the sort, whose cost
     * is bounded by the matches.
     */
    static boolean sortsFewerRows(long matches, long events, int limit) {
        return 6.0 * matches * matches < (double) limit * events;
    }

    /**
     * The fewest matches for which {@link #sortsFewerRows} is false: counting further cannot change the plan, so
     * filters count their matches up to here only.
     */
    static long countCap(long events, int limit) {
        long cap = Math.max(1, (long) Math.sqrt(limit * (double) events / 6.0));
        while (sortsFewerRows(cap, events, limit)) {
            cap++;
        }
        while (cap > 1 && !sortsFewerRows(cap - 1, events, limit)) {
            cap--;
        }
        return cap;
    }

    Optional<Event> event(String eventId) {
        return db.read("read event " + eventId, handle -> withActorsAndMentions(handle, handle
                .createQuery(sql("select") + sql("by_id"))
                .bind("id", eventId)
                .map((row, context) -> EventRow.of(row))
                .list()).stream().findFirst());
    }

    int eventCount() {
        return db.read("count events", handle -> handle.createQuery(sql("count")).mapTo(Integer.class).one());
    }

    /** The rows of {@code keys}, in that order. */
    private List<EventRow> eventRows(Handle handle, List<Long> keys) {
        Map<Long, EventRow> byKey = new HashMap<>();
        for (List<Long> chunk : Rows.inListChunks(keys)) {
            handle.createQuery(sql("select") + sql("by_keys"))
                    .bindList("keys", chunk)
                    .map((row, context) -> Map.entry(row.getLong("row_id"), EventRow.of(row)))
                    .forEach(entry -> byKey.put(entry.getKey(), entry.getValue()));
        }
        return keys.stream().map(byKey::get).toList();
    }

    /** Completes event rows with their sources, targets and mentions, keeping the rows' order. */
    private List<Event> withActorsAndMentions(Handle handle, List<EventRow> rows) {
        Map<String, List<EventActor>> sources = new HashMap<>();
        Map<String, List<EventActor>> targets = new HashMap<>();
        Map<String, List<EventMention>> mentions = new HashMap<>();
        List<String> ids = rows.stream().map(EventRow::id).toList();
        for (List<String> chunk : Rows.inListChunks(ids)) {
            handle.createQuery(sql("sources_and_targets"))
                    .bindList("ids", chunk)
                    .map((row, context) -> new RoleRow(row.getString("event_id"), row.getString("role"),
                            Rows.eventActor(row)))
                    .forEach(actor -> (Rows.SOURCE.equals(actor.role()) ? sources : targets)
                            .computeIfAbsent(actor.eventId(), id -> new ArrayList<>())
                            .add(actor.actor()));
            handle.createQuery(sql("mentions"))
                    .bindList("ids", chunk)
                    .map((row, context) -> Map.entry(row.getString("event_id"), Rows.eventMention(row)))
                    .forEach(mention -> mentions.computeIfAbsent(mention.getKey(), id -> new ArrayList<>())
                            .add(mention.getValue()));
        }
        return rows.stream()
                .map(row -> row.toEvent(sources.getOrDefault(row.id(), List.of()),
                        targets.getOrDefault(row.id(), List.of()), mentions.getOrDefault(row.id(), List.of())))
                .toList();
    }

    private String sql(String statement) {
        return db.sql(FILE, statement);
    }

    /** An events row before its sources, targets and mentions are attached. */
    private record EventRow(String id, CrisisClass crisisClass, PloverCoding plover, DateRange date,
                            String dateText, Location place, EventSize size, EventStatus status, double confidence) {
        static EventRow of(ResultSet row) throws SQLException {
            return new EventRow(row.getString("id"), CrisisClass.valueOf(row.getString("crisis_class")),
                    Rows.plover(row), Rows.eventDate(row), row.getString("date_text"), Rows.eventPlace(row),
                    Rows.eventSize(row), EventStatus.valueOf(row.getString("status")), row.getDouble("confidence"));
        }

        Event toEvent(List<EventActor> sources, List<EventActor> targets, List<EventMention> mentions) {
            return new Event(id, crisisClass, plover, sources, targets, date, dateText, place, size, status,
                    confidence, mentions);
        }
    }

    /** An event_actors row: one source or target of an event. */
    private record RoleRow(String eventId, String role, EventActor actor) {
    }
}
