package org.sitrep.actors;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.pipeline.AnalysedDocument;

/**
 * Ties a generic nominal ("the junta", "the army") to an actor with its tag: the one named last before it, else
 * the most named, else, for tags that fall back on context, the dictionary actor of the document's focus country
 * whose role covers the publication date. Stateless and thread-safe.
 */
final class Nominals {
    private final ActorDictionary dictionary;

    Nominals(ActorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    void resolve(AnalysedDocument document, ActorClusters actors, Candidate candidate) {
        Cluster best = null;
        long bestPosition = -1;
        for (Cluster cluster : actors.clusters.values()) {
            if (!cluster.tags.contains(candidate.tag())) {
                continue;
            }
            long position = cluster.lastPositionBefore(candidate.position());
            if (position > bestPosition) {
                best = cluster;
                bestPosition = position;
            }
        }
        String detail;
        if (best != null) {
            detail = "'" + candidate.surface() + "' refers to a " + candidate.tag() + "; " + best.name
                    + " is the " + candidate.tag() + " named most recently before it";
        } else {
            best = actors.clusters.values().stream().filter(cluster -> cluster.tags.contains(candidate.tag()))
                    .max(Comparator.comparingInt(cluster -> cluster.mentions.size())).orElse(null);
            detail = best == null ? null : "'" + candidate.surface() + "' refers to a " + candidate.tag() + "; "
                    + best.name + " is the most named " + candidate.tag() + " in the document";
        }
        if (best == null && dictionary.fallsBackOnContext(candidate.tag())) {
            Optional<DictionaryActor> known = actorInContext(document, actors, candidate.tag());
            if (known.isEmpty()) {
                return;
            }
            best = actors.dictionaryCluster(known.get());
            detail = "'" + candidate.surface() + "' refers to a " + candidate.tag() + "; the document names none, "
                    + "and " + known.get().name() + " is the one of " + focusCountry(actors).orElse("?")
                    + (publicationDate(document) == null ? "" : " in that role on " + publicationDate(document));
        }
        if (best != null) {
            actors.attach(best, candidate, "nominal", "generic_nominal", detail);
        }
    }

    /**
     * The dictionary actor a nominal means when the document names none with its tag: the only one of the
     * document's focus country whose dated roles (if it has any) cover the publication date.
     */
    private Optional<DictionaryActor> actorInContext(AnalysedDocument document, ActorClusters actors, String tag) {
        Optional<String> country = focusCountry(actors);
        if (country.isEmpty()) {
            return Optional.empty();
        }
        LocalDate date = publicationDate(document);
        List<DictionaryActor> fitting = dictionary.actors().stream()
                .filter(actor -> actor.tags().contains(tag) && country.get().equals(actor.country()))
                .filter(actor -> actor.roles().isEmpty()
                        || date != null && actor.roles().stream().anyMatch(role -> role.heldOn(date)))
                .toList();
        return fitting.size() == 1 ? Optional.of(fitting.get(0)) : Optional.empty();
    }

    private static LocalDate publicationDate(AnalysedDocument document) {
        return document.document().source().published();
    }

    /** The country the document names most, counting states and the country of every actor named. */
    private Optional<String> focusCountry(ActorClusters actors) {
        Map<String, Integer> counts = new HashMap<>();
        for (Cluster cluster : actors.clusters.values()) {
            String country = cluster.key.startsWith("state:") ? cluster.key.substring(6)
                    : cluster.dictionaryId == null ? null
                    : dictionary.actor(cluster.dictionaryId).map(DictionaryActor::country).orElse(null);
            if (country != null && dictionary.countryByName().containsValue(country)) {
                counts.merge(country, cluster.mentions.size(), Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }
}
