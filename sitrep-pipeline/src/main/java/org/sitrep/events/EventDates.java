package org.sitrep.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.model.time.DatePrecision;
import org.sitrep.model.time.DateRange;
import org.sitrep.model.time.TimeMention;
import org.sitrep.pipeline.AnalysedDocument;

/**
 * The date of an event: the date expression attached to its trigger in the parse, else the nearest one in
 * its sentence; two dates joined by "between ... and" or a dash make one interval; "the following day" and
 * "two days later" count from the event the narrative last dated, not from the publication date; a sentence
 * with no date takes the date of the paragraph's last dated event. Otherwise the event has no date. Not
 * thread-safe: one per document.
 */
final class EventDates {
    /** A resolved date and the words that gave it (null when inherited from the narrative). */
    record Dated(DateRange range, String text, boolean own) {
        static final Dated NONE = new Dated(null, null, false);

        Dated(DateRange range, String text) {
            this(range, text, false);
        }
    }

    /** Attachment scores below this hang in the trigger's own phrase ("elections held in March"). */
    private static final int OWN = 10;

    /** How far up the parse a date may hang for a noun to claim it: on the noun's phrase or on its governor. */
    private static final int FAR = 100;
    /** How many sentences on a time of day ("by midnight") still belongs to the day the narrative is at. */
    private static final int CLOCK_REACH = 3;

    private static final Pattern NARRATIVE = Pattern.compile(
            "(?i)\\b(?:(?:the\\s+)?(?:following|next|subsequent)\\s+(day|morning|evening|night|week|month|year)"
                    + "|(?:the\\s+)?(day)\\s+after"
                    + "|(a|an|one|two|three|four|five|six|seven|\\d+)\\s+(days?|weeks?|months?|years?)\\s+later)\\b");
    private static final Map<String, Integer> SMALL_NUMBERS = Map.of("a", 1, "one", 1, "two", 2, "three", 3,
            "four", 4, "five", 5, "six", 6, "seven", 7);

    private final AnalysedDocument document;
    private final Map<Integer, List<TimeMention>> timesBySentence = new HashMap<>();
    private int anchorSentence = -1;
    private DateRange anchor;

    EventDates(AnalysedDocument document) {
        this.document = document;
        for (TimeMention time : document.times()) {
            // "the June 5 Movement" is a name, not a date.
            boolean inName = document.actorMentions().stream().anyMatch(m -> m.sentence() == time.sentence()
                    && m.span().contains(time.span()));
            if (!inName) {
                timesBySentence.computeIfAbsent(time.sentence(), k -> new ArrayList<>()).add(time);
            }
        }
        timesBySentence.values().forEach(list -> list.sort(Comparator.comparingInt(t -> t.span().start())));
    }

    /** The narrative moves on: later relative dates count from this event's date. */
    void remember(int sentence, DateRange range) {
        LocalDate published = document.document().source().published();
        if (published != null && range.start().isAfter(published)) {
            // What the report expects ("the election, scheduled for April 29") dates nothing it tells as done.
            return;
        }
        anchorSentence = sentence;
        anchor = range;
    }

    /** Whether {@code range} ends more than a year before the date the narrative is at. */
    boolean longBefore(DateRange range) {
        return anchor != null && range.end().isBefore(anchor.start().minusYears(1));
    }

    Dated dateFor(int sentence, Parse parse, int trigger) {
        List<TimeMention> times = timesBySentence.getOrDefault(sentence, List.of());
        Dated range = dayRange(sentence);
        if (range != null) {
            return range;
        }
        // The narrative's date carries over within its paragraph: "Several ministers were arrested." after the
        // coup's sentence. So it does past a sentence whose only times are spans ("within three months").
        Dated inherited = anchor != null && sentence - anchorSentence <= 6 && sameParagraph(anchorSentence, sentence)
                ? new Dated(anchor, null) : Dated.NONE;
        if (times.isEmpty() || times.stream().allMatch(time -> time.range() == null && !NARRATIVE.matcher(time.text())
                .find())) {
            return inherited;
        }
        boolean noun = parse.token(trigger).isNoun();
        List<TimeMention> ranked = new ArrayList<>(times);
        ranked.sort(Comparator.comparingInt((TimeMention time) -> attachment(time, parse, trigger))
                .thenComparing(time -> time.timex() != null && time.timex().contains("T") ? 1 : 0));
        Span triggerSpan = parse.token(trigger).span();
        for (TimeMention time : ranked) {
            if (time.span().overlaps(triggerSpan)) {
                // "the fall of Gao" is no autumn.
                continue;
            }
            int attachment = attachment(time, parse, trigger);
            // A noun claims a date of its own phrase, or one hanging right on its governor ("staged a coup on Monday").
            boolean far = attachment >= FAR || attachment > OWN + 2;
            if (noun && far && !(datesTheSentence(time, parse) && !subordinate(trigger, parse))) {
                // "the coup itself ... organized a rally on August 21": a noun takes no date from another clause.
                continue;
            }
            Matcher narrative = NARRATIVE.matcher(time.text());
            if (narrative.find()) {
                if (anchor == null) {
                    continue;
                }
                String unit = (narrative.group(1) != null ? narrative.group(1) : narrative.group(2) != null
                        ? narrative.group(2) : narrative.group(4)).toLowerCase(Locale.ROOT);
                int amount = narrative.group(3) == null ? 1 : count(narrative.group(3));
                return new Dated(shifted(anchor, unit, amount), time.text());
            }
            if (time.range() != null && clockOnly(time) && anchor != null && sentence - anchorSentence <= CLOCK_REACH
                    && anchor.start().equals(anchor.end())) {
                // "By midnight, the president resigned" after "On August 18, soldiers mutinied": that day's night.
                return new Dated(anchor, time.text(), attachment < OWN);
            }
            if (time.range() == null || clockOnly(time) || notADate(time)) {
                continue;
            }
            Dated found = joined(time, times).orElse(new Dated(time.range(), time.text()));
            return new Dated(found.range(), found.text(), attachment < OWN);
        }
        return Dated.NONE;
    }

    /**
     * "by midnight", "overnight", "this morning": SUTime pins times of day to the publication date, but in a
     * report they mean the day the narrative is at. "Last night" names a day of its own (the eve of publication).
     */
    private boolean clockOnly(TimeMention time) {
        LocalDate published = document.document().source().published();
        boolean pinnedToPublication = published == null || time.range() == null
                || time.range().start().equals(published);
        return time.timex() != null && time.timex().contains("T") && !time.text().matches("(?s).*\\d.*")
                && !MONTH.matcher(time.text()).find() && pinnedToPublication;
    }

    /**
     * A bare number SUTime took for a year: "Resolution 2056", "decree No. 2012", or a year more than ten years
     * after the report was published.
     */
    private boolean notADate(TimeMention time) {
        if (!time.text().strip().matches("\\d{4}")) {
            return false;
        }
        String before = document.text().substring(Math.max(0, time.span().start() - 16), time.span().start());
        LocalDate published = document.document().source().published();
        return NUMBERED.matcher(before).find()
                || published != null && time.range().start().getYear() > published.getYear() + 10;
    }

    private static final Pattern NUMBERED = Pattern.compile("(?i)\\b(resolution|resolutions|decree|law|no\\.|number|"
            + "article|ordinance|act)\\s*$");

    private static final Pattern MONTH = Pattern.compile("(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
            + "[a-z]*\\b");
    private static final Pattern DAY_RANGE = Pattern.compile("(?i)\\b(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})\\s+"
            + "(january|february|march|april|may|june|july|august|september|october|november|december)\\b"
            + "|\\b(january|february|march|april|may|june|july|august|september|october|november|december)\\s+"
            + "(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})\\b");

    /**
     * "21-22 March", "March 21-22": a range of days SUTime leaves out, in the latest year that does not put it
     * after the publication date.
     */
    private Dated dayRange(int sentence) {
        LocalDate published = document.document().source().published();
        if (published == null) {
            return null;
        }
        String text = document.sentences().get(sentence).text();
        Matcher m = DAY_RANGE.matcher(text);
        if (!m.find()) {
            return null;
        }
        String monthName = m.group(3) != null ? m.group(3) : m.group(4);
        int from = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(5));
        int to = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(6));
        java.time.Month month = java.time.Month.valueOf(monthName.toUpperCase(Locale.ROOT));
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
            return new Dated(new DateRange(start, end, DatePrecision.DAYS), m.group());
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The anchor moved on by a day, a week, a month or a year, at the precision that unit allows. */
    private static DateRange shifted(DateRange anchor, String unit, int amount) {
        if (unit.startsWith("year")) {
            int year = anchor.start().getYear() + amount;
            return new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR);
        }
        if (unit.startsWith("month")) {
            java.time.YearMonth month = java.time.YearMonth.from(anchor.start()).plusMonths(amount);
            return new DateRange(month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH);
        }
        if (unit.startsWith("week")) {
            LocalDate start = anchor.end().plusWeeks(amount);
            return new DateRange(start.minusDays(3), start.plusDays(3), DatePrecision.WEEK);
        }
        return DateRange.day(anchor.end().plusDays(amount));
    }

    /** "between March 21 and March 22", "21-22 March", "from June to August": one interval of days. */
    private java.util.Optional<Dated> joined(TimeMention time, List<TimeMention> times) {
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
            String before = text.substring(Math.max(0, first.span().start() - 12), first.span().start())
                    .toLowerCase(Locale.ROOT);
            boolean range = between.equals("and") && before.contains("between")
                    || between.equals("to") && before.contains("from") || between.equals("-") || between.equals("–")
                    || between.equals("until") || between.equals("through");
            if (range && !second.range().end().isBefore(first.range().start())) {
                DatePrecision precision = first.range().precision() == DatePrecision.DAY
                        && second.range().precision() == DatePrecision.DAY ? DatePrecision.DAYS
                        : coarser(first.range().precision(), second.range().precision());
                return java.util.Optional.of(new Dated(new DateRange(first.range().start(), second.range().end(),
                        precision), text.substring(Math.max(0, first.span().start() - 8), second.span().end())
                        .replaceFirst("^.*?(?=between|from)", "")));
            }
        }
        return java.util.Optional.empty();
    }

    /** Whether the date expression modifies the sentence's main verb ("On August 18, ... was the final spark"). */
    private static boolean datesTheSentence(TimeMention time, Parse parse) {
        for (Token token : parse.tokens()) {
            if (!time.span().overlaps(token.span())) {
                continue;
            }
            int head = parse.head(token.index());
            if (head >= 0 && time.span().overlaps(parse.token(head).span())) {
                continue;
            }
            return head < 0 || parse.head(head) < 0;
        }
        return false;
    }

    private static final java.util.Set<String> SUBORDINATORS = java.util.Set.of("although", "though", "while",
            "whereas", "because", "if", "unless", "whether");

    /** Whether the token sits in an adverbial clause ("Although the movement was not involved in the coup, ..."). */
    private static boolean subordinate(int index, Parse parse) {
        for (int current = index; current >= 0; current = parse.head(current)) {
            String relation = parse.relation(current);
            if (relation.equals("advcl") || relation.startsWith("parataxis")) {
                return true;
            }
            // The parser often makes an "Although ..." clause the root: its subordinator still marks it.
            for (int child : parse.children(current, "mark")) {
                if (SUBORDINATORS.contains(parse.lemma(child))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The narrative's time when a sentence opens on a date of its own ("In 1991, Malians ended one-party rule"):
     * a date expression on the main verb at year, month or day precision. Null otherwise.
     */
    DateRange sentenceDate(int sentence, Parse parse) {
        for (TimeMention time : timesBySentence.getOrDefault(sentence, List.of())) {
            LocalDate published = document.document().source().published();
            // "similarities to today" compares; it does not move the narrative to the day of publication.
            boolean present = time.range() != null && time.range().start().equals(published)
                    && !time.text().matches("(?s).*\\d.*");
            if (time.range() != null && !present && !clockOnly(time) && !notADate(time)
                    && !NARRATIVE.matcher(time.text()).find() && datesTheSentence(time, parse)) {
                return time.range();
            }
        }
        return null;
    }

    /** How closely a date expression hangs on the trigger: its distance up the parse, else far away. */
    private static int attachment(TimeMention time, Parse parse, int trigger) {
        int best = Integer.MAX_VALUE;
        for (Token token : parse.tokens()) {
            if (!time.span().overlaps(token.span())) {
                continue;
            }
            int up = parse.distanceUp(token.index(), trigger);
            int upFromHead = parse.head(trigger) >= 0 ? parse.distanceUp(token.index(), parse.head(trigger)) : -1;
            int score = up >= 0 ? up : upFromHead >= 0 ? 10 + upFromHead : 100 + Math.abs(token.index() - trigger);
            best = Math.min(best, score);
        }
        return best;
    }

    /** Whether no line break separates the two sentences: the narrative's context carries within a paragraph. */
    boolean sameParagraph(int earlier, int later) {
        if (earlier < 0 || later < earlier) {
            return false;
        }
        List<Sentence> sentences = document.sentences();
        for (int s = earlier + 1; s <= later; s++) {
            String gap = document.text().substring(sentences.get(s - 1).span().end(), sentences.get(s).span().start());
            if (gap.contains("\n")) {
                return false;
            }
        }
        return true;
    }

    private static int count(String word) {
        if (word.equalsIgnoreCase("an")) {
            return 1;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return SMALL_NUMBERS.containsKey(lower) ? SMALL_NUMBERS.get(lower) : Integer.parseInt(lower);
    }

    private static DatePrecision coarser(DatePrecision a, DatePrecision b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
