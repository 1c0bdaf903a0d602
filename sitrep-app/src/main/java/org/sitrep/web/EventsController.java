package org.sitrep.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventStatus;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Store;

/** {@code GET /api/events}: events in date order with the timeline's filters. Thread-safe. */
final class EventsController {
    static final int DEFAULT_LIMIT = 500;
    static final int MAX_LIMIT = 10000;

    private final Store store;
    private final DocumentIndex documents;

    EventsController(Store store, DocumentIndex documents) {
        this.store = store;
        this.documents = documents;
    }

    void list(Context ctx) {
        EventQuery query = query(ctx);
        int limit = query.limit();
        // One more than asked tells whether there are more, without counting them all.
        List<Event> events = store.events(query.withLimit(limit + 1));
        boolean more = events.size() > limit;
        List<Event> page = events.stream().limit(limit).toList();
        EventJson json = EventJson.of(store, page, documents.byId());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("events", page.stream().map(json::toMap).toList());
        out.put("limit", limit);
        out.put("more", more);
        ctx.json(out);
    }

    /** The filters of {@code ctx} as a store query; an unknown actor or document is a 400, not an empty list. */
    EventQuery query(Context ctx) {
        EventQuery query = EventQuery.all().withLimit(Params.integer(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT));
        Optional<CrisisClass> crisisClass = Params.constant(ctx, "class", CrisisClass.class);
        if (crisisClass.isPresent()) {
            query = query.withCrisisClass(crisisClass.get());
        }
        Optional<EventStatus> status = Params.constant(ctx, "status", EventStatus.class);
        if (status.isPresent()) {
            query = query.withStatus(status.get());
        }
        Optional<String> actor = Params.text(ctx, "actor");
        if (actor.isPresent()) {
            if (store.actor(actor.get()).isEmpty()) {
                throw Params.bad("actor", actor.get(), "is not the id of a stored actor (see /api/actors)");
            }
            query = query.withActorId(actor.get());
        }
        Optional<String> doc = Params.text(ctx, "doc");
        if (doc.isPresent()) {
            if (documents.get(doc.get()).isEmpty()) {
                throw Params.bad("doc", doc.get(), "is not the id of a stored document (see /api/documents)");
            }
            query = query.withDocId(doc.get());
        }
        Optional<String> place = Params.text(ctx, "place");
        if (place.isPresent()) {
            query = query.withPlace(place.get());
        }
        Optional<LocalDate> from = Params.date(ctx, "from");
        Optional<LocalDate> to = Params.date(ctx, "to");
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw Params.bad("to", to.get().toString(), "is before 'from' (" + from.get() + ")");
        }
        if (from.isPresent() || to.isPresent()) {
            query = query.withPeriod(from.orElse(null), to.orElse(null));
        }
        return query;
    }
}
