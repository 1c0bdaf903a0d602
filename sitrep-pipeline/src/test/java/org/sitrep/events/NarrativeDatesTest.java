package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventMention;
import org.sitrep.model.event.EventStatus;
import org.sitrep.model.time.DateRange;
import org.sitrep.model.time.TimeMention;
import org.sitrep.model.time.Timex;
import org.sitrep.pipeline.AnalysedDocument;

/**
 * Dates read against the narrative and the time of writing, on sentences parsed by hand: stretches of time that are
 * no dates, a year's end, the past told of the past, months counted from the time of
 * writing, the nearer year of a month, the time of writing as the narrative's, the perfect within the narrative's year and lines dated after publication.
 */
class NarrativeDatesTest {
    private static final EventLexicon LEXICON = EventLexicon.bundled();
    private static final LocalDate PUBLISHED = LocalDate.of(2030, 5, 10);

    private static final String[] SEIZED = {"rebel NNS 1 nsubj", "seize VBD -1 root", "the DT 3 det",
        "town NN 1 obj"};
    private static final String[] HAVE_SEIZED = {"rebel NNS 2 nsubj", "have VBP 2 aux", "seize VBN -1 root",
        "the DT 4 det", "town NN 2 obj"};
    private static final String[] WILL_DEPLOY = {"troop NNS 2 nsubj", "will MD 2 aux", "deploy VB -1 root"};

    private static DateRange range(String timex) {
        return Timex.toRange(timex).orElseThrow();
    }

    /** A time of the document at the first place its words occur, resolved to {@code timex} (null: unresolved). */
    private static TimeMention time(AnalysedDocument document, int sentence, String surface, String timex) {
        int at = document.text().indexOf(surface, document.sentences().get(sentence).span().start());
        return new TimeMention(sentence, new Span(at, at + surface.length()), surface, timex,
                timex == null ? null : Timex.toRange(timex).orElse(null));
    }

    private static DateRules rules(AnalysedDocument document) {
        return new DateRules(document, LEXICON.dates());
    }

    @Test
    void a_plural_unit_without_a_count_is_a_stretch_of_time_not_a_date() {
        AnalysedDocument document = new HandParse().published(PUBLISHED)
                .sentence("in the regime 's last years", "in IN 5 case", "the DT 2 det", "regime NN 5 nmod:poss",
                        "'s POS 2 case", "last JJ 5 amod", "year NNS -1 root")
                .build();
        assertThat(rules(document).notADate(time(document, 0, "last years", "2029"))).isTrue();
        AnalysedDocument counted = new HandParse().published(PUBLISHED)
                .sentence("the last two years", "the DT 3 det", "last JJ 3 amod", "two CD 3 nummod",
                        "year NNS -1 root")
                .build();
        assertThat(rules(counted).notADate(time(counted, 0, "the last two years", "2029"))).isFalse();
    }

    @Test
    void the_end_of_a_year_is_its_last_month() {
        AnalysedDocument document = new HandParse().published(PUBLISHED)
                .sentence("At the end of last year troops left", "at IN 2 case", "the DT 2 det", "end NN 7 obl",
                        "of IN 5 case", "last JJ 5 amod", "year NN 2 nmod", "troop NNS 7 nsubj", "leave VBD -1 root")
                .sentence("In 2029 troops left", "in IN 1 case", "2029 CD 3 obl", "troop NNS 3 nsubj",
                        "leave VBD -1 root")
                .build();
        DateRules rules = rules(document);
        TimeMention end = time(document, 0, "the end of last year", "2029");
        assertThat(rules.yearEnd(end, end.range())).isEqualTo(range("2029-12"));
        TimeMention year = time(document, 1, "2029", "2029");
        assertThat(rules.yearEnd(year, year.range())).isEqualTo(range("2029"));
    }

    @Test
    void a_month_told_in_the_past_is_the_last_one_before_publication() {
        AnalysedDocument document = new HandParse().published(PUBLISHED)
                .sentence("In January troops withdrew", "in IN 1 case", "January NNP 3 obl", "troop NNS 3 nsubj",
                        "withdraw VBD -1 root")
                .sentence("next January troops withdrew", "next JJ 1 amod", "January NNP 3 obl",
                        "troop NNS 3 nsubj", "withdraw VBD -1 root")
                .build();
        DateRules rules = rules(document);
        TimeMention january = time(document, 0, "January", "2031-01");
        assertThat(rules.toldAsDone(january, january.range(), ClauseTense.Tense.PAST)).isEqualTo(range("2030-01"));
        // What will be done may lie after publication; so may what the text counts from the time of writing.
        assertThat(rules.toldAsDone(january, january.range(), ClauseTense.Tense.MODAL)).isEqualTo(range("2031-01"));
        TimeMention next = time(document, 1, "next January", "2031-01");
        assertThat(rules.toldAsDone(next, next.range(), ClauseTense.Tense.PAST)).isEqualTo(range("2031-01"));
    }

    @Test
    void a_day_of_the_week_told_in_the_past_is_the_last_such_day_not_a_year_back() {
        // Published on a Wednesday; SUTime reads "Friday" as the Friday of that week, two days on.
        AnalysedDocument document = new HandParse().published(java.time.LocalDate.of(2031, 7, 2))
                .sentence("On Friday troops withdrew", "on IN 1 case", "Friday NNP 3 obl", "troop NNS 3 nsubj",
                        "withdraw VBD -1 root")
                .sentence("On Friday 4 July troops withdrew", "on IN 1 case", "Friday NNP 5 obl", "4 CD 1 nummod",
                        "July NNP 1 nmod:tmod", "troop NNS 5 nsubj", "withdraw VBD -1 root")
                .build();
        DateRules rules = rules(document);
        TimeMention friday = time(document, 0, "Friday", "2031-07-04");
        assertThat(rules.toldAsDone(friday, friday.range(), ClauseTense.Tense.PAST)).isEqualTo(range("2031-06-27"));
        assertThat(rules.toldAsDone(friday, friday.range(), ClauseTense.Tense.MODAL)).isEqualTo(range("2031-07-04"));
        // A weekday with its month is a date: told in the past, the same date of the year before.
        TimeMention dated = time(document, 1, "Friday 4 July", "2031-07-04");
        assertThat(rules.toldAsDone(dated, dated.range(), ClauseTense.Tense.PAST)).isEqualTo(range("2030-07-04"));
    }

    @Test
    void a_month_counted_from_the_time_of_writing_inside_an_unread_time_is_that_month() {
        AnalysedDocument document = new HandParse().published(PUBLISHED)
                .sentence("held for two weeks last September , last March , next May and this June",
                        "hold VBN -1 root", "for IN 3 case", "two CD 3 nummod", "week NNS 0 obl", "last JJ 5 amod",
                        "September NNP 0 obl", ", , 8 punct", "last JJ 8 amod", "March NNP 5 conj", ", , 11 punct",
                        "next JJ 11 amod", "May NNP 5 conj", "and CC 14 cc", "this DT 14 det", "June NNP 5 conj")
                .build();
        assertThat(NarrativeYears.deicticMonth(time(document, 0, "two weeks last September", null), PUBLISHED,
                LEXICON.dates()).range()).isEqualTo(range("2029-09"));
        assertThat(NarrativeYears.deicticMonth(time(document, 0, "last March", null), PUBLISHED,
                LEXICON.dates()).range()).isEqualTo(range("2030-03"));
        assertThat(NarrativeYears.deicticMonth(time(document, 0, "next May", null), PUBLISHED,
                LEXICON.dates()).range()).isEqualTo(range("2031-05"));
        assertThat(NarrativeYears.deicticMonth(time(document, 0, "this June", null), PUBLISHED,
                LEXICON.dates()).range()).isEqualTo(range("2030-06"));
    }

    @Test
    void a_month_without_its_year_takes_the_nearer_year_of_the_narrative() {
        // October, then September: one month back, not eleven on.
        assertThat(monthAfterOctober("September", "2030-09")).isEqualTo(range("2027-09"));
        // October, then February: four months on, not eight back.
        assertThat(monthAfterOctober("February", "2030-02")).isEqualTo(range("2028-02"));
    }

    private static DateRange monthAfterOctober(String month, String sutime) {
        HandParse hand = new HandParse().published(PUBLISHED)
                .sentence("In October 2027 members elected a president", "in IN 1 case", "October NNP 4 obl",
                        "2027 CD 1 nummod", "member NNS 4 nsubj", "elect VBD -1 root", "a DT 6 det",
                        "president NN 4 obj")
                .sentence("In " + month + " troops attacked", "in IN 1 case", month + " NNP 3 obl",
                        "troop NNS 3 nsubj", "attack VBD -1 root");
        AnalysedDocument document = hand.build();
        document.addTimes(List.of(time(document, 0, "October 2027", "2027-10"), time(document, 1, month, sutime)));
        return NarrativeYears.resolve(document, LEXICON.dates()).get(1).range();
    }

    @Test
    void the_perfect_within_the_narratives_year_is_dated_by_the_time_of_writing() {
        HandParse hand = new HandParse().published(PUBLISHED)
                .sentence("Rebels seized the town", SEIZED)
                .sentence("Rebels have seized the town", HAVE_SEIZED)
                .sentence("Troops will deploy", WILL_DEPLOY);
        AnalysedDocument document = hand.build();
        EventDates dates = new EventDates(document, LEXICON.dates());
        dates.remember(0, range("2030"));
        EventDates.Dated perfect = dates.dateFor(1, hand.parse(1), 2);
        // While coding it keeps the narrative's year, so that it joins or parts the same mentions.
        assertThat(perfect.range()).isEqualTo(range("2030"));
        assertThat(dates.undated(dated(document, 1, "seized", perfect.range())).date()).isEqualTo(range("2030-05"));
        // The past keeps the narrative's year.
        EventDates.Dated past = dates.dateFor(0, hand.parse(0), 1);
        assertThat(past.range()).isEqualTo(range("2030"));
        assertThat(dates.undated(dated(document, 0, "seized", past.range())).date()).isEqualTo(range("2030"));

        // A narrative year that does not hold the time of writing is kept.
        EventDates earlier = new EventDates(document, LEXICON.dates());
        earlier.remember(0, range("2029"));
        EventDates.Dated kept = earlier.dateFor(1, hand.parse(1), 2);
        assertThat(earlier.undated(dated(document, 1, "seized", kept.range())).date()).isEqualTo(range("2029"));
    }

    @Test
    void a_time_counted_from_the_time_of_writing_brings_the_narrative_back_to_it() {
        HandParse hand = new HandParse().published(PUBLISHED)
                .sentence("In 2027 he was re-elected", "in IN 1 case", "2027 CD 4 obl", "he PRP 4 nsubj:pass",
                        "be VBD 4 aux", "re-elect VBN -1 root")
                .paragraph()
                .sentence("In recent months he awaited the vote on April 29", "in IN 2 case", "recent JJ 2 amod",
                        "month NNS 4 obl", "he PRP 4 nsubj", "await VBD -1 root", "the DT 6 det", "vote NN 4 obj",
                        "on IN 9 case", "April NNP 6 nmod", "29 CD 8 nummod");
        AnalysedDocument document = hand.build();
        document.addTimes(List.of(time(document, 0, "2027", "2027"), time(document, 1, "recent months", "PXM"),
                time(document, 1, "April 29", "2030-04-29")));
        assertThat(NarrativeYears.resolve(document, LEXICON.dates()).get(2).range()).isEqualTo(range("2030-04-29"));

        // Without it, the year of the background carries on.
        HandParse background = new HandParse().published(PUBLISHED)
                .sentence("In 2027 he was re-elected", "in IN 1 case", "2027 CD 4 obl", "he PRP 4 nsubj:pass",
                        "be VBD 4 aux", "re-elect VBN -1 root")
                .paragraph()
                .sentence("He awaited the vote on April 29", "he PRP 1 nsubj", "await VBD -1 root", "the DT 3 det",
                        "vote NN 1 obj", "on IN 5 case", "April NNP 3 nmod", "29 CD 5 nummod");
        AnalysedDocument carried = background.build();
        carried.addTimes(List.of(time(carried, 0, "2027", "2027"), time(carried, 1, "April 29", "2030-04-29")));
        assertThat(NarrativeYears.resolve(carried, LEXICON.dates()).get(1).range()).isEqualTo(range("2027-04-29"));
    }

    @Test
    void a_clause_about_the_time_of_writing_takes_no_date_of_another_clause() {
        HandParse hand = new HandParse().published(PUBLISHED)
                .sentence("The minister , who is now held , spoke last year", "the DT 1 det", "minister NN 8 nsubj",
                        ", , 6 punct", "who WP 6 nsubj:pass", "be VBZ 6 aux", "now RB 6 advmod",
                        "hold VBN 1 acl:relcl", ", , 6 punct", "speak VBD -1 root", "last JJ 10 amod",
                        "year NN 8 obl:tmod");
        AnalysedDocument document = hand.build();
        document.addTimes(List.of(time(document, 0, "last year", "2029")));
        EventDates dates = new EventDates(document, LEXICON.dates());
        assertThat(dates.dateFor(0, hand.parse(0), 6).range()).isNull();
        assertThat(dates.dateFor(0, hand.parse(0), 8).range()).isEqualTo(range("2029"));
    }

    @Test
    void the_day_of_something_told_is_no_day_of_writing_but_the_narratives() {
        HandParse hand = new HandParse().published(PUBLISHED)
                .sentence("Rebels seized the town", SEIZED)
                .sentence("On the day a gunman was arrested", "on IN 2 case", "the DT 2 det", "day NN 6 obl",
                        "a DT 4 det", "gunman NN 6 nsubj:pass", "be VBD 6 aux:pass", "arrest VBN -1 root");
        AnalysedDocument document = hand.build();
        document.addTimes(List.of(time(document, 1, "the day", PUBLISHED.toString())));
        EventDates dates = new EventDates(document, LEXICON.dates());
        dates.remember(0, range("2030-03-03"));
        assertThat(dates.dateFor(1, hand.parse(1), 6).range()).isEqualTo(range("2030-03-03"));
        assertThat(dates.sentenceDate(1, hand.parse(1))).isNull();
    }

    @Test
    void a_line_dated_the_day_of_publication_is_a_byline_first_and_a_timelines_last_entry_after_other_dates() {
        HandParse hand = new HandParse().published(PUBLISHED)
                .sentence("2030-05-10", "2030-05-10 CD -1 root").day("2030-05-10", PUBLISHED).paragraph()
                .sentence("2030-05-08", "2030-05-08 CD -1 root").day("2030-05-08", LocalDate.of(2030, 5, 8))
                .paragraph()
                .sentence("Rebels seized the town", SEIZED).paragraph()
                .sentence("2030-05-10", "2030-05-10 CD -1 root").day("2030-05-10", PUBLISHED).paragraph()
                .sentence("Rebels seized the town", SEIZED);
        EventDates dates = new EventDates(hand.build(), LEXICON.dates());
        assertThat(dates.heading(0)).isFalse();
        assertThat(dates.heading(1)).isTrue();
        assertThat(dates.dateFor(2, hand.parse(2), 1).range()).isEqualTo(range("2030-05-08"));
        assertThat(dates.heading(3)).isTrue();
        assertThat(dates.dateFor(4, hand.parse(4), 1).range()).isEqualTo(range("2030-05-10"));
    }

    @Test
    void a_line_dated_after_publication_heads_another_reports_text() {
        HandParse hand = new HandParse().published(PUBLISHED)
                .sentence("Rebels seized the town", SEIZED).paragraph()
                .sentence("2031-02-22", "2031-02-22 CD -1 root").day("2031-02-22", LocalDate.of(2031, 2, 22))
                .paragraph()
                .sentence("Rebels seized the town", SEIZED).paragraph()
                .sentence("2030-03-01", "2030-03-01 CD -1 root").day("2030-03-01", LocalDate.of(2030, 3, 1))
                .paragraph()
                .sentence("Rebels seized the town", SEIZED);
        EventDates dates = new EventDates(hand.build(), LEXICON.dates());
        assertThat(dates.heading(0)).isFalse();
        assertThat(dates.elsewhere()).isFalse();
        assertThat(dates.heading(1)).isFalse();
        assertThat(dates.elsewhere()).isTrue();
        assertThat(dates.heading(2)).isFalse();
        assertThat(dates.elsewhere()).isTrue();
        // A line dated within what the report can tell of heads its own narrative again.
        assertThat(dates.heading(3)).isTrue();
        assertThat(dates.elsewhere()).isFalse();
    }

    private static Event dated(AnalysedDocument document, int sentence, String trigger, DateRange date) {
        Sentence line = document.sentences().get(sentence);
        return new Event("evt-" + sentence, CrisisClass.SEIZE_TERRITORY, LEXICON.coding(CrisisClass.SEIZE_TERRITORY),
                List.of(), List.of(), date, null, null, null, EventStatus.OCCURRED, 0.5,
                new ArrayList<>(List.of(new EventMention("doc-hand", sentence, line.span(), line.text(), trigger))));
    }
}
