package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The tense a trigger's clause is told in, read as the clause's time reference: the present ("her team is on
 * strike", "protests continue", "the girls are held"), the present perfect ("has seized the town"), the pluperfect
 * ("had fled"), the past, or none of these (a modal, an infinitive, a participle with no auxiliary). A noun takes
 * the tense of the clause it is the subject of or the predicate of, or the object of a light verb of
 * ({@code dates.yaml light_verbs}: "has stepped up abductions"); one hanging on a preposition ("after the coup")
 * has none. A perfect infinitive under a present verb of hearsay ("is reported to have fled", dates.yaml
 * {@code hearsay_verbs}) is the present perfect.
 * Grammar only (tags and relations); the words that point at the time of writing ("now", "so far") are dates.yaml's
 * {@code now}. Stateless.
 */
final class ClauseTense {
    /**
     * PRESENT "is on strike"; PERFECT "has seized"; PLUPERFECT "had fled"; PAST "seized", "were killed"; NONFINITE a
     * participle or gerund with no auxiliary ("a letter calling for"); MODAL "will deploy", "has to be condemned";
     * NONE a noun outside any clause ("after the coup").
     */
    enum Tense { PRESENT, PERFECT, PLUPERFECT, PAST, NONFINITE, MODAL, NONE }

    private static final Set<String> PRESENT_TAGS = Set.of("VBZ", "VBP");
    /**
     * Relations by which a noun takes the tense of its governor ("protests continue"). Not an object: "the UN
     * condemns the attack" tells of the condemnation now, not of the attack.
     */
    private static final Set<String> ARGUMENT = Set.of("nsubj", "nsubj:pass", "conj", "compound");
    /** Relations of a participle told beside its governor's clause ("..., urging restraint"). */
    private static final Set<String> ADJUNCT = Set.of("advcl", "dep");
    /** Steps up the parse to the predicate: a noun in a conjunction of a subject is two or three away. */
    private static final int DEPTH = 4;

    private ClauseTense() {
    }

    /** The predicate whose tense the trigger is told in, or -1 when it hangs where no tense reaches it. */
    static int predicate(int trigger, Parse parse) {
        return predicate(trigger, parse, Set.of());
    }

    /**
     * As {@link #predicate(int, Parse)}, a noun object of one of {@code lightVerbs} taking that verb's tense: "have
     * signalled displeasure" tells of the displeasure, where "condemns the attack" does not tell of the attack.
     */
    static int predicate(int trigger, Parse parse, Set<String> lightVerbs) {
        int current = trigger;
        for (int depth = 0; depth < DEPTH; depth++) {
            boolean verb = parse.token(current).isVerb();
            boolean ownTense = !parse.children(current, "aux").isEmpty() || !parse.children(current, "cop").isEmpty()
                    || PRESENT_TAGS.contains(parse.token(current).pos()) || parse.token(current).pos().equals("VBD");
            int head = parse.head(current);
            String relation = parse.relation(current);
            boolean argument = ARGUMENT.contains(relation) || relation.startsWith("nsubj")
                    || relation.equals("obj") && !verb && head >= 0 && lightVerbs.contains(parse.lemma(head));
            // "says the ministry is failing, calling on it to act": a participle beside its clause, with no word of its
            // own to place it ("after", "while"), is told at that clause's time.
            boolean adjunct = verb && !ownTense && parse.token(current).pos().equals("VBG")
                    && ADJUNCT.contains(relation) && parse.children(current, "mark").isEmpty()
                    && head >= 0 && parse.token(head).isVerb();
            if (ownTense || verb && !relation.equals("xcomp") && !argument && !adjunct) {
                return current;
            }
            // "continue to protest": an infinitive takes its governor's tense; a noun or a gerund its clause's
            // ("fighting has spread"), and a conjunct its first verb's ("have attacked and seized").
            if (head < 0 || !verb && !argument) {
                return -1;
            }
            current = head;
        }
        return -1;
    }

    static Tense of(int trigger, Parse parse) {
        return of(trigger, parse, Set.of(), Set.of());
    }

    /** The tense, with the light verbs whose noun object takes it and the verbs of hearsay over a perfect infinitive. */
    static Tense of(int trigger, Parse parse, Set<String> lightVerbs, Set<String> hearsay) {
        int predicate = predicate(trigger, parse, lightVerbs);
        if (predicate < 0) {
            return Tense.NONE;
        }
        List<Integer> auxiliaries = new ArrayList<>(parse.children(predicate, "aux"));
        auxiliaries.addAll(parse.children(predicate, "cop"));
        boolean infinitive = parse.children(predicate, "mark").stream().anyMatch(m -> parse.lemma(m).equals("to"));
        if (infinitive && hearsaid(predicate, parse, auxiliaries, hearsay)) {
            return Tense.PERFECT;
        }
        if (infinitive || auxiliaries.stream().anyMatch(a -> parse.token(a).pos().equals("MD")
                || parse.lemma(a).equals("to"))) {
            return Tense.MODAL;
        }
        for (int aux : auxiliaries) {
            if (parse.lemma(aux).equals("have")) {
                return PRESENT_TAGS.contains(parse.token(aux).pos()) ? Tense.PERFECT
                        : parse.token(aux).pos().equals("VBD") ? Tense.PLUPERFECT : Tense.NONFINITE;
            }
        }
        for (int aux : auxiliaries) {
            String tag = parse.token(aux).pos();
            if (PRESENT_TAGS.contains(tag)) {
                return Tense.PRESENT;
            }
            if (tag.equals("VBD")) {
                return Tense.PAST;
            }
        }
        String tag = parse.token(predicate).pos();
        return PRESENT_TAGS.contains(tag) ? Tense.PRESENT : tag.equals("VBD") ? Tense.PAST : Tense.NONFINITE;
    }

    /**
     * "is reported to have cut a deal", "are believed to have fled": a perfect infinitive that completes a verb of
     * hearsay in the present tells, as the present perfect does, of what is done at the time of writing.
     */
    private static boolean hearsaid(int predicate, Parse parse, List<Integer> auxiliaries, Set<String> hearsay) {
        int head = parse.head(predicate);
        return head >= 0 && parse.relation(predicate).equals("xcomp") && hearsay.contains(parse.lemma(head))
                && auxiliaries.stream().anyMatch(a -> parse.lemma(a).equals("have"))
                && of(head, parse) == Tense.PRESENT;
    }

    /** Whether the predicate carries a word pointing at the time of writing ("is now held", "has so far killed"). */
    static boolean now(int trigger, Parse parse, Pattern now) {
        return now(trigger, parse, now, Set.of());
    }

    /** As {@link #now(int, Parse, Pattern)}, a noun object of a light verb read on that verb. */
    static boolean now(int trigger, Parse parse, Pattern now, Set<String> lightVerbs) {
        int predicate = predicate(trigger, parse, lightVerbs);
        if (predicate < 0) {
            return false;
        }
        for (int child : parse.children(predicate)) {
            String rel = parse.relation(child);
            if (!rel.equals("advmod") && !rel.startsWith("obl")) {
                continue;
            }
            StringBuilder words = new StringBuilder();
            for (int index : parse.subtree(child)) {
                words.append(parse.token(index).word()).append(' ');
            }
            if (now.matcher(words).find()) {
                return true;
            }
        }
        return false;
    }
}
