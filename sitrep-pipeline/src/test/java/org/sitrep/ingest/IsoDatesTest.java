package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoDatesTest {
    private static final LocalDate MAY_4 = LocalDate.of(2031, 5, 4);

    @ParameterizedTest
    @ValueSource(strings = {"2031-05-04", " 2031-05-04 ", "2031-05-04T10:15:00Z", "2031-05-04T23:30:00-05:00",
        "2031-05-04T10:15", "2031-05-04 10:15:00", "2031-05-04T10:15:00.123+02:00[Europe/Paris]"})
    void reads_iso_dates_and_keeps_the_written_date_of_a_datetime(String value) {
        assertThat(IsoDates.parse(value)).contains(MAY_4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"04/05/2031", "2031-5-4", "2031-13-01", "2031-02-30", "May 2031", "2031-05-04T25:00",
        "20310504", ""})
    void refuses_anything_else(String value) {
        assertThat(IsoDates.parse(value)).isEmpty();
    }

    @Test
    void lenient_reading_also_takes_rfc_1123() {
        assertThat(IsoDates.parseLenient("Sun, 4 May 2031 10:00:00 GMT")).contains(MAY_4);
        assertThat(IsoDates.parse("Sun, 4 May 2031 10:00:00 GMT")).isEmpty();
    }
}
