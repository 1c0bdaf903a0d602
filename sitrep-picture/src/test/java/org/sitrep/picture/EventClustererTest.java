package org.sitrep.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.model.event.CrisisClass.COUP;
import static org.sitrep.model.event.CrisisClass.MUTINY;
import static org.sitrep.model.event.CrisisClass.SEIZE_TERRITORY;
import static org.sitrep.model.event.CrisisClass.SUSPEND_MEMBERSHIP;
import static org.sitrep.picture.Fixtures.COUNTRY;
import static org.sitrep.picture.Fixtures.PLACES;
import static org.sitrep.picture.Fixtures.day;
import static org.sitrep.picture.Fixtures.days;
import static org.sitrep.picture.Fixtures.event;
import static org.sitrep.picture.Fixtures.year;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.event.EventStatus;
import org.sitrep.model.place.Location;

class EventClustererTest {
    private static final Map<String, LocalDate> PUBLISHED = Map.of("doc-a", LocalDate.parse("2031-05-10"),
            "doc-b", LocalDate.parse("2031-05-06"), "doc-c", LocalDate.parse("2031-05-12"),
            "doc-d", LocalDate.parse("2038-02-01"));
    private final EventClusterer clusterer = new EventClusterer(new EventMatcher(Fixtures.RULES, Fixtures.PLACES));
    private final EventMerger merger = new EventMerger(Fixtures.RULES, Fixtures.PLACES);

    @Test
    void one_coup_told_by_four_reports_is_one_event_with_every_mention_and_the_tightest_date() {
        List<ReportedEvent> events = List.of(
                event(COUP, "doc-a", 2).on(days("2031-05-03", "2031-05-04")).by("council").reported(PUBLISHED),
                event(COUP, "doc-b", 1).on(day("2031-05-04")).by("council").against("president").reported(PUBLISHED),
                event(COUP, "doc-c", 7).on(year(2031)).reported(PUBLISHED),
                event(COUP, "doc-d", 30).on(new org.sitrep.model.time.DateRange(LocalDate.parse("2031-05-01"),
                        LocalDate.parse("2031-05-31"), org.sitrep.model.time.DatePrecision.MONTH)).reported(PUBLISHED));

        List<MergedEvent> merged = merger.merge(events, clusterer.cluster(events));

        assertThat(merged).hasSize(1);
        MergedEvent coup = merged.get(0);
        assertThat(coup.docIds()).containsExactlyInAnyOrder("doc-a", "doc-b", "doc-c", "doc-d");
        assertThat(coup.mentions()).hasSize(4);
        assertThat(coup.date().date()).isEqualTo(days("2031-05-03", "2031-05-04"));
        assertThat(coup.sources()).extracting(a -> a.actorKey()).containsExactly("council");
        assertThat(coup.targets()).extracting(a -> a.actorKey()).containsExactly("president");
        // The earliest report's event names the cluster.
        assertThat(coup.id()).isEqualTo(events.get(1).id());
        assertThat(coup.toEvent().mentions()).hasSize(4);
    }

    @Test
    void a_retelling_years_later_joins_the_event_though_it_names_another_town_and_another_doer() {
        List<ReportedEvent> events = List.of(
                event(COUP, "doc-a", 2).on(days("2031-05-03", "2031-05-04")).at("Dorvik").by("council")
                        .reported(PUBLISHED),
                event(COUP, "doc-b", 1).on(day("2031-05-04")).at("Dorvik").by("council").reported(PUBLISHED),
                // Seven years on: "as in 2031, it began at the Salmara barracks", the new junta as its doer.
                event(COUP, "doc-d", 4).on(year(2031)).at("Salmara").by("guard").reported(PUBLISHED));

        List<MergedEvent> merged = merger.merge(events, clusterer.cluster(events));

        assertThat(merged).singleElement().satisfies(coup -> {
            assertThat(coup.docIds()).containsExactlyInAnyOrder("doc-a", "doc-b", "doc-d");
            assertThat(coup.sources()).extracting(a -> a.actorKey()).containsExactly("council");
            assertThat(coup.place().text()).isEqualTo("Dorvik");
        });
        // Told as news, the two towns would be two coups.
        List<ReportedEvent> news = List.of(events.get(0), event(COUP, "doc-c", 4).on(day("2031-05-04")).at("Salmara")
                .by("guard").reported(PUBLISHED));
        assertThat(merger.merge(news, clusterer.cluster(news))).hasSize(2);
    }

    @Test
    void a_lone_report_s_event_keeps_every_doer_its_coder_gave_but_across_reports_the_named_doer_wins() {
        ReportedEvent lone = event(COUP, "doc-a", 2).on(day("2031-05-04")).byPronoun("guard", "it").by("council")
                .reported(PUBLISHED);
        assertThat(merger.mergeOne(lone.id(), List.of(lone)).sources()).extracting(a -> a.actorKey())
                .containsExactly("guard", "council");

        ReportedEvent named = event(COUP, "doc-b", 1).on(day("2031-05-04")).by("council").reported(PUBLISHED);
        ReportedEvent pronoun = event(COUP, "doc-c", 3).on(day("2031-05-04")).byPronoun("guard", "it")
                .reported(PUBLISHED);
        assertThat(merger.mergeOne(named.id(), List.of(named, pronoun)).sources()).extracting(a -> a.actorKey())
                .containsExactly("council");
    }

    @Test
    void coups_decades_apart_stay_apart_even_with_a_vague_mention_that_could_be_either() {
        List<ReportedEvent> events = List.of(
                event(COUP, "doc-a", 1).on(year(2009)).by("army").reported(PUBLISHED),
                event(COUP, "doc-b", 1).on(day("2031-05-04")).by("army").reported(PUBLISHED),
                event(COUP, "doc-c", 1).by("army").reported(PUBLISHED),
                event(COUP, "doc-d", 1).on(day("2031-05-04")).by("council").reported(PUBLISHED));

        Map<String, String> clusters = clusterer.cluster(events);

        assertThat(clusters.get(events.get(0).id())).isNotEqualTo(clusters.get(events.get(1).id()));
        assertThat(clusters.get(events.get(1).id())).isEqualTo(clusters.get(events.get(3).id()));
        // The undated one joins one of them at most, never both.
        assertThat(new HashSet<>(clusters.values())).hasSize(2);
    }

    @Test
    void mutinies_at_one_base_years_apart_are_two_events() {
        List<ReportedEvent> events = List.of(
                event(MUTINY, "doc-a", 1).on(day("2031-05-02")).at("Dorvik").reported(PUBLISHED),
                event(MUTINY, "doc-d", 1).on(day("2037-11-20")).at("Dorvik").reported(PUBLISHED));

        assertThat(new HashSet<>(clusterer.cluster(events).values())).hasSize(2);
    }

    @Test
    void seizures_of_two_towns_on_following_days_are_two_events_and_each_town_merges_across_reports() {
        List<ReportedEvent> events = List.of(
                event(SEIZE_TERRITORY, "doc-a", 3).on(day("2031-06-01")).at("Dorvik").by("front").reported(PUBLISHED),
                event(SEIZE_TERRITORY, "doc-a", 4).on(day("2031-06-02")).at("Salmara").by("front").reported(PUBLISHED),
                event(SEIZE_TERRITORY, "doc-b", 9).on(day("2031-06-01")).at("Dorvik").by("front").reported(PUBLISHED),
                event(SEIZE_TERRITORY, "doc-b", 10).on(day("2031-06-02")).at("Salmara").reported(PUBLISHED),
                event(SEIZE_TERRITORY, "doc-c", 2).on(year(2031)).at("Veloria").by("front").reported(PUBLISHED));

        List<MergedEvent> merged = merger.merge(events, clusterer.cluster(events));

        // The year-dated seizure of the whole country starts on New Year's Day and comes first.
        assertThat(merged).extracting(m -> m.place().text()).containsExactly("Veloria", "Dorvik", "Salmara");
        assertThat(merged.get(1).docIds()).containsExactly("doc-b", "doc-a");
        assertThat(merged.get(2).docIds()).containsExactly("doc-b", "doc-a");
    }

    @Test
    void resolved_places_match_on_the_gazetteer_id_whatever_the_spelling_and_a_region_is_not_its_town() {
        Location town = new Location("Dorvik", "Dorvik", 101L, 15.0, 1.0, "Dorvik", COUNTRY, "PPLA", 4, null);
        Location townFrench = new Location("Dorvique", "Dorvik", 101L, 15.0, 1.0, "Dorvik", COUNTRY, "PPLA", 4, null);
        Location region = new Location("Dorvik region", "Dorvik", 100L, null, null, "Dorvik", COUNTRY, "ADM1", 2,
                null);
        List<ReportedEvent> events = List.of(
                event(SEIZE_TERRITORY, "doc-a", 1).on(day("2031-06-01")).at(town).by("front").reported(PUBLISHED),
                event(SEIZE_TERRITORY, "doc-b", 4).on(day("2031-06-01")).at(townFrench).by("front")
                        .reported(PUBLISHED),
                event(SEIZE_TERRITORY, "doc-c", 2).on(day("2031-06-01")).at(region).by("front").reported(PUBLISHED));

        List<MergedEvent> merged = merger.merge(events, clusterer.cluster(events));

        assertThat(merged).hasSize(2);
        MergedEvent townEvent = merged.stream().filter(m -> m.place().geonameId() == 101L).findFirst().orElseThrow();
        assertThat(townEvent.docIds()).containsExactlyInAnyOrder("doc-a", "doc-b");
        assertThat(PLACES.label(townEvent.toEvent())).isEqualTo("Dorvik");
    }

    @Test
    void one_report_s_events_are_never_merged_with_each_other() {
        List<ReportedEvent> events = List.of(
                event(COUP, "doc-a", 1).on(day("2031-05-04")).by("council").reported(PUBLISHED),
                event(COUP, "doc-a", 5).on(day("2031-05-04")).by("council").reported(PUBLISHED));

        assertThat(new HashSet<>(clusterer.cluster(events).values())).hasSize(2);
    }

    @Test
    void each_body_s_suspension_is_its_own_event_and_a_threat_is_not_the_deed() {
        List<ReportedEvent> events = List.of(
                event(SUSPEND_MEMBERSHIP, "doc-a", 1).on(day("2031-05-05")).by("union").against("veloria")
                        .reported(PUBLISHED),
                event(SUSPEND_MEMBERSHIP, "doc-b", 1).on(day("2031-05-05")).by("bloc").against("veloria")
                        .reported(PUBLISHED),
                event(SUSPEND_MEMBERSHIP, "doc-c", 1).on(day("2031-05-05")).by("union").against("veloria")
                        .status(EventStatus.THREATENED).reported(PUBLISHED),
                event(SUSPEND_MEMBERSHIP, "doc-c", 2).by("union").against("veloria").reported(PUBLISHED));

        Map<String, String> clusters = clusterer.cluster(events);

        assertThat(new HashSet<>(clusters.values())).hasSize(3);
        assertThat(clusters.get(events.get(3).id())).isEqualTo(clusters.get(events.get(0).id()));
    }

    @Test
    void the_clusters_do_not_depend_on_the_order_of_the_events() {
        List<ReportedEvent> events = new ArrayList<>(List.of(
                event(COUP, "doc-a", 2).on(days("2031-05-03", "2031-05-04")).by("council").reported(PUBLISHED),
                event(COUP, "doc-b", 1).on(day("2031-05-04")).by("council").reported(PUBLISHED),
                event(COUP, "doc-b", 2).on(year(2031)).reported(PUBLISHED),
                event(COUP, "doc-c", 7).on(year(2031)).by("army").reported(PUBLISHED),
                event(COUP, "doc-c", 8).by("council").reported(PUBLISHED),
                event(COUP, "doc-d", 1).on(day("2031-05-05")).by("council").reported(PUBLISHED),
                event(SEIZE_TERRITORY, "doc-a", 3).on(day("2031-06-01")).at("Dorvik").by("front").reported(PUBLISHED),
                event(SEIZE_TERRITORY, "doc-c", 3).on(day("2031-06-01")).at("Dorvik").reported(PUBLISHED)));
        Map<String, String> expected = clusterer.cluster(events);
        Random random = new Random(42);
        for (int round = 0; round < 20; round++) {
            Collections.shuffle(events, random);
            assertThat(clusterer.cluster(events)).isEqualTo(expected);
        }
        Set<String> clusterIds = new HashSet<>(expected.values());
        assertThat(clusterIds).hasSizeLessThan(events.size());
    }
}
