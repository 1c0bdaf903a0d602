package org.sitrep.events;

import java.time.LocalDate;
import java.util.Set;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventStatus;

/**
 * Whether an event happened: a class's fixed status (events.yaml {@code class_status}), else negation, modals,
 * conditions and governing verbs around the trigger (status.yaml); and an event told as done after the report
 * was published is only planned.
 */
final class StatusReader {
    /** Relations of an infinitive clause that says what something is for, not what happened. */
    private static final Set<String> PURPOSE = Set.of("advcl");
    /** Tags of what may precede a list item's first word: its number, a bullet, a bracket. */
    private static final Set<String> LIST_MARKS = Set.of("LS", "CD", ".", ":", ",", "-LRB-", "-RRB-", "``", "''",
            "SYM", "NFP");

    private final EventLexicon lexicon;
    private final StatusCues cues;
    private final ModalScope scope;
    private final ImpliedStatus implied;

    StatusReader(EventLexicon lexicon) {
        this.lexicon = lexicon;
        this.cues = lexicon.status();
        this.scope = new ModalScope(cues, lexicon.words().supportVerbs());
        this.implied = new ImpliedStatus(cues);
    }

    EventStatus of(CrisisClass crisisClass, int t, Parse parse) {
        EventStatus fixed = lexicon.policies().classStatus().get(crisisClass);
        if (fixed != null) {
            return fixed;
        }
        // "managed to flee", "tried to escape", "had no choice but to resign": what the verb above implies, unless
        // the trigger's own words say otherwise (a negation; a modal, which an infinitive cannot have, or the
        // "to" the exceptive "but to" makes look like a purpose).
        EventStatus own = ownCues(t, parse);
        EventStatus implicated = own == null || own == EventStatus.HYPOTHETICAL
                ? implied.of(crisisClass, t, parse, word -> of(word, parse)) : null;
        if (implicated != null) {
            return implicated;
        }
        EventStatus status = of(t, parse);
        // "announced that the borders would be closed": done (planned if dated after publication, notYetHappened).
        return status == EventStatus.HYPOTHETICAL && implied.announcedMeasure(crisisClass, t, parse)
                ? EventStatus.OCCURRED : status;
    }

    EventStatus of(int t, Parse parse) {
        EventStatus own = ownCues(t, parse);
        if (own != null) {
            return own;
        }
        int shared = sharedClause(t, parse);
        if (shared >= 0) {
            // "is not about to march on the capital and seize power", "could attack and take the town": a verb
            // coordinated with another, without a subject or auxiliary of its own, shares its negation and modal.
            EventStatus first = ownCues(shared, parse);
            if (first != null && first != EventStatus.ONGOING) {
                return first;
            }
        }
        if (imperative(parse)) {
            // "Attend the protests near you", "Sign the petition": a call to act, not an act.
            return EventStatus.DEMANDED;
        }
        return governed(t, parse);
    }

    /**
     * Whether the sentence is a command: past a list item's number, it opens on a verb in its bare form ("Attend
     * the vigils near you"), not an auxiliary ("Do ..." asks).
     */
    private boolean imperative(Parse parse) {
        int first = 0;
        while (first < parse.size() && LIST_MARKS.contains(parse.token(first).pos())) {
            first++;
        }
        return first < parse.size() && parse.token(first).pos().equals("VB")
                && !cues.auxiliaries().contains(parse.lemma(first));
    }

    /**
     * The verb {@code t} is coordinated with when it has no subject and no auxiliary of its own and is not set
     * against it ("did not resign but fled"); -1 otherwise.
     */
    private int sharedClause(int t, Parse parse) {
        int head = parse.head(t);
        if (head < 0 || !parse.relation(t).equals("conj") || !parse.token(t).isVerb() || !parse.token(head).isVerb()) {
            return -1;
        }
        for (int child : parse.children(t)) {
            String rel = parse.relation(child);
            if (rel.startsWith("nsubj") || rel.startsWith("aux") || rel.equals("mark")
                    || rel.equals("cc") && cues.contrastingConjunctions().contains(parse.lemma(child))) {
                return -1;
            }
        }
        return head;
    }

    /** The status the trigger's own words set: negation, contrast, modals, a condition, a purpose; else null. */
    private EventStatus ownCues(int t, Parse parse) {
        // A negation outweighs a modal: "will not attack" says the attack does not happen.
        for (int child : parse.children(t)) {
            String rel = parse.relation(child);
            if ((rel.equals("advmod") || rel.equals("det") || rel.equals("neg"))
                    && cues.negation().contains(parse.lemma(child))) {
                return EventStatus.NEGATED;
            }
        }
        for (int child : parse.children(t)) {
            String lemma = parse.lemma(child);
            String rel = parse.relation(child);
            if ((rel.equals("case") || rel.equals("cc") || rel.equals("mark")) && cues.contrast().contains(lemma)) {
                // "a riot rather than a planned seizure of power"
                return EventStatus.NEGATED;
            }
            if (rel.startsWith("aux") && cues.hypotheticalModals().contains(lemma)) {
                return EventStatus.HYPOTHETICAL;
            }
            if (rel.startsWith("aux") && cues.plannedModals().contains(lemma)) {
                return EventStatus.PLANNED;
            }
            if (rel.equals("mark") && cues.conditionalMarks().contains(lemma)) {
                return EventStatus.HYPOTHETICAL;
            }
            // "troops were sent to fight the rebels": a purpose. A noun's clause is not one ("the date set for
            // the states to shut their frontiers" says what was set).
            if (rel.equals("mark") && cues.purposeMarks().contains(lemma)
                    && PURPOSE.contains(parse.relation(t))) {
                return EventStatus.HYPOTHETICAL;
            }
            if ((rel.equals("amod") || rel.equals("acl")) && cues.plannedModifiers().contains(lemma)) {
                return EventStatus.PLANNED;
            }
        }
        if (parse.token(t).pos().equals("VBG") && parse.children(t, "aux").stream()
                .anyMatch(aux -> cues.progressiveAux().contains(parse.lemma(aux)))) {
            // "fighting is continuing", "have been protesting since June"
            return EventStatus.ONGOING;
        }
        return null;
    }

    /** The status a governing verb or noun sets ("threatened to impose", "his promise to step down"). */
    private EventStatus governed(int t, Parse parse) {
        int current = t;
        for (int depth = 0; depth < lexicon.limits().governorDepth(); depth++) {
            int governor = parse.head(current);
            if (governor < 0) {
                break;
            }
            String link = parse.relation(current);
            if (link.equals("obj") || link.startsWith("nsubj:pass")) {
                // "will hold elections": the support verb's modal is the noun's.
                for (int aux : parse.children(governor, "aux")) {
                    if (cues.hypotheticalModals().contains(parse.lemma(aux))) {
                        return EventStatus.HYPOTHETICAL;
                    }
                    if (cues.plannedModals().contains(parse.lemma(aux))) {
                        return EventStatus.PLANNED;
                    }
                }
            }
            EventStatus governed = cues.governors().get(parse.lemma(governor));
            String rel = parse.relation(current);
            // "his promise to step down", "a plan to dissolve parliament": a noun's infinitive clause.
            boolean nounClause = rel.equals("acl") && parse.token(governor).isNoun()
                    && parse.children(current, "mark").stream().anyMatch(m -> cues.purposeMarks()
                    .contains(parse.lemma(m)));
            // "an offensive is likely to cause casualties", "a coup is unlikely": what an adjective of status.yaml
            // governors says of its subject.
            boolean adjectiveSubject = rel.equals("nsubj") && parse.token(governor).pos().startsWith("JJ");
            boolean complement = rel.equals("xcomp") || rel.equals("ccomp") || rel.equals("obj")
                    || rel.startsWith("nsubj:pass") || rel.equals("obl") || rel.startsWith("nmod") || nounClause
                    || adjectiveSubject;
            if (governed != null && complement) {
                return governed;
            }
            if (current != t && PURPOSE.contains(rel) && parse.children(current, "mark").stream()
                    .anyMatch(m -> cues.purposeMarks().contains(parse.lemma(m)))) {
                // "much can be done to press the government to condemn the killings": the clause the trigger
                // completes says what something is for.
                return EventStatus.HYPOTHETICAL;
            }
            // "threatened to impose an embargo": a support verb's object is the deed its governor says of; any
            // other verb's object is a deed of its own ("unable to stop the attack" tells of an attack that came).
            boolean supportObject = rel.equals("obj") && lexicon.words().supportVerbs().contains(parse.lemma(governor));
            if (!rel.equals("conj") && !rel.equals("xcomp") && !supportObject) {
                break;
            }
            current = governor;
        }
        return scope.of(t, parse);
    }

    /**
     * An event the text says occurred cannot have happened after the report was published: "the election,
     * scheduled for April 29" in a report of 2 April is still to come.
     */
    static Event notYetHappened(Event event, LocalDate published) {
        if (published == null || event.status() != EventStatus.OCCURRED || event.date() == null
                || !event.date().start().isAfter(published)) {
            return event;
        }
        return event.withStatus(EventStatus.PLANNED);
    }
}
