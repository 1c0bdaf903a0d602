package org.sitrep.events.rules;

import java.util.List;
import java.util.Map;

/** {@code status.yaml}: the cues that an event did not, or not yet, happen. The file documents each key. */
public record StatusFile(List<String> negation, List<String> contrast, List<String> hypotheticalModals,
                         List<String> plannedModals, Map<String, List<String>> governors,
                         List<String> conditionalMarks, List<String> plannedModifiers, List<String> progressiveAux,
                         List<String> purposeMarks, List<String> contrastingConjunctions,
                         List<String> auxiliaries, @MayOmit List<String> scopeBarriers) {
}
