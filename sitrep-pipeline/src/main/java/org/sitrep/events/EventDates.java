package org.sitrep.events;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventMention;
import org.sitrep.model.time.DatePrecision;
import org.sitrep.model.time.DateRange;
import org.sitrep.model.time.TimeMention;
import org.sitrep.pipeline.AnalysedDocument;

/**
 * The date of an event: the date expression attached to its trigger in the parse, else the nearest one in
 * its sentence; two dates joined by "between ... and" or a dash make one interval; "the following day" and
 * "two days later" count from the event the narrative last dated, not from the publication date; a sentence
 * with no date takes the date of the paragraph's last dated event. Otherwise the event has no date. The words are
 * {@code dates.yaml}'s ({@link DateRules}). Not thread-safe: one per document.
 */
final class EventDates {
    /** A resolved date and the words that gave it (null when inherited from the narrative). */
    record Dated(DateRange range, String text, boolean own) {
        static final Dated NONE = new Dated(null, null, false);

        Dated(DateRange range, String text) {
            this(range, text, false);
        }
    }

    /** Characters after a time searched for the words that make it a noun of something else ("fall of"). */
    private static final int NOUN_LOOKAHEAD = 12;

    private final AnalysedDocument document;
    private final DateRules rules;
    private final DateWords words;
    private final DateAttachment attachment;
    private final Map<Integer, List<TimeMention>> timesBySentence = new HashMap<>();
    private int anchorSentence = -1;
    private DateRange anchor;
    /** The last sentence in a later paragraph that the narrative's day was carried to ({@link #carried}). */
    private int carriedSentence = -1;
    /** The date of the last line that is only a date (a timeline's entry, a year heading): it dates the lines under it. */
    private DateRange heading;
    /** Whether the text is under a line that is only a date after publication: another report's. */
    private boolean elsewhere;
    /** The dates of statements left undated while coding ({@link #undated(Event)}), by sentence and trigger word. */
    private final Map<String, DateRange> late = new HashMap<>();
    /** The time of writing within the narrative's coarser date, for statements that inherited it, likewise. */
    private final Map<String, DateRange> sharper = new HashMap<>();

    EventDates(AnalysedDocument document, DateWords words) {
        this.document = document;
        this.words = words;
        this.rules = new DateRules(document, words);
        this.attachment = new DateAttachment(words.subordinators());
        for (TimeMention resolved : NarrativeYears.resolve(document, words)) {
            TimeMention time = counted(resolved);
            // "the June 5 Movement" is a name, not a date.
            boolean inName = document.actorMentions().stream().anyMatch(m -> m.sentence() == time.sentence()
                    && m.span().contains(time.span()));
            // "on the day of the vote", "that same night": the day of something told, not the day of writing SUTime
            // makes of it; the sentence is at the narrative's date.
            boolean anaphoric = words.anaphoric().matcher(time.text().strip()).matches();
            // "since the fall of the capital": a town's fall, not the autumn SUTime makes of it.
            String text = document.text();
            boolean noun = words.seasonNoun().matcher(text.substring(time.span().start(),
                    Math.min(text.length(), time.span().end() + NOUN_LOOKAHEAD))).find();
            if (!inName && !anaphoric && !noun) {
                timesBySentence.computeIfAbsent(time.sentence(), k -> new ArrayList<>()).add(time);
            }
        }
        timesBySentence.values().forEach(list -> list.sort(Comparator.comparingInt(t -> t.span().start())));
    }

    /**
     * "two years ago", "a few weeks ago": SUTime counts back to a day, which the text does not give; the time is the
     * unit counted (dates.yaml {@code ago}, {@code units}): that year, that month, that week. No day is invented.
     */
    private TimeMention counted(TimeMention time) {
        Matcher ago = words.ago().matcher(time.text());
        if (time.range() == null || !time.range().start().equals(time.range().end()) || !ago.find()) {
            return time;
        }
        DateRange unit = rules.shifted(time.range(), ago.group(1).toLowerCase(Locale.ROOT), 0);
        return new TimeMention(time.sentence(), time.span(), time.text(), time.timex(), unit);
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
        carriedSentence = -1;
    }

    /** Whether {@code range} ends more than a year before the date the narrative is at. */
    boolean longBefore(DateRange range) {
        return anchor != null && range.end().isBefore(anchor.start().minusYears(1));
    }

    /**
     * The event's date: its own, else the narrative's within its paragraph. When it has neither, the date it would
     * take once coded is noted for {@link #undated(Event)}: the narrative's day carried past a paragraph break, or
     * the time of writing its tense refers to.
     */
    Dated dateFor(int sentence, Parse parse, int trigger) {
        return dateFor(sentence, parse, trigger, trigger);
    }

    /**
     * As {@link #dateFor(int, Parse, int)}, for an event whose mention is written at {@code mentioned} but told by the
     * word {@code trigger} ("has displaced 2.1 million people": a count, told by its verb).
     */
    Dated dateFor(int sentence, Parse parse, int trigger, int mentioned) {
        String key = sentence + "|" + parse.token(mentioned).word().toLowerCase(Locale.ROOT);
        Dated found = written(sentence, parse, trigger);
        List<TimeMention> times = timesBySentence.getOrDefault(sentence, List.of());
        // A time the sentence writes and nothing resolves ("in recent months") is neither the narrative's nor the
        // time of writing; "now" is the latter.
        if (found.range() == null && times.stream().allMatch(time -> words.now().matcher(time.text().strip()).matches()
                || words.frequency().matcher(time.text()).find() || elsewhere(time, parse, trigger))) {
            DateRange later = times.isEmpty() ? carried(sentence, parse, trigger) : null;
            later = later != null ? later : asOfPublication(parse, trigger);
            if (later != null) {
                late.put(key, later);
            }
        } else if (found.range() != null && found.text() == null) {
            // "In 2031 the fighting spread. Hundreds have been killed.": the narrative's year holds the time of
            // writing the perfect tells of; once coded, the statement gets the sharper date within it.
            DateRange now = asOfPublication(parse, trigger);
            if (now != null && !now.start().isBefore(found.range().start()) && !now.end().isAfter(found.range().end())
                    && !now.equals(found.range())) {
                sharper.put(key, now);
            }
        }
        return found;
    }

    /**
     * An event told as done (the caller checks its status) still undated once the document is coded gets the date
     * noted for the mention that founded it: the day the story was at in an earlier paragraph ("Gunmen raided the
     * market."), or the publication date its tense refers to ("the teachers are on strike"). Only then: such a
     * date neither moves the narrative nor tells two mentions of one event apart. An event that inherited the
     * narrative's year gets the sharper time of writing its tense refers to, when it falls within that year.
     */
    Event undated(Event event) {
        if (event.mentions().isEmpty()) {
            return event;
        }
        EventMention first = event.mentions().get(0);
        String trigger = first.trigger() == null ? "" : first.trigger().strip();
        String word = trigger.isEmpty() ? "" : trigger.split("\\s+")[0].toLowerCase(Locale.ROOT);
        String key = first.sentence() + "|" + word;
        if (event.date() == null) {
            DateRange date = late.get(key);
            return date == null ? event : event.withDate(date, null);
        }
        DateRange date = sharper.get(key);
        // A date the event has kept from the narrative is only sharpened within it.
        return date == null || date.start().isBefore(event.date().start()) || date.end().isAfter(event.date().end())
                ? event : event.withDate(date, event.dateText());
    }

    /**
     * The day the narrative is at, carried past paragraph breaks within a section (dates.yaml
     * {@code limits.section_reach}): a story told day by day goes on at its day in the next paragraphs that tell
     * with a verb in the past; a year a paragraph opens on stays there, a month or a season gives only its year, and
     * "has to be condemned" tells of no day. A story of the report's present carries its day past subheads too
     * ({@link #presentStory(boolean)}). Null otherwise.
     */
    private DateRange carried(int sentence, Parse parse, int trigger) {
        ClauseTense.Tense tense = tense(trigger, parse);
        boolean day = anchor != null && anchor.precision().ordinal() <= DatePrecision.DAYS.ordinal();
        boolean told = parse.token(trigger).isVerb()
                && (tense == ClauseTense.Tense.PAST || tense == ClauseTense.Tense.NONFINITE);
        // The story goes on at its day as long as sentences keep telling of it: the reach counts from the last one.
        int lastTold = Math.max(anchorSentence, carriedSentence);
        if (anchor == null || !told || sameParagraph(anchorSentence, sentence)
                || sentence - lastTold > words.sectionReach()
                || !sameSection(anchorSentence, sentence) && !presentStory(day)) {
            return null;
        }
        if (day) {
            carriedSentence = sentence;
            return anchor;
        }
        // A month or a season the paragraph before was at stays there; the story told on goes on in its year.
        int year = anchor.start().getYear();
        return anchor.end().getYear() == year && anchor.precision() != DatePrecision.YEAR
                ? new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR) : null;
    }

    /**
     * Whether the narrative is at a day of the report's present (dates.yaml {@code limits.present_story_days} at most
     * before publication): a news story's subheads ("Reactions abroad", a quoted line) organise the day it tells, so
     * its day carries past them, where a history's headings name other periods.
     */
    private boolean presentStory(boolean day) {
        LocalDate published = document.document().source().published();
        return day && published != null && !anchor.end().isAfter(published)
                && !anchor.end().isBefore(published.minusDays(words.presentStoryDays()));
    }

    /**
     * The time of writing as the tense gives it (dates.yaml {@code as_of_publication}): the present ("the sit-in
     * goes on") or present perfect ("has seized three villages") resolved against the publication date, at the
     * precision the policy allows; null for other tenses, with no publication date, or while the narrative is long
     * before publication (a history told in the present), unless a time counted from the time of writing put it
     * there ("kidnapped 219 girls two years ago").
     */
    private DateRange asOfPublication(Parse parse, int trigger) {
        LocalDate published = document.document().source().published();
        // A narrative put years back by a time counted from the time of writing ("two years ago") is told from it.
        boolean fromNow = anchor != null && timesBySentence.getOrDefault(anchorSentence, List.of()).stream()
                .anyMatch(time -> words.writingTime().matcher(time.text()).find());
        if (published == null || anchor != null && !fromNow
                && anchor.end().isBefore(published.minusYears(words.presentNarrativeYears()))) {
            return null;
        }
        DateWords.AsOf policy = words.asOfPublication();
        DatePrecision precision = switch (tense(trigger, parse)) {
            case PRESENT -> policy.present();
            case PERFECT -> ClauseTense.now(trigger, parse, words.now(), words.lightVerbs()) ? policy.perfectNow()
                    : policy.perfect();
            default -> null;
        };
        if (precision == null) {
            return null;
        }
        YearMonth month = YearMonth.from(published);
        return precision == DatePrecision.DAY ? DateRange.day(published)
                : new DateRange(month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH);
    }

    private ClauseTense.Tense tense(int trigger, Parse parse) {
        return ClauseTense.of(trigger, parse, words.lightVerbs(), words.hearsayVerbs());
    }

    /**
     * Whether the time hangs on a subordinate clause other than the trigger's: "in the past few years" on a clause
     * beside the statement ("..., important as they have been investing there in the past few years") says nothing
     * of its time. A time on the main clause ("During a visit last November the minister, who is now held, ...")
     * still tells of the sentence as a whole, and one on the trigger's clause of the trigger.
     */
    private boolean elsewhere(TimeMention time, Parse parse, int trigger) {
        int predicate = ClauseTense.predicate(trigger, parse, words.lightVerbs());
        for (org.sitrep.model.Token token : parse.tokens()) {
            int head = parse.head(token.index());
            if (!time.span().overlaps(token.span()) || head >= 0 && time.span().overlaps(parse.token(head).span())) {
                continue;
            }
            // Up to the clause the time hangs on: the first verb or predicate with a copula above it.
            for (int current = head; current >= 0; current = parse.head(current)) {
                if (current == predicate || current == trigger) {
                    return false;
                }
                if (parse.token(current).isVerb() || !parse.children(current, "cop").isEmpty()) {
                    return parse.head(current) >= 0;
                }
            }
            return false;
        }
        return false;
    }

    private Dated written(int sentence, Parse parse, int trigger) {
        List<TimeMention> times = timesBySentence.getOrDefault(sentence, List.of());
        Dated range = rules.dayRange(sentence);
        if (range != null) {
            return range;
        }
        // The narrative's date carries over within its paragraph: "Several ministers were arrested." after the
        // coup's sentence. So it does past a sentence whose only times are spans ("within three months").
        Dated inherited = anchor != null && sentence - anchorSentence <= words.narrativeReach()
                && sameParagraph(anchorSentence, sentence) ? new Dated(anchor, null)
                : heading != null ? new Dated(heading, null) : Dated.NONE;
        if (times.isEmpty() || times.stream().allMatch(time -> time.range() == null
                && !words.relative().matcher(time.text()).find())) {
            return inherited;
        }
        boolean noun = parse.token(trigger).isNoun();
        // "the minister, who is now held by the junta, said last year ...": a clause about the time of writing takes
        // no date of another clause.
        ClauseTense.Tense tense = tense(trigger, parse);
        boolean now = (tense == ClauseTense.Tense.PRESENT || tense == ClauseTense.Tense.PERFECT)
                && ClauseTense.now(trigger, parse, words.now(), words.lightVerbs());
        List<TimeMention> ranked = new ArrayList<>(times);
        ranked.sort(Comparator.comparingInt((TimeMention time) -> DateAttachment.attachment(time, parse, trigger))
                .thenComparing(time -> time.timex() != null && time.timex().contains("T") ? 1 : 0));
        Span triggerSpan = parse.token(trigger).span();
        for (TimeMention time : ranked) {
            if (time.span().overlaps(triggerSpan)) {
                // "the fall of Gao" is no autumn.
                continue;
            }
            int modified = NarrativeYears.modifiedNoun(time, parse);
            if (modified >= 0 && modified != trigger) {
                // "the 2007 constitution was revoked": the year names the constitution; it dates nothing else.
                continue;
            }
            int hang = DateAttachment.attachment(time, parse, trigger);
            if (now && hang >= DateAttachment.OWN) {
                continue;
            }
            // A noun claims a date of its own phrase, or one hanging right on its governor ("staged a coup on Monday").
            boolean far = hang >= DateAttachment.FAR || hang > DateAttachment.OWN + 2;
            if (noun && far && !(DateAttachment.datesTheSentence(time, parse)
                    && !attachment.subordinate(trigger, parse))) {
                // "the coup itself ... organized a rally on August 21": a noun takes no date from another clause.
                continue;
            }
            Matcher narrative = words.relative().matcher(time.text());
            if (narrative.find()) {
                if (anchor == null) {
                    continue;
                }
                String unit = (narrative.group(1) != null ? narrative.group(1) : narrative.group(2) != null
                        ? narrative.group(2) : narrative.group(4)).toLowerCase(Locale.ROOT);
                int amount = narrative.group(3) == null ? 1 : rules.count(narrative.group(3));
                return new Dated(rules.shifted(anchor, unit, amount), time.text());
            }
            if (time.range() != null && rules.clockOnly(time) && anchor != null
                    && sentence - anchorSentence <= words.clockReach() && anchor.start().equals(anchor.end())) {
                // "By midnight, the president resigned" after "On August 18, soldiers mutinied": that day's night.
                return new Dated(anchor, time.text(), hang < DateAttachment.OWN);
            }
            if (time.range() == null || rules.clockOnly(time) || rules.notADate(time)) {
                continue;
            }
            Dated found = rules.joined(time, times).orElse(new Dated(
                    rules.toldAsDone(time, rules.yearEnd(time, time.range()), tense),
                    time.text()));
            return new Dated(found.range(), found.text(), hang < DateAttachment.OWN);
        }
        return Dated.NONE;
    }

    /**
     * A line that is only a date ("2011-02-15", "1987", "March 3 –") heads the lines under it until the next such
     * line: the narrative is at its date. Returns whether the sentence is such a line.
     */
    boolean heading(int sentence) {
        List<TimeMention> times = timesBySentence.getOrDefault(sentence, List.of());
        if (times.isEmpty() || !ownLine(sentence)) {
            return false;
        }
        Sentence line = document.sentences().get(sentence);
        StringBuilder rest = new StringBuilder(document.text().substring(line.span().start(), line.span().end()));
        DateRange date = null;
        for (int i = times.size() - 1; i >= 0; i--) {
            TimeMention time = times.get(i);
            if (time.range() == null || rules.notADate(time) || rules.clockOnly(time)) {
                return false;
            }
            date = date == null ? time.range() : date;
            rest.replace(Math.max(0, time.span().start() - line.span().start()),
                    Math.min(rest.length(), time.span().end() - line.span().start()), "");
        }
        LocalDate published = document.document().source().published();
        if (rest.codePoints().anyMatch(Character::isLetterOrDigit)
                || date.precision() == DatePrecision.DAY && date.start().equals(published) && heading == null) {
            // A byline's date is the day the report was written, not the day of what it tells; after other date
            // lines it is a timeline's last entry, written on the day it tells of.
            return false;
        }
        if (published != null && date.start().isAfter(published)) {
            // A date after it heads a list of other reports, not the narrative: what those tell, at their own
            // time of writing, is not this report's to tell.
            elsewhere = true;
            return false;
        }
        elsewhere = false;
        heading = times.get(0).range();
        anchor = heading;
        anchorSentence = sentence;
        carriedSentence = -1;
        return true;
    }

    /**
     * Whether the sentences from here on stand under a line that is only a date after publication ({@link
     * #heading(int)}): another report's, until a line that is only a date the report can tell of.
     */
    boolean elsewhere() {
        return elsewhere;
    }

    private boolean ownLine(int sentence) {
        List<Sentence> sentences = document.sentences();
        String text = document.text();
        int start = sentences.get(sentence).span().start();
        int end = sentences.get(sentence).span().end();
        String before = sentence == 0 ? "\n" : text.substring(sentences.get(sentence - 1).span().end(), start);
        String after = sentence + 1 >= sentences.size() ? "\n"
                : text.substring(end, sentences.get(sentence + 1).span().start());
        return before.contains("\n") && after.contains("\n");
    }

    /**
     * The narrative's time when a sentence opens on a date of its own ("In 1991, Malians ended one-party rule"):
     * a date expression on the main verb at year, month or day precision. Null otherwise.
     */
    /**
     * Whether {@code time}, written in the sentence, follows "since" or another word of dates.yaml
     * {@code not_narrative}: "since last autumn the province has lived under a revolt" opens a span running to the time
     * of writing, which does not put the narrative back at its start.
     */
    boolean opensSpan(int sentence, String time) {
        String text = document.sentences().get(sentence).text();
        int at = time == null ? -1 : text.indexOf(time);
        return at > 0 && words.notNarrative().matcher(text.substring(0, at)).find();
    }

    DateRange sentenceDate(int sentence, Parse parse) {
        for (TimeMention time : timesBySentence.getOrDefault(sentence, List.of())) {
            LocalDate published = document.document().source().published();
            // "similarities to today" compares; it does not move the narrative to the day of publication.
            boolean present = time.range() != null && time.range().start().equals(published)
                    && !time.text().matches("(?s).*\\d.*");
            if (time.range() != null && !present && !rules.clockOnly(time) && !rules.notADate(time)
                    && !words.relative().matcher(time.text()).find() && !NarrativeYears.nameModifier(time, parse)
                    && DateAttachment.datesTheSentence(time, parse) && !opensSpan(sentence, time.text())) {
                return time.range();
            }
        }
        return null;
    }

    /**
     * Whether no heading line (dates.yaml {@code limits.heading_words}) comes between the two sentences, nor is the
     * later one: the narrative carries within a section.
     */
    boolean sameSection(int earlier, int later) {
        if (earlier < 0 || later < earlier) {
            return false;
        }
        for (int s = earlier + 1; s <= later; s++) {
            if (headingLine(s)) {
                return false;
            }
        }
        return true;
    }

    /** A line of its own, short, with no closing stop: "Reactions abroad", "'We ran for our lives'". */
    private boolean headingLine(int sentence) {
        if (!ownLine(sentence)) {
            return false;
        }
        String text = document.sentences().get(sentence).text().strip().replaceAll("[\"'\u2019\u201d)\\]]+$", "");
        return !text.isEmpty() && ".?!:;\u2026".indexOf(text.charAt(text.length() - 1)) < 0
                && text.split("\\s+").length <= words.headingWords();
    }

    /** Whether no line break separates the two sentences: the narrative's context carries within a paragraph. */
    boolean sameParagraph(int earlier, int later) {
        if (earlier < 0 || later < earlier) {
            return false;
        }
        for (int s = earlier + 1; s <= later; s++) {
            if (opensParagraph(s)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the sentence is the first of its paragraph: the text's first, or a line break before it. */
    boolean opensParagraph(int sentence) {
        if (sentence <= 0) {
            return true;
        }
        List<Sentence> sentences = document.sentences();
        return document.text().substring(sentences.get(sentence - 1).span().end(),
                sentences.get(sentence).span().start()).contains("\n");
    }
}
