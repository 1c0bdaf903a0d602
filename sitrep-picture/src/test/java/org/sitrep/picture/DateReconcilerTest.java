package org.sitrep.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.picture.Fixtures.day;
import static org.sitrep.picture.Fixtures.days;
import static org.sitrep.picture.Fixtures.year;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.time.DatePrecision;
import org.sitrep.model.time.DateRange;
import org.sitrep.picture.DateReconciler.SourcedDate;

class DateReconcilerTest {

    @Test
    void a_night_over_two_days_and_its_second_day_give_both_days() {
        ReconciledDate date = DateReconciler.reconcile(List.of(
                new SourcedDate(days("2031-05-03", "2031-05-04"), "doc-a"),
                new SourcedDate(day("2031-05-04"), "doc-b")));

        assertThat(date.consistent()).isTrue();
        assertThat(date.date()).isEqualTo(days("2031-05-03", "2031-05-04"));
        assertThat(date.alternatives()).extracting(Alternative::docIds)
                .containsExactly(List.of("doc-a"), List.of("doc-b"));
    }

    @Test
    void a_month_and_a_day_in_it_give_the_day() {
        ReconciledDate date = DateReconciler.reconcile(List.of(
                new SourcedDate(new DateRange(LocalDate.parse("2031-05-01"), LocalDate.parse("2031-05-31"),
                        DatePrecision.MONTH), "doc-a"),
                new SourcedDate(year(2031), "doc-c"),
                new SourcedDate(day("2031-05-04"), "doc-b")));

        assertThat(date.consistent()).isTrue();
        assertThat(date.date()).isEqualTo(day("2031-05-04"));
    }

    @Test
    void two_different_days_are_kept_as_alternatives_and_spanned() {
        ReconciledDate date = DateReconciler.reconcile(List.of(
                new SourcedDate(day("2031-05-03"), "doc-a"),
                new SourcedDate(day("2031-05-05"), "doc-b"),
                new SourcedDate(day("2031-05-05"), "doc-c")));

        assertThat(date.consistent()).isFalse();
        assertThat(date.date()).isEqualTo(days("2031-05-03", "2031-05-05"));
        assertThat(date.alternatives()).hasSize(2);
        assertThat(date.alternatives().get(1).docIds()).containsExactly("doc-b", "doc-c");
    }

    @Test
    void no_dates_give_no_date() {
        ReconciledDate date = DateReconciler.reconcile(List.of(new SourcedDate(null, "doc-a")));

        assertThat(date.date()).isNull();
        assertThat(date.alternatives()).isEmpty();
    }
}
