package org.sitrep.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Token;
import org.sitrep.model.time.DatePrecision;
import org.sitrep.model.time.DateRange;
import org.sitrep.model.time.Timex;
import org.sitrep.model.time.TimeMention;
import org.sitrep.pipeline.AnalysedDocument;

/**
 * The year of a date the text writes without one ("On 28 May", "January 2 –"): SUTime takes it from the
 * publication date, but a report written long after the events means the year its narrative is in, the last year
 * the text wrote before it (a title, a heading, an earlier sentence). A year that only modifies a noun ("the 2007
 * constitution") names a thing and sets no year, nor does a year in brackets or after "as in", "since" (an aside). Words that count from the time of writing ("last", "next",
 * dates.yaml {@code deictic}) keep SUTime's year, and a time counted from it ("in recent months", dates.yaml
 * {@code writing_time}) brings the narrative back to the time of writing. A month without its year takes the nearer
 * of the narrative's year and the next. Stateless.
 */
final class NarrativeYears {
    private static final Pattern WRITTEN_YEAR = Pattern.compile("\\b\\d{4}\\b");
    private static final Pattern YEAR_ONLY = Pattern.compile("\\s*\\d{4}\\s*");
    /** A TIMEX value with a year in front: the year SUTime gave or could not give (XXXX). */
    private static final Pattern TIMEX_YEAR = Pattern.compile("^(\\d{4}|XXXX)(-.+)$");
    /** Relations by which a number hangs on the noun it modifies. */
    /** Characters before a year searched for the words that make it no narrative time ("As in 2012"). */
    private static final int LOOKBACK = 16;
    private static final Set<String> MODIFIER = Set.of("compound", "amod", "nummod", "nmod:poss", "det");

    private NarrativeYears() {
    }

    /** The document's times, those without a written year moved into the narrative's year. */
    static List<TimeMention> resolve(AnalysedDocument document, DateWords words) {
        List<TimeMention> times = new ArrayList<>(document.times());
        times.sort(Comparator.comparingInt((TimeMention t) -> t.sentence()).thenComparingInt(t -> t.span().start()));
        Map<Integer, Parse> parses = new HashMap<>();
        Integer year = null;
        int yearSentence = -1;
        // A report that writes its own year tells of its present: an earlier year is background there, and carries
        // only within its paragraph (a background "the previous putsch, in 2009" does not date the next paragraph's "June 3").
        java.time.LocalDate published = document.document().source().published();
        boolean present = published != null && Pattern.compile("\\b" + published.getYear() + "\\b")
                .matcher(document.text()).find();
        List<TimeMention> out = new ArrayList<>(times.size());
        // The last month the narrative told: a later date without a year that would go back before it moves on to
        // the next year ("In October 2029, ... In February, ...").
        DateRange last = null;
        for (TimeMention read : times) {
            TimeMention time = deicticMonth(read, published, words);
            Matcher written = WRITTEN_YEAR.matcher(time.text());
            if (written.find()) {
                Parse parse = parses.computeIfAbsent(time.sentence(),
                        s -> new Parse(document.tokens(s)));
                if (setsYear(time, parse, document, words)) {
                    year = time.range().start().getYear();
                    yearSentence = time.sentence();
                    last = time.range().precision().ordinal() <= DatePrecision.MONTH.ordinal() ? time.range() : null;
                }
                out.add(time);
                continue;
            }
            if (published != null && words.writingTime().matcher(time.text()).find()) {
                // "In recent months, ...": the narrative is back at the time of writing, whose year SUTime gives.
                year = null;
                last = null;
                out.add(time);
                continue;
            }
            boolean carries = year != null && (!present || sameParagraph(document, yearSentence, time.sentence()));
            TimeMention moved = carries ? inYear(time, year, words) : time;
            if (moved != time && last != null && before(moved.range(), last)) {
                TimeMention next = inYear(time, year + 1, words);
                if (nearer(next.range(), moved.range(), last)
                        && (published == null || !next.range().start().isAfter(published))) {
                    moved = next;
                    year = year + 1;
                }
            }
            if (moved != time && moved.range().precision().ordinal() <= DatePrecision.MONTH.ordinal()) {
                last = moved.range();
            }
            out.add(moved);
        }
        return out;
    }

    /**
     * Whether the narrative's last month is nearer to {@code next} (a year on) than to {@code back}: "In October ...
     * In February" moves on four months rather than back eight, "In October ... In September" goes back one.
     */
    private static boolean nearer(DateRange next, DateRange back, DateRange last) {
        java.time.YearMonth at = java.time.YearMonth.from(last.start());
        long forward = at.until(java.time.YearMonth.from(next.start()), java.time.temporal.ChronoUnit.MONTHS);
        long backward = java.time.YearMonth.from(back.start()).until(at, java.time.temporal.ChronoUnit.MONTHS);
        return forward < backward;
    }

    /**
     * "two weeks last September": a month counted from the time of writing inside a time SUTime could not read as a
     * whole (dates.yaml {@code deictic_month}) is that month: "last" the latest before the month of publication,
     * "next" the first after it, "this" the one of its year. Other times are returned as they are.
     */
    static TimeMention deicticMonth(TimeMention time, java.time.LocalDate published, DateWords words) {
        Matcher m = words.deicticMonth().matcher(time.text());
        if (time.range() != null || published == null || !m.find()) {
            return time;
        }
        java.time.YearMonth now = java.time.YearMonth.from(published);
        java.time.Month month = java.time.Month.valueOf(m.group(2).toUpperCase(java.util.Locale.ROOT));
        java.time.YearMonth date = java.time.YearMonth.of(now.getYear(), month);
        switch (m.group(1).toLowerCase(java.util.Locale.ROOT)) {
            case "last" -> date = date.isBefore(now) ? date : date.minusYears(1);
            case "next" -> date = date.isAfter(now) ? date : date.plusYears(1);
            default -> {
            }
        }
        DateRange range = new DateRange(date.atDay(1), date.atEndOfMonth(), DatePrecision.MONTH);
        return new TimeMention(time.sentence(), time.span(), time.text(), date.toString(), range);
    }

    /** Whether the date falls in a month before the narrative's last one. */
    private static boolean before(DateRange date, DateRange last) {
        return java.time.YearMonth.from(date.start()).isBefore(java.time.YearMonth.from(last.start()));
    }

    /**
     * Whether a written year moves the narrative into it: a date with its month ("On 2 January 1987", a timeline's
     * "2011-02-15"), or a bare year that dates its sentence ("In 1991, ...") and is not a point of comparison or
     * a span's start ("As in 2012", "since 2020", dates.yaml {@code not_narrative}). A year after publication is
     * an expectation, not the narrative.
     */
    private static boolean setsYear(TimeMention time, Parse parse, AnalysedDocument document, DateWords words) {
        if (time.range() == null || nameModifier(time, parse)) {
            return false;
        }
        java.time.LocalDate published = document.document().source().published();
        if (published != null && time.range().start().isAfter(published)) {
            return false;
        }
        String before = document.text().substring(Math.max(0, time.span().start() - LOOKBACK), time.span().start());
        if (words.notNarrative().matcher(before).find() || inAside(time, document)) {
            return false;
        }
        return words.month().matcher(time.text()).find() || time.timex() != null && time.timex().length() >= 7
                || DateAttachment.datesTheSentence(time, parse);
    }

    /** "(the town they first raided, back in May 2009)": a date in brackets is an aside, not the narrative. */
    private static boolean inAside(TimeMention time, AnalysedDocument document) {
        String head = document.text().substring(document.sentences().get(time.sentence()).span().start(),
                time.span().start());
        return head.chars().filter(c -> c == '(').count() > head.chars().filter(c -> c == ')').count();
    }

    /** "the 2007 constitution", "the 2021 attacks": a bare year that modifies a noun after it. */
    static boolean nameModifier(TimeMention time, Parse parse) {
        return modifiedNoun(time, parse) >= 0;
    }

    /** The noun a bare year modifies ("the 2007 constitution" gives constitution's index), else -1. */
    static int modifiedNoun(TimeMention time, Parse parse) {
        if (!YEAR_ONLY.matcher(time.text()).matches()) {
            return -1;
        }
        for (Token token : parse.tokens()) {
            if (!time.span().overlaps(token.span())) {
                continue;
            }
            int head = parse.head(token.index());
            if (head > token.index() && parse.token(head).isNoun()
                    && !time.span().overlaps(parse.token(head).span())
                    && MODIFIER.contains(parse.relation(token.index()))) {
                return head;
            }
        }
        return -1;
    }

    private static boolean sameParagraph(AnalysedDocument document, int earlier, int later) {
        for (int s = earlier + 1; s <= later; s++) {
            int end = document.sentences().get(s - 1).span().end();
            if (document.text().substring(end, document.sentences().get(s).span().start()).contains("\n")) {
                return false;
            }
        }
        return true;
    }

    private static TimeMention inYear(TimeMention time, int year, DateWords words) {
        if (time.timex() == null || !words.month().matcher(time.text()).find()
                || words.deictic().matcher(time.text()).find()) {
            return time;
        }
        Matcher m = TIMEX_YEAR.matcher(time.timex());
        if (!m.matches()) {
            return time;
        }
        String value = String.format("%04d", year) + m.group(2);
        DateRange range = Timex.toRange(value).orElse(null);
        return range == null ? time : new TimeMention(time.sentence(), time.span(), time.text(), value, range);
    }
}
