package org.sitrep.events;

import java.util.Set;
import java.util.function.IntFunction;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.EventStatus;

/**
 * What the verb above a trigger implies of its deed, beyond modals and governors (status.yaml {@code implicatives},
 * {@code announced_measures}): "managed to flee" fled and "failed to retake the town" did not, as the implicative
 * verb itself did; "tried to escape" only tried; "had no choice but to resign" resigned; and "announced that the
 * borders would be closed" closed them (a measure the announcer enacts, told in the future of the past). Null when
 * none of these applies. Stateless.
 */
final class ImpliedStatus {
    /** Relations of a gerund or noun to its implicative verb by a preposition: "succeeded in taking the town". */
    private static final Set<String> PREPOSITIONAL = Set.of("advcl", "obl");
    /** Relations up from an announced measure to the verb of announcing: its clause, or one joined to it. */
    private static final Set<String> REPORTED = Set.of("ccomp", "conj", "advcl", "xcomp");
    /** Named-entity tags of a date or a time of day. */
    private static final Set<String> TIMES = Set.of("DATE", "TIME");
    /** Steps from the measure up to the verb of announcing ("said that he would resign, and that ... would"). */
    private static final int ANNOUNCE_DEPTH = 4;

    private final StatusCues cues;

    ImpliedStatus(StatusCues cues) {
        this.cues = cues;
    }

    /**
     * The status the verb above the trigger implies, or null. {@code statusOf} reads a word's own status (the
     * implicative verb's: "could not manage to flee" did not flee).
     */
    EventStatus of(CrisisClass crisisClass, int t, Parse parse, IntFunction<EventStatus> statusOf) {
        StatusCues.Implicatives implicatives = cues.implicatives();
        int head = parse.head(t);
        if (head < 0) {
            return null;
        }
        if (exceptive(t, head, parse)) {
            // "had no choice but to resign": done when the having is; the "to" is no purpose.
            int verb = implicatives.exceptiveNouns().contains(parse.lemma(head)) ? parse.head(head) : head;
            return verb < 0 ? EventStatus.OCCURRED : statusOf.apply(verb);
        }
        if (!parse.token(head).isVerb()) {
            return null;
        }
        String verb = parse.lemma(head);
        String rel = parse.relation(t);
        boolean infinitive = rel.equals("xcomp");
        // "succeeded in taking the town"; not "failed amid the protests" nor "was tried for the killings".
        boolean gerund = PREPOSITIONAL.contains(rel) && parse.children(t).stream().anyMatch(c ->
                (parse.relation(c).equals("case") || parse.relation(c).equals("mark"))
                        && implicatives.gerundMarks().contains(parse.lemma(c)));
        if (!infinitive && !gerund) {
            return null;
        }
        if (implicatives.done().contains(verb)) {
            return statusOf.apply(head);
        }
        if (implicatives.notDone().contains(verb)) {
            EventStatus failed = statusOf.apply(head);
            // "failed to retake the town" did not; "did not fail to" did.
            return failed == EventStatus.OCCURRED ? EventStatus.NEGATED
                    : failed == EventStatus.NEGATED ? EventStatus.OCCURRED : failed;
        }
        if (infinitive && implicatives.tried().contains(verb) && !implicatives.triedKeeps().contains(crisisClass)) {
            // "tried to escape": an attempt, not known to have come off.
            return EventStatus.HYPOTHETICAL;
        }
        return null;
    }

    /** "but to resign" after a noun of choice, or a verb having one as its object. */
    private boolean exceptive(int t, int head, Parse parse) {
        boolean marked = parse.children(t, "mark").stream()
                .anyMatch(m -> cues.implicatives().exceptiveMarks().contains(parse.lemma(m)));
        if (!marked) {
            return false;
        }
        Set<String> nouns = cues.implicatives().exceptiveNouns();
        return nouns.contains(parse.lemma(head))
                || parse.children(head, "obj").stream().anyMatch(o -> nouns.contains(parse.lemma(o)));
    }

    /**
     * Whether the trigger is a measure its announcer enacts, told in the future of the past under a verb of
     * announcing in the past ("announced that all borders would be closed"; "said parliament would be dissolved").
     */
    boolean announcedMeasure(CrisisClass crisisClass, int t, Parse parse) {
        StatusCues.AnnouncedMeasures announced = cues.announced();
        if (!announced.classes().contains(crisisClass)) {
            return false;
        }
        int clause = futureInPast(t, parse);
        if (clause < 0 && (parse.relation(t).equals("obj") || parse.relation(t).startsWith("nsubj:pass"))) {
            // "would impose a curfew", "a curfew would be imposed": the support verb carries the modal.
            clause = futureInPast(parse.head(t), parse);
        }
        if (clause < 0 || !timed(clause, parse)) {
            // "announced that it would dissolve parliament": no time of its own, a plan.
            return false;
        }
        for (int depth = 0; depth < ANNOUNCE_DEPTH; depth++) {
            int head = parse.head(clause);
            if (head < 0 || !REPORTED.contains(parse.relation(clause))) {
                return false;
            }
            if (announced.verbs().contains(parse.lemma(head)) && parse.token(head).pos().equals("VBD")) {
                return true;
            }
            clause = head;
        }
        return false;
    }

    /** Whether the clause has a time of its own: a date or time ("as of Monday") or a word of now ("now"). */
    private boolean timed(int clause, Parse parse) {
        return parse.children(clause).stream().anyMatch(child -> {
            String rel = parse.relation(child);
            return (rel.startsWith("obl") || rel.startsWith("advmod") || rel.startsWith("nmod:tmod"))
                    && (TIMES.contains(parse.token(child).ner())
                    || cues.announced().atOnce().contains(parse.lemma(child)));
        });
    }

    /** The word itself when it has a modal of the future in the past ("would") and no negation; else -1. */
    private int futureInPast(int word, Parse parse) {
        if (word < 0) {
            return -1;
        }
        boolean modal = parse.children(word).stream().anyMatch(child -> parse.relation(child).startsWith("aux")
                && cues.announced().modals().contains(parse.lemma(child)));
        boolean negated = parse.children(word).stream().anyMatch(child -> cues.negation().contains(parse.lemma(child)));
        return modal && !negated ? word : -1;
    }
}
