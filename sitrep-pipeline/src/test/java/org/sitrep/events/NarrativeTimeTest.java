package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventMention;
import org.sitrep.model.event.EventStatus;
import org.sitrep.model.time.DatePrecision;
import org.sitrep.model.time.DateRange;
import org.sitrep.model.time.TimeMention;
import org.sitrep.model.time.Timex;
import org.sitrep.pipeline.AnalysedDocument;

/** Narrative time on sentences parsed by hand: tense as a time reference, paragraphs and sections, background. */
class NarrativeTimeTest {
    private static final EventLexicon LEXICON = EventLexicon.bundled();
    private static final LocalDate PUBLISHED = LocalDate.of(2030, 5, 10);

    private static final String[] ON_STRIKE = {"the DT 1 det", "teacher NNS 4 nsubj", "be VBP 4 cop",
        "on IN 4 case", "strike NN -1 root"};
    private static final String[] CONTINUE = {"student NN 1 compound", "protest NNS 2 nsubj", "continue VBP -1 root"};
    private static final String[] HAVE_SEIZED = {"rebel NNS 2 nsubj", "have VBP 2 aux", "seize VBN -1 root",
        "the DT 4 det", "town NN 2 obj"};
    private static final String[] HAVE_NOW_SEIZED = {"rebel NNS 3 nsubj", "have VBP 3 aux", "now RB 3 advmod",
        "seize VBN -1 root", "the DT 5 det", "town NN 3 obj"};
    private static final String[] HAD_FLED = {"refugee NNS 4 nsubj", "who WP 3 nsubj", "have VBD 3 aux",
        "flee VBN 0 acl:relcl", "arrive VBD -1 root"};
    private static final String[] SEIZED = {"rebel NNS 1 nsubj", "seize VBD -1 root", "the DT 3 det",
        "town NN 1 obj"};
    private static final String[] BACK_AFTER = {"he PRP 2 nsubj", "be VBZ 2 cop", "back RB -1 root",
        "after IN 5 case", "the DT 5 det", "coup NN 2 obl"};
    private static final String[] WILL_DEPLOY = {"troop NNS 2 nsubj", "will MD 2 aux", "deploy VB -1 root"};
    private static final String[] WITHDREW = {"troop NNS 1 nsubj", "withdraw VBD -1 root", ". . 1 punct"};

    private static Parse parse(String words, String... parses) {
        return new HandParse().sentence(words, parses).parse(0);
    }

    @Test
    void a_clause_is_told_in_the_present_the_perfect_the_pluperfect_or_another_tense() {
        assertThat(ClauseTense.of(4, parse("The teachers are on strike", ON_STRIKE)))
                .isEqualTo(ClauseTense.Tense.PRESENT);
        assertThat(ClauseTense.of(1, parse("Student protests continue", CONTINUE)))
                .isEqualTo(ClauseTense.Tense.PRESENT);
        assertThat(ClauseTense.of(2, parse("Rebels have seized the town", HAVE_SEIZED)))
                .isEqualTo(ClauseTense.Tense.PERFECT);
        assertThat(ClauseTense.of(3, parse("Refugees who had fled arrived", HAD_FLED)))
                .isEqualTo(ClauseTense.Tense.PLUPERFECT);
        assertThat(ClauseTense.of(1, parse("Rebels seized the town", SEIZED))).isEqualTo(ClauseTense.Tense.PAST);
        assertThat(ClauseTense.of(2, parse("Troops will deploy", WILL_DEPLOY))).isEqualTo(ClauseTense.Tense.MODAL);
        // "after the coup" hangs on a preposition: the present of "is back" is not the coup's time.
        assertThat(ClauseTense.of(5, parse("He is back after the coup", BACK_AFTER)))
                .isEqualTo(ClauseTense.Tense.NONE);
        assertThat(ClauseTense.now(3, parse("Rebels have now seized the town", HAVE_NOW_SEIZED), LEXICON.dates().now()))
                .isTrue();
        assertThat(ClauseTense.now(2, parse("Rebels have seized the town", HAVE_SEIZED), LEXICON.dates().now()))
                .isFalse();
    }

    @Test
    void an_undated_statement_about_the_time_of_writing_is_dated_by_its_tense_a_past_one_is_not() {
        HandParse hand = new HandParse().published(PUBLISHED)
                .sentence("The teachers are on strike", ON_STRIKE)
                .sentence("Rebels have seized the town", HAVE_SEIZED)
                .sentence("Rebels have now seized the town", HAVE_NOW_SEIZED)
                .sentence("Rebels seized the town", SEIZED);
        AnalysedDocument document = hand.build();
        EventDates dates = new EventDates(document, LEXICON.dates());
        // Only once the document is coded: during coding such a statement has no date.
        assertThat(dates.dateFor(0, hand.parse(0), 4).range()).isNull();
        dates.dateFor(1, hand.parse(1), 2);
        dates.dateFor(2, hand.parse(2), 3);
        dates.dateFor(3, hand.parse(3), 1);
        assertThat(dates.undated(undated(document, 0, CrisisClass.PROTEST, "strike")).date())
                .isEqualTo(DateRange.day(PUBLISHED));
        assertThat(dates.undated(undated(document, 1, CrisisClass.SEIZE_TERRITORY, "seized")).date())
                .isEqualTo(new YearMonthRange(PUBLISHED).range());
        assertThat(dates.undated(undated(document, 2, CrisisClass.SEIZE_TERRITORY, "seized")).date())
                .isEqualTo(DateRange.day(PUBLISHED));
        assertThat(dates.undated(undated(document, 3, CrisisClass.SEIZE_TERRITORY, "seized")).date())
                .isNull();

        // A history told in the present long after: the present is the narrative's, not the time of writing.
        EventDates history = new EventDates(document, LEXICON.dates());
        history.remember(3, Timex.toRange("1987").orElseThrow());
        history.dateFor(0, hand.parse(0), 4);
        assertThat(history.undated(undated(document, 0, CrisisClass.PROTEST, "strike")).date()).isNull();
    }

    private static Event undated(AnalysedDocument document, int sentence, CrisisClass crisisClass, String trigger) {
        Sentence line = document.sentences().get(sentence);
        return new Event("evt-" + sentence, crisisClass, LEXICON.coding(crisisClass), List.of(), List.of(), null,
                null, null, null, EventStatus.OCCURRED, 0.5,
                List.of(new EventMention("doc-hand", sentence, line.span(), line.text(), trigger)));
    }

    @Test
    void a_time_after_since_opens_a_span_and_leaves_the_narrative_where_it_was() {
        String[] protested = {"student NNS 1 nsubj", "protest VBD -1 root", ". . 1 punct"};
        HandParse since = new HandParse().published(PUBLISHED)
                .sentence("Rebels have attacked the town since 3 May",
                        "rebel NNS 2 nsubj", "have VBP 2 aux", "attack VBN -1 root", "the DT 4 det", "town NN 2 obj",
                        "since IN 7 case", "3 CD 7 nummod", "May NNP 2 obl")
                .day("3 May", LocalDate.of(2030, 5, 3))
                .sentence("Students protested .", protested);
        HandParse on = new HandParse().published(PUBLISHED)
                .sentence("Rebels attacked the town on 3 May",
                        "rebel NNS 1 nsubj", "attack VBD -1 root", "the DT 3 det", "town NN 1 obj",
                        "on IN 6 case", "3 CD 6 nummod", "May NNP 1 obl")
                .day("3 May", LocalDate.of(2030, 5, 3))
                .sentence("Students protested .", protested);
        assertThat(protestDate(since)).isNull();
        assertThat(protestDate(on)).isEqualTo(DateRange.day(LocalDate.of(2030, 5, 3)));
    }

    private static DateRange protestDate(HandParse hand) {
        AnalysedDocument document = hand.build();
        new EventCoder(LEXICON).apply(document);
        return document.events().stream().filter(e -> e.crisisClass() == CrisisClass.PROTEST).findFirst()
                .orElseThrow().date();
    }

    @Test
    void the_day_of_the_narrative_crosses_a_paragraph_break_once_coded_but_not_a_heading() {
        HandParse carried = new HandParse().published(PUBLISHED)
                .sentence("Rebels seized the town", SEIZED).paragraph()
                .sentence("Troops withdrew .", WITHDREW);
        AnalysedDocument document = carried.build();
        EventDates dates = new EventDates(document, LEXICON.dates());
        DateRange day = DateRange.day(LocalDate.of(2030, 5, 3));
        dates.remember(0, day);
        // While coding the event has no date, so that it joins or parts no mentions; once coded it has the day.
        assertThat(dates.dateFor(1, carried.parse(1), 1).range()).isNull();
        assertThat(dates.undated(undated(document, 1, CrisisClass.RETREAT_TERRITORY, "withdrew")).date())
                .isEqualTo(day);

        // A year the narrative is at stays in its paragraph.
        EventDates yearly = new EventDates(document, LEXICON.dates());
        yearly.remember(0, Timex.toRange("2030").orElseThrow());
        yearly.dateFor(1, carried.parse(1), 1);
        assertThat(yearly.undated(undated(document, 1, CrisisClass.RETREAT_TERRITORY, "withdrew")).date()).isNull();
        // A month the paragraph before was at does not cross the break; its year does, once coded.
        EventDates monthly = new EventDates(document, LEXICON.dates());
        monthly.remember(0, Timex.toRange("2030-03").orElseThrow());
        assertThat(monthly.dateFor(1, carried.parse(1), 1).range()).isNull();
        assertThat(monthly.undated(undated(document, 1, CrisisClass.RETREAT_TERRITORY, "withdrew")).date())
                .isEqualTo(Timex.toRange("2030").orElseThrow());

        HandParse headed = new HandParse().published(PUBLISHED)
                .sentence("Rebels seized the town", SEIZED).paragraph()
                .sentence("More violence", "more JJR 1 amod", "violence NN -1 root").paragraph()
                .sentence("Troops withdrew .", WITHDREW);
        AnalysedDocument sections = headed.build();
        EventDates sectioned = new EventDates(sections, LEXICON.dates());
        sectioned.remember(0, day);
        assertThat(sectioned.sameSection(0, 2)).isFalse();
        sectioned.dateFor(2, headed.parse(2), 1);
        assertThat(sectioned.undated(undated(sections, 2, CrisisClass.RETREAT_TERRITORY, "withdrew")).date()).isNull();
    }

    @Test
    void a_story_of_the_reports_present_goes_on_at_its_day_past_subheads_while_sentences_keep_telling_it() {
        HandParse headed = new HandParse().published(PUBLISHED)
                .sentence("Rebels seized the town", SEIZED).paragraph()
                .sentence("More violence", "more JJR 1 amod", "violence NN -1 root").paragraph()
                .sentence("Troops withdrew .", WITHDREW);
        AnalysedDocument sections = headed.build();
        // The day before publication: a news story's subhead organises that day, it names no other time.
        EventDates news = new EventDates(sections, LEXICON.dates());
        DateRange eve = DateRange.day(PUBLISHED.minusDays(1));
        news.remember(0, eve);
        news.dateFor(2, headed.parse(2), 1);
        assertThat(news.undated(undated(sections, 2, CrisisClass.RETREAT_TERRITORY, "withdrew")).date())
                .isEqualTo(eve);

        // Twelve paragraphs on, each telling in the past: the reach counts from the last sentence told at the day.
        HandParse story = new HandParse().published(PUBLISHED).sentence("Rebels seized the town", SEIZED);
        for (int i = 0; i < 12; i++) {
            story.paragraph().sentence("Troops withdrew .", WITHDREW);
        }
        AnalysedDocument document = story.build();
        EventDates told = new EventDates(document, LEXICON.dates());
        DateRange day = DateRange.day(LocalDate.of(2030, 5, 3));
        told.remember(0, day);
        for (int s = 1; s <= 12; s++) {
            told.dateFor(s, story.parse(s), 1);
        }
        assertThat(told.undated(undated(document, 12, CrisisClass.RETREAT_TERRITORY, "withdrew")).date())
                .isEqualTo(day);
        // With nothing told in between, twelve sentences are past the reach.
        EventDates silent = new EventDates(document, LEXICON.dates());
        silent.remember(0, day);
        silent.dateFor(12, story.parse(12), 1);
        assertThat(silent.undated(undated(document, 12, CrisisClass.RETREAT_TERRITORY, "withdrew")).date()).isNull();
    }

    @Test
    void a_month_without_a_year_that_would_go_back_in_the_narrative_moves_on_to_the_next_year() {
        assertThat(januaryAfterSeptember(LocalDate.of(2013, 9, 22))).isEqualTo(Timex.toRange("2013-01").orElseThrow());
        // Not past publication: then the narrative went back.
        assertThat(januaryAfterSeptember(LocalDate.of(2012, 12, 1))).isEqualTo(Timex.toRange("2012-01").orElseThrow());
    }

    private static DateRange januaryAfterSeptember(LocalDate published) {
        HandParse hand = new HandParse().published(published)
                .sentence("In September 2012 members elected a president", "in IN 1 case", "September NNP 4 obl",
                        "2012 CD 1 nummod", "member NNS 4 nsubj", "elect VBD -1 root", "a DT 6 det",
                        "president NN 4 obj")
                .sentence("In January troops attacked", "in IN 1 case", "January NNP 3 obl", "troop NNS 3 nsubj",
                        "attack VBD -1 root");
        AnalysedDocument document = hand.build();
        String text = document.text();
        int september = text.indexOf("September 2012");
        int january = text.indexOf("January");
        String value = published.getYear() + "-01";
        document.addTimes(List.of(
                new TimeMention(0, new Span(september, september + 14), "September 2012", "2012-09",
                        Timex.toRange("2012-09").orElseThrow()),
                new TimeMention(1, new Span(january, january + 7), "January", value,
                        Timex.toRange(value).orElseThrow())));
        return NarrativeYears.resolve(document, LEXICON.dates()).get(1).range();
    }

    /** The month of a day, as a date range of month precision. */
    private record YearMonthRange(LocalDate day) {
        DateRange range() {
            java.time.YearMonth month = java.time.YearMonth.from(day);
            return new DateRange(month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH);
        }
    }
}
