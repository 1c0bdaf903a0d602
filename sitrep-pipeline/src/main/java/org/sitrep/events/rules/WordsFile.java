package org.sitrep.events.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** {@code words.yaml}: the words arguments, places and pronouns are read by. The file documents each key. */
public record WordsFile(List<String> placeNouns, List<String> peopleNouns, List<String> leaderNouns,
                        List<String> militaryCues, List<String> membershipNouns, List<String> supportVerbs,
                        List<String> leadVerbs, List<String> joiningVerbs, List<String> pronouns,
                        List<String> personPronouns, List<String> bodyPronouns, List<String> relativePronouns,
                        List<String> memberNouns, String memberPossessive, Prepositions prepositions,
                        String joinedBy, List<String> newEventDeterminers, List<String> newEventAdverbs,
                        List<String> onsetVerbs, List<String> pluralPronouns, List<String> responsibilityWords,
                        List<String> unspecificWords, List<String> attemptWords, List<String> armedNouns,
                        Places places,
                        List<String> choosingVerbs, List<String> groupNouns, Detection detection,
                        @MayOmit List<String> winningVerbs, @MayOmit Map<String, String> participantNouns,
                        @MayOmit List<String> comitative, @MayOmit List<String> simultaneous,
                        @MayOmit List<String> instrumentNouns, @MayOmit List<String> agentNouns,
                        @MayOmit List<String> voicingVerbs, @MayOmit RulingBody rulingBody) {

    /** Argument roles by preposition. */
    public record Prepositions(List<String> agent, List<String> target, @JsonProperty("of") List<String> ofPlace,
                               List<String> response, List<String> including, List<String> state,
                               List<String> joining, List<String> place, List<String> ownPlace,
                               List<String> parties, List<String> source, List<String> frame,
                               @MayOmit List<String> time) {
    }

    /** Words that describe an organisation as a country's ruling military body, before and after its name. */
    public record RulingBody(String tag, List<String> before, List<String> after) {
    }

    /** The words places are read by: facilities, and the nouns that refer back to a named place. */
    public record Places(List<String> venueNouns, List<String> townNouns, List<String> regionNouns,
                         List<String> capitalNouns, List<String> destination, List<String> countryWords,
                         List<String> worldWords, List<String> missionNouns, List<String> origin,
                         @MayOmit List<String> distanceNouns) {
    }

    /** The words that decide whether a conflict event is told (words.yaml {@code detection}). */
    public record Detection(List<String> combatantNouns, List<String> kinNouns, List<String> partitiveWords,
                            List<String> outcomeVerbs, List<String> outcomePrepositions,
                            List<String> causePronouns, List<String> siteNouns,
                            @MayOmit Map<String, List<String>> senseParticles,
                            @MayOmit List<String> newDeedAdverbs, @MayOmit List<String> newEventModifiers) {
    }
}
