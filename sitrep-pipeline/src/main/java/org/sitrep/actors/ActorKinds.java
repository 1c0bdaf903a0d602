package org.sitrep.actors;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.rules.KeySchema;
import org.sitrep.model.text.TextFold;

/**
 * Guesses the kind of an organisation the dictionary does not know, from the words of its name
 * ({@code kinds.yaml}). Immutable and thread-safe.
 */
final class ActorKinds {
    /** The keys of {@code kinds.yaml}. */
    static final KeySchema KEYS = KeySchema.keys("kinds", KeySchema.listOf(KeySchema.keys(
            List.of("kind", "words", "tags", "tags_when"))));

    /**
     * One entry: the words that make a name this kind, the tags it gets, and the groups of words those tags need
     * (a word of each).
     */
    record Rule(ActorKind kind, Set<String> words, Set<String> tags, List<Set<String>> tagsWhen) {
    }

    private static final ActorKinds BUNDLED = load();

    private final List<Rule> rules;

    ActorKinds(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static ActorKinds bundled() {
        return BUNDLED;
    }

    /** The kind the first rule with a word of the name gives, else {@link ActorKind#ORG}. */
    ActorKind guess(String name) {
        return ruleFor(TextFold.nameWords(name)).map(Rule::kind).orElse(ActorKind.ORG);
    }

    /** Tags generic nominals may point at, for an actor the dictionary does not tag. */
    Set<String> tags(String name) {
        List<String> words = TextFold.nameWords(name);
        return ruleFor(words)
                .filter(rule -> rule.tagsWhen().stream().allMatch(group -> group.stream().anyMatch(words::contains)))
                .map(Rule::tags)
                .orElse(Set.of());
    }

    /** Every tag the file gives (a test checks each is a tag of nominals.yaml). */
    Set<String> allTags() {
        Set<String> tags = new java.util.TreeSet<>();
        rules.forEach(rule -> tags.addAll(rule.tags()));
        return tags;
    }

    private java.util.Optional<Rule> ruleFor(List<String> words) {
        return rules.stream().filter(rule -> rule.words().stream().anyMatch(words::contains)).findFirst();
    }

    private static ActorKinds load() {
        return parse(BundledFiles.text("kinds.yaml"));
    }

    static ActorKinds parse(String text) {
        JsonNode root = BundledFiles.yaml("kinds.yaml", text, KEYS);
        List<Rule> rules = new ArrayList<>();
        for (JsonNode node : root.path("kinds")) {
            String kind = node.path("kind").asText("");
            ActorKind parsed;
            try {
                parsed = ActorKind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                throw new ActorDictionaryException("kinds.yaml: '" + kind + "' is not an actor kind");
            }
            if (!node.path("words").isArray() || node.path("words").isEmpty()) {
                throw new ActorDictionaryException("kinds.yaml: kind " + kind + " has no words");
            }
            List<Set<String>> tagsWhen = new ArrayList<>();
            for (JsonNode group : node.path("tags_when")) {
                if (!group.isArray() || group.isEmpty()) {
                    throw new ActorDictionaryException("kinds.yaml: kind " + kind
                            + ": tags_when holds lists of words, [[a, b], [c]]");
                }
                tagsWhen.add(folded(group));
            }
            rules.add(new Rule(parsed, folded(node.path("words")), strings(node.path("tags")), tagsWhen));
        }
        return new ActorKinds(rules);
    }

    private static Set<String> folded(JsonNode list) {
        Set<String> out = new java.util.LinkedHashSet<>();
        list.forEach(word -> out.add(TextFold.name(word.asText())));
        return Set.copyOf(out);
    }

    private static Set<String> strings(JsonNode list) {
        Set<String> out = new java.util.LinkedHashSet<>();
        list.forEach(word -> out.add(word.asText()));
        return Set.copyOf(out);
    }
}
