package org.sitrep.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.actor.Role;

/** A small dictionary built in code, so actor tests do not depend on the bundled data. */
final class TestDictionaries {
    static final String SANOGO = "amadou-haya-sanogo";
    static final String TOURE = "amadou-toumani-toure";
    static final String JUNTA = "cnrdre";
    static final String ARMY = "malian-army";
    static final String MNLA = "mnla";
    static final String MALI = "mali";
    static final String ECOWAS = "ecowas";

    private TestDictionaries() {
    }

    static ActorDictionary small() {
        List<DictionaryActor> actors = List.of(
                new DictionaryActor(SANOGO, "Amadou Haya Sanogo", ActorKind.PERSON, "MLI", "MIL", null,
                        List.of("Captain Amadou Haya Sanogo", "Captain Sanogo", "Sanogo"), Set.of(),
                        List.of(new Role("head of the junta", "CNRDRE", LocalDate.of(2012, 3, 22),
                                LocalDate.of(2012, 4, 12)))),
                new DictionaryActor(TOURE, "Amadou Toumani Touré", ActorKind.PERSON, "MLI", "GOV", null,
                        List.of("ATT", "Amadou Toumani Toure"), Set.of("head_of_state"),
                        List.of(new Role("head of state", "Mali", LocalDate.of(2002, 6, 8),
                                LocalDate.of(2012, 3, 22)))),
                new DictionaryActor(JUNTA, "CNRDRE", ActorKind.MILITARY_UNIT, "MLI", "MIL", null, List.of(),
                        Set.of("junta"), List.of()),
                new DictionaryActor(ARMY, "Malian army", ActorKind.MILITARY_UNIT, "MLI", "MIL", null,
                        List.of("Malian armed forces"), Set.of("army"), List.of()),
                new DictionaryActor(MNLA, "National Movement for the Liberation of Azawad", ActorKind.ARMED_GROUP,
                        "MLI", "REB", null, List.of("MNLA"), Set.of("rebels"), List.of()),
                new DictionaryActor(MALI, "Mali", ActorKind.STATE, "MLI", "GOV", "Q912", List.of(), Set.of(),
                        List.of()),
                new DictionaryActor(ECOWAS, "Economic Community of West African States", ActorKind.IGO, "IGO", "IGO",
                        null, List.of("ECOWAS"), Set.of(), List.of()));
        return ActorDictionary.of(actors,
                Map.of("the junta", "junta", "junta", "junta", "the army", "army", "soldiers", "army",
                        "the rebels", "rebels", "rebels", "rebels"),
                Set.of("junta", "army"),
                Set.of("president", "captain", "colonel", "imam", "interim president", "lieutenant colonel"),
                Map.of("Mali", "MLI", "France", "FRA", "Niger", "NER", "Senegal", "SEN"));
    }
}
