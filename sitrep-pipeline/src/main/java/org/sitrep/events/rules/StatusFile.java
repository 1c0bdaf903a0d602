package org.sitrep.events.rules;

import java.util.List;
import java.util.Map;

/** {@code status.yaml}: the cues that an event did not, or not yet, happen. The file documents each key. */
public record StatusFile(List<String> negation, List<String> contrast, List<String> hypotheticalModals,
                         List<String> plannedModals, Map<String, List<String>> governors,
                         List<String> conditionalMarks, List<String> plannedModifiers, List<String> progressiveAux,
                         List<String> purposeMarks, List<String> contrastingConjunctions,
                         List<String> auxiliaries, @MayOmit List<String> scopeBarriers,
                         @MayOmit Implicatives implicatives, @MayOmit AnnouncedMeasures announcedMeasures,
                         @MayOmit List<String> editorialLabels) {
    /** Verbs whose complement's truth follows from their own, and the idiom "had no choice but to". */
    public record Implicatives(List<String> done, List<String> notDone, List<String> tried,
                               List<String> triedKeeps, List<String> gerundMarks, List<String> exceptiveMarks,
                               List<String> exceptiveNouns) {
    }

    /** Measures an authority announced in the future of the past ("announced the borders would close"). */
    public record AnnouncedMeasures(List<String> verbs, List<String> modals, List<String> classes,
                                    List<String> atOnce) {
    }
}
