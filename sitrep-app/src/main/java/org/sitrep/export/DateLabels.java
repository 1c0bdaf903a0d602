package org.sitrep.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.sitrep.model.time.DateRange;

/** Dates for people, at the precision the reports give them: "22 Mar 2012", "21-22 Mar 2012", "Mar 2012". */
public final class DateLabels {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private DateLabels() {
    }

    public static String label(DateRange range) {
        if (range == null) {
            return "undated";
        }
        LocalDate start = range.start();
        LocalDate end = range.end();
        return switch (range.precision()) {
            case DAY -> DAY.format(start);
            case DAYS -> start.equals(end) ? DAY.format(start) : start.getMonth() == end.getMonth() && start.getYear() == end.getYear()
                    ? start.getDayOfMonth() + "-" + DAY.format(end)
                    : (start.getYear() == end.getYear() ? DAY_MONTH.format(start) : DAY.format(start)) + " - "
                    + DAY.format(end);
            case WEEK -> "week of " + DAY.format(start);
            case MONTH -> start.getMonth() == end.getMonth() ? MONTH.format(start)
                    : MONTH.format(start) + " - " + MONTH.format(end);
            case SEASON -> season(start) + " " + start.getYear();
            case YEAR -> start.getYear() == end.getYear() ? String.valueOf(start.getYear())
                    : start.getYear() + "-" + end.getYear();
            case UNKNOWN -> "undated";
        };
    }

    private static String season(LocalDate start) {
        return switch (start.getMonthValue()) {
            case 3, 4, 5 -> "spring";
            case 6, 7, 8 -> "summer";
            case 9, 10, 11 -> "autumn";
            default -> "winter";
        };
    }
}
