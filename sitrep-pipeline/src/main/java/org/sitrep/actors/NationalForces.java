package org.sitrep.actors;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Token;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.rules.KeySchema;
import org.sitrep.model.text.TextFold;
import org.sitrep.pipeline.DictionaryName;

/**
 * A country's own forces ({@code forces.yaml}): finds "Nigerian troops", "Chad's army", "Burkinabe security
 * forces" (a country's adjective from {@code demonyms.tsv} or its name, then a branch's head noun) and gives
 * each country and branch one actor per report, tagged so that "the army" can mean it. Immutable and
 * thread-safe.
 */
final class NationalForces {
    /** The word that joins the last country adjective to those before ("Chadian and Libyan"). */
    private static final String AND = "and";
    /** The mark between the earlier items of a list ("French, Malian and Nigerien"). */
    private static final String COMMA = ",";
    /** The keys of {@code forces.yaml}. */
    static final KeySchema KEYS = KeySchema.keys("branches", KeySchema.listOf(KeySchema.keys(
            List.of("branch", "name", "tag", "heads", "state"))), "state_tags", KeySchema.any(),
            "state_modifiers", KeySchema.any());

    /**
     * One branch of a country's forces: its display name, the nominal tag it answers to, its head nouns; a
     * {@code state} branch ("the Somali government") names the state itself.
     */
    record Branch(String key, String name, String tag, List<List<String>> heads, boolean state) {
    }

    /**
     * A force named in a sentence: tokens {@code [first, end)}, the country words {@code [first, countryEnd)}.
     */
    record Phrase(int first, int countryEnd, int end, String country, Branch branch) {
    }

    private final List<Branch> branches;
    private final Set<String> stateTags;
    /** Plain modifiers a state's name takes while still naming the state ("neighbouring Niger"). */
    private final Set<String> stateModifiers;
    /** Folded adjective ("nigerian", "south african") to ISO3. */
    private final Map<String, String> countryByAdjective;
    /** ISO3 to its first adjective, as written. */
    private final Map<String, String> adjectiveOf;

    NationalForces(List<Branch> branches, Set<String> stateTags, Set<String> stateModifiers,
                   Map<String, String> countryByAdjective, Map<String, String> adjectiveOf) {
        this.branches = List.copyOf(branches);
        this.stateTags = Set.copyOf(stateTags);
        this.stateModifiers = Set.copyOf(stateModifiers);
        this.countryByAdjective = Map.copyOf(countryByAdjective);
        this.adjectiveOf = Map.copyOf(adjectiveOf);
    }

    /** The bundled {@code forces.yaml} and {@code demonyms.tsv} (their tags are nominals.yaml's: a test checks). */
    static NationalForces bundled() {
        List<Branch> branches = new ArrayList<>();
        Set<String> stateTags = new java.util.HashSet<>();
        Set<String> stateModifiers = new java.util.HashSet<>();
        JsonNode root = BundledFiles.yaml("forces.yaml", BundledFiles.text("forces.yaml"), KEYS);
        try {
            for (JsonNode node : root.get("branches")) {
                String tag = node.hasNonNull("tag") ? node.get("tag").asText() : null;
                List<List<String>> heads = new ArrayList<>();
                node.get("heads").forEach(head -> heads.add(TextFold.nameWords(head.asText())));
                heads.sort(Comparator.comparingInt(head -> -head.size()));
                branches.add(new Branch(node.get("branch").asText(), node.get("name").asText(), tag, heads,
                        node.path("state").asBoolean(false)));
            }
            root.path("state_tags").forEach(tag -> stateTags.add(tag.asText()));
            root.path("state_modifiers").forEach(word -> stateModifiers.add(word.asText()));
        } catch (NullPointerException e) {
            throw new ActorDictionaryException("forces.yaml is not valid: " + e.getMessage(), e);
        }
        Map<String, String> byAdjective = new HashMap<>();
        Map<String, String> adjectiveOf = new LinkedHashMap<>();
        try {
            for (String line : BundledFiles.text("demonyms.tsv").split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.strip().split("\t");
                for (int i = 1; i < fields.length; i++) {
                    byAdjective.put(TextFold.name(fields[i]), fields[0]);
                }
                adjectiveOf.putIfAbsent(fields[0], fields[1]);
            }
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new ActorDictionaryException("demonyms.tsv is not valid: " + e.getMessage(), e);
        }
        return new NationalForces(branches, stateTags, stateModifiers, byAdjective, adjectiveOf);
    }

    /**
     * The forces a sentence names, left to right. The country is an adjective, a country name, or the name of a
     * state in the dictionary ({@code names}), capitalised, with or without a possessive.
     */
    List<Phrase> find(List<Token> tokens, ActorDictionary dictionary, List<DictionaryName> names) {
        List<Phrase> out = new ArrayList<>();
        int t = 0;
        while (t < tokens.size()) {
            Optional<Phrase> phrase = phraseAt(tokens, t, dictionary, names);
            if (phrase.isPresent()) {
                int from = out.isEmpty() ? 0 : out.get(out.size() - 1).end();
                out.addAll(coordinated(tokens, phrase.get(), from));
                out.add(phrase.get());
                t = phrase.get().end();
            } else {
                t++;
            }
        }
        return out;
    }

    private Optional<Phrase> phraseAt(List<Token> tokens, int first, ActorDictionary dictionary,
                                      List<DictionaryName> names) {
        String word = tokens.get(first).word();
        if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
            return Optional.empty();
        }
        for (int width = Math.min(4, tokens.size() - first - 1); width >= 1; width--) {
            int countryEnd = first + width;
            String words = surfaceWords(tokens, first, countryEnd);
            String country = countryByAdjective.get(words);
            boolean adjective = country != null;
            if (country == null) {
                country = dictionary.countryCode(words).orElse(stateCode(dictionary, names, first, countryEnd));
            }
            if (country == null) {
                continue;
            }
            int headStart = countryEnd;
            if (!adjective && headStart < tokens.size() && tokens.get(headStart).pos().equals("POS")) {
                headStart++;
            }
            Phrase best = null;
            for (Branch branch : branches) {
                for (List<String> head : branch.heads()) {
                    int end = headEnd(tokens, headStart, head);
                    if (end > 0 && (best == null || end > best.end())) {
                        best = new Phrase(first, countryEnd, end, country, branch);
                    }
                }
            }
            if (best != null) {
                return Optional.of(best);
            }
        }
        return Optional.empty();
    }

    /**
     * The countries coordinated before a force's adjective that share its head ("the Chadian and Libyan
     * governments", "French, Malian and Nigerien troops"): each adjective is a phrase of its own country's branch,
     * ending where the adjective does. Only adjectives of demonyms.tsv, capitalised, from token {@code from} on.
     */
    private List<Phrase> coordinated(List<Token> tokens, Phrase phrase, int from) {
        if (!countryByAdjective.containsKey(surfaceWords(tokens, phrase.first(), phrase.countryEnd()))) {
            return List.of();
        }
        List<Phrase> out = new ArrayList<>();
        int next = phrase.first();
        // The last item must be joined by "and": "Unlike the French, Malian troops ..." coordinates nothing.
        while (next - 2 >= from && tokens.get(next - 1).word().toLowerCase(Locale.ROOT)
                .equals(out.isEmpty() ? AND : COMMA)) {
            Phrase item = null;
            for (int width = 2; width >= 1 && item == null; width--) {
                int first = next - 1 - width;
                String word = first >= from ? tokens.get(first).word() : "";
                String country = word.isEmpty() || !Character.isUpperCase(word.codePointAt(0)) ? null
                        : countryByAdjective.get(surfaceWords(tokens, first, next - 1));
                if (country != null) {
                    item = new Phrase(first, next - 1, next - 1, country, phrase.branch());
                }
            }
            if (item == null) {
                break;
            }
            out.add(0, item);
            next = item.first();
        }
        return out;
    }

    /** Where {@code head} ends when its words start at token {@code start}; -1 if they do not. */
    private static int headEnd(List<Token> tokens, int start, List<String> head) {
        int t = start;
        for (String word : head) {
            if (t >= tokens.size() || !TextFold.name(tokens.get(t).word()).equals(word)) {
                return -1;
            }
            t++;
        }
        return t;
    }

    private static String surfaceWords(List<Token> tokens, int first, int end) {
        StringBuilder out = new StringBuilder();
        for (int t = first; t < end; t++) {
            out.append(' ').append(tokens.get(t).word());
        }
        return TextFold.name(out.toString());
    }

    /** The country code of a dictionary state named by exactly tokens {@code [first, end)}, else null. */
    private static String stateCode(ActorDictionary dictionary, List<DictionaryName> names, int first, int end) {
        for (DictionaryName name : names) {
            if (name.firstToken() == first && name.endToken() == end) {
                return dictionary.actor(name.actorId()).filter(actor -> actor.kind() == ActorKind.STATE)
                        .map(DictionaryActor::country).orElse(null);
            }
        }
        return null;
    }

    /** The force's canonical name: the country's first adjective and the branch ("Nigerian army"). */
    String name(String country, Branch branch) {
        return adjectiveOf.getOrDefault(country, country) + " " + branch.name();
    }

    /** Every nominal tag the branches and the state answer to. */
    Set<String> tags() {
        Set<String> out = new java.util.HashSet<>(stateTags);
        branches.stream().map(Branch::tag).filter(java.util.Objects::nonNull).forEach(out::add);
        return out;
    }

    Branch branch(String key) {
        return branches.stream().filter(branch -> branch.key().equals(key)).findFirst().orElseThrow();
    }

    Optional<Branch> branchOfTag(String tag) {
        return branches.stream().filter(branch -> tag.equals(branch.tag())).findFirst();
    }

    /** The modifiers a state's name takes while still naming the state, lower case. */
    Set<String> stateModifiers() {
        return stateModifiers;
    }

    boolean isStateTag(String tag) {
        return stateTags.contains(tag);
    }

    /**
     * The report's actor for a country's branch: the dictionary's (an actor of that country tagged with the
     * branch's tag, or a military unit whose name ends in one of its heads), else one made for the report.
     */
    Cluster cluster(ActorClusters actors, ActorDictionary dictionary, String country, Branch branch) {
        if (branch.state()) {
            Cluster state = stateCluster(actors, dictionary, country);
            if (state != null) {
                return state;
            }
            return actors.clusters.computeIfAbsent("government:" + country, key -> new Cluster(key,
                    name(country, branch), ActorKind.GOVERNMENT_BODY));
        }
        Optional<DictionaryActor> known = dictionary.actors().stream()
                .filter(actor -> country.equals(actor.country()) && actor.kind() != ActorKind.PERSON
                        && actor.kind() != ActorKind.STATE)
                .filter(actor -> branch.tag() != null && actor.tags().contains(branch.tag())
                        || actor.kind() == ActorKind.MILITARY_UNIT && endsInHead(actor.name(), branch))
                .findFirst();
        if (known.isPresent()) {
            return actors.dictionaryCluster(known.get());
        }
        return actors.clusters.computeIfAbsent("force:" + country + ":" + branch.key(), key -> {
            Cluster created = new Cluster(key, name(country, branch), ActorKind.MILITARY_UNIT);
            if (branch.tag() != null) {
                created.tags.add(branch.tag());
            }
            return created;
        });
    }

    /** The cluster of the state of {@code country} the document names (or the dictionary's); null if none. */
    static Cluster stateCluster(ActorClusters actors, ActorDictionary dictionary, String country) {
        for (Cluster cluster : actors.clusters.values()) {
            boolean state = cluster.key.equals("state:" + country) || cluster.kind == ActorKind.STATE
                    && cluster.dictionaryId != null && dictionary.actor(cluster.dictionaryId)
                    .map(actor -> country.equals(actor.country())).orElse(false);
            if (state) {
                return cluster;
            }
        }
        return null;
    }

    private static boolean endsInHead(String name, Branch branch) {
        List<String> words = TextFold.nameWords(name);
        return words.size() == 2 && branch.heads().stream().anyMatch(head -> head.size() == 1
                && words.get(1).equals(head.get(0)));
    }
}
