package org.sitrep.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.export.ActorExport;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.actor.MergeReason;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.store.ActorSummary;
import org.sitrep.store.EventQuery;
import org.sitrep.store.MentionView;
import org.sitrep.store.Store;

/** Actors: the list, one actor's page, and the network of who acts on whom. Thread-safe. */
final class ActorsController {
    static final int MENTIONS_SHOWN = 300;
    static final int EVENTS_SHOWN = 1000;
    /** The network reads at most this many events: enough for a crisis, bounded for a large store. */
    static final int NETWORK_EVENTS = 50000;

    private final Store store;
    private final DocumentIndex documents;

    ActorsController(Store store, DocumentIndex documents) {
        this.store = store;
        this.documents = documents;
    }

    void list(Context ctx) {
        Optional<ActorKind> kind = Params.constant(ctx, "kind", ActorKind.class);
        int limit = Params.integer(ctx, "limit", 5000, 1, 100000);
        List<Map<String, Object>> out = new ArrayList<>();
        for (ActorSummary summary : store.actors(kind).stream().limit(limit).toList()) {
            Actor actor = summary.actor();
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", actor.id());
            item.put("name", actor.name());
            item.put("kind", actor.kind().name());
            item.put("country", actor.country());
            item.put("sector", actor.sector());
            item.put("mentions", summary.mentions());
            item.put("documents", summary.documents());
            out.add(item);
        }
        ctx.json(Map.of("actors", out));
    }

    void one(Context ctx) {
        String id = ctx.pathParam("id");
        Actor actor = store.actor(id).orElseThrow(() -> new NotFoundResponse("no actor has the id '" + id + "'",
                Map.of("parameter", "id")));
        List<MentionView> mentions = store.mentions(id, MENTIONS_SHOWN);
        Set<String> docIds = new LinkedHashSet<>();
        mentions.forEach(mention -> docIds.add(mention.docId()));
        Map<String, Object> out = ActorExport.toMap(new ActorSummary(actor, store.mentionCount(id), docIds.size()));
        List<Map<String, Object>> sentences = new ArrayList<>();
        for (MentionView mention : mentions) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("doc_id", mention.docId());
            item.put("doc_title", mention.docTitle());
            item.put("sentence", mention.sentence());
            item.put("sentence_text", mention.sentenceText());
            item.put("text", mention.text());
            item.put("method", mention.method());
            sentences.add(item);
        }
        out.put("named_in", sentences);
        List<Map<String, Object>> why = new ArrayList<>();
        for (MergeReason reason : store.mergeReasons(id)) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("alias", reason.alias());
            item.put("rule", reason.rule());
            item.put("detail", reason.detail());
            item.put("doc_id", reason.docId());
            item.put("sentence", reason.sentence() < 0 ? null : reason.sentence());
            why.add(item);
        }
        out.put("why", why);
        List<Event> events = store.events(EventQuery.all().withActorId(id).withLimit(EVENTS_SHOWN));
        EventJson json = EventJson.of(store, events, documents.byId());
        out.put("events", events.stream().map(json::toMap).toList());
        ctx.json(out);
    }

    /**
     * Who acts on whom: an edge from each named source to each named target of an event, weighted by the
     * events they share; nodes are the actors on some edge, weighted by their events.
     */
    void network(Context ctx) {
        int maxNodes = Params.integer(ctx, "nodes", 60, 2, 500);
        Map<String, Integer> nodeEvents = new HashMap<>();
        Map<List<String>, Map<String, Integer>> edges = new LinkedHashMap<>();
        for (Event event : store.events(EventQuery.all().withLimit(NETWORK_EVENTS))) {
            Set<String> involved = new LinkedHashSet<>();
            for (EventActor source : event.sources()) {
                for (EventActor target : event.targets()) {
                    if (source.actorKey() != null && target.actorKey() != null
                            && !source.actorKey().equals(target.actorKey())) {
                        edges.computeIfAbsent(List.of(source.actorKey(), target.actorKey()), key -> new HashMap<>())
                                .merge(event.crisisClass().name(), 1, Integer::sum);
                        involved.add(source.actorKey());
                        involved.add(target.actorKey());
                    }
                }
            }
            involved.forEach(actor -> nodeEvents.merge(actor, 1, Integer::sum));
        }
        List<String> kept = nodeEvents.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(maxNodes).map(Map.Entry::getKey).toList();
        Set<String> keptSet = Set.copyOf(kept);
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (String id : kept) {
            Optional<Actor> actor = store.actor(id);
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("id", id);
            node.put("name", actor.map(Actor::name).orElse(id));
            node.put("kind", actor.map(a -> a.kind().name()).orElse(null));
            node.put("events", nodeEvents.get(id));
            nodes.add(node);
        }
        List<Map<String, Object>> links = new ArrayList<>();
        edges.forEach((pair, classes) -> {
            if (keptSet.contains(pair.get(0)) && keptSet.contains(pair.get(1))) {
                Map<String, Object> link = new LinkedHashMap<>();
                link.put("source", pair.get(0));
                link.put("target", pair.get(1));
                link.put("events", classes.values().stream().mapToInt(Integer::intValue).sum());
                link.put("classes", new java.util.TreeMap<>(classes));
                links.add(link);
            }
        });
        links.sort(Comparator.comparing((Map<String, Object> link) -> (Integer) link.get("events")).reversed());
        ctx.json(Map.of("nodes", nodes, "links", links));
    }
}
