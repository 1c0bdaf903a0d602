package org.sitrep.events;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.events.rules.EventsFile;
import org.sitrep.events.rules.RuleFileException;
import org.sitrep.events.rules.RuleFiles;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.EventStatus;
import org.sitrep.model.event.PloverCoding;
import org.sitrep.model.figure.FigureKind;

/**
 * The event coder's data, read by {@link RuleFiles}: triggers and class policies ({@code events.yaml}), status
 * cues ({@code status.yaml}), the PLOVER coding of each class ({@code codebook.yaml}), the words arguments are read
 * by ({@code words.yaml}) and the date words ({@code dates.yaml}). Immutable and thread-safe.
 */
public final class EventLexicon {
    /** Extra conditions a trigger sets on its arguments (the boolean keys of a trigger in events.yaml). */
    enum Condition { OBJECT_IS_PLACE, SUBJECT_IS_PLACE, OF_PLACE, SUBJECT_IS_PEOPLE, SUBJECT_IS_LEADER,
        SUBJECT_IS_MILITARY, OBJECT_IS_MEMBER, SUBJECT_IS_TARGET, PASSIVE_SUBJECT_IS_SOURCE, POSSESSOR_IS_TARGET,
        SUBJECT_IS_ARMED, SOURCE_FROM, SUBJECT_IS_COMBATANT,
        OBJECT_IS_TOWN, SUBJECT_IS_AGENT }

    /**
     * One way of reporting a class.
     *
     * @param lemma the head lemma (a verb or a noun)
     * @param particle a particle or second word that must follow ("down" in "step down"), or null
     * @param objects object lemmas one of which the verb needs, empty when any will do
     * @param direct whether the object must be the verb's own (direct object or passive subject), not a noun an
     *               oblique or object governs: CAMEO's patterns name the verb's object
     */
    record Trigger(CrisisClass crisisClass, String lemma, boolean verb, String particle, Set<String> objects,
                   Set<Condition> conditions, boolean direct) {
    }

    /** The class policies of events.yaml, by class. */
    record Policies(Map<CrisisClass, String> defaultSourceTags, Set<CrisisClass> placeFromNarrative,
                    Set<CrisisClass> placeAtCapital, Set<CrisisClass> borrowDoer, Set<CrisisClass> datedNominals,
                    Set<CrisisClass> placeFromObject, Map<CrisisClass, EventStatus> classStatus,
                    Map<CrisisClass, CrisisClass> toldAs, Map<FigureKind, CrisisClass> figureEvents,
                    Map<CrisisClass, CrisisClass> attemptClass,
                    Set<CrisisClass> winnerIsDoer, Set<CrisisClass> countedIsDoer,
                    Map<CrisisClass, ActorKind> defaultSourceKinds, Set<CrisisClass> defaultState,
                    Set<CrisisClass> participantDoer, Set<CrisisClass> targetNotDoer, Set<CrisisClass> jointDoers,
                    Set<CrisisClass> framedDoer, Set<CrisisClass> demonymDoer, Set<CrisisClass> repeatedDeeds) {
    }

    /**
     * Where events are placed beyond the trigger's own prepositions (events.yaml {@code places}).
     *
     * @param fromTarget classes whose target names their place ("attacked a village")
     * @param fromDestination classes placed at their destination ("sent troops to the province")
     * @param fromVictims classes done to people where they were, which a town naming them places ("kidnapped the
     *     Tessit girls") when nothing nearer than the country does
     * @param nextSentences sentences ahead in which "a village" may be named ("the village of X")
     * @param focusRegionMentions times a report names a region as a region for it to be the region it is about
     * @param focusRegionShare share of the report's towns and regions of its country that must lie in that region
     */
    record PlacePolicies(Set<CrisisClass> fromTarget, Set<CrisisClass> fromDestination,
                         Set<CrisisClass> fromVictims, int nextSentences,
                         int focusRegionMentions, double focusRegionShare) {
    }

    /** The doer an unnamed doer of these classes defaults to when one actor of the kind dominates them. */
    record DominantDoer(Set<CrisisClass> classes, ActorKind kind, double share) {
    }

    /** events.yaml {@code episode_doer}: the passive deeds that take the episode's doer, and the episode's classes. */
    record EpisodeDoer(Set<CrisisClass> classes, Set<CrisisClass> episode) {
    }

    private final Map<String, List<Trigger>> verbs;
    private final Map<String, List<Trigger>> nouns;
    private final Map<String, List<Trigger>> predicates;
    private final Map<String, List<Trigger>> cameoVerbs;
    private final Set<String> objectWords;
    private final Map<CrisisClass, PloverCoding> codings;
    private final Policies policies;
    private final EventsFile.Weights weights;
    private final DominantDoer dominantDoer;
    private final EpisodeDoer episodeDoer;
    private final EventsFile.Limits limits;
    private final PlacePolicies places;
    private final StatusCues status;
    private final Words words;
    private final DateWords dates;

    private EventLexicon(RuleFiles files) {
        EventsFile events = files.events();
        Map<String, List<Trigger>> verbMap = new HashMap<>();
        Map<String, List<Trigger>> nounMap = new HashMap<>();
        Map<String, List<Trigger>> predicateMap = new HashMap<>();
        for (EventsFile.TriggerEntry entry : events.triggers()) {
            CrisisClass crisisClass = crisisClass(entry.crisisClass(), "triggers");
            Set<String> objects = Words.set(orEmpty(entry.object()));
            Set<Condition> conditions = conditions(entry);
            for (String phrase : orEmpty(entry.verbs())) {
                add(verbMap, phrase, crisisClass, true, objects, conditions);
            }
            for (String phrase : orEmpty(entry.nouns())) {
                add(nounMap, phrase, crisisClass, false, objects, conditions);
            }
            // An adjective said of its subject ("he is dead", "left two soldiers dead") reads its roles as a verb.
            for (String phrase : orEmpty(entry.predicates())) {
                add(predicateMap, phrase, crisisClass, true, objects, conditions);
            }
        }
        this.verbs = Map.copyOf(verbMap);
        this.predicates = Map.copyOf(predicateMap);
        this.nouns = Map.copyOf(nounMap);
        Set<String> objectWordSet = new HashSet<>();
        verbMap.values().forEach(list -> list.forEach(trigger -> objectWordSet.addAll(trigger.objects())));
        nounMap.values().forEach(list -> list.forEach(trigger -> objectWordSet.addAll(trigger.objects())));
        this.objectWords = Set.copyOf(objectWordSet);
        this.cameoVerbs = events.cameo() == null ? Map.of()
                : CameoTriggers.from(events.cameo(), files.cameo(events.cameo().file()), nounMap);
        Map<CrisisClass, PloverCoding> codingMap = new EnumMap<>(CrisisClass.class);
        files.codebook().classes().forEach((name, coding) -> codingMap.put(crisisClass(name, "codebook.yaml"),
                new PloverCoding(coding.event(), Words.set(coding.modes()).stream().sorted().toList(),
                        coding.contexts().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList(), coding.quad())));
        this.codings = Map.copyOf(codingMap);
        Map<CrisisClass, String> defaults = new EnumMap<>(CrisisClass.class);
        events.defaultSources().forEach((name, tag) -> defaults.put(crisisClass(name, "default_sources"), tag));
        Map<CrisisClass, ActorKind> defaultKinds = new EnumMap<>(CrisisClass.class);
        events.defaultSourceKinds().forEach((name, kind) -> defaultKinds.put(crisisClass(name,
                "default_source_kinds"), actorKind(kind, "default_source_kinds")));
        Map<CrisisClass, EventStatus> classStatus = new EnumMap<>(CrisisClass.class);
        events.classStatus().forEach((name, value) -> classStatus.put(crisisClass(name, "class_status"),
                StatusCues.status(value, "events.yaml class_status")));
        Map<CrisisClass, CrisisClass> toldAs = new EnumMap<>(CrisisClass.class);
        events.toldAs().forEach((name, other) -> toldAs.put(crisisClass(name, "told_as"),
                crisisClass(other, "told_as")));
        Map<CrisisClass, CrisisClass> attemptClass = new EnumMap<>(CrisisClass.class);
        events.attemptClass().forEach((name, other) -> attemptClass.put(crisisClass(name, "attempt_class"),
                crisisClass(other, "attempt_class")));
        Map<FigureKind, CrisisClass> figureEvents = new EnumMap<>(FigureKind.class);
        events.figureEvents().forEach((kind, name) -> figureEvents.put(figureKind(kind),
                crisisClass(name, "figure_events")));
        this.policies = new Policies(Map.copyOf(defaults), classes(events.placeFromNarrative(), "place_from_narrative"),
                classes(events.placeAtCapital(), "place_at_capital"), classes(events.borrowDoer(), "borrow_doer"),
                classes(events.datedNominals(), "dated_nominals"),
                classes(events.placeFromObject(), "place_from_object"), Map.copyOf(classStatus), Map.copyOf(toldAs),
                Map.copyOf(figureEvents), Map.copyOf(attemptClass),
                classes(events.winnerIsDoer(), "winner_is_doer"), classes(events.countedIsDoer(), "counted_is_doer"),
                Map.copyOf(defaultKinds), events.defaultState() == null ? Set.of()
                : classes(events.defaultState(), "default_state"),
                events.participantDoer() == null ? Set.of() : classes(events.participantDoer(), "participant_doer"),
                events.targetNotDoer() == null ? Set.of() : classes(events.targetNotDoer(), "target_not_doer"),
                events.jointDoers() == null ? Set.of() : classes(events.jointDoers(), "joint_doers"),
                events.framedDoer() == null ? Set.of() : classes(events.framedDoer(), "framed_doer"),
                events.demonymDoer() == null ? Set.of() : classes(events.demonymDoer(), "demonym_doer"),
                events.repeatedDeeds() == null ? Set.of() : classes(events.repeatedDeeds(), "repeated_deeds"));
        this.weights = events.confidence();
        this.dominantDoer = dominantDoer(events.dominantDoer());
        this.episodeDoer = events.episodeDoer() == null ? new EpisodeDoer(Set.of(), Set.of())
                : new EpisodeDoer(classes(events.episodeDoer().classes(), "episode_doer.classes"),
                classes(events.episodeDoer().episode(), "episode_doer.episode"));
        this.limits = events.limits();
        this.places = new PlacePolicies(classes(events.places().fromTarget(), "places.from_target"),
                classes(events.places().fromDestination(), "places.from_destination"),
                classes(events.places().fromVictims(), "places.from_victims"),
                events.places().nextSentences(), events.places().focusRegionMentions(),
                events.places().focusRegionShare());
        this.status = StatusCues.from(files.status());
        this.words = Words.from(files.words());
        this.dates = DateWords.from(files.dates());
    }

    /** The bundled rule files. */
    public static EventLexicon bundled() {
        return new EventLexicon(RuleFiles.bundled());
    }

    /** The rule files of {@code directory} over the bundled ones (the bundled ones alone when it is null). */
    public static EventLexicon load(Path directory) {
        return new EventLexicon(RuleFiles.over(directory));
    }

    static Set<Condition> conditions(EventsFile.TriggerEntry entry) {
        Set<Condition> out = EnumSet.noneOf(Condition.class);
        boolean[] set = {entry.objectIsPlace(), entry.subjectIsPlace(), entry.ofPlace(), entry.subjectIsPeople(),
            entry.subjectIsLeader(), entry.subjectIsMilitary(), entry.objectIsMember(), entry.subjectIsTarget(),
            entry.passiveSubjectIsSource(), entry.possessorIsTarget(), entry.subjectIsArmed(), entry.sourceFrom(),
            entry.subjectIsCombatant(), entry.objectIsTown(), entry.subjectIsAgent()};
        for (Condition condition : Condition.values()) {
            if (set[condition.ordinal()]) {
                out.add(condition);
            }
        }
        return out;
    }

    static CrisisClass crisisClass(String name, String key) {
        try {
            return CrisisClass.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RuleFileException(key + ": unknown crisis class '" + name + "'", e);
        }
    }

    private static FigureKind figureKind(String name) {
        try {
            return FigureKind.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleFileException("events.yaml figure_events: unknown figure kind '" + name + "'", e);
        }
    }

    private static Set<CrisisClass> classes(List<String> names, String key) {
        Set<CrisisClass> out = EnumSet.noneOf(CrisisClass.class);
        names.forEach(name -> out.add(crisisClass(name, "events.yaml " + key)));
        return out;
    }

    static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }

    static void add(Map<String, List<Trigger>> into, String phrase, CrisisClass crisisClass, boolean verb,
                            Set<String> objects, Set<Condition> conditions) {
        add(into, phrase, crisisClass, verb, objects, conditions, false);
    }

    static void add(Map<String, List<Trigger>> into, String phrase, CrisisClass crisisClass, boolean verb,
                    Set<String> objects, Set<Condition> conditions, boolean direct) {
        String[] parts = phrase.toLowerCase(Locale.ROOT).split(" ", 2);
        into.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(new Trigger(crisisClass, parts[0], verb,
                parts.length > 1 ? parts[1] : null, objects, conditions, direct));
    }

    /** Every lemma that can trigger an event, for deciding which sentences deserve a parse. */
    public Set<String> triggerLemmas() {
        Set<String> all = new HashSet<>(verbs.keySet());
        all.addAll(cameoVerbs.keySet());
        all.addAll(nouns.keySet());
        all.addAll(predicates.keySet());
        return Set.copyOf(all);
    }

    /** The triggers of an adjective told of a subject ("is dead", "left them dead"). */
    List<Trigger> predicateTriggers(String lemma) {
        return predicates.getOrDefault(lemma, List.of());
    }

    List<Trigger> verbTriggers(String lemma) {
        return verbs.getOrDefault(lemma, List.of());
    }

    /** Whether an own entry of the verb names the noun as its object ("gain" + "control", "hold" + "hostage"). */
    boolean namesObject(String verbLemma, String nounLemma) {
        return verbTriggers(verbLemma).stream().anyMatch(trigger -> trigger.particle() == null
                && trigger.objects().contains(nounLemma));
    }

    /** The second lexicon's (CAMEO's) triggers of a verb lemma, consulted where sitrep's own found nothing. */
    List<Trigger> cameoVerbTriggers(String lemma) {
        return cameoVerbs.getOrDefault(lemma, List.of());
    }

    /**
     * The objects the own triggers name ("power", "the streets", "hostage"): words of the wording, not of what the
     * event befell.
     */
    Set<String> objectWords() {
        return objectWords;
    }

    List<Trigger> nounTriggers(String lemma) {
        return nouns.getOrDefault(lemma, List.of());
    }

    public PloverCoding coding(CrisisClass crisisClass) {
        return codings.get(crisisClass);
    }

    Policies policies() {
        return policies;
    }

    DominantDoer dominantDoer() {
        return dominantDoer;
    }

    EpisodeDoer episodeDoer() {
        return episodeDoer;
    }

    private static ActorKind actorKind(String name, String key) {
        try {
            return ActorKind.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new RuleFileException("events.yaml " + key + ": unknown actor kind '" + name + "'", e);
        }
    }

    private static DominantDoer dominantDoer(EventsFile.DominantDoer rule) {
        ActorKind kind = actorKind(rule.kind(), "dominant_doer");
        if (rule.share() <= 0.5 || rule.share() > 1) {
            throw new RuleFileException("events.yaml dominant_doer: share must be above 0.5 and at most 1, not "
                    + rule.share());
        }
        return new DominantDoer(classes(rule.classes(), "dominant_doer"), kind, rule.share());
    }

    EventsFile.Weights weights() {
        return weights;
    }

    PlacePolicies places() {
        return places;
    }

    EventsFile.Limits limits() {
        return limits;
    }

    StatusCues status() {
        return status;
    }

    Words words() {
        return words;
    }

    DateWords dates() {
        return dates;
    }
}
