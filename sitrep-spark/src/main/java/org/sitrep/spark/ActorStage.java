package org.sitrep.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.sitrep.actors.ActorLinker;
import org.sitrep.actors.DictionaryActor;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.actor.ActorMention;
import org.sitrep.pipeline.LocalActor;
import scala.Tuple2;

/**
 * Cross-document stage, actors: links every document's actors to one set of actors, as a serial ingest in
 * ingest order does, but group by group. Actors are keyed by {@link ActorKeys}; the keys are shuffled to find
 * which actors can meet (connected groups); each group is then linked on one executor by {@link ActorLinker},
 * document after document in ingest order, against the group's actors so far.
 */
final class ActorStage {
    private ActorStage() {
    }

    /** A document's actors: what linking needs of its coding. */
    record DocActors(long order, String docId, String locals, String mentions) implements Serializable {
    }

    /** A document's share of one group: the keys of its local actors in the group. */
    record Part(long order, String docId, List<String> keys, String locals, String mentions)
            implements Serializable {
    }

    /**
     * What linking decided: a document's local key and the actor id it links to, or (with a null docId) one of
     * the resulting actors as JSON.
     */
    record Linked(String docId, String localKey, String actorId, String actorJson) implements Serializable {
    }

    static JavaRDD<Linked> link(JavaSparkContext context, JobSettings settings, JavaRDD<DocActors> docs,
                                int partitions) {
        JavaPairRDD<String, String> keyed = docs.flatMapToPair(doc -> {
            ActorKeys keys = new ActorKeys(Workers.dictionary(settings));
            List<Tuple2<String, String>> out = new ArrayList<>();
            for (LocalActor local : Codec.read(doc.locals(), Codec.LOCAL_ACTORS)) {
                String node = node(doc.docId(), local.key());
                keys.of(local).forEach(key -> out.add(new Tuple2<>(key, node)));
            }
            return out.iterator();
        });
        ActorKeys dictionaryKeys = new ActorKeys(Workers.dictionary(settings));
        List<Tuple2<String, String>> dictionaryNodes = new ArrayList<>();
        for (DictionaryActor entry : Workers.dictionary(settings).actors()) {
            dictionaryKeys.of(entry).forEach(key -> dictionaryNodes.add(new Tuple2<>(key, "dict#" + entry.id())));
        }
        keyed = keyed.union(context.parallelizePairs(dictionaryNodes));
        Broadcast<Map<String, String>> groups = context.broadcast(Components.ofSharedKeys(keyed));

        JavaPairRDD<String, Part> parts = docs.flatMapToPair(doc -> {
            Map<String, List<String>> byGroup = new LinkedHashMap<>();
            for (LocalActor local : Codec.read(doc.locals(), Codec.LOCAL_ACTORS)) {
                String node = node(doc.docId(), local.key());
                byGroup.computeIfAbsent(groups.value().getOrDefault(node, node), g -> new ArrayList<>())
                        .add(local.key());
            }
            List<Tuple2<String, Part>> out = new ArrayList<>();
            byGroup.forEach((group, keys) -> out.add(new Tuple2<>(group, new Part(doc.order(), doc.docId(), keys,
                    doc.locals(), doc.mentions()))));
            return out.iterator();
        });
        return parts.groupByKey(Math.max(1, partitions))
                .flatMap(group -> linkGroup(settings, group._2()).iterator());
    }

    /** One group, document after document in ingest order, as {@code Ingester} links them. */
    static List<Linked> linkGroup(JobSettings settings, Iterable<Part> unsorted) {
        List<Part> parts = new ArrayList<>();
        unsorted.forEach(parts::add);
        parts.sort(Comparator.comparingLong(Part::order));
        ActorLinker linker = Workers.linker(settings);
        Map<String, Actor> known = new HashMap<>();
        List<Linked> out = new ArrayList<>();
        for (Part part : parts) {
            List<LocalActor> locals = Codec.read(part.locals(), Codec.LOCAL_ACTORS);
            List<ActorMention> mentions = Codec.read(part.mentions(), Codec.ACTOR_MENTIONS);
            // The store lists its actors by name, then id; the linker's first-match rules see them in that order.
            List<Actor> stored = new ArrayList<>(known.values());
            stored.sort(Comparator.comparing(Actor::name).thenComparing(Actor::id));
            // The whole document is linked so its context (every name it uses) is the same as in a serial
            // ingest; only this group's actors are kept. The others cannot touch this group's (no shared key).
            ActorLinker.Linked linked = linker.link(part.docId(), locals, mentions, stored);
            Set<String> targets = new HashSet<>();
            for (String key : part.keys()) {
                String id = linked.storeIds().get(key);
                targets.add(id);
                out.add(new Linked(part.docId(), key, id, null));
            }
            for (Actor actor : linked.actors()) {
                if (targets.contains(actor.id())) {
                    known.put(actor.id(), actor);
                }
            }
        }
        known.values().forEach(actor -> out.add(new Linked(null, null, actor.id(), Codec.write(actor))));
        return out;
    }

    private static String node(String docId, String localKey) {
        return docId + "#" + localKey;
    }
}
