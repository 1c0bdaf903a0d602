package org.sitrep.model.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimexTest {

    @ParameterizedTest
    @CsvSource({
        "2012-03-22, 2012-03-22, 2012-03-22, DAY",
        "2012-04-02TNI, 2012-04-02, 2012-04-02, DAY",
        "2012-03, 2012-03-01, 2012-03-31, MONTH",
        "2012-02, 2012-02-01, 2012-02-29, MONTH",
        "1991, 1991-01-01, 1991-12-31, YEAR",
        "2011-SU, 2011-06-01, 2011-08-31, SEASON",
        "2011-WI, 2011-12-01, 2012-02-29, SEASON",
        "2012-W12, 2012-03-19, 2012-03-25, WEEK",
        "2012-Q1, 2012-01-01, 2012-03-31, MONTH",
        "199, 1990-01-01, 1999-12-31, YEAR",
    })
    void anchored_values_become_intervals_at_their_precision(String value, String start, String end,
                                                              DatePrecision precision) {
        assertThat(Timex.toRange(value)).contains(
                new DateRange(LocalDate.parse(start), LocalDate.parse(end), precision));
    }

    @ParameterizedTest
    @ValueSource(strings = {"XXXX-03-21", "PAST_REF", "PRESENT_REF", "P1D", "PXM", "XXXX-WXX-5 OFFSET P-1W",
        "2012-02-30", "", "TNI"})
    void unanchored_or_invalid_values_give_nothing(String value) {
        assertThat(Timex.toRange(value)).isEmpty();
    }
}
