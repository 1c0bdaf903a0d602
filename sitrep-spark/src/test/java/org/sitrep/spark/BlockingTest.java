package org.sitrep.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.event.EventStatus;
import org.sitrep.model.time.DatePrecision;
import org.sitrep.model.time.DateRange;
import org.sitrep.pipeline.LocalActor;
import scala.Tuple2;

/** The blocking keys group what the linker and the matcher could tie, and keep apart what they cannot. */
class BlockingTest {
    private final ActorKeys keys = new ActorKeys(ActorDictionary.of(List.of(), java.util.Map.of("junta", "junta"),
            Set.of(), Set.of("captain"), java.util.Map.of("mali", "MLI")));

    @Test
    void spellingVariantsOfAPersonShareAKeyAndOthersDoNot() {
        assertThat(shared(person("Amadou Haya Sanogo"), person("Amadou Sango"))).isTrue();
        assertThat(shared(person("Sanago"), person("Captain Amadou Sanogo"))).isTrue();
        assertThat(shared(person("Moussa Traore"), person("Aminata Keita"))).isFalse();
    }

    @Test
    void organisationsOneWordApartAndStatesOfOneCountryShareAKey() {
        LocalActor a = new LocalActor("x", "National Movement for the Liberation of Azawad", ActorKind.ARMED_GROUP,
                null, List.of("National Movement for the Liberation of Azawad"), List.of());
        LocalActor b = new LocalActor("y", "National Movement for the Liberation of Azaouad", ActorKind.ARMED_GROUP,
                null, List.of("National Movement for the Liberation of Azaouad"), List.of());
        assertThat(shared(a, b)).isTrue();
        LocalActor mali = new LocalActor("m", "Mali", ActorKind.STATE, null, List.of("Mali"), List.of());
        LocalActor republic = new LocalActor("r", "mali", ActorKind.STATE, null, List.of("the Malian state"),
                List.of());
        assertThat(shared(mali, republic)).isTrue();
    }

    @Test
    void aGenericNominalIsNoKey() {
        LocalActor a = new LocalActor("x", "CNRDRE", ActorKind.MILITARY_UNIT, null, List.of("CNRDRE", "the junta"),
                List.of());
        LocalActor b = new LocalActor("y", "Sahel Patrol", ActorKind.MILITARY_UNIT, null,
                List.of("Sahel Patrol", "the junta"), List.of());
        assertThat(shared(a, b)).isFalse();
    }

    @Test
    void eventsMeetInTheMonthsTheirDatesReachWithTheTolerance() {
        Event endOfMonth = event(LocalDate.of(2012, 3, 30), List.of());
        Event nextMonth = event(LocalDate.of(2012, 4, 2), List.of());
        Event monthsBefore = event(LocalDate.of(2012, 1, 10), List.of());
        assertThat(EventStage.blockKeys(endOfMonth, 3)).containsExactly("ATTACK|m|2012-03", "ATTACK|m|2012-04");
        Set<String> common = new HashSet<>(EventStage.blockKeys(endOfMonth, 3));
        common.retainAll(EventStage.blockKeys(nextMonth, 3));
        assertThat(common).isNotEmpty();
        common.retainAll(EventStage.blockKeys(monthsBefore, 3));
        assertThat(common).isEmpty();
        Event undated = new Event("u", CrisisClass.ATTACK, null,
                List.of(new EventActor("actor-x", "X", null)), List.of(), null, null, null, null, EventStatus.OCCURRED,
                0.5, List.of());
        assertThat(EventStage.blockKeys(undated, 3)).containsExactly("ATTACK|a|actor-x");
    }

    @Test
    void componentsJoinEveryLinkedNode() {
        var groups = Components.of(List.of(new Tuple2<>("b", "c"), new Tuple2<>("d", "a"), new Tuple2<>("c", "d"),
                new Tuple2<>("x", "y")));
        assertThat(groups).containsEntry("a", "a").containsEntry("b", "a").containsEntry("c", "a")
                .containsEntry("d", "a").containsEntry("y", "x").hasSize(6);
    }

    private boolean shared(LocalActor a, LocalActor b) {
        Set<String> common = new HashSet<>(keys.of(a));
        common.retainAll(keys.of(b));
        return !common.isEmpty();
    }

    private static LocalActor person(String name) {
        return new LocalActor(name, name, ActorKind.PERSON, null, List.of(name), List.of());
    }

    private static Event event(LocalDate day, List<EventActor> sources) {
        return new Event("e" + day, CrisisClass.ATTACK, null, sources, List.of(),
                new DateRange(day, day, DatePrecision.DAY), null, null, null, EventStatus.OCCURRED, 0.5, List.of());
    }
}
