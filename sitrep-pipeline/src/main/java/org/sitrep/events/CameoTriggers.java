package org.sitrep.events;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.events.rules.CameoFile;
import org.sitrep.events.rules.EventsFile;
import org.sitrep.events.rules.RuleFileException;
import org.sitrep.model.event.CrisisClass;

/**
 * Turns the CAMEO verb lexicon into triggers under events.yaml's {@code cameo} policy: a pattern of a verb and its
 * object ("* sanctions", "* {arms shipment}", "* &town") becomes a trigger of every verb of its block with that
 * object, for the classes the policy lists; a pattern naming a subject, a preposition or an actor slot is not
 * taken (its condition is one sitrep cannot check the same way). Bare verbs are taken only as the policy lists
 * them, each checked to be a CAMEO verb whose own code is the entry's class.
 */
final class CameoTriggers {
    private CameoTriggers() {
    }

    /**
     * @param ownNouns sitrep's own noun triggers: an object that is an event noun of another class ("launched an
     *                 attack", "started an offensive") is that event, which the own lexicon founds; the pattern
     *                 does not make it an event of its own class
     */
    static Map<String, List<EventLexicon.Trigger>> from(EventsFile.Cameo policy, CameoFile file,
                                                        Map<String, List<EventLexicon.Trigger>> ownNouns) {
        Map<String, List<String>> blockVerbs = new HashMap<>();
        Map<String, CrisisClass> bareClass = new HashMap<>();
        for (CameoFile.Verb verb : file.verbs()) {
            blockVerbs.computeIfAbsent(verb.block(), k -> new ArrayList<>()).add(verb.verb());
            if (!verb.sitrepClass().isEmpty()) {
                bareClass.put(verb.verb(), EventLexicon.crisisClass(verb.sitrepClass(), policy.file()));
            }
        }
        Set<CrisisClass> taken = EnumSet.noneOf(CrisisClass.class);
        policy.objectPatterns().forEach(name -> taken.add(EventLexicon.crisisClass(name, "events.yaml cameo")));
        // Objects of one block and class, gathered so a verb gets one trigger per class.
        Map<String, Map<CrisisClass, Set<String>>> objects = new HashMap<>();
        for (CameoFile.Pattern pattern : file.patterns()) {
            CrisisClass crisisClass = EventLexicon.crisisClass(pattern.sitrepClass(), policy.file());
            if (!taken.contains(crisisClass)) {
                continue;
            }
            List<String> heads = new ArrayList<>(objectHeads(pattern.pattern(), file.synsets()));
            heads.removeIf(head -> ownNouns.getOrDefault(head.substring(head.lastIndexOf(' ') + 1), List.of()).stream()
                    .anyMatch(own -> own.crisisClass() != crisisClass));
            if (!heads.isEmpty()) {
                objects.computeIfAbsent(pattern.block(), k -> new HashMap<>())
                        .computeIfAbsent(crisisClass, k -> new LinkedHashSet<>()).addAll(heads);
            }
        }
        Map<String, List<EventLexicon.Trigger>> out = new HashMap<>();
        // "dominated the army", "overshadowed the forces": verbs of a block of force that speak of rivalry take none
        // of its patterns.
        Set<String> figurative = Words.set(EventLexicon.orEmpty(policy.figurativeVerbs()));
        objects.forEach((block, byClass) -> byClass.forEach((crisisClass, heads) -> {
            for (String verb : blockVerbs.getOrDefault(block, List.of())) {
                if (figurative.contains(verb)) {
                    continue;
                }
                EventLexicon.add(out, verb, crisisClass, true, Set.copyOf(heads), Set.of(), true);
            }
        }));
        for (EventsFile.TriggerEntry entry : policy.bareVerbs()) {
            CrisisClass crisisClass = EventLexicon.crisisClass(entry.crisisClass(), "events.yaml cameo.bare_verbs");
            if (!EventLexicon.orEmpty(entry.nouns()).isEmpty()) {
                throw new RuleFileException("events.yaml cameo.bare_verbs: CAMEO lists verbs, not nouns ("
                        + entry.nouns() + ")");
            }
            for (String verb : EventLexicon.orEmpty(entry.verbs())) {
                if (bareClass.get(verb) != crisisClass) {
                    throw new RuleFileException("events.yaml cameo.bare_verbs: '" + verb + "' is not a CAMEO verb of "
                            + crisisClass + " in " + policy.file() + (bareClass.containsKey(verb)
                            ? " (its code is " + bareClass.get(verb) + ")" : ""));
                }
                EventLexicon.add(out, verb, crisisClass, true, Words.set(EventLexicon.orEmpty(entry.object())),
                        EventLexicon.conditions(entry));
            }
        }
        out.replaceAll((lemma, triggers) -> List.copyOf(triggers));
        return Map.copyOf(out);
    }

    /**
     * The object head words of a pattern "* X" (X a word, a {noun phrase} whose last word heads it, or a &synset);
     * empty for any other shape.
     */
    static List<String> objectHeads(String pattern, Map<String, List<String>> synsets) {
        if (!pattern.startsWith("* ")) {
            return List.of();
        }
        String object = pattern.substring(2).strip();
        if (object.startsWith("{") && object.endsWith("}") && object.indexOf('}') == object.length() - 1) {
            // "{security services}": the head with its modifiers, which the object must have too.
            String[] words = object.substring(1, object.length() - 1).strip().split(" +");
            return java.util.Arrays.stream(words).allMatch(CameoTriggers::plain)
                    ? List.of(String.join(" ", words)) : List.of();
        }
        if (object.startsWith("&") && !object.contains(" ")) {
            List<String> words = synsets.get(object);
            if (words == null) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            // "armed_services" is a phrase: its head "services" alone is no soldier.
            for (String word : words) {
                String[] parts = word.toLowerCase(Locale.ROOT).split("_");
                if (java.util.Arrays.stream(parts).allMatch(CameoTriggers::plain)) {
                    out.add(String.join(" ", parts));
                }
            }
            return out;
        }
        return plain(object) ? List.of(object) : List.of();
    }

    /** A plain word: no actor slot (+, $), no phrase or set notation. */
    private static boolean plain(String word) {
        return !word.isEmpty() && word.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'');
    }
}
