package org.sitrep.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.actor.ActorMention;
import org.sitrep.model.actor.MergeReason;
import org.sitrep.pipeline.AnalysedDocument;
import org.sitrep.pipeline.LocalActor;

/**
 * The actors of one document while its names are being clustered: the clusters in order of creation, the
 * indexes from a folded name or an acronym to its cluster, and every mention attached so far with the reason
 * for each new surface form. One instance per document.
 */
final class ActorClusters {
    final Map<String, Cluster> clusters = new LinkedHashMap<>();
    final Map<String, String> byPersonName = new HashMap<>();
    final Map<String, String> byOrgName = new HashMap<>();
    final Map<String, String> byAcronym = new HashMap<>();
    private final List<ActorMention> pendingMentions = new ArrayList<>();
    private final String documentId;
    private int nextLocal = 1;

    ActorClusters(String documentId) {
        this.documentId = documentId;
    }

    Cluster dictionaryCluster(DictionaryActor actor) {
        return clusters.computeIfAbsent("dict:" + actor.id(), key -> {
            Cluster created = new Cluster(key, actor.name(), actor.kind());
            created.dictionaryId = actor.id();
            created.tags.addAll(actor.tags());
            return created;
        });
    }

    /** The document's one actor of this name made of generic phrases only ("protesters"). */
    Cluster ownCluster(String name, ActorKind kind) {
        return clusters.computeIfAbsent("own:" + name, key -> new Cluster(key, name, kind));
    }

    Cluster newCluster(String name, ActorKind kind) {
        Cluster cluster = new Cluster("local:" + nextLocal++, name, kind);
        clusters.put(cluster.key, cluster);
        return cluster;
    }

    void attach(Cluster cluster, Candidate candidate, String method, String rule, String detail) {
        cluster.mentions.add(candidate);
        if (cluster.forms.add(candidate.surface())) {
            cluster.reasons.add(new MergeReason(null, candidate.surface(), rule, detail,
                    documentId, candidate.sentence()));
        }
        if (!candidate.surface().equals(candidate.name()) && cluster.forms.add(candidate.name())) {
            cluster.reasons.add(new MergeReason(null, candidate.name(), rule, detail, documentId,
                    candidate.sentence()));
        }
        // "the Tuareg rebels" is also written "Tuareg rebels": keep the name without its article as well.
        String bare = candidate.surface().replaceFirst("^(?i)(the|a|an)\\s+", "");
        if (!bare.equals(candidate.surface()) && !bare.isBlank() && cluster.forms.add(bare)) {
            cluster.reasons.add(new MergeReason(null, bare, rule, detail, documentId,
                    candidate.sentence()));
        }
        pendingMentions.add(new ActorMention(candidate.sentence(), candidate.span(), candidate.surface(),
                cluster.key, method));
    }

    /** Records another surface form of {@code cluster}, with why, unless it has it already. */
    void addForm(Cluster cluster, String form, int sentence, String rule, String detail) {
        if (!form.isBlank() && cluster.forms.add(form)) {
            cluster.reasons.add(new MergeReason(null, form, rule, detail, documentId, sentence));
        }
    }

    /**
     * Sets the document's actors and actor mentions: weak clusters dropped, one mention per span (the first
     * attached), in text order.
     */
    void publish(AnalysedDocument document, ActorDictionary dictionary) {
        clusters.values().removeIf(cluster -> cluster.weak);
        List<LocalActor> actors = new ArrayList<>();
        Set<String> live = clusters.keySet();
        for (Cluster cluster : clusters.values()) {
            actors.add(new LocalActor(cluster.key, cluster.name, cluster.kind, cluster.dictionaryId,
                    new ArrayList<>(cluster.forms), cluster.reasons, cluster.tags,
                    cluster.dictionaryId == null ? List.of()
                            : dictionary.actor(cluster.dictionaryId).map(DictionaryActor::roles).orElse(List.of())));
        }
        Map<String, String> moved = new HashMap<>();
        List<ActorMention> mentions = new ArrayList<>();
        for (ActorMention mention : pendingMentions) {
            if (live.contains(mention.actorKey()) && moved.putIfAbsent(spanKey(mention), mention.actorKey())
                    == null) {
                mentions.add(mention);
            }
        }
        mentions.sort(Comparator.comparingInt(ActorMention::sentence).thenComparingInt(m -> m.span().start()));
        document.setActors(actors, mentions);
    }

    private static String spanKey(ActorMention mention) {
        return mention.sentence() + ":" + mention.span().start() + ":" + mention.span().end();
    }
}
