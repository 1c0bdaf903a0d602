package org.sitrep.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.model.event.CrisisClass.AID_SUSPEND;
import static org.sitrep.model.event.CrisisClass.COUP;
import static org.sitrep.model.event.CrisisClass.RETREAT_TERRITORY;
import static org.sitrep.model.event.CrisisClass.SANCTION;
import static org.sitrep.model.event.CrisisClass.SEIZE_TERRITORY;
import static org.sitrep.model.event.CrisisClass.SUSPEND_MEMBERSHIP;
import static org.sitrep.picture.Fixtures.day;
import static org.sitrep.picture.Fixtures.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.actor.Role;
import org.sitrep.model.event.EventStatus;
import org.sitrep.model.figure.FigureKind;
import org.sitrep.model.figure.Qualifier;

class SituationBuilderTest {
    private static final Map<String, LocalDate> PUBLISHED = Map.of("doc-a", LocalDate.parse("2031-06-10"),
            "doc-b", LocalDate.parse("2031-06-20"), "doc-c", LocalDate.parse("2038-03-01"));
    private static final List<Actor> ACTORS = List.of(
            actor("veloria", "Veloria", ActorKind.STATE),
            actor("orsin", "Marek Orsin", ActorKind.PERSON,
                    new Role("head of state", "Veloria", LocalDate.parse("2024-01-15"), LocalDate.parse("2031-05-04"))),
            actor("council", "High Council", ActorKind.MILITARY_UNIT,
                    new Role("head of state", "Veloria", LocalDate.parse("2031-05-04"), null)),
            actor("dalen", "Ivo Dalen", ActorKind.PERSON,
                    new Role("head of the junta", "High Council", LocalDate.parse("2031-05-04"), null)),
            actor("army", "Velorian army", ActorKind.MILITARY_UNIT),
            actor("front", "Northern Front", ActorKind.ARMED_GROUP),
            actor("brothers", "Brotherhood", ActorKind.ARMED_GROUP),
            actor("union", "Continental Union", ActorKind.IGO),
            actor("bloc", "Coastal Bloc", ActorKind.IGO),
            actor("guard", "Republican Guard", ActorKind.MILITARY_UNIT));

    private final EventClusterer clusterer = new EventClusterer(new EventMatcher(Fixtures.RULES, Fixtures.PLACES));
    private final EventMerger merger = new EventMerger(Fixtures.RULES, Fixtures.PLACES);
    private final SituationBuilder builder = new SituationBuilder(Fixtures.RULES, Fixtures.PLACES);

    private static Actor actor(String id, String name, ActorKind kind, Role... roles) {
        return new Actor(id, name, kind, "VLR", null, null, List.of(name), List.of(roles), true);
    }

    private History history(List<ReportedEvent> events, List<FigureClaim> claims) {
        return builder.build(merger.merge(events, clusterer.cluster(events)), ACTORS, claims);
    }

    private List<ReportedEvent> crisis() {
        List<ReportedEvent> events = new ArrayList<>(List.of(
                event(COUP, "doc-a", 1).on(Fixtures.days("2031-05-03", "2031-05-04")).by("council", "army")
                        .against("orsin").reported(PUBLISHED),
                event(COUP, "doc-b", 1).on(day("2031-05-04")).by("council").reported(PUBLISHED),
                event(SEIZE_TERRITORY, "doc-a", 5).on(day("2031-06-01")).at("Dorvik").by("front").reported(PUBLISHED),
                event(SEIZE_TERRITORY, "doc-b", 5).on(day("2031-06-01")).at("Dorvik").by("brothers")
                        .reported(PUBLISHED),
                event(SEIZE_TERRITORY, "doc-a", 6).on(day("2031-06-02")).at("Salmara").by("front").reported(PUBLISHED),
                event(SEIZE_TERRITORY, "doc-b", 7).on(day("2031-06-03")).at("Kelmet").by("front")
                        .status(EventStatus.THREATENED).reported(PUBLISHED),
                event(RETREAT_TERRITORY, "doc-b", 8).on(day("2031-06-09")).at("Salmara").by("front")
                        .reported(PUBLISHED),
                event(SUSPEND_MEMBERSHIP, "doc-a", 9).on(day("2031-05-05")).by("union").against("veloria")
                        .reported(PUBLISHED),
                event(SANCTION, "doc-a", 10).by("bloc").against("veloria").reported(PUBLISHED),
                event(SANCTION, "doc-b", 11).on(day("2031-06-15")).by("bloc").against("veloria")
                        .says("The bloc lifted its sanctions on Veloria.", "sanctions").reported(PUBLISHED),
                event(AID_SUSPEND, "doc-a", 12).on(day("2031-05-06")).by("union").against("veloria")
                        .status(EventStatus.THREATENED).reported(PUBLISHED)));
        return events;
    }

    @Test
    void before_the_coup_the_dictionary_s_holder_is_in_power_and_nothing_else_holds() {
        Situation before = history(crisis(), List.of()).at(LocalDate.parse("2031-04-20"), "VLR");

        assertThat(before.power()).singleElement().satisfies(p -> {
            assertThat(p.office()).isEqualTo("head of state");
            assertThat(p.holder()).isEqualTo("Marek Orsin");
            assertThat(p.since()).isEqualTo(LocalDate.parse("2024-01-15"));
        });
        assertThat(before.control()).isEmpty();
        assertThat(before.measures()).isEmpty();
    }

    @Test
    void after_the_coup_the_junta_holds_power_with_the_coup_as_evidence_and_its_leader_heads_it() {
        Situation after = history(crisis(), List.of()).at(LocalDate.parse("2031-06-05"), "VLR");

        assertThat(after.power()).extracting(Spells.Power::office, Spells.Power::holder, Spells.Power::since)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("head of state", "High Council",
                                LocalDate.parse("2031-05-04")),
                        org.assertj.core.groups.Tuple.tuple("head of the junta", "Ivo Dalen",
                                LocalDate.parse("2031-05-04")));
        assertThat(after.power().get(0).evidence()).extracting(Evidence::docId).containsExactly("doc-a", "doc-b");
    }

    @Test
    void towns_are_held_by_their_takers_jointly_when_reported_the_same_day_until_they_leave() {
        History history = history(crisis(), List.of());

        Situation june5 = history.at(LocalDate.parse("2031-06-05"), "VLR");
        assertThat(june5.control()).extracting(Spells.Control::place).containsExactly("Dorvik", "Salmara");
        assertThat(june5.control().get(0).heldBy()).containsExactly("Northern Front", "Brotherhood");
        assertThat(june5.control().get(0).since()).isEqualTo(LocalDate.parse("2031-06-01"));

        Situation june10 = history.at(LocalDate.parse("2031-06-10"), "VLR");
        assertThat(june10.control()).extracting(Spells.Control::place).containsExactly("Dorvik");
        assertThat(history.at(LocalDate.parse("2031-05-31"), "VLR").control()).isEmpty();
    }

    @Test
    void a_town_taken_back_changes_hands() {
        List<ReportedEvent> events = new ArrayList<>(crisis());
        events.add(event(SEIZE_TERRITORY, "doc-c", 3).on(day("2031-06-20")).at("Dorvik").by("army")
                .says("The army retook Dorvik from the rebels.", "retook").reported(PUBLISHED));
        History history = history(events, List.of());

        Situation july = history.at(LocalDate.parse("2031-07-01"), "VLR");
        assertThat(july.control()).singleElement().satisfies(c -> {
            assertThat(c.place()).isEqualTo("Dorvik");
            assertThat(c.heldBy()).containsExactly("Velorian army");
            assertThat(c.since()).isEqualTo(LocalDate.parse("2031-06-20"));
        });
        assertThat(history.changes("VLR")).extracting(StateChange::change)
                .contains("Dorvik no longer held by Northern Front, Brotherhood (retaken)");
    }

    @Test
    void measures_hold_from_their_date_or_report_until_lifted_and_threats_are_not_measures() {
        History history = history(crisis(), List.of());

        Situation june12 = history.at(LocalDate.parse("2031-06-12"), "VLR");
        assertThat(june12.measures()).extracting(Spells.Measure::kind, Spells.Measure::by, Spells.Measure::since)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("SUSPEND_MEMBERSHIP", "Continental Union",
                                LocalDate.parse("2031-05-05")),
                        org.assertj.core.groups.Tuple.tuple("SANCTION", "Coastal Bloc", null));
        assertThat(june12.measures().get(1).knownBy()).isEqualTo(LocalDate.parse("2031-06-10"));

        Situation june16 = history.at(LocalDate.parse("2031-06-16"), "VLR");
        assertThat(june16.measures()).extracting(Spells.Measure::kind).containsExactly("SUSPEND_MEMBERSHIP");
    }

    @Test
    void measures_lapse_when_power_changes_hands_again() {
        List<ReportedEvent> events = new ArrayList<>(crisis());
        events.add(event(COUP, "doc-c", 1).on(day("2037-10-01")).by("guard").reported(PUBLISHED));
        History history = history(events, List.of());

        Situation later = history.at(LocalDate.parse("2037-10-05"), "VLR");
        assertThat(later.power()).extracting(Spells.Power::holder).contains("Republican Guard");
        assertThat(later.measures()).isEmpty();
        assertThat(history.at(LocalDate.parse("2037-09-30"), "VLR").measures()).hasSize(1);
    }

    @Test
    void a_measure_dated_across_the_coup_s_day_was_taken_under_the_junta_and_does_not_lapse_with_the_president() {
        List<ReportedEvent> events = new ArrayList<>(crisis());
        events.add(event(AID_SUSPEND, "doc-a", 13).on(Fixtures.days("2031-05-03", "2031-05-04")).by("bloc")
                .against("veloria").reported(PUBLISHED));
        History history = history(events, List.of());

        assertThat(history.at(LocalDate.parse("2031-06-01"), "VLR").measures())
                .extracting(Spells.Measure::kind).contains("AID_SUSPEND");
    }

    @Test
    void key_figures_range_over_the_claims_of_recent_reports() {
        List<FigureClaim> claims = List.of(
                new FigureClaim(FigureKind.DISPLACED, 251_000, Qualifier.EXACT, "doc-a", PUBLISHED.get("doc-a"), 3, "a"),
                new FigureClaim(FigureKind.DISPLACED, 9_000, Qualifier.EXACT, "doc-a", PUBLISHED.get("doc-a"), 4, "b"),
                new FigureClaim(FigureKind.DISPLACED, 300_000, Qualifier.APPROX_BELOW, "doc-b", PUBLISHED.get("doc-b"),
                        3, "c"),
                new FigureClaim(FigureKind.DEAD, 40, Qualifier.EXACT, "doc-b", PUBLISHED.get("doc-b"), 5, "d"));
        History history = history(crisis(), claims);

        Situation june = history.at(LocalDate.parse("2031-06-25"), "VLR");
        assertThat(june.figures()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FigureKind.DISPLACED);
            assertThat(f.min()).isEqualTo(251_000);
            assertThat(f.max()).isEqualTo(300_000);
            assertThat(f.claims()).extracting(FigureClaim::docId).containsExactly("doc-a", "doc-b");
        });
        assertThat(history.at(LocalDate.parse("2031-06-15"), "VLR").figures().get(0).max()).isEqualTo(251_000);
        assertThat(history.at(LocalDate.parse("2036-01-01"), "VLR").figures()).isEmpty();
    }

    @Test
    void the_changes_of_state_come_in_date_order() {
        List<StateChange> changes = history(crisis(), List.of()).changes("VLR");

        assertThat(changes).extracting(StateChange::date).isSorted();
        assertThat(changes).extracting(StateChange::change).contains(
                "Marek Orsin no longer holds head of state (coup)", "High Council holds head of state",
                "Salmara no longer held by Northern Front (left)");
    }
}
