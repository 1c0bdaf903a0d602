package org.sitrep.events;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.events.rules.RuleFileException;
import org.sitrep.events.rules.StatusFile;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.EventStatus;

/** The status cues of {@code status.yaml}. Immutable. */
record StatusCues(Set<String> negation, Set<String> contrast, Set<String> hypotheticalModals,
                  Set<String> plannedModals, Map<String, EventStatus> governors, Set<String> conditionalMarks,
                  Set<String> plannedModifiers, Set<String> progressiveAux, Set<String> purposeMarks,
                  Set<String> contrastingConjunctions, Set<String> auxiliaries, Set<String> scopeBarriers,
                  Implicatives implicatives, AnnouncedMeasures announced, Set<String> editorialLabels) {

    /** status.yaml {@code implicatives}: verbs whose complement is done, not done or only tried. */
    record Implicatives(Set<String> done, Set<String> notDone, Set<String> tried, Set<CrisisClass> triedKeeps,
                        Set<String> gerundMarks, Set<String> exceptiveMarks, Set<String> exceptiveNouns) {
        static final Implicatives NONE = new Implicatives(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of());
    }

    /** status.yaml {@code announced_measures}: an authority's measures told in the future of the past. */
    record AnnouncedMeasures(Set<String> verbs, Set<String> modals, Set<CrisisClass> classes, Set<String> atOnce) {
        static final AnnouncedMeasures NONE = new AnnouncedMeasures(Set.of(), Set.of(), Set.of(), Set.of());
    }

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
                file.scopeBarriers() == null ? Set.of() : Words.set(file.scopeBarriers()),
                implicatives(file.implicatives()), announced(file.announcedMeasures()),
                file.editorialLabels() == null ? Set.of() : Words.set(file.editorialLabels()));
    }

    private static Implicatives implicatives(StatusFile.Implicatives file) {
        if (file == null) {
            return Implicatives.NONE;
        }
        return new Implicatives(Words.set(file.done()), Words.set(file.notDone()), Words.set(file.tried()),
                classes(file.triedKeeps(), "status.yaml implicatives.tried_keeps"), Words.set(file.gerundMarks()),
                Words.set(file.exceptiveMarks()),
                Words.set(file.exceptiveNouns()));
    }

    private static AnnouncedMeasures announced(StatusFile.AnnouncedMeasures file) {
        if (file == null) {
            return AnnouncedMeasures.NONE;
        }
        return new AnnouncedMeasures(Words.set(file.verbs()), Words.set(file.modals()),
                classes(file.classes(), "status.yaml announced_measures.classes"), Words.set(file.atOnce()));
    }

    private static Set<CrisisClass> classes(List<String> names, String where) {
        Set<CrisisClass> classes = EnumSet.noneOf(CrisisClass.class);
        names.forEach(name -> classes.add(EventLexicon.crisisClass(name, where)));
        return Set.copyOf(classes);
    }

    static EventStatus status(String name, String where) {
        try {
            return EventStatus.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleFileException(where + ": unknown status '" + name + "'", e);
        }
    }
}
