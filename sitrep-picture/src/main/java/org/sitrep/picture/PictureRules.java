package org.sitrep.picture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.figure.FigureKind;
import org.sitrep.model.rules.KeySchema;

/**
 * The rules of {@code picture.yaml}: which classes are told apart by place or doer, which offices, measures
 * and control changes the situation reads from events, and the words that mean "lifted" and "retaken".
 * Immutable and thread-safe.
 */
public record PictureRules(int dateToleranceDays, Set<CrisisClass> placeDefines, Set<CrisisClass> sourceDefines,
                           List<String> offices, Set<CrisisClass> coupClasses, List<String> coupTakes,
                           List<String> coupEnds, Set<CrisisClass> resignClasses, List<ActorKind> holderKinds,
                           Set<CrisisClass> takeClasses, Set<CrisisClass> releaseClasses, List<String> retakeWords,
                           Set<CrisisClass> measureClasses, List<String> liftWords, int liftWindowWords,
                           String lapseWhenChanges, Set<FigureKind> figureKinds, int figureWindowDays,
                           int figureCompareDays, double approxTolerance, int retellingAfterDays,
                           List<String> weakDoerWords, double minSupport, Set<CrisisClass> answeredClasses,
                           NameRules names, int tenureToleranceDays, double wordedDateWeight) {
    public static final String RESOURCE = "/org/sitrep/picture/picture.yaml";

    public PictureRules {
        placeDefines = Set.copyOf(placeDefines);
        sourceDefines = Set.copyOf(sourceDefines);
        offices = List.copyOf(offices);
        coupClasses = Set.copyOf(coupClasses);
        coupTakes = List.copyOf(coupTakes);
        coupEnds = List.copyOf(coupEnds);
        resignClasses = Set.copyOf(resignClasses);
        holderKinds = List.copyOf(holderKinds);
        takeClasses = Set.copyOf(takeClasses);
        releaseClasses = Set.copyOf(releaseClasses);
        retakeWords = List.copyOf(retakeWords);
        measureClasses = Set.copyOf(measureClasses);
        liftWords = List.copyOf(liftWords);
        figureKinds = Set.copyOf(figureKinds);
        weakDoerWords = List.copyOf(weakDoerWords);
        answeredClasses = Set.copyOf(answeredClasses);
        Objects.requireNonNull(names, "names");
        lapseWhenChanges = lapseWhenChanges == null || lapseWhenChanges.isBlank() ? null : lapseWhenChanges;
        if (dateToleranceDays < 0 || liftWindowWords < 0 || figureWindowDays < 0 || figureCompareDays < 0
                || retellingAfterDays < 0 || tenureToleranceDays < 0) {
            throw new IllegalArgumentException("picture rules: day and word counts must not be negative");
        }
        if (approxTolerance < 0 || approxTolerance >= 1) {
            throw new IllegalArgumentException("picture rules: approx_tolerance must be in [0, 1), was "
                    + approxTolerance);
        }
        if (minSupport < 0 || minSupport > 1 || wordedDateWeight < 0 || wordedDateWeight > 1) {
            throw new IllegalArgumentException("picture rules: support.min_support and worded_date_weight must be "
                    + "in [0, 1], were " + minSupport + " and " + wordedDateWeight);
        }
    }

    /**
     * When two long forms of one actor's name are two names: the function words of each language (two forms in
     * two languages are a translation), how many words must differ, and the share of capitalised words a name
     * has (fewer: a description).
     */
    public record NameRules(Map<String, Set<String>> languages, int minDifferingWords,
                            double minCapitalisedShare) {
        public NameRules {
            languages = Map.copyOf(languages);
        }
    }

    /** The keys {@code picture.yaml} may hold; anything else is a misspelling (the shared rule-file check). */
    public static final KeySchema KEYS = KeySchema.keys(
            "matching", KeySchema.keys(List.of("date_tolerance_days", "place_defines", "source_defines",
                    "retelling_after_days", "weak_doer_words")),
            "support", KeySchema.keys(List.of("min_support", "worded_date_weight")),
            "power", KeySchema.keys(List.of("offices", "coup_classes", "coup_takes", "coup_ends", "resign_classes",
                    "holder_kinds", "tenure_tolerance_days")),
            "control", KeySchema.keys(List.of("take_classes", "release_classes", "retake_words")),
            "measures", KeySchema.keys(List.of("classes", "lift_words", "lift_window_words", "lapse_when_changes",
                    "answers")),
            "figures", KeySchema.keys(List.of("kinds", "window_days", "compare_within_days", "approx_tolerance")),
            "names", KeySchema.keys("languages", KeySchema.any(), "min_differing_words", KeySchema.any(),
                    "min_capitalised_share", KeySchema.any()));

    private static volatile PictureRules bundled;

    /** The rules shipped in {@link #RESOURCE}, read once. */
    public static PictureRules bundled() {
        PictureRules rules = bundled;
        if (rules == null) {
            try (InputStream in = PictureRules.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new PictureRulesException("the picture rules " + RESOURCE + " are missing from the build");
                }
                rules = load(in, RESOURCE);
            } catch (IOException e) {
                throw new PictureRulesException("cannot read the picture rules " + RESOURCE + ": " + e.getMessage(), e);
            }
            bundled = rules;
        }
        return rules;
    }

    /** Reads rules from YAML; {@code name} goes into error messages. */
    public static PictureRules load(InputStream yaml, String name) {
        JsonNode root;
        String text;
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
        try {
            text = new String(yaml.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            root = mapper.readTree(text);
        } catch (IOException e) {
            throw new PictureRulesException(name + " is not valid YAML: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new PictureRulesException(name + " must be a YAML mapping");
        }
        List<String> problems = KEYS.problems(name, text, mapper.convertValue(root, Object.class));
        if (!problems.isEmpty()) {
            throw new PictureRulesException(String.join("; ", problems));
        }
        Reader r = new Reader(root, name);
        try {
            return new PictureRules(
                    r.integer("matching", "date_tolerance_days"),
                    r.classes("matching", "place_defines"),
                    r.classes("matching", "source_defines"),
                    r.words("power", "offices"),
                    r.classes("power", "coup_classes"),
                    r.words("power", "coup_takes"),
                    r.words("power", "coup_ends"),
                    r.classes("power", "resign_classes"),
                    r.enums("power", "holder_kinds", ActorKind.class),
                    r.classes("control", "take_classes"),
                    r.classes("control", "release_classes"),
                    r.words("control", "retake_words"),
                    r.classes("measures", "classes"),
                    r.words("measures", "lift_words"),
                    r.integer("measures", "lift_window_words"),
                    r.text("measures", "lapse_when_changes"),
                    Set.copyOf(r.enumsOrEmpty("figures", "kinds", FigureKind.class)),
                    r.integer("figures", "window_days"),
                    r.integer("figures", "compare_within_days"),
                    r.decimal("figures", "approx_tolerance"),
                    r.integer("matching", "retelling_after_days"),
                    r.words("matching", "weak_doer_words"),
                    r.decimal("support", "min_support"),
                    r.classes("measures", "answers"),
                    new NameRules(r.languages("names", "languages"), r.integer("names", "min_differing_words"),
                            r.decimal("names", "min_capitalised_share")),
                    r.integer("power", "tenure_tolerance_days"),
                    r.decimal("support", "worded_date_weight"));
        } catch (IllegalArgumentException e) {
            throw new PictureRulesException(name + ": " + e.getMessage(), e);
        }
    }

    /** Reads typed values from the YAML tree, naming the key in every error. */
    private record Reader(JsonNode root, String name) {
        JsonNode node(String section, String key) {
            JsonNode value = root.path(section).path(key);
            if (value.isMissingNode()) {
                throw new PictureRulesException(name + ": missing " + section + "." + key);
            }
            return value;
        }

        int integer(String section, String key) {
            JsonNode value = node(section, key);
            if (!value.canConvertToInt()) {
                throw new PictureRulesException(name + ": " + section + "." + key + " must be a whole number");
            }
            return value.asInt();
        }

        double decimal(String section, String key) {
            JsonNode value = node(section, key);
            if (!value.isNumber()) {
                throw new PictureRulesException(name + ": " + section + "." + key + " must be a number");
            }
            return value.asDouble();
        }

        String text(String section, String key) {
            JsonNode value = root.path(section).path(key);
            return value.isMissingNode() || value.isNull() ? null : value.asText();
        }

        List<String> words(String section, String key) {
            JsonNode value = node(section, key);
            if (!value.isArray()) {
                throw new PictureRulesException(name + ": " + section + "." + key + " must be a list");
            }
            List<String> out = new ArrayList<>();
            value.forEach(item -> out.add(item.asText().trim().toLowerCase(Locale.ROOT)));
            return out;
        }

        Map<String, Set<String>> languages(String section, String key) {
            JsonNode value = node(section, key);
            if (!value.isObject()) {
                throw new PictureRulesException(name + ": " + section + "." + key
                        + " must map each language to its words");
            }
            Map<String, Set<String>> out = new TreeMap<>();
            value.fieldNames().forEachRemaining(language -> {
                Set<String> words = new HashSet<>();
                value.get(language).forEach(item -> words.add(item.asText().trim().toLowerCase(Locale.ROOT)));
                out.put(language, words);
            });
            return out;
        }

        Set<CrisisClass> classes(String section, String key) {
            EnumSet<CrisisClass> out = EnumSet.noneOf(CrisisClass.class);
            out.addAll(enumsOrEmpty(section, key, CrisisClass.class));
            return out;
        }

        <E extends Enum<E>> List<E> enums(String section, String key, Class<E> type) {
            return enumsOrEmpty(section, key, type);
        }

        <E extends Enum<E>> List<E> enumsOrEmpty(String section, String key, Class<E> type) {
            List<E> out = new ArrayList<>();
            JsonNode value = node(section, key);
            if (!value.isArray()) {
                throw new PictureRulesException(name + ": " + section + "." + key + " must be a list");
            }
            for (JsonNode item : value) {
                try {
                    out.add(Enum.valueOf(type, item.asText().trim().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new PictureRulesException(name + ": " + section + "." + key + " names '" + item.asText()
                            + "', which is not a " + type.getSimpleName());
                }
            }
            return out;
        }
    }
}
