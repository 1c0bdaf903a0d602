package org.sitrep.actors;

import java.util.List;
import java.util.Set;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.text.TextFold;

/** Guesses the kind of an organisation the dictionary does not know, from the words of its name. */
final class ActorKinds {
    private ActorKinds() {
    }

    static ActorKind guess(String name) {
        List<String> words = TextFold.nameWords(name);
        // "armed" alone is no army: "armed groups", an "Armed Conflict" data project; "armed forces" has "forces".
        if (containsAny(words, "army", "forces", "battalion", "brigade", "regiment", "military", "guard",
                "command", "militia")) {
            return ActorKind.MILITARY_UNIT;
        }
        if (containsAny(words, "party", "parti")) {
            return ActorKind.PARTY;
        }
        if (containsAny(words, "jihad", "liberation", "front", "ansar", "qaeda", "qaida", "islamic", "mujahideen",
                "rebels", "resistance")) {
            return ActorKind.ARMED_GROUP;
        }
        if (containsAny(words, "movement", "mouvement", "rally", "coalition", "alliance", "protesters")) {
            return ActorKind.MOVEMENT;
        }
        if (containsAny(words, "committee", "comite", "council", "conseil", "ministry", "court", "assembly",
                "government", "parliament", "senate", "presidency", "commission")) {
            return ActorKind.GOVERNMENT_BODY;
        }
        return ActorKind.ORG;
    }

    /** Tags generic nominals may point at, for an actor the dictionary does not tag. */
    static Set<String> tags(ActorKind kind, String name) {
        List<String> words = TextFold.nameWords(name);
        return switch (kind) {
            case ARMED_GROUP -> Set.of("rebels", "armed_group");
            // "the army" is the country's own: "National Armed Forces", not "Rapid Support Forces" or "Union of
            // Democratic Forces", whose names carry "forces" too.
            case MILITARY_UNIT -> containsAny(words, "army", "forces", "military")
                    && containsAny(words, "armed", "national", "defence", "defense", "royal", "regular")
                    ? Set.of("army") : Set.of();
            default -> Set.of();
        };
    }

    private static boolean containsAny(List<String> words, String... wanted) {
        for (String word : wanted) {
            if (words.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
