package org.sitrep.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.EventStatus;
import org.sitrep.model.event.PloverCoding;

/**
 * The event coder's data: triggers ({@code events.yaml}), status cues ({@code status.yaml}) and the PLOVER
 * coding of each class ({@code codebook.yaml}). Immutable and thread-safe.
 */
public final class EventLexicon {
    /** Extra conditions a trigger sets on its arguments. */
    enum Condition { OBJECT_IS_PLACE, SUBJECT_IS_PLACE, OF_PLACE, SUBJECT_IS_PEOPLE, SUBJECT_IS_LEADER,
        SUBJECT_IS_MILITARY, OBJECT_IS_MEMBER, SUBJECT_IS_TARGET, PASSIVE_SUBJECT_IS_SOURCE, POSSESSOR_IS_TARGET }

    /**
     * One way of reporting a class.
     *
     * @param lemma the head lemma (a verb or a noun)
     * @param particle a particle or second word that must follow ("down" in "step down"), or null
     * @param objects object lemmas one of which the verb needs, empty when any will do
     */
    record Trigger(CrisisClass crisisClass, String lemma, boolean verb, String particle, Set<String> objects,
                   Set<Condition> conditions) {
    }

    private static final String BASE = "/org/sitrep/events/";

    private final Map<String, List<Trigger>> verbs;
    private final Map<String, List<Trigger>> nouns;
    private final Map<CrisisClass, PloverCoding> codings;
    private final Map<CrisisClass, String> defaultSourceTags;
    private final Set<CrisisClass> placeFromNarrative;
    private final Set<CrisisClass> placeAtCapital;
    private final Set<String> negation;
    private final Set<String> contrast;
    private final Set<String> hypotheticalModals;
    private final Set<String> plannedModals;
    private final Map<String, EventStatus> governors;
    private final Set<String> conditionalMarks;
    private final Set<String> plannedModifiers;

    private EventLexicon(Map<String, List<Trigger>> verbs, Map<String, List<Trigger>> nouns,
                         Map<CrisisClass, PloverCoding> codings, Map<CrisisClass, String> defaultSourceTags,
                         Set<CrisisClass> placeFromNarrative, Set<CrisisClass> placeAtCapital, JsonNode status) {
        this.defaultSourceTags = Map.copyOf(defaultSourceTags);
        this.placeFromNarrative = Set.copyOf(placeFromNarrative);
        this.placeAtCapital = Set.copyOf(placeAtCapital);
        this.verbs = Map.copyOf(verbs);
        this.nouns = Map.copyOf(nouns);
        this.codings = Map.copyOf(codings);
        this.negation = strings(status.get("negation"));
        this.contrast = strings(status.get("contrast"));
        this.hypotheticalModals = strings(status.get("hypothetical_modals"));
        this.plannedModals = strings(status.get("planned_modals"));
        Map<String, EventStatus> byGovernor = new HashMap<>();
        status.get("governors").fields().forEachRemaining(entry -> {
            EventStatus value = EventStatus.valueOf(entry.getKey().toUpperCase(Locale.ROOT));
            strings(entry.getValue()).forEach(lemma -> byGovernor.put(lemma, value));
        });
        this.governors = Map.copyOf(byGovernor);
        this.conditionalMarks = strings(status.get("conditional_marks"));
        this.plannedModifiers = strings(status.get("planned_modifiers"));
    }

    public static EventLexicon bundled() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode triggers = read(yaml, "events.yaml");
        JsonNode status = read(yaml, "status.yaml");
        JsonNode codebook = read(yaml, "codebook.yaml");
        Map<CrisisClass, PloverCoding> codings = new EnumMap<>(CrisisClass.class);
        codebook.get("classes").fields().forEachRemaining(entry -> {
            JsonNode value = entry.getValue();
            String event = value.get("event").isNull() ? null : value.get("event").asText();
            codings.put(CrisisClass.valueOf(entry.getKey()), new PloverCoding(event,
                    List.copyOf(strings(value.get("modes"))), List.copyOf(orderedStrings(value.get("contexts"))),
                    value.get("quad").asInt()));
        });
        Map<String, List<Trigger>> verbs = new HashMap<>();
        Map<String, List<Trigger>> nouns = new HashMap<>();
        for (JsonNode entry : triggers.get("triggers")) {
            CrisisClass crisisClass;
            try {
                crisisClass = CrisisClass.valueOf(entry.get("class").asText());
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new EventLexiconException("events.yaml: unknown class in " + entry, e);
            }
            Set<String> objects = strings(entry.get("object"));
            Set<Condition> conditions = new HashSet<>();
            for (Condition condition : Condition.values()) {
                if (entry.path(condition.name().toLowerCase(Locale.ROOT)).asBoolean(false)) {
                    conditions.add(condition);
                }
            }
            for (String phrase : orderedStrings(entry.get("verbs"))) {
                add(verbs, phrase, crisisClass, true, objects, conditions);
            }
            for (String phrase : orderedStrings(entry.get("nouns"))) {
                add(nouns, phrase, crisisClass, false, objects, conditions);
            }
        }
        Map<CrisisClass, String> defaults = new EnumMap<>(CrisisClass.class);
        JsonNode defaultNode = triggers.get("default_sources");
        if (defaultNode != null) {
            defaultNode.fields().forEachRemaining(entry -> defaults.put(CrisisClass.valueOf(entry.getKey()),
                    entry.getValue().asText()));
        }
        return new EventLexicon(verbs, nouns, codings, defaults, classes(triggers, "place_from_narrative"),
                classes(triggers, "place_at_capital"), status);
    }

    private static Set<CrisisClass> classes(JsonNode triggers, String key) {
        Set<CrisisClass> out = EnumSet.noneOf(CrisisClass.class);
        for (String name : orderedStrings(triggers.get(key))) {
            try {
                out.add(CrisisClass.valueOf(name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new EventLexiconException("events.yaml: unknown class in " + key + ": " + name, e);
            }
        }
        return out;
    }

    private static void add(Map<String, List<Trigger>> into, String phrase, CrisisClass crisisClass, boolean verb,
                            Set<String> objects, Set<Condition> conditions) {
        String[] words = phrase.toLowerCase(Locale.ROOT).split(" ", 2);
        into.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Trigger(crisisClass, words[0], verb,
                words.length > 1 ? words[1] : null, objects, conditions));
    }

    /** Every lemma that can trigger an event, for deciding which sentences deserve a parse. */
    public Set<String> triggerLemmas() {
        Set<String> all = new HashSet<>(verbs.keySet());
        all.addAll(nouns.keySet());
        return Set.copyOf(all);
    }

    List<Trigger> verbTriggers(String lemma) {
        return verbs.getOrDefault(lemma, List.of());
    }

    List<Trigger> nounTriggers(String lemma) {
        return nouns.getOrDefault(lemma, List.of());
    }

    /** Whether an event of this class that names no place happens where the narrative just was. */
    boolean placeFromNarrative(CrisisClass crisisClass) {
        return placeFromNarrative.contains(crisisClass);
    }

    /** Whether an event of this class that nothing else places happened in the capital of the report's country. */
    boolean placeAtCapital(CrisisClass crisisClass) {
        return placeAtCapital.contains(crisisClass);
    }

    /** The actor tag that names the doer of this class when the sentence names none, or null. */
    String defaultSourceTag(CrisisClass crisisClass) {
        return defaultSourceTags.get(crisisClass);
    }

    public PloverCoding coding(CrisisClass crisisClass) {
        return codings.get(crisisClass);
    }

    boolean isNegation(String lemma) {
        return negation.contains(lemma);
    }

    boolean isContrast(String lemma) {
        return contrast.contains(lemma);
    }

    boolean isHypotheticalModal(String lemma) {
        return hypotheticalModals.contains(lemma);
    }

    boolean isPlannedModal(String lemma) {
        return plannedModals.contains(lemma);
    }

    EventStatus governorStatus(String lemma) {
        return governors.get(lemma);
    }

    boolean isConditional(String lemma) {
        return conditionalMarks.contains(lemma);
    }

    boolean isPlannedModifier(String lemma) {
        return plannedModifiers.contains(lemma);
    }

    private static JsonNode read(ObjectMapper yaml, String name) {
        try (InputStream in = EventLexicon.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new EventLexiconException("bundled resource " + BASE + name + " is missing from the build");
            }
            return yaml.readTree(in);
        } catch (IOException e) {
            throw new EventLexiconException(name + " is not valid YAML: " + e.getMessage(), e);
        }
    }

    private static Set<String> strings(JsonNode node) {
        return Set.copyOf(orderedStrings(node));
    }

    private static List<String> orderedStrings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null && !node.isNull()) {
            node.forEach(item -> out.add(item.asText().toLowerCase(Locale.ROOT)));
        }
        return out;
    }
}
