package org.sitrep.actors;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.rules.KeySchema;
import org.sitrep.model.text.TextFold;

/**
 * What a person leads ({@code followers.yaml}): their forces ("Tandy's forces", "Tandy loyalists", "troops
 * loyal to Tandy") and their government ("the Tandy administration"), one actor per person and group in a
 * report, neither the person nor the country's own, tagged so that "the loyalists" can mean the forces.
 * Immutable and thread-safe.
 */
final class Followers {
    /** The keys of {@code followers.yaml}. */
    static final KeySchema KEYS = KeySchema.keys("groups", KeySchema.listOf(KeySchema.keys(
            List.of("name", "kind", "tag", "heads", "loyal"))), "kin", KeySchema.any());

    /** One group a person leads: its name and kind, the nominal tag it answers to (or null), its words. */
    record Group(String name, ActorKind kind, String tag, List<List<String>> heads, List<List<String>> loyal) {
        Group {
            heads = longestFirst(heads);
            loyal = longestFirst(loyal);
        }
    }

    /**
     * A group named in a sentence: tokens {@code [first, end)}, its owner's name {@code [nameFirst, nameEnd)}.
     */
    record Phrase(int first, int end, int nameFirst, int nameEnd, Group group) {
    }

    private final List<Group> groups;
    private final Set<String> kin;

    Followers(List<Group> groups, Set<String> kin) {
        this.groups = List.copyOf(groups);
        this.kin = Set.copyOf(kin);
    }

    /** Whether {@code word} (any case) names a family tie ("son", "daughter"): {@code kin} in followers.yaml. */
    boolean isKin(String word) {
        return kin.contains(word.toLowerCase(Locale.ROOT));
    }

    static Followers bundled() {
        JsonNode root = BundledFiles.yaml("followers.yaml", BundledFiles.text("followers.yaml"), KEYS);
        try {
            List<Group> groups = new ArrayList<>();
            for (JsonNode node : root.get("groups")) {
                groups.add(new Group(node.get("name").asText(), ActorKind.valueOf(node.get("kind").asText()),
                        node.hasNonNull("tag") ? node.get("tag").asText() : null, words(node.get("heads")),
                        words(node.path("loyal"))));
            }
            Set<String> kin = new HashSet<>();
            root.path("kin").forEach(word -> kin.add(word.asText().toLowerCase(Locale.ROOT)));
            return new Followers(groups, kin);
        } catch (NullPointerException | IllegalArgumentException e) {
            throw new ActorDictionaryException("followers.yaml is not valid: " + e.getMessage(), e);
        }
    }

    /** The nominal tags the groups answer to. */
    List<String> tags() {
        return groups.stream().map(Group::tag).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * The forces of the people named at {@code names} in a sentence: token ranges {first, end, descriptorStart}
     * of each name, the last where its titles start ("loyal to former president Tandy").
     */
    List<Phrase> find(List<Token> tokens, List<int[]> names) {
        List<Phrase> out = new ArrayList<>();
        for (int[] person : names) {
            for (Group group : groups) {
                Phrase phrase = phrase(tokens, person, group);
                if (phrase != null) {
                    out.add(phrase);
                    break;
                }
            }
        }
        return out;
    }

    private static Phrase phrase(List<Token> tokens, int[] person, Group group) {
        int after = person[1];
        if (after < tokens.size() && tokens.get(after).pos().equals("POS")) {
            after++;
        }
        int end = headEnd(tokens, after, group);
        if (end < 0 && after + 1 < tokens.size() && isModifier(tokens.get(after))) {
            end = headEnd(tokens, after + 1, group);
        }
        if (end > 0) {
            return new Phrase(person[0], end, person[0], person[1], group);
        }
        for (List<String> words : group.loyal()) {
            int start = person[2] - words.size();
            if (start > 0 && matches(tokens, start, words)) {
                int first = headStart(tokens, start, group);
                if (first >= 0) {
                    return new Phrase(first, person[1], person[0], person[1], group);
                }
            }
        }
        return null;
    }

    /** The one actor of {@code owner}'s group named {@code groupName} in this report, made on first use. */
    Cluster cluster(ActorClusters actors, Cluster owner, String groupName) {
        Group group = groups.stream().filter(g -> g.name().equals(groupName)).findFirst().orElseThrow();
        String prefix = group.name().equals("forces") ? "followers:" : "followers:" + group.name() + ":";
        return actors.clusters.computeIfAbsent(prefix + owner.key, key -> {
            List<String> words = List.of(owner.name.split("\\s+"));
            Cluster created = new Cluster(key, words.get(words.size() - 1) + " " + group.name(), group.kind());
            if (group.tag() != null) {
                created.tags.add(group.tag());
            }
            return created;
        });
    }

    /** The person cluster named by tokens with name span {@code name} in {@code sentence}, or null. */
    static Cluster owner(ActorClusters actors, int sentence, Span name) {
        for (Cluster cluster : actors.clusters.values()) {
            if (cluster.kind != ActorKind.PERSON) {
                continue;
            }
            for (Candidate mention : cluster.mentions) {
                if (mention.sentence() == sentence && mention.nameSpan().overlaps(name)) {
                    return cluster;
                }
            }
        }
        return null;
    }

    private static int headEnd(List<Token> tokens, int at, Group group) {
        for (List<String> head : group.heads()) {
            if (matches(tokens, at, head)) {
                return at + head.size();
            }
        }
        return -1;
    }

    /** Where a head noun ending right before {@code end} starts, with one modifier before it; -1 if none. */
    private static int headStart(List<Token> tokens, int end, Group group) {
        for (List<String> head : group.heads()) {
            int start = end - head.size();
            if (start >= 0 && matches(tokens, start, head)) {
                return start > 0 && isModifier(tokens.get(start - 1)) ? start - 1 : start;
            }
        }
        return -1;
    }

    private static boolean isModifier(Token token) {
        return token.pos().equals("JJ") || token.pos().equals("NN") || token.pos().equals("VBN");
    }

    private static boolean matches(List<Token> tokens, int at, List<String> words) {
        if (at < 0 || at + words.size() > tokens.size()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            if (!tokens.get(at + i).word().toLowerCase(Locale.ROOT).equals(words.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<List<String>> words(JsonNode list) {
        List<List<String>> out = new ArrayList<>();
        list.forEach(item -> out.add(List.of(item.asText().toLowerCase(Locale.ROOT).split("\\s+"))));
        return out;
    }

    private static List<List<String>> longestFirst(List<List<String>> lists) {
        List<List<String>> out = new ArrayList<>(lists);
        out.sort(Comparator.comparingInt(list -> -list.size()));
        return List.copyOf(out);
    }
}
