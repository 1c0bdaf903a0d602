package org.sitrep.events;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.events.rules.WordsFile;

/** The words of {@code words.yaml}, as sets of lower-case lemmas. Immutable. */
record Words(Set<String> placeNouns, Set<String> peopleNouns, Set<String> leaderNouns, Set<String> militaryCues,
             Set<String> membershipNouns, Set<String> supportVerbs, Set<String> leadVerbs, Set<String> joiningVerbs,
             Set<String> pronouns, Set<String> personPronouns, Set<String> bodyPronouns,
             Set<String> relativePronouns, Set<String> memberNouns, String memberPossessive,
             Set<String> agent, Set<String> target, Set<String> ofPlace, Set<String> response,
             Set<String> including, Set<String> state, Set<String> joining, Set<String> place, Set<String> ownPlace,
             Pattern joinedBy, Set<String> newEventDeterminers, Set<String> newEventAdverbs,
             Set<String> onsetVerbs, Set<String> pluralPronouns, Set<String> responsibilityWords,
             Set<String> parties, Set<String> unspecificWords, Set<String> attemptWords,
             Set<String> armedNouns, PlaceWords places, Set<String> choosingVerbs,
             Set<String> groupNouns, Set<String> source, Set<String> frame,
             DetectionWords detection, Set<String> winningVerbs, Map<String, String> participantNouns,
             Set<String> comitative, Set<String> simultaneous, Set<String> instrumentNouns, Set<String> time,
             Set<String> agentNouns, Set<String> voicingVerbs, RulingBodyCues rulingBody) {


    /**
     * The words places are read by (words.yaml {@code places}).
     *
     * @param venueNouns head nouns of a facility ("the Palm Hotel", "the Interior Ministry")
     * @param townNouns nouns that refer back to a named town ("the port", "the village")
     * @param regionNouns nouns that refer back to a named region ("the province")
     * @param capitalNouns nouns that name the capital ("the capital")
     * @param destination prepositions of a destination ("sent troops to the province")
     * @param countryWords words on a trigger that place it in the whole country ("nationwide", "across the country")
     * @param worldWords words on a trigger or its verb that place it across the world ("protests broke out worldwide")
     * @param missionNouns nouns of a diplomatic mission, which acts in the capital of the country it is in
     * @param origin prepositions of where a person or a thing comes from ("troops from Chad"), no place of a deed
     */
    record PlaceWords(Set<String> venueNouns, Set<String> townNouns, Set<String> regionNouns,
                      Set<String> capitalNouns, Set<String> destination, Set<String> countryWords,
                      Set<String> worldWords, Set<String> missionNouns, Set<String> origin,
                      Set<String> distanceNouns) {
    }

    /**
     * The words that decide whether a conflict event is told (words.yaml {@code detection}).
     *
     * @param combatantNouns head nouns of armed men who take towns besides soldiers ("rebels entered the town")
     * @param kinNouns nouns of a person's kin, who with a leader's possessive flee as the leader does ("his family")
     * @param partitiveWords nouns of a part whose "of" phrase is what they are part of ("most of the north")
     * @param outcomeVerbs verbs whose "in", "into" or "to" phrase is an event they say came about ("escalated into
     *                     fighting", "resulted in the destruction of homes")
     * @param outcomePrepositions the prepositions of that phrase
     * @param causePronouns pronouns that stand for a cause, never a leader: "which led him to flee" is his flight
     * @param siteNouns nouns of sites that armed men take control of besides towns and facilities ("key installations")
     * @param newDeedAdverbs adverbs on a verb that tell another deed of its kind ("the depot was also looted")
     * @param newEventModifiers modifiers of a noun that tell an event not told before ("the first air strikes")
     */
    record DetectionWords(Set<String> combatantNouns, Set<String> kinNouns, Set<String> partitiveWords,
                          Set<String> outcomeVerbs, Set<String> outcomePrepositions,
                          Set<String> causePronouns, Set<String> siteNouns,
                          Map<String, Set<String>> senseParticles, Set<String> newDeedAdverbs,
                          Set<String> newEventModifiers) {
        /** Whether the particle makes the verb another verb ("the fighting died down" is no death). */
        boolean changesSense(String verb, String particle) {
            return senseParticles.getOrDefault(verb, Set.of()).contains(particle);
        }
    }

    static Words from(WordsFile file) {
        WordsFile.Prepositions p = file.prepositions();
        return new Words(set(file.placeNouns()), set(file.peopleNouns()), set(file.leaderNouns()),
                set(file.militaryCues()), set(file.membershipNouns()), set(file.supportVerbs()),
                set(file.leadVerbs()), set(file.joiningVerbs()), set(file.pronouns()), set(file.personPronouns()),
                set(file.bodyPronouns()), set(file.relativePronouns()), set(file.memberNouns()),
                file.memberPossessive().toLowerCase(Locale.ROOT), set(p.agent()), set(p.target()),
                set(p.ofPlace()), set(p.response()), set(p.including()), set(p.state()), set(p.joining()),
                set(p.place()), set(p.ownPlace()), Patterns.compile(file.joinedBy(), "words.yaml joined_by"),
                set(file.newEventDeterminers()), set(file.newEventAdverbs()), set(file.onsetVerbs()),
                set(file.pluralPronouns()), set(file.responsibilityWords()), set(p.parties()),
                set(file.unspecificWords()), set(file.attemptWords()), set(file.armedNouns()),
                new PlaceWords(set(file.places().venueNouns()), set(file.places().townNouns()),
                        set(file.places().regionNouns()), set(file.places().capitalNouns()),
                        set(file.places().destination()), set(file.places().countryWords()),
                        set(file.places().worldWords()), set(file.places().missionNouns()),
                        set(file.places().origin()), file.places().distanceNouns() == null ? Set.of()
                        : set(file.places().distanceNouns())),
                set(file.choosingVerbs()), set(file.groupNouns()), set(p.source()), set(p.frame()),
                new DetectionWords(set(file.detection().combatantNouns()), set(file.detection().kinNouns()),
                        set(file.detection().partitiveWords()), set(file.detection().outcomeVerbs()),
                        set(file.detection().outcomePrepositions()),
                        set(file.detection().causePronouns()), set(file.detection().siteNouns()),
                        senseParticles(file.detection().senseParticles()),
                        file.detection().newDeedAdverbs() == null ? Set.of()
                                : set(file.detection().newDeedAdverbs()),
                        file.detection().newEventModifiers() == null ? Set.of()
                                : set(file.detection().newEventModifiers())),
                file.winningVerbs() == null ? Set.of() : set(file.winningVerbs()),
                file.participantNouns() == null ? Map.of() : lower(file.participantNouns()),
                file.comitative() == null ? Set.of() : set(file.comitative()),
                file.simultaneous() == null ? Set.of() : set(file.simultaneous()),
                file.instrumentNouns() == null ? Set.of() : set(file.instrumentNouns()),
                p.time() == null ? Set.of() : set(p.time()),
                file.agentNouns() == null ? Set.of() : set(file.agentNouns()),
                file.voicingVerbs() == null ? Set.of() : set(file.voicingVerbs()),
                file.rulingBody() == null ? RulingBodyCues.NONE
                        : new RulingBodyCues(file.rulingBody().tag(), lowerList(file.rulingBody().before()),
                        lowerList(file.rulingBody().after())));
    }

    private static List<String> lowerList(List<String> cues) {
        return cues == null ? List.of() : cues.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * The words that describe an organisation as the military body ruling a country (words.yaml {@code ruling_body}),
     * which does the events of the classes whose default doer has {@code tag} (events.yaml default_sources): those that end just before its name ("a military organization called X") and those that start just after it
     * ("X, the military junta").
     */
    record RulingBodyCues(String tag, List<String> before, List<String> after) {
        static final RulingBodyCues NONE = new RulingBodyCues("", List.of(), List.of());
    }

    private static Map<String, String> lower(Map<String, String> words) {
        return words.entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                e -> e.getKey().toLowerCase(Locale.ROOT), e -> e.getValue().toLowerCase(Locale.ROOT)));
    }

    private static Map<String, Set<String>> senseParticles(Map<String, List<String>> byVerb) {
        Map<String, Set<String>> out = new java.util.HashMap<>();
        if (byVerb != null) {
            byVerb.forEach((verb, particles) -> out.put(verb.toLowerCase(Locale.ROOT), set(particles)));
        }
        return Map.copyOf(out);
    }

    static Set<String> set(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
