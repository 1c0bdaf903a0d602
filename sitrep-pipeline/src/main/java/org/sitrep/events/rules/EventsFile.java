package org.sitrep.events.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** {@code events.yaml}: the triggers of each crisis class and the class policies. The file documents each key. */
public record EventsFile(Map<String, String> defaultSources, List<String> placeFromNarrative,
                         List<String> placeAtCapital, List<String> borrowDoer, List<String> datedNominals,
                         List<String> placeFromObject, Map<String, String> classStatus, Map<String, String> toldAs,
                         Map<String, String> figureEvents, Weights confidence, Limits limits,
                         List<TriggerEntry> triggers, @MayOmit Cameo cameo,
                         DominantDoer dominantDoer, Map<String, String> attemptClass,
                         Places places,
                         List<String> winnerIsDoer, List<String> countedIsDoer,
                         Map<String, String> defaultSourceKinds, @MayOmit List<String> defaultState,
                         @MayOmit List<String> participantDoer, @MayOmit List<String> targetNotDoer,
                         @MayOmit List<String> jointDoers, @MayOmit List<String> framedDoer,
                         @MayOmit List<String> demonymDoer, @MayOmit EpisodeDoer episodeDoer,
                         @MayOmit List<String> repeatedDeeds) {

    /**
     * The second lexicon, CAMEO's verbs: from {@code file}, the verb+object patterns of the classes in
     * {@code objectPatterns}, and the bare verbs each entry of {@code bareVerbs} lists (each must be a CAMEO verb
     * whose own code is the entry's class) under the entry's conditions.
     */
    public record Cameo(String file, List<String> objectPatterns, List<TriggerEntry> bareVerbs,
                        @MayOmit List<String> figurativeVerbs) {
    }

    /** One way of reporting a class. */
    public record TriggerEntry(@JsonProperty("class") String crisisClass, @MayOmit List<String> verbs,
                               @MayOmit List<String> nouns, @MayOmit List<String> predicates,
                               @MayOmit List<String> object, boolean objectIsPlace,
                               boolean subjectIsPlace, boolean ofPlace, boolean subjectIsPeople,
                               boolean subjectIsLeader, boolean subjectIsMilitary, boolean objectIsMember,
                               boolean subjectIsTarget, boolean passiveSubjectIsSource, boolean possessorIsTarget,
                               boolean subjectIsArmed, boolean sourceFrom,
                               boolean subjectIsCombatant, boolean objectIsTown, boolean subjectIsAgent) {
    }

    /** The confidence of an event: a base and a weight for each thing the coder found. */
    public record Weights(Double base, Double resolvedDoer, Double date, Double place, Double verb,
                          Double figureEvent, Double dayDate, Double corroborated) {
    }

    /**
     * The doer of an event of these classes whose text names none, when one actor of this kind is the doer of
     * at least this share of the document's events of these classes that name a doer.
     */
    public record DominantDoer(List<String> classes, String kind, Double share) {
    }

    /**
     * The doer of a deed of {@code classes} told in the passive with no doer ("N were killed"): the one actor
     * leading the episode its paragraph told just before, as the doer of an event of {@code episode} or as the
     * subject that moved forces, when it is not of the side the deed's own sentence names.
     */
    public record EpisodeDoer(List<String> classes, List<String> episode) {
    }

    /** How far the coder looks. */
    public record Limits(Integer localFocus, Integer responseWindowDays, Integer narrativeTownSentences,
                         Integer joinedByGap, Integer dashVerbGap, Integer antecedentSentences,
                         Integer governorDepth) {
    }

    /**
     * Where events are placed beyond the trigger's own prepositions: classes placed at their target or their
     * destination, how far ahead "a village" may be named, and when a report is about one region of its country.
     */
    public record Places(List<String> fromTarget, List<String> fromDestination, List<String> fromVictims,
                         Integer nextSentences, Integer focusRegionMentions, Double focusRegionShare) {
    }
}
