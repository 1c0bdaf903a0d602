package org.sitrep.picture;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.time.DatePrecision;
import org.sitrep.model.time.DateRange;

/**
 * The tightest date interval consistent with every source's date of one event.
 *
 * <p>A range of days ("overnight between March 21 and March 22", precision {@code days}) says the event ran
 * over those days, so the result must cover it. Any other date ("March 22", "March 2012", "2012") says the
 * event happened at some time within it, so the result must reach into it. The tightest interval is the
 * span of the ranges of days when there are some, else the intersection of the other dates; the sources are
 * consistent when that interval reaches into every date. "Overnight between March 21 and March 22" and
 * "March 22" give 21-22 March; "March 2012" and "March 22" give 22 March; "March 21" and "March 23" are not
 * consistent, and are kept as alternatives. Stateless and thread-safe.
 */
public final class DateReconciler {
    private DateReconciler() {
    }

    /** A date one document gives. */
    public record SourcedDate(DateRange date, String docId) {
    }

    public static ReconciledDate reconcile(List<SourcedDate> dates) {
        Map<String, List<String>> docsByRange = new LinkedHashMap<>();
        Map<String, DateRange> rangeByKey = new LinkedHashMap<>();
        List<DateRange> spans = new ArrayList<>();
        List<DateRange> windows = new ArrayList<>();
        for (SourcedDate sourced : dates) {
            DateRange date = sourced.date();
            if (date == null) {
                continue;
            }
            String key = date.start() + ".." + date.end() + "/" + date.precision();
            rangeByKey.putIfAbsent(key, date);
            List<String> docs = docsByRange.computeIfAbsent(key, k -> new ArrayList<>());
            if (!docs.contains(sourced.docId())) {
                docs.add(sourced.docId());
            }
            (date.precision() == DatePrecision.DAYS ? spans : windows).add(date);
        }
        List<Alternative<DateRange>> alternatives = new ArrayList<>();
        rangeByKey.forEach((key, range) -> alternatives.add(new Alternative<>(range, docsByRange.get(key))));
        if (rangeByKey.isEmpty()) {
            return new ReconciledDate(null, true, alternatives);
        }
        DateRange tightest = spans.isEmpty() ? intersection(windows) : hull(spans);
        boolean consistent = tightest != null && windows.stream().allMatch(window -> overlaps(window, tightest));
        if (!consistent) {
            List<DateRange> all = new ArrayList<>(spans);
            all.addAll(windows);
            return new ReconciledDate(hull(all), false, alternatives);
        }
        return new ReconciledDate(withPrecision(tightest, rangeByKey.values()), true, alternatives);
    }

    /** The interval with the precision of the source that gave exactly it, else day or days. */
    private static DateRange withPrecision(DateRange interval, Iterable<DateRange> given) {
        for (DateRange date : given) {
            if (date.start().equals(interval.start()) && date.end().equals(interval.end())) {
                return date;
            }
        }
        return new DateRange(interval.start(), interval.end(),
                interval.start().equals(interval.end()) ? DatePrecision.DAY : DatePrecision.DAYS);
    }

    private static DateRange intersection(List<DateRange> windows) {
        LocalDate start = LocalDate.MIN;
        LocalDate end = LocalDate.MAX;
        for (DateRange window : windows) {
            start = window.start().isAfter(start) ? window.start() : start;
            end = window.end().isBefore(end) ? window.end() : end;
        }
        return end.isBefore(start) ? null : new DateRange(start, end, DatePrecision.DAYS);
    }

    private static DateRange hull(List<DateRange> ranges) {
        LocalDate start = LocalDate.MAX;
        LocalDate end = LocalDate.MIN;
        for (DateRange range : ranges) {
            start = range.start().isBefore(start) ? range.start() : start;
            end = range.end().isAfter(end) ? range.end() : end;
        }
        return new DateRange(start, end, start.equals(end) ? DatePrecision.DAY : DatePrecision.DAYS);
    }

    private static boolean overlaps(DateRange a, DateRange b) {
        return !a.end().isBefore(b.start()) && !b.end().isBefore(a.start());
    }
}
