package org.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.time.DatePrecision;
import org.sitrep.model.time.DateRange;

class DateLabelsTest {
    private static final LocalDate MAR_21 = LocalDate.of(2012, 3, 21);
    private static final LocalDate MAR_22 = LocalDate.of(2012, 3, 22);

    @Test
    void a_range_of_days_that_is_one_day_reads_as_that_day() {
        assertThat(DateLabels.label(new DateRange(MAR_22, MAR_22, DatePrecision.DAYS))).isEqualTo("22 Mar 2012");
    }

    @Test
    void ranges_of_days_read_at_their_precision() {
        assertThat(DateLabels.label(new DateRange(MAR_21, MAR_22, DatePrecision.DAYS))).isEqualTo("21-22 Mar 2012");
        assertThat(DateLabels.label(new DateRange(MAR_21, LocalDate.of(2012, 4, 2), DatePrecision.DAYS)))
                .isEqualTo("21 Mar - 2 Apr 2012");
        assertThat(DateLabels.label(DateRange.day(MAR_22))).isEqualTo("22 Mar 2012");
    }
}
