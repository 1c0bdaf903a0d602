package org.sitrep.events;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.events.rules.RuleFileException;
import org.sitrep.events.rules.StatusFile;
import org.sitrep.model.event.EventStatus;

/** The status cues of {@code status.yaml}. Immutable. */
record StatusCues(Set<String> negation, Set<String> contrast, Set<String> hypotheticalModals,
                  Set<String> plannedModals, Map<String, EventStatus> governors, Set<String> conditionalMarks,
                  Set<String> plannedModifiers, Set<String> progressiveAux, Set<String> purposeMarks,
                  Set<String> contrastingConjunctions, Set<String> auxiliaries, Set<String> scopeBarriers) {

    static StatusCues from(StatusFile file) {
        Map<String, EventStatus> byGovernor = new HashMap<>();
        file.governors().forEach((status, lemmas) -> {
            EventStatus value = status(status, "status.yaml governors");
            Words.set(lemmas).forEach(lemma -> byGovernor.put(lemma, value));
        });
        return new StatusCues(Words.set(file.negation()), Words.set(file.contrast()),
                Words.set(file.hypotheticalModals()), Words.set(file.plannedModals()), Map.copyOf(byGovernor),
                Words.set(file.conditionalMarks()), Words.set(file.plannedModifiers()),
                Words.set(file.progressiveAux()), Words.set(file.purposeMarks()),
                Words.set(file.contrastingConjunctions()), Words.set(file.auxiliaries()),
                file.scopeBarriers() == null ? Set.of() : Words.set(file.scopeBarriers()));
    }

    static EventStatus status(String name, String where) {
        try {
            return EventStatus.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleFileException(where + ": unknown status '" + name + "'", e);
        }
    }
}
