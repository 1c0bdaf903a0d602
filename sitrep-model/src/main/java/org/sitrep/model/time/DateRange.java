package org.sitrep.model.time;

import java.time.LocalDate;
import java.util.Objects;

/** The first and last day a text allows, with the precision it was stated at. */
public record DateRange(LocalDate start, LocalDate end, DatePrecision precision) {
    public DateRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(precision, "precision");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("date range ends before it starts: " + start + ".." + end);
        }
    }

    public static DateRange day(LocalDate day) {
        return new DateRange(day, day, DatePrecision.DAY);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
