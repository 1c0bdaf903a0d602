package org.sitrep.actors;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.Token;
import org.sitrep.pipeline.AnalysedDocument;

/**
 * Ties a generic nominal ("the junta", "the army") to an actor with its tag: the one named last before it, else
 * the most named, else, for tags that fall back on context, the dictionary actor of the document's focus country
 * whose role covers the publication date, else that country's own force or state ({@link NationalForces}).
 * Stateless and thread-safe.
 */
final class Nominals {
    private final ActorDictionary dictionary;
    private final NationalForces forces;
    private final Descriptions descriptions;

    Nominals(ActorDictionary dictionary, NationalForces forces, Descriptions descriptions) {
        this.dictionary = dictionary;
        this.forces = forces;
        this.descriptions = descriptions;
    }

    void resolve(AnalysedDocument document, ActorClusters actors, Candidate candidate) {
        NominalTag rule = dictionary.nominalTag(candidate.tag());
        if (rule.byKind()) {
            descriptions.antecedent(document, actors, candidate, rule).ifPresent(antecedent -> actors.attach(antecedent,
                    candidate, "nominal", "definite_description", "'" + candidate.surface() + "' refers back to "
                    + antecedent.name + ", the actor of a kind it fits named last before it"));
            return;
        }
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
            if (known.isPresent()) {
                best = actors.dictionaryCluster(known.get());
                detail = "'" + candidate.surface() + "' refers to a " + candidate.tag() + "; the document names "
                        + "none, and " + known.get().name() + " is the one of " + focusCountry(actors).orElse("?")
                        + (publicationDate(document) == null ? "" : " in that role on " + publicationDate(document));
            } else if (rule.ownActor() == null) {
                if (!possessed(document, candidate)) {
                    national(actors, candidate);
                }
                return;
            }
            // else: a junta the dictionary does not know for that country and date is the report's own actor.
        }
        if (best == null && rule.ownActor() != null) {
            best = actors.ownCluster(rule.ownActor(), rule.ownKind());
            detail = "'" + candidate.surface() + "' names the " + rule.ownActor()
                    + " the report follows as one actor; no actor named in it is a " + candidate.tag();
        }
        if (best != null) {
            actors.attach(best, candidate, "nominal", "generic_nominal", detail);
        }
    }

    /**
     * A nominal of a country's own institution the dictionary has no actor for ("security forces", "the
     * government" in a report about a country it does not cover): the force of that branch of the focus country
     * ({@link NationalForces}), or its state when the document names it.
     */
    private void national(ActorClusters actors, Candidate candidate) {
        Optional<String> country = focusCountry(actors);
        if (country.isEmpty()) {
            return;
        }
        Cluster target = null;
        Optional<NationalForces.Branch> branch = forces.branchOfTag(candidate.tag());
        if (branch.isPresent()) {
            target = forces.cluster(actors, dictionary, country.get(), branch.get());
        } else if (forces.isStateTag(candidate.tag())) {
            target = NationalForces.stateCluster(actors, dictionary, country.get());
        }
        if (target != null) {
            actors.attach(target, candidate, "nominal", "generic_nominal", "'" + candidate.surface() + "' refers to a "
                    + candidate.tag() + "; the document names none, and " + target.name + " is the one of "
                    + country.get() + ", the country it names most");
        }
    }

    /** "Habré's troops", "the rebels' forces": whose they are is said, and it need not be the country's. */
    private static boolean possessed(AnalysedDocument document, Candidate candidate) {
        List<Token> tokens = document.tokens(candidate.sentence());
        int before = candidate.firstToken() - 1;
        return before >= 0 && tokens.get(before).pos().equals("POS");
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
