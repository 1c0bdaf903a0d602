package org.sitrep.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.model.event.CrisisClass.COUP;
import static org.sitrep.model.event.CrisisClass.KILL;
import static org.sitrep.picture.Fixtures.day;
import static org.sitrep.picture.Fixtures.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.figure.FigureKind;
import org.sitrep.model.figure.Qualifier;

class ContradictionFinderTest {
    private static final Map<String, LocalDate> PUBLISHED = Map.of("doc-a", LocalDate.parse("2031-05-10"),
            "doc-b", LocalDate.parse("2031-05-20"), "doc-c", LocalDate.parse("2031-09-01"));
    private final ContradictionFinder finder = new ContradictionFinder(Fixtures.RULES);
    private final EventMerger merger = new EventMerger(Fixtures.RULES, Fixtures.PLACES);

    private MergedEvent merged(ReportedEvent... members) {
        return merger.mergeOne(members[0].id(), List.of(members));
    }

    private static FigureClaim claim(long value, Qualifier qualifier, String docId) {
        return new FigureClaim(FigureKind.DISPLACED, value, qualifier, docId, PUBLISHED.get(docId), 4,
                "An invented count of people who fled.");
    }

    @Test
    void key_figures_of_reports_published_close_together_contradict_when_their_intervals_do_not_meet() {
        List<Contradiction> found = finder.find(List.of(), List.of(claim(251_000, Qualifier.EXACT, "doc-a"),
                claim(300_000, Qualifier.APPROX_BELOW, "doc-b"), claim(900_000, Qualifier.EXACT, "doc-c")),
                List.of(), id -> id);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).kind()).isEqualTo("figure");
        assertThat(found.get(0).subject()).isEqualTo("displaced");
        assertThat(found.get(0).sides()).extracting(Contradiction.Side::value)
                .containsExactly("251,000", "approx_below 300,000");
        assertThat(found.get(0).sides().get(1).evidence()).extracting(Evidence::docId).containsExactly("doc-b");
    }

    @Test
    void almost_and_nearly_the_same_number_agree() {
        assertThat(finder.find(List.of(), List.of(claim(300_000, Qualifier.APPROX_BELOW, "doc-a"),
                claim(300_000, Qualifier.APPROX_BELOW, "doc-b")), List.of(), id -> id)).isEmpty();
    }

    @Test
    void at_least_four_and_five_dead_in_one_event_do_not_contradict_but_four_and_five_do() {
        ReportedEvent a = event(KILL, "doc-a", 3).on(day("2031-05-04")).at("Dorvik").dead(4).reported(PUBLISHED);
        ReportedEvent b = event(KILL, "doc-b", 6).on(day("2031-05-04")).at("Dorvik").dead(5).reported(PUBLISHED);
        MergedEvent killing = merged(a, b);
        FigureClaim atLeastFour = new FigureClaim(FigureKind.DEAD, 4, Qualifier.AT_LEAST, "doc-a", null, 3, "x");
        FigureClaim fourExactly = new FigureClaim(FigureKind.DEAD, 4, Qualifier.EXACT, "doc-a", null, 3, "x");

        assertThat(finder.find(List.of(killing), List.of(atLeastFour), List.of(), id -> id)).isEmpty();
        List<Contradiction> found = finder.find(List.of(killing), List.of(fourExactly), List.of(), id -> id);
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("figure");
            assertThat(c.eventId()).isEqualTo(killing.id());
            assertThat(c.sides()).extracting(Contradiction.Side::value).containsExactly("4", "5");
        });
    }

    @Test
    void dates_no_interval_satisfies_and_different_doers_are_contradictions() {
        MergedEvent coup = merged(
                event(COUP, "doc-a", 1).on(day("2031-05-03")).by("council").reported(PUBLISHED),
                event(COUP, "doc-b", 2).on(day("2031-05-05")).by("guard").reported(PUBLISHED));

        List<Contradiction> found = finder.find(List.of(coup), List.of(), List.of(), id -> "the " + id);

        assertThat(found).extracting(Contradiction::kind).containsExactly("date", "actor");
        assertThat(found.get(0).sides()).extracting(Contradiction.Side::value)
                .containsExactly("2031-05-03", "2031-05-05");
        assertThat(found.get(1).sides()).extracting(Contradiction.Side::value)
                .containsExactly("the council", "the guard");
    }

    @Test
    void long_names_differing_in_words_contradict_but_not_in_case_accents_articles_or_shortening() {
        List<NameUse> uses = List.of(
                use("Supreme Board for the Renewal of the Republic", "doc-a"),
                use("supreme board for the rénewal of the republic", "doc-b"),
                use("Supreme Board for the Renewal", "doc-b"),
                use("Supr. Board for Renewal of the Republic", "doc-c"),
                use("Supreme Council for the Rescue of the Republic", "doc-c"),
                use("Supreme Board for the Renewal of the Repuublic", "doc-c"),
                use("the ten-thousand-strong force of the northern provinces", "doc-b"));

        List<Contradiction> found = finder.find(List.of(), List.of(), uses, id -> id);

        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("name");
            assertThat(c.subject()).isEqualTo("SBRR");
            assertThat(c.sides()).hasSize(2);
            assertThat(c.sides().get(0).evidence()).extracting(Evidence::docId)
                    .containsExactly("doc-a", "doc-b", "doc-c");
            assertThat(c.sides().get(1).value()).isEqualTo("Supreme Council for the Rescue of the Republic");
        });
    }

    private static NameUse use(String name, String docId) {
        return new NameUse("sbrr", "SBRR", name, docId, 2, "A sentence naming " + name + ".");
    }
}
