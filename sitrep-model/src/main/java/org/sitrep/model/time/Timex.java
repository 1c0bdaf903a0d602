package org.sitrep.model.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a TIMEX3 value into the calendar interval it denotes, at the precision it states. Values that are not
 * anchored on the calendar ({@code XXXX-03-21}, {@code PAST_REF}, durations) give nothing: sitrep never
 * invents a year or a day.
 */
public final class Timex {
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");

    private Timex() {
    }

    public static Optional<DateRange> toRange(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(parse(value.trim()));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static DateRange parse(String value) {
        Matcher m = DAY.matcher(value);
        if (m.matches()) {
            return DateRange.day(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
        }
        m = MONTH.matcher(value);
        if (m.matches()) {
            YearMonth month = YearMonth.of(num(m, 1), num(m, 2));
            return new DateRange(month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH);
        }
        m = YEAR.matcher(value);
        if (m.matches()) {
            int year = num(m, 1);
            return new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR);
        }
        m = WEEK.matcher(value);
        if (m.matches()) {
            LocalDate monday = LocalDate.of(num(m, 1), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2))
                    .with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
            return new DateRange(monday, monday.plusDays(6), DatePrecision.WEEK);
        }
        m = SEASON.matcher(value);
        if (m.matches()) {
            return season(num(m, 1), m.group(2));
        }
        m = QUARTER.matcher(value);
        if (m.matches()) {
            YearMonth first = YearMonth.of(num(m, 1), (num(m, 2) - 1) * 3 + 1);
            return new DateRange(first.atDay(1), first.plusMonths(2).atEndOfMonth(), DatePrecision.MONTH);
        }
        m = HALF.matcher(value);
        if (m.matches()) {
            YearMonth first = YearMonth.of(num(m, 1), num(m, 2) == 1 ? 1 : 7);
            return new DateRange(first.atDay(1), first.plusMonths(5).atEndOfMonth(), DatePrecision.MONTH);
        }
        m = DECADE.matcher(value);
        if (m.matches() && value.length() == 3) {
            int start = num(m, 1) * 10;
            return new DateRange(LocalDate.of(start, 1, 1), LocalDate.of(start + 9, 12, 31), DatePrecision.YEAR);
        }
        return null;
    }

    /** Northern-hemisphere meteorological seasons, as SUTime uses them; winter runs into the next year. */
    private static DateRange season(int year, String code) {
        return switch (code) {
            case "SP" -> new DateRange(LocalDate.of(year, 3, 1), LocalDate.of(year, 5, 31), DatePrecision.SEASON);
            case "SU" -> new DateRange(LocalDate.of(year, 6, 1), LocalDate.of(year, 8, 31), DatePrecision.SEASON);
            case "FA" -> new DateRange(LocalDate.of(year, 9, 1), LocalDate.of(year, 11, 30), DatePrecision.SEASON);
            default -> new DateRange(LocalDate.of(year, 12, 1), YearMonth.of(year + 1, 2).atEndOfMonth(),
                    DatePrecision.SEASON);
        };
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
