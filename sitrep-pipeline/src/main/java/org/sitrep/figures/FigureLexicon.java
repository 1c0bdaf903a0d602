package org.sitrep.figures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Token;
import org.sitrep.model.figure.FigureKind;
import org.sitrep.model.figure.Qualifier;
import org.sitrep.model.rules.KeySchema;

/**
 * The word lists the figures stage works from: qualifier phrases, what each kind of figure is called, and the
 * words that show a number is not a count. They are read from YAML that an analyst can extend; the default is
 * {@code figures.yaml} next to this class, which documents every key. Immutable and thread-safe.
 */
public final class FigureLexicon {
    /** The default word lists' resource name, relative to this class. */
    public static final String DEFAULT_RESOURCE = "figures.yaml";

    /** A qualifier phrase as consecutive lower-case words. */
    record Phrase(List<String> words, Qualifier qualifier) {
    }

    /** A word that makes a figure count something, and whether it only does so for person words. */
    record Trigger(FigureKind kind, boolean needsPeople) {
    }

    /** A qualifier phrase found in a sentence, tokens {@code [start, end)}. */
    record QualifierMatch(Qualifier qualifier, int start, int end) {
    }

    private final List<Phrase> qualifiersBefore;
    private final List<Phrase> qualifiersAfter;
    private final long vagueMultiplier;
    private final Map<String, Long> vaguePlurals;
    private final List<List<String>> indefinites;
    private final Map<String, FigureKind> nouns;
    private final Map<String, FigureKind> adjectives;
    private final Map<String, Trigger> objectVerbs;
    private final Map<String, FigureKind> subjectVerbs;
    private final Map<String, FigureKind> eventNouns;
    private final Set<String> contextualNouns;
    private final FigureKind contextualKind;
    private final FigureKind contextualOtherwise;
    private final Set<String> contextWords;
    private final Map<String, FigureKind> groupSuffixes;
    private final Map<String, FigureKind> collectives;
    private final Set<String> skipNer;
    private final Set<String> identifierCues;
    private final Set<String> currencies;
    private final List<List<String>> percentWords;
    private final Set<String> clockWords;
    private final Set<String> notCountedNouns;

    /** The keys {@code figures.yaml} may hold; anything else is a misspelling (the shared rule-file check). */
    public static final KeySchema KEYS = KeySchema.keys(
            "qualifiers", KeySchema.keys(List.of("before", "after")),
            "vague", KeySchema.keys(List.of("multiplier", "plurals", "indefinites")),
            "kinds", KeySchema.anyKeys(KeySchema.keys(List.of("nouns", "adjectives", "objectVerbsForPeople",
                    "objectVerbs", "subjectVerbs", "eventNouns"))),
            "contextual", KeySchema.keys(List.of("nouns", "kind", "otherwise", "when")),
            "groupSuffixes", KeySchema.any(),
            "collectives", KeySchema.any(),
            "notCounts", KeySchema.keys(List.of("ner", "identifierCues", "currencies", "percentWords", "clockWords",
                    "units", "fractions")));

    private FigureLexicon(JsonNode root) {
        qualifiersBefore = phrases(root.path("qualifiers").path("before"), "qualifiers.before");
        qualifiersAfter = phrases(root.path("qualifiers").path("after"), "qualifiers.after");
        JsonNode vague = root.path("vague");
        vagueMultiplier = vague.path("multiplier").asLong(2);
        Map<String, Long> plurals = new HashMap<>();
        vague.path("plurals").fields()
                .forEachRemaining(e -> plurals.put(Tokens.lower(e.getKey()), e.getValue().asLong()));
        vaguePlurals = Map.copyOf(plurals);
        indefinites = strings(vague.path("indefinites")).stream().map(FigureLexicon::split).toList();

        JsonNode kinds = root.path("kinds");
        nouns = byKind(kinds, "nouns");
        adjectives = byKind(kinds, "adjectives");
        Map<String, Trigger> verbs = new HashMap<>();
        byKind(kinds, "objectVerbsForPeople").forEach((w, kind) -> verbs.put(w, new Trigger(kind, true)));
        byKind(kinds, "objectVerbs").forEach((w, kind) -> {
            if (verbs.put(w, new Trigger(kind, false)) != null) {
                throw new FigureLexiconException("'" + w + "' is both an objectVerb and an objectVerbForPeople");
            }
        });
        objectVerbs = Map.copyOf(verbs);
        subjectVerbs = byKind(kinds, "subjectVerbs");
        eventNouns = byKind(kinds, "eventNouns");

        JsonNode contextual = root.path("contextual");
        contextualNouns = Set.copyOf(strings(contextual.path("nouns")));
        contextualKind = kind(contextual.path("kind").asText("troops"), "contextual.kind");
        contextualOtherwise = kind(contextual.path("otherwise").asText("people"), "contextual.otherwise");
        contextWords = Set.copyOf(strings(contextual.path("when")));
        groupSuffixes = kindMap(root.path("groupSuffixes"), "groupSuffixes");
        collectives = kindMap(root.path("collectives"), "collectives");

        JsonNode notCounts = root.path("notCounts");
        Set<String> ner = new HashSet<>();
        strings(notCounts.path("ner")).forEach(tag -> ner.add(tag.toUpperCase(Locale.ROOT)));
        skipNer = Set.copyOf(ner);
        identifierCues = Set.copyOf(strings(notCounts.path("identifierCues")));
        currencies = Set.copyOf(strings(notCounts.path("currencies")));
        percentWords = strings(notCounts.path("percentWords")).stream().map(FigureLexicon::split).toList();
        clockWords = Set.copyOf(strings(notCounts.path("clockWords")));
        Set<String> notCounted = new HashSet<>(strings(notCounts.path("units")));
        notCounted.addAll(strings(notCounts.path("fractions")));
        notCountedNouns = Set.copyOf(notCounted);
    }

    /** The word lists shipped with sitrep, read once per class loader. */
    public static FigureLexicon defaults() {
        return DefaultHolder.DEFAULTS;
    }

    /** Reads word lists in the format of the default {@code figures.yaml}; the stream is not closed. */
    public static FigureLexicon fromYaml(InputStream yaml) {
        return fromYaml(yaml, "figures.yaml");
    }

    /** As {@link #fromYaml(InputStream)}, naming the file {@code label} in errors. */
    public static FigureLexicon fromYaml(InputStream yaml, String label) {
        try {
            String text = new String(yaml.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
            JsonNode root = mapper.readTree(text);
            if (root == null || !root.isObject()) {
                throw new FigureLexiconException("figures word lists: expected a YAML mapping at the top level");
            }
            List<String> problems = KEYS.problems(label, text, mapper.convertValue(root, Object.class));
            if (!problems.isEmpty()) {
                throw new FigureLexiconException(String.join("; ", problems));
            }
            return new FigureLexicon(root);
        } catch (IOException e) {
            throw new FigureLexiconException("figures word lists: cannot read YAML: " + e.getMessage(), e);
        }
    }

    private static final class DefaultHolder {
        static final FigureLexicon DEFAULTS = load();

        private static FigureLexicon load() {
            try (InputStream in = FigureLexicon.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                if (in == null) {
                    throw new FigureLexiconException("resource " + DEFAULT_RESOURCE + " missing next to "
                            + FigureLexicon.class.getName());
                }
                return fromYaml(in);
            } catch (IOException e) {
                throw new FigureLexiconException("cannot read " + DEFAULT_RESOURCE, e);
            }
        }
    }

    // --- lookups used by the extractor -------------------------------------------------------------------

    /** The longest qualifier phrase that ends right before token {@code end}. */
    Optional<QualifierMatch> qualifierBefore(List<Token> tokens, int end) {
        for (Phrase phrase : qualifiersBefore) {
            int start = end - phrase.words().size();
            if (Tokens.phraseAt(tokens, start, phrase.words())) {
                return Optional.of(new QualifierMatch(phrase.qualifier(), start, end));
            }
        }
        return Optional.empty();
    }

    /** The longest qualifier phrase that starts at token {@code start}. */
    Optional<QualifierMatch> qualifierAfter(List<Token> tokens, int start) {
        for (Phrase phrase : qualifiersAfter) {
            if (Tokens.phraseAt(tokens, start, phrase.words())) {
                return Optional.of(new QualifierMatch(phrase.qualifier(), start, start + phrase.words().size()));
            }
        }
        return Optional.empty();
    }

    /** A one-word "after" qualifier glued to a number ("100-plus", "100+"). */
    Optional<Qualifier> gluedQualifier(String word) {
        return qualifiersAfter.stream()
                .filter(p -> p.words().size() == 1 && p.words().get(0).equals(Tokens.lower(word)))
                .map(Phrase::qualifier)
                .findFirst();
    }

    long vagueMultiplier() {
        return vagueMultiplier;
    }

    Optional<Long> vaguePlural(Token token) {
        return Optional.ofNullable(vaguePlurals.get(Tokens.word(token)));
    }

    /** Index after an indefinite ("several", "a few") starting at {@code start}, or -1. */
    int indefiniteEnd(List<Token> tokens, int start) {
        for (List<String> indefinite : indefinites) {
            if (Tokens.phraseAt(tokens, start, indefinite)) {
                return start + indefinite.size();
            }
        }
        return -1;
    }

    Optional<FigureKind> nounKind(Token token) {
        return Tokens.lookup(nouns, token);
    }

    Optional<FigureKind> adjectiveKind(Token token) {
        return Tokens.lookup(adjectives, token);
    }

    Optional<Trigger> objectVerb(Token token) {
        return Tokens.lookup(objectVerbs, token);
    }

    Optional<FigureKind> subjectVerb(Token token) {
        return Tokens.lookup(subjectVerbs, token);
    }

    Optional<FigureKind> eventNoun(Token token) {
        return Tokens.lookup(eventNouns, token);
    }

    /** The kind of a context-dependent noun ("men"), given whether the sentence is about the military. */
    Optional<FigureKind> contextualKind(Token token, boolean military) {
        if (!Tokens.contains(contextualNouns, token)) {
            return Optional.empty();
        }
        return Optional.of(military ? contextualKind : contextualOtherwise);
    }

    boolean isMilitaryContext(List<Token> tokens) {
        return tokens.stream().anyMatch(t -> Tokens.contains(contextWords, t));
    }

    Optional<FigureKind> groupSuffix(String word) {
        return Optional.ofNullable(groupSuffixes.get(Tokens.lower(word)));
    }

    Optional<FigureKind> collective(Token token) {
        return Tokens.lookup(collectives, token);
    }

    boolean skipsNer(String tag) {
        return skipNer.contains(tag);
    }

    /** Identifier cues match the word as written, not its lemma: "noted 5 cases" is no "note 5". */
    boolean isIdentifierCue(Token token) {
        return identifierCues.contains(Tokens.word(token));
    }

    boolean isCurrency(Token token) {
        return Tokens.contains(currencies, token);
    }

    boolean isPercentAt(List<Token> tokens, int start) {
        return percentWords.stream().anyMatch(words -> Tokens.phraseAt(tokens, start, words));
    }

    boolean isClockWord(Token token) {
        return clockWords.contains(Tokens.word(token));
    }

    /** Units, time words and fractions: a number before them measures or divides, it does not count. */
    boolean isNotCounted(Token token) {
        return Tokens.contains(notCountedNouns, token) || isCurrency(token);
    }

    // --- reading ------------------------------------------------------------------------------------------

    private static List<String> split(String phrase) {
        return List.of(phrase.trim().split("\\s+"));
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(item -> out.add(Tokens.lower(item.asText()).trim()));
        } else if (node.isTextual()) {
            out.add(Tokens.lower(node.asText()).trim());
        }
        out.removeIf(String::isEmpty);
        return out;
    }

    private static List<Phrase> phrases(JsonNode byQualifier, String where) {
        List<Phrase> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = byQualifier.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            Qualifier qualifier = qualifier(entry.getKey(), where);
            strings(entry.getValue()).forEach(text -> out.add(new Phrase(split(text), qualifier)));
        }
        out.sort(Comparator.comparingInt((Phrase p) -> p.words().size()).reversed());
        return List.copyOf(out);
    }

    /** Collects one list ({@code nouns}, {@code objectVerbs}, ...) across all kinds; a word may have one kind. */
    private static Map<String, FigureKind> byKind(JsonNode kinds, String list) {
        Map<String, FigureKind> out = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = kinds.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            FigureKind kind = kind(entry.getKey(), "kinds");
            for (String word : strings(entry.getValue().path(list))) {
                FigureKind previous = out.put(word, kind);
                if (previous != null && previous != kind) {
                    throw new FigureLexiconException("'" + word + "' is listed under kinds." + previous.label() + "."
                            + list + " and kinds." + kind.label() + "." + list);
                }
            }
        }
        return Map.copyOf(out);
    }

    private static Map<String, FigureKind> kindMap(JsonNode node, String where) {
        Map<String, FigureKind> out = new HashMap<>();
        node.fields().forEachRemaining(e -> out.put(Tokens.lower(e.getKey()), kind(e.getValue().asText(), where)));
        return Map.copyOf(out);
    }

    private static FigureKind kind(String name, String where) {
        try {
            return FigureKind.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new FigureLexiconException("unknown kind '" + name + "' in " + where + "; expected one of "
                    + Arrays.toString(FigureKind.values()).toLowerCase(Locale.ROOT));
        }
    }

    private static Qualifier qualifier(String name, String where) {
        try {
            return Qualifier.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new FigureLexiconException("unknown qualifier '" + name + "' in " + where + "; expected one of "
                    + Arrays.toString(Qualifier.values()).toLowerCase(Locale.ROOT));
        }
    }
}
