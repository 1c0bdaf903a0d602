package org.sitrep.actors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.rules.KeySchema;
import org.sitrep.model.text.TextFold;

/**
 * A person's own forces ({@code followers.yaml}): "Tandy's forces", "Tandy loyalists", "troops loyal to Tandy"
 * name one actor per person in a report, neither the person nor the country's army, tagged so that "the
 * loyalists" can mean them. Immutable and thread-safe.
 */
final class Followers {
    /** The keys of {@code followers.yaml}. */
    static final KeySchema KEYS = KeySchema.keys(List.of("name", "tag", "heads", "loyal"));

    /** Forces named in a sentence: tokens {@code [first, end)}, their owner's name {@code [nameFirst, nameEnd)}. */
    record Phrase(int first, int end, int nameFirst, int nameEnd) {
    }

    private final String name;
    private final String tag;
    private final List<List<String>> heads;
    private final List<List<String>> loyal;

    Followers(String name, String tag, List<List<String>> heads, List<List<String>> loyal) {
        this.name = name;
        this.tag = tag;
        this.heads = longestFirst(heads);
        this.loyal = longestFirst(loyal);
    }

    static Followers bundled() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (InputStream in = Followers.class.getResourceAsStream("/org/sitrep/actors/followers.yaml")) {
            if (in == null) {
                throw new ActorDictionaryException("bundled resource followers.yaml is missing from the build");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            JsonNode root = yaml.readTree(text);
            List<String> problems = KEYS.problems("followers.yaml", text, yaml.convertValue(root, Object.class));
            if (!problems.isEmpty()) {
                throw new ActorDictionaryException(String.join("; ", problems));
            }
            return new Followers(root.get("name").asText(), root.get("tag").asText(), words(root.get("heads")),
                    words(root.get("loyal")));
        } catch (IOException | NullPointerException e) {
            throw new ActorDictionaryException("followers.yaml is not valid: " + e.getMessage(), e);
        }
    }

    String tag() {
        return tag;
    }

    /**
     * The forces of the people named at {@code names} in a sentence: token ranges {first, end, descriptorStart}
     * of each name, the last where its titles start ("loyal to former president Tandy").
     */
    List<Phrase> find(List<Token> tokens, List<int[]> names) {
        List<Phrase> out = new ArrayList<>();
        for (int[] person : names) {
            int after = person[1];
            if (after < tokens.size() && tokens.get(after).pos().equals("POS")) {
                after++;
            }
            int end = headEnd(tokens, after);
            if (end < 0 && after + 1 < tokens.size() && isModifier(tokens.get(after))) {
                end = headEnd(tokens, after + 1);
            }
            if (end > 0) {
                out.add(new Phrase(person[0], end, person[0], person[1]));
                continue;
            }
            for (List<String> words : loyal) {
                int start = person[2] - words.size();
                if (start > 0 && matches(tokens, start, words)) {
                    int first = headStart(tokens, start);
                    if (first >= 0) {
                        out.add(new Phrase(first, person[1], person[0], person[1]));
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** The one actor of {@code owner}'s forces in this report, made on first use. */
    Cluster cluster(ActorClusters actors, Cluster owner) {
        return actors.clusters.computeIfAbsent("followers:" + owner.key, key -> {
            List<String> words = List.of(owner.name.split("\\s+"));
            Cluster created = new Cluster(key, words.get(words.size() - 1) + " " + name, ActorKind.MILITARY_UNIT);
            created.tags.add(tag);
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

    private int headEnd(List<Token> tokens, int at) {
        for (List<String> head : heads) {
            if (matches(tokens, at, head)) {
                return at + head.size();
            }
        }
        return -1;
    }

    /** Where a head noun ending right before {@code end} starts, with one modifier before it; -1 if none. */
    private int headStart(List<Token> tokens, int end) {
        for (List<String> head : heads) {
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
