package org.sitrep.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.actors.Candidate.Source;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.text.TextFold;

/**
 * Clusters the names proper: dictionary names to their actor, country names to their state, full names (a
 * shorter name inside a longer one joins it), surnames (to the person of that surname named last before them),
 * a first name alone to the one person so named, and organisations by name. Stateless and thread-safe.
 */
final class NameClustering {
    private final ActorDictionary dictionary;
    private final Map<String, String> stateIdByCountry = new HashMap<>();

    NameClustering(ActorDictionary dictionary) {
        this.dictionary = dictionary;
        for (DictionaryActor actor : dictionary.actors()) {
            if (actor.kind() == ActorKind.STATE && actor.country() != null) {
                stateIdByCountry.putIfAbsent(actor.country(), actor.id());
            }
        }
    }

    void addDictionary(ActorClusters actors, Candidate candidate) {
        DictionaryActor actor = dictionary.actor(candidate.dictionaryId()).orElseThrow();
        Cluster cluster = actors.dictionaryCluster(actor);
        actors.attach(cluster, candidate, "dictionary", "dictionary_alias", "'" + candidate.name()
                + "' is a name of " + actor.name() + " in the actor dictionary");
        if (actor.kind() == ActorKind.PERSON) {
            List<String> words = TextFold.nameWords(actor.name());
            actors.byPersonName.putIfAbsent(TextFold.name(actor.name()), cluster.key);
            actors.byPersonName.putIfAbsent(TextFold.name(candidate.name()), cluster.key);
        } else {
            actor.names().forEach(name -> {
                if (Names.isAcronym(name)) {
                    actors.byAcronym.putIfAbsent(name, cluster.key);
                } else {
                    actors.byOrgName.putIfAbsent(TextFold.name(name), cluster.key);
                }
            });
        }
    }

    void addState(ActorClusters actors, Candidate candidate) {
        String code = candidate.dictionaryId();
        String dictionaryId = stateIdByCountry.get(code);
        if (dictionaryId != null) {
            addDictionary(actors, new Candidate(candidate.sentence(), candidate.firstToken(), candidate.endToken(),
                    candidate.span(), candidate.nameSpan(), candidate.surface(), candidate.name(),
                    Source.DICTIONARY, dictionaryId, null));
            return;
        }
        Cluster cluster = actors.clusters.computeIfAbsent("state:" + code, key -> {
            Cluster created = new Cluster(key, candidate.name(), ActorKind.STATE);
            created.tags.add("state");
            return created;
        });
        actors.attach(cluster, candidate, "country", "country_name", "'" + candidate.name() + "' names the country "
                + code);
    }

    void addFullName(ActorClusters actors, Candidate candidate) {
        String normalised = TextFold.name(candidate.name());
        String key = actors.byPersonName.get(normalised);
        String rule = "same_name";
        if (key == null) {
            key = longerNameContaining(actors, candidate.name());
            rule = "name_subset";
        }
        if (key == null) {
            Cluster cluster = actors.newCluster(candidate.name(), ActorKind.PERSON);
            actors.byPersonName.put(normalised, cluster.key);
            actors.attach(cluster, candidate, "ner", "named_entity", "the tagger named a person '" + candidate.name()
                    + "'");
            return;
        }
        Cluster cluster = actors.clusters.get(key);
        actors.byPersonName.putIfAbsent(normalised, key);
        if (TextFold.nameWords(candidate.name()).size() > TextFold.nameWords(cluster.name).size()
                && cluster.dictionaryId == null) {
            cluster.name = candidate.name();
        }
        actors.attach(cluster, candidate, "ner", rule, "'" + candidate.name() + "' shares first and last name with '"
                + cluster.name + "'");
    }

    /** A person cluster whose name has the same last name and includes every word of {@code name}. */
    private static String longerNameContaining(ActorClusters actors, String name) {
        List<String> words = TextFold.nameWords(name);
        String last = words.get(words.size() - 1);
        for (Map.Entry<String, String> entry : actors.byPersonName.entrySet()) {
            List<String> known = List.of(entry.getKey().split(" "));
            if (known.size() > 1 && known.get(known.size() - 1).equals(last)
                    && (known.containsAll(words) || words.containsAll(known))) {
                return entry.getValue();
            }
        }
        return null;
    }

    void addSurname(ActorClusters actors, Candidate candidate) {
        String surname = TextFold.name(candidate.name());
        Cluster best = null;
        long bestPosition = -1;
        int sharing = 0;
        for (Cluster cluster : actors.clusters.values()) {
            if (cluster.kind != ActorKind.PERSON) {
                continue;
            }
            boolean shares = cluster.forms.stream().map(TextFold::nameWords)
                    .anyMatch(words -> words.size() > 1 && words.get(words.size() - 1).equals(surname));
            if (!shares) {
                continue;
            }
            sharing++;
            long position = cluster.lastPositionBefore(candidate.position());
            if (best == null || position > bestPosition) {
                best = cluster;
                bestPosition = position;
            }
        }
        if (best == null) {
            String key = actors.byPersonName.get(surname);
            Cluster named = key == null ? onlyPersonWithFirstName(actors, surname) : null;
            if (named != null) {
                actors.attach(named, candidate, "surname", "given_name", "'" + candidate.surface()
                        + "' is the first name of '" + named.name + "', the only person so named in the document, "
                        + "and of no one's surname");
                return;
            }
            Cluster cluster = key != null ? actors.clusters.get(key)
                    : actors.newCluster(candidate.name(), ActorKind.PERSON);
            actors.byPersonName.putIfAbsent(surname, cluster.key);
            actors.attach(cluster, candidate, "ner", "named_entity", "the tagger named a person '" + candidate.name()
                    + "'");
            return;
        }
        String detail = sharing == 1
                ? "'" + candidate.surface() + "' is the surname of '" + best.name + "', the only person of that "
                + "surname in the document"
                : "'" + candidate.surface() + "' is the surname of '" + best.name + "', the person of that "
                + "surname named most recently before it";
        actors.attach(best, candidate, "surname", "surname", detail);
    }

    /**
     * People the dictionary does not know answer to the tags of the titles they are named with ("President
     * Nkurunziza" to head_of_state, so "the president" can mean him): the longest title of nominals.yaml's
     * {@code titles} that ends the words before the name.
     */
    void tagByTitles(ActorClusters actors) {
        for (Cluster cluster : actors.clusters.values()) {
            if (cluster.kind != ActorKind.PERSON || cluster.dictionaryId != null) {
                continue;
            }
            for (Candidate mention : cluster.mentions) {
                List<String> surface = TextFold.nameWords(mention.surface());
                List<String> name = TextFold.nameWords(mention.name());
                int descriptor = surface.size() - name.size();
                if (descriptor <= 0 || !surface.subList(descriptor, surface.size()).equals(name)) {
                    continue;
                }
                for (int width = Math.min(4, descriptor); width >= 1; width--) {
                    Optional<String> tag = dictionary.tagOfTitle(String.join(" ",
                            surface.subList(descriptor - width, descriptor)));
                    if (tag.isPresent()) {
                        cluster.tags.add(tag.get());
                        break;
                    }
                }
            }
        }
    }

    /** The one person named in full whose first name is {@code word}; none if two or more are ("Goukouni"). */
    private static Cluster onlyPersonWithFirstName(ActorClusters actors, String word) {
        Cluster found = null;
        for (Cluster cluster : actors.clusters.values()) {
            if (cluster.kind != ActorKind.PERSON) {
                continue;
            }
            // The names proper: a descriptor is no first name ("Séléka" in "Séléka leader Michel Djotodia").
            boolean first = cluster.mentions.stream().map(mention -> TextFold.nameWords(mention.name()))
                    .anyMatch(words -> words.size() > 1 && words.get(0).equals(word));
            if (first) {
                if (found != null) {
                    return null;
                }
                found = cluster;
            }
        }
        return found;
    }

    void addOrganisation(ActorClusters actors, Candidate candidate) {
        String normalised = TextFold.name(candidate.name());
        String key = actors.byOrgName.get(normalised);
        if (key == null) {
            Cluster cluster = actors.newCluster(candidate.name(), ActorKinds.bundled().guess(candidate.name()));
            cluster.tags.addAll(ActorKinds.bundled().tags(cluster.name));
            actors.byOrgName.put(normalised, cluster.key);
            actors.attach(cluster, candidate, "ner", "named_entity", "the tagger named an organisation '"
                    + candidate.name() + "'");
            return;
        }
        actors.attach(actors.clusters.get(key), candidate, "ner", "same_name", "same name");
    }
}
