package org.sitrep.events;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.sitrep.events.rules.DatesFile;
import org.sitrep.model.time.DatePrecision;
import org.sitrep.model.time.DateRange;
import org.sitrep.model.time.TimeMention;
import org.sitrep.pipeline.AnalysedDocument;

/**
 * The date rules of {@code dates.yaml} over SUTime's answers: times of day, numbers that are no years, ranges of
 * days SUTime leaves out, two dates joined into one interval, and a date moved on from the narrative's.
 */
final class DateRules {
    /** Characters before a four-digit number searched for a word that numbers it ("Resolution 2056"). */
    private static final int NUMBERED_LOOKBACK = 16;
    /** Characters before the first of two dates searched for the word opening a range ("between"). */
    private static final int OPENER_LOOKBACK = 12;
    /** Characters before the first of two dates kept in the interval's text. */
    private static final int TEXT_LOOKBACK = 8;

    private final AnalysedDocument document;
    private final DateWords words;

    DateRules(AnalysedDocument document, DateWords words) {
        this.document = document;
        this.words = words;
    }

    DateWords words() {
        return words;
    }

    /**
     * "by midnight", "overnight", "this morning": SUTime pins times of day to the publication date, but in a
     * report they mean the day the narrative is at. "Last night" names a day of its own (the eve of publication).
     */
    boolean clockOnly(TimeMention time) {
        LocalDate published = document.document().source().published();
        boolean pinnedToPublication = published == null || time.range() == null
                || time.range().start().equals(published);
        return time.timex() != null && time.timex().contains("T") && !time.text().matches("(?s).*\\d.*")
                && !words.month().matcher(time.text()).find() && pinnedToPublication;
    }

    /**
     * A bare number SUTime took for a year: "Resolution 2056", "decree No. 2012", or a year too long after the
     * report was published.
     */
    boolean notADate(TimeMention time) {
        if (uncounted(time)) {
            return true;
        }
        if (!time.text().strip().matches("\\d{4}")) {
            return false;
        }
        String before = document.text().substring(Math.max(0, time.span().start() - NUMBERED_LOOKBACK),
                time.span().start());
        LocalDate published = document.document().source().published();
        return words.numbered().matcher(before).find()
                || published != null && time.range().start().getYear() > published.getYear() + words.futureYears();
    }

    /** "the regime's last years", "in recent months": a plural unit with no count is a stretch of time, not a date. */
    private boolean uncounted(TimeMention time) {
        String text = time.text().strip();
        if (!words.pluralSpan().matcher(text).find() || text.matches("(?s).*\\d.*")) {
            return false;
        }
        for (String word : text.toLowerCase(Locale.ROOT).split("\\W+")) {
            if (words.numbers().containsKey(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the end of last year", "by the end of 2031": a year's end is its December. Other dates stay as they are.
     */
    DateRange yearEnd(TimeMention time, DateRange range) {
        if (range.precision() != DatePrecision.YEAR) {
            return range;
        }
        String before = document.text().substring(Math.max(0, time.span().start() - NUMBERED_LOOKBACK),
                time.span().start());
        if (!words.yearEnd().matcher(before + time.text()).find()) {
            return range;
        }
        YearMonth december = YearMonth.of(range.end().getYear(), Month.DECEMBER);
        return new DateRange(december.atDay(1), december.atEndOfMonth(), DatePrecision.MONTH);
    }

    /**
     * A date written without its year that SUTime put after publication, on a clause told in the past ("the juntas
     * withdrew in January"): the past tells of what was done, so it is the latest such date not after publication.
     * A date that counts from the time of writing ("next January") or has its year stays as it is; a day of the week
     * goes back by weeks (dates.yaml {@code weekday}).
     */
    DateRange toldAsDone(TimeMention time, DateRange range, ClauseTense.Tense tense) {
        LocalDate published = document.document().source().published();
        if (published == null || !range.start().isAfter(published)
                || tense != ClauseTense.Tense.PAST && tense != ClauseTense.Tense.PLUPERFECT
                || time.text().matches("(?s).*\\d{4}.*") || words.deictic().matcher(time.text()).find()) {
            return range;
        }
        if (words.weekday().matcher(time.text()).find() && !words.month().matcher(time.text()).find()) {
            // "on Friday", told in the past: the last Friday, a week back, not a year back.
            long weeks = (java.time.temporal.ChronoUnit.DAYS.between(published, range.start()) + 6) / 7;
            return new DateRange(range.start().minusWeeks(weeks), range.end().minusWeeks(weeks), range.precision());
        }
        int years = range.start().getYear() - published.getYear();
        years += range.start().minusYears(years).isAfter(published) ? 1 : 0;
        return new DateRange(range.start().minusYears(years), range.end().minusYears(years), range.precision());
    }

    /**
     * "21-22 March", "March 21-22": a range of days SUTime leaves out, in the latest year that does not put it
     * after the publication date.
     */
    EventDates.Dated dayRange(int sentence) {
        LocalDate published = document.document().source().published();
        if (published == null) {
            return null;
        }
        String text = document.sentences().get(sentence).text();
        Matcher m = words.dayRange().matcher(text);
        if (!m.find()) {
            return null;
        }
        String monthName = m.group(3) != null ? m.group(3) : m.group(4);
        int from = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(5));
        int to = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(6));
        Month month = Month.valueOf(monthName.toUpperCase(Locale.ROOT));
        try {
            int year = published.getYear();
            LocalDate start = LocalDate.of(year, month, from);
            if (start.isAfter(published)) {
                start = start.minusYears(1);
            }
            LocalDate end = start.withDayOfMonth(to);
            if (end.isBefore(start)) {
                return null;
            }
            return new EventDates.Dated(new DateRange(start, end, DatePrecision.DAYS), m.group());
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The anchor moved on by a day, a week, a month or a year, at the precision that unit allows. An anchor
     * coarser than the unit ("the following day" after "In 2011") stays as coarse as it was: no day is invented.
     */
    DateRange shifted(DateRange anchor, String unit, int amount) {
        DatePrecision precision = words.units().entrySet().stream().filter(e -> unit.startsWith(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(DatePrecision.DAY);
        if (anchor.precision().ordinal() > precision.ordinal() && anchor.precision() != DatePrecision.DAYS) {
            return anchor;
        }
        switch (precision) {
            case YEAR -> {
                int year = anchor.start().getYear() + amount;
                return new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR);
            }
            case MONTH -> {
                YearMonth month = YearMonth.from(anchor.start()).plusMonths(amount);
                return new DateRange(month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH);
            }
            case WEEK -> {
                LocalDate start = anchor.end().plusWeeks(amount);
                return new DateRange(start.minusDays(3), start.plusDays(3), DatePrecision.WEEK);
            }
            default -> {
                return DateRange.day(anchor.end().plusDays(amount));
            }
        }
    }

    /** An amount written in words or digits ("two days later"). */
    int count(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return words.numbers().containsKey(lower) ? words.numbers().get(lower) : Integer.parseInt(lower);
    }

    /** "between March 21 and March 22", "21-22 March", "from June to August": one interval of days. */
    Optional<EventDates.Dated> joined(TimeMention time, List<TimeMention> times) {
        String text = document.text();
        for (TimeMention other : times) {
            if (other == time || other.range() == null) {
                continue;
            }
            TimeMention first = other.span().start() < time.span().start() ? other : time;
            TimeMention second = first == time ? other : time;
            if (second.span().start() < first.span().end()) {
                continue;
            }
            String between = text.substring(first.span().end(), second.span().start()).trim().toLowerCase(Locale.ROOT);
            String before = text.substring(Math.max(0, first.span().start() - OPENER_LOOKBACK), first.span().start())
                    .toLowerCase(Locale.ROOT);
            boolean range = false;
            for (DatesFile.RangeLink link : words.ranges()) {
                range |= between.equals(link.link()) && (link.opener() == null || before.contains(link.opener()));
            }
            if (range && !second.range().end().isBefore(first.range().start())) {
                DatePrecision precision = first.range().precision() == DatePrecision.DAY
                        && second.range().precision() == DatePrecision.DAY ? DatePrecision.DAYS
                        : coarser(first.range().precision(), second.range().precision());
                String written = text.substring(Math.max(0, first.span().start() - TEXT_LOOKBACK),
                        second.span().end());
                return Optional.of(new EventDates.Dated(new DateRange(first.range().start(), second.range().end(),
                        precision), words.rangeOpener().matcher(written).replaceFirst("")));
            }
        }
        return Optional.empty();
    }

    private static DatePrecision coarser(DatePrecision a, DatePrecision b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
