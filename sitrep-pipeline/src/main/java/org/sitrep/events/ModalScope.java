package org.sitrep.events;

import java.util.Set;
import org.sitrep.model.event.EventStatus;

/**
 * The reach of a modal over the phrases of its clause: "the UN should help the government restore order, with the
 * use of force as a last resort" recommends the use of force. A trigger with no tense of its own (a noun, an
 * infinitive, a participle) is in the scope of the nearest verb above it that has one; when that verb's tense is a
 * modal of status.yaml, the trigger takes its status. A relative clause, a clause of its own ("said that ..."), an
 * adverbial clause ("after seizing the town, they could ..."), a subject ("his ouster alone will not fix ..."), the
 * object of a verb that is no support verb ("will need to refuse to accept the seizure of power") and a phrase of
 * status.yaml {@code scope_barriers} ("after the attack", "despite the coup") tell what is so apart from the modal.
 * Stateless.
 */
final class ModalScope {
    /** Relations below which a phrase says what is so, whatever the clause above may say. */
    private static final Set<String> BARRIERS = Set.of("acl:relcl", "ccomp", "parataxis", "advcl", "csubj",
            "appos", "list", "dep", "conj");
    private static final Set<String> TENSED = Set.of("VBD", "VBZ", "VBP");
    private static final Set<String> AUXILIARIES = Set.of("aux", "aux:pass", "cop");
    /** Steps up the parse: a noun deep in a recommendation's phrases is several away from its verb. */
    private static final int DEPTH = 8;

    private final StatusCues cues;
    private final Set<String> supportVerbs;

    ModalScope(StatusCues cues, Set<String> supportVerbs) {
        this.cues = cues;
        this.supportVerbs = supportVerbs;
    }

    EventStatus of(int t, Parse parse) {
        int current = t;
        for (int depth = 0; depth < DEPTH; depth++) {
            if (tensed(current, parse)) {
                return EventStatus.OCCURRED;
            }
            int head = parse.head(current);
            String rel = parse.relation(current);
            boolean presupposed = rel.startsWith("nsubj")
                    || rel.equals("obj") && !supportVerbs.contains(parse.lemma(head));
            if (head < 0 || presupposed || BARRIERS.contains(rel)
                    || cues.scopeBarriers().contains(parse.caseOf(current))) {
                return EventStatus.OCCURRED;
            }
            for (int aux : parse.children(head, "aux")) {
                if (cues.hypotheticalModals().contains(parse.lemma(aux))) {
                    return EventStatus.HYPOTHETICAL;
                }
                if (cues.plannedModals().contains(parse.lemma(aux))) {
                    return EventStatus.PLANNED;
                }
            }
            current = head;
        }
        return EventStatus.OCCURRED;
    }

    /** Whether the word is a verb with a tense of its own: a finite form, or an auxiliary that is no modal. */
    private boolean tensed(int word, Parse parse) {
        if (TENSED.contains(parse.token(word).pos())) {
            return true;
        }
        return parse.children(word).stream().filter(child -> AUXILIARIES.contains(parse.relation(child)))
                .anyMatch(auxiliary -> TENSED.contains(parse.token(auxiliary).pos()));
    }
}
