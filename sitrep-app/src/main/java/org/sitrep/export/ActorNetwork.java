package org.sitrep.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;

/**
 * Who acts on whom: one node per actor that is the doer or the target of an event, one directed edge per doer and
 * target pair, with the events between them counted by crisis class and by PLOVER quad. Built from the merged
 * events, so an event several reports tell counts once. The graph only; {@link NetworkFormats} writes it.
 *
 * @param nodes in order of events, then of name
 * @param edges in order of events, then of source and target
 */
public record ActorNetwork(List<Node> nodes, List<Edge> edges) {
    /** PLOVER's quads, by number: the names the exports give their counts. */
    public static final List<String> QUADS = List.of("verbal_cooperation", "material_cooperation", "verbal_conflict",
            "material_conflict");

    public ActorNetwork {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** An actor: its kind, country and mentions in the store, and the events it takes part in. */
    public record Node(String id, String name, String kind, String country, int mentions, int events) {
    }

    /**
     * Events with {@code source} among the doers and {@code target} among the targets.
     *
     * @param quads counts by quad name ({@link #QUADS}); events with no quad are counted in no quad
     */
    public record Edge(String source, String target, int events, Map<CrisisClass, Integer> classes,
                       Map<String, Integer> quads) {
        public Edge {
            Map<CrisisClass, Integer> copy = new EnumMap<>(CrisisClass.class);
            copy.putAll(classes);
            classes = java.util.Collections.unmodifiableMap(copy);
            quads = java.util.Collections.unmodifiableMap(new TreeMap<>(quads));
        }
    }

    /** The network of {@code events} (the merged events), with the store's actors and their mentions. */
    public static ActorNetwork of(org.sitrep.store.Store store, List<Event> events) {
        Map<String, Integer> mentions = new java.util.HashMap<>();
        store.actors(Optional.empty()).forEach(summary -> mentions.put(summary.actor().id(), summary.mentions()));
        return of(events, store::actor, id -> mentions.getOrDefault(id, 0));
    }

    /**
     * @param actors the store's actor by id (with its mentions), empty for an id the store does not know
     */
    public static ActorNetwork of(List<Event> events, Function<String, Optional<Actor>> actors,
                                  Function<String, Integer> mentions) {
        Map<String, Integer> eventsOf = new LinkedHashMap<>();
        Map<List<String>, EdgeCounts> pairs = new LinkedHashMap<>();
        for (Event event : events) {
            java.util.Set<String> involved = new java.util.LinkedHashSet<>();
            event.sources().stream().map(EventActor::actorKey).filter(java.util.Objects::nonNull).forEach(involved::add);
            event.targets().stream().map(EventActor::actorKey).filter(java.util.Objects::nonNull).forEach(involved::add);
            involved.forEach(id -> eventsOf.merge(id, 1, Integer::sum));
            java.util.Set<List<String>> seen = new java.util.HashSet<>();
            for (EventActor source : event.sources()) {
                for (EventActor target : event.targets()) {
                    if (source.actorKey() == null || target.actorKey() == null
                            || source.actorKey().equals(target.actorKey())) {
                        continue;
                    }
                    List<String> pair = List.of(source.actorKey(), target.actorKey());
                    if (seen.add(pair)) {
                        pairs.computeIfAbsent(pair, p -> new EdgeCounts()).add(event);
                    }
                }
            }
        }
        List<Node> nodes = new ArrayList<>();
        eventsOf.forEach((id, count) -> {
            Optional<Actor> actor = actors.apply(id);
            nodes.add(new Node(id, actor.map(Actor::name).orElse(id), actor.map(a -> a.kind().name()).orElse(null),
                    actor.map(Actor::country).orElse(null), mentions.apply(id), count));
        });
        nodes.sort(Comparator.comparingInt(Node::events).reversed().thenComparing(Node::name)
                .thenComparing(Node::id));
        List<Edge> edges = new ArrayList<>();
        pairs.forEach((pair, counts) -> edges.add(new Edge(pair.get(0), pair.get(1), counts.events, counts.classes,
                counts.quads)));
        edges.sort(Comparator.comparingInt(Edge::events).reversed().thenComparing(Edge::source)
                .thenComparing(Edge::target));
        return new ActorNetwork(nodes, edges);
    }

    private static final class EdgeCounts {
        private int events;
        private final Map<CrisisClass, Integer> classes = new EnumMap<>(CrisisClass.class);
        private final Map<String, Integer> quads = new TreeMap<>();

        void add(Event event) {
            events++;
            classes.merge(event.crisisClass(), 1, Integer::sum);
            int quad = event.plover() == null ? 0 : event.plover().quad();
            if (quad >= 1 && quad <= QUADS.size()) {
                quads.merge(QUADS.get(quad - 1), 1, Integer::sum);
            }
        }
    }
}
