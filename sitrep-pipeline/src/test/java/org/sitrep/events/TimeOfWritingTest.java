package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Sentence;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventMention;
import org.sitrep.model.event.EventStatus;
import org.sitrep.model.time.DatePrecision;
import org.sitrep.model.time.DateRange;
import org.sitrep.pipeline.AnalysedDocument;

/**
 * Statements about the time of writing on sentences parsed by hand: a noun object of a light verb, a perfect
 * infinitive under a verb of hearsay, and times that say nothing of the statement's own time.
 */
class TimeOfWritingTest {
    private static final EventLexicon LEXICON = EventLexicon.bundled();
    private static final DateWords WORDS = LEXICON.dates();
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 6, 10);
    private static final DateRange MONTH = new DateRange(YearMonth.from(PUBLISHED).atDay(1),
            YearMonth.from(PUBLISHED).atEndOfMonth(), DatePrecision.MONTH);

    private static final String[] STEPPED_UP = {"the DT 1 det", "militia NN 3 nsubj", "have VBZ 3 aux",
        "step VBN -1 root", "up RP 3 compound:prt", "abduction NNS 3 obj"};
    private static final String[] CONDEMNS = {"the DT 1 det", "council NN 2 nsubj", "condemn VBZ -1 root",
        "the DT 4 det", "raid NN 2 obj"};
    private static final String[] REPORTED = {"the DT 1 det", "council NN 3 nsubj:pass", "be VBZ 3 aux:pass",
        "report VBN -1 root", "to TO 6 mark", "have VB 6 aux", "cut VBN 3 xcomp", "a DT 8 det", "deal NN 6 obj"};
    private static final String[] EXPECTED = {"the DT 1 det", "council NN 3 nsubj:pass", "be VBZ 3 aux:pass",
        "expect VBN -1 root", "to TO 6 mark", "have VB 6 aux", "cut VBN 3 xcomp", "a DT 8 det", "deal NN 6 obj"};
    private static final String[] HELD_WEEKLY = {"rally NNS 2 nsubj:pass", "be VBP 2 aux:pass", "hold VBN -1 root",
        "weekly RB 2 advmod"};
    private static final String[] SEIZED_AS = {"rebel NNS 2 nsubj", "have VBP 2 aux", "seize VBN -1 root",
        "the DT 4 det", "town NN 2 obj", ", , 2 punct", "as IN 9 mark", "they PRP 9 nsubj", "have VBP 9 aux",
        "gain VBN 2 advcl", "ground NN 9 obj", "in IN 13 case", "recent JJ 13 amod", "month NNS 9 obl"};
    private static final String[] SEIZED_IN = {"rebel NNS 2 nsubj", "have VBP 2 aux", "seize VBN -1 root",
        "the DT 4 det", "town NN 2 obj", "in IN 7 case", "recent JJ 7 amod", "month NNS 2 obl"};

    private static final String[] FAILING_URGING = {"critic NNS 1 nsubj", "say VBD -1 root", "the DT 3 det",
        "council NN 5 nsubj", "be VBZ 5 aux", "fail VBG 1 ccomp", ", , 5 punct", "urge VBG 5 advcl",
        "new JJ 9 amod", "talk NNS 7 obj"};
    private static final String[] MARCHED_URGING = {"crowd NNS 1 nsubj", "march VBD -1 root", ", , 1 punct",
        "urge VBG 1 dep", "talk NNS 3 obj"};
    private static final String[] LETTER_URGING = {"a DT 1 det", "letter NN -1 root", "urge VBG 1 acl",
        "talk NNS 2 obj"};
    private static final String[] AFTER_URGING = {"after IN 1 mark", "urge VBG 4 advcl", "talk NNS 1 obj",
        "critic NNS 4 nsubj", "leave VBD -1 root"};

    private static Parse parse(String words, String... parses) {
        return new HandParse().sentence(words, parses).parse(0);
    }

    @Test
    void a_participle_beside_its_clause_is_told_at_that_clauses_time_unless_a_word_places_it() {
        Parse failing = parse("Critics said the council is failing , urging new talks", FAILING_URGING);
        assertThat(ClauseTense.of(7, failing, WORDS.lightVerbs(), WORDS.hearsayVerbs()))
                .isEqualTo(ClauseTense.Tense.PRESENT);
        Parse marched = parse("Crowds marched , urging talks", MARCHED_URGING);
        assertThat(ClauseTense.of(3, marched, WORDS.lightVerbs(), WORDS.hearsayVerbs()))
                .isEqualTo(ClauseTense.Tense.PAST);
        // A participle of a noun, or one "after" places, keeps no clause's time.
        Parse letter = parse("a letter urging talks", LETTER_URGING);
        assertThat(ClauseTense.of(2, letter, WORDS.lightVerbs(), WORDS.hearsayVerbs()))
                .isEqualTo(ClauseTense.Tense.NONFINITE);
        Parse after = parse("after urging talks critics left", AFTER_URGING);
        assertThat(ClauseTense.of(1, after, WORDS.lightVerbs(), WORDS.hearsayVerbs()))
                .isEqualTo(ClauseTense.Tense.NONFINITE);

        // Once coded, the demand beside a statement in the present is the time of writing's.
        HandParse hand = new HandParse().published(PUBLISHED)
                .sentence("Critics said the council is failing , urging new talks", FAILING_URGING);
        AnalysedDocument document = hand.build();
        EventDates dates = new EventDates(document, WORDS);
        dates.dateFor(0, hand.parse(0), 7);
        Sentence line = document.sentences().get(0);
        Event demand = new Event("evt-0", CrisisClass.DEMAND, LEXICON.coding(CrisisClass.DEMAND), List.of(),
                List.of(), null, null, null, null, EventStatus.DEMANDED, 0.5,
                List.of(new EventMention("doc-hand", 0, line.span(), line.text(), "urging")));
        assertThat(dates.undated(demand).date()).isEqualTo(DateRange.day(PUBLISHED));
    }

    @Test
    void a_noun_object_of_a_light_verb_takes_its_tense_an_object_of_another_verb_does_not() {
        Parse stepped = parse("The militia has stepped up abductions", STEPPED_UP);
        assertThat(ClauseTense.of(5, stepped, WORDS.lightVerbs(), WORDS.hearsayVerbs()))
                .isEqualTo(ClauseTense.Tense.PERFECT);
        // "condemns the raid" tells of the condemnation now, not of the raid.
        Parse condemns = parse("The council condemns the raid", CONDEMNS);
        assertThat(ClauseTense.of(4, condemns, WORDS.lightVerbs(), WORDS.hearsayVerbs()))
                .isEqualTo(ClauseTense.Tense.NONE);

        HandParse hand = new HandParse().published(PUBLISHED)
                .sentence("The militia has stepped up abductions", STEPPED_UP);
        assertThat(onceCoded(hand, 0, 5, CrisisClass.KIDNAP, "abductions")).isEqualTo(MONTH);
    }

    @Test
    void a_perfect_infinitive_under_a_present_verb_of_hearsay_is_the_present_perfect() {
        assertThat(ClauseTense.of(6, parse("The council is reported to have cut a deal", REPORTED),
                WORDS.lightVerbs(), WORDS.hearsayVerbs())).isEqualTo(ClauseTense.Tense.PERFECT);
        // What is expected is not told as done.
        assertThat(ClauseTense.of(6, parse("The council is expected to have cut a deal", EXPECTED),
                WORDS.lightVerbs(), WORDS.hearsayVerbs())).isEqualTo(ClauseTense.Tense.MODAL);
    }

    @Test
    void a_time_of_how_often_or_of_another_clause_leaves_the_statement_at_the_time_of_writing() {
        HandParse weekly = new HandParse().published(PUBLISHED)
                .sentence("Rallies are held weekly", HELD_WEEKLY);
        weekly.unresolved("weekly", "P1W");
        assertThat(onceCoded(weekly, 0, 0, CrisisClass.PROTEST, "Rallies")).isEqualTo(DateRange.day(PUBLISHED));

        HandParse elsewhere = new HandParse().published(PUBLISHED)
                .sentence("Rebels have seized the town , as they have gained ground in recent months", SEIZED_AS);
        elsewhere.unresolved("recent months", "PXM");
        assertThat(onceCoded(elsewhere, 0, 2, CrisisClass.SEIZE_TERRITORY, "seized")).isEqualTo(MONTH);

        // "in recent months" on the statement's own clause is a stretch of time, not the time of writing.
        HandParse own = new HandParse().published(PUBLISHED)
                .sentence("Rebels have seized the town in recent months", SEIZED_IN);
        own.unresolved("recent months", "PXM");
        assertThat(onceCoded(own, 0, 2, CrisisClass.SEIZE_TERRITORY, "seized")).isNull();
    }

    @Test
    void the_fall_of_a_town_is_no_autumn_the_fall_of_a_year_is() {
        DateRange day = DateRange.day(LocalDate.of(2031, 5, 2));
        DateRange autumn = new DateRange(LocalDate.of(2031, 9, 1), LocalDate.of(2031, 11, 30), DatePrecision.SEASON);
        assertThat(heldOutSince("Loyalists held out since the fall of Varno", "fall", autumn, day)).isEqualTo(day);
        assertThat(heldOutSince("Loyalists held out since the fall of 2031", "the fall of 2031", autumn, day))
                .isEqualTo(autumn);
    }

    /** The date of "held out" in a sentence after one the narrative dated {@code day}, with the time given. */
    private static DateRange heldOutSince(String words, String time, DateRange range, DateRange day) {
        HandParse hand = new HandParse().published(PUBLISHED)
                .sentence("Rebels seized the town", "rebel NNS 1 nsubj", "seize VBD -1 root", "the DT 3 det",
                        "town NN 1 obj")
                .sentence(words, "loyalist NNS 1 nsubj", "hold VBD -1 root", "out RP 1 compound:prt",
                        "since IN 5 case", "the DT 5 det", "fall NN 1 obl", "of IN 7 case", "Varno NNP 5 nmod");
        AnalysedDocument document = hand.build();
        int at = document.text().indexOf(time, document.sentences().get(1).span().start());
        document.addTimes(List.of(new org.sitrep.model.time.TimeMention(1,
                new org.sitrep.model.Span(at, at + time.length()), time, "2031-FA", range)));
        EventDates dates = new EventDates(document, WORDS);
        dates.remember(0, day);
        return dates.dateFor(1, hand.parse(1), 1).range();
    }

    @Test
    void a_count_is_told_by_the_verb_its_noun_hangs_on_and_a_narrative_years_ago_is_told_from_now() {
        String[] displaced = {"the DT 1 det", "conflict NN 3 nsubj", "have VBZ 3 aux", "displace VBN -1 root",
            "2.1 CD 5 compound", "million CD 6 nummod", "people NNS 3 obj"};
        HandParse hand = new HandParse().published(PUBLISHED)
                .sentence("Gunmen kidnapped pupils two years ago", "gunman NNS 1 nsubj", "kidnap VBD -1 root",
                        "pupil NNS 1 obj", "two CD 4 nummod", "year NNS 5 obl:npmod", "ago RB 1 advmod")
                .paragraph()
                .sentence("The conflict has displaced 2.1 million people", displaced);
        assertThat(FigureEvents.countingVerb(4, new org.sitrep.model.Span(0, 0), hand.parse(1))).isEqualTo(3);
        AnalysedDocument document = hand.build();
        int at = document.text().indexOf("two years ago");
        document.addTimes(List.of(new org.sitrep.model.time.TimeMention(0,
                new org.sitrep.model.Span(at, at + 13), "two years ago", "2029-06-10",
                DateRange.day(LocalDate.of(2029, 6, 10)))));
        EventDates dates = new EventDates(document, WORDS);
        dates.remember(0, DateRange.day(LocalDate.of(2029, 6, 10)));
        assertThat(dates.dateFor(1, hand.parse(1), 3, 4).range()).isNull();
        Sentence line = document.sentences().get(1);
        Event event = new Event("evt-1", CrisisClass.DISPLACEMENT, LEXICON.coding(CrisisClass.DISPLACEMENT),
                List.of(), List.of(), null, null, null, null, EventStatus.OCCURRED, 0.5,
                List.of(new EventMention("doc-hand", 1, line.span(), line.text(), "2.1 million people")));
        assertThat(dates.undated(event).date()).isEqualTo(MONTH);
    }

    @Test
    void a_time_counted_back_by_years_or_weeks_is_that_year_or_week_not_a_day() {
        assertThat(agoDate("two years ago", LocalDate.of(2029, 6, 10)))
                .isEqualTo(new DateRange(LocalDate.of(2029, 1, 1), LocalDate.of(2029, 12, 31), DatePrecision.YEAR));
        assertThat(agoDate("a few weeks ago", LocalDate.of(2031, 5, 20)).precision()).isEqualTo(DatePrecision.WEEK);
        assertThat(agoDate("three days ago", LocalDate.of(2031, 6, 7))).isEqualTo(DateRange.day(LocalDate.of(2031, 6, 7)));
    }

    /** The date of "seized" in "Rebels seized the town AGO", SUTime having counted back to {@code day}. */
    private static DateRange agoDate(String ago, LocalDate day) {
        String words = "Rebels seized the town " + ago;
        String[] parses = new String[4 + ago.split(" ").length];
        System.arraycopy(new String[] {"rebel NNS 1 nsubj", "seize VBD -1 root", "the DT 3 det", "town NN 1 obj"}, 0,
                parses, 0, 4);
        for (int i = 4; i < parses.length; i++) {
            parses[i] = i == parses.length - 1 ? "ago RB 1 advmod" : "x NN " + (parses.length - 1) + " obl:npmod";
        }
        HandParse hand = new HandParse().published(PUBLISHED).sentence(words, parses).day(ago, day);
        return new EventDates(hand.build(), WORDS).dateFor(0, hand.parse(0), 1).range();
    }

    @Test
    void a_date_on_the_first_of_two_joined_clauses_dates_a_noun_of_the_second() {
        HandParse hand = new HandParse().published(LocalDate.of(2031, 12, 1))
                .sentence("When in October rebels mutinied and fighting erupted , the town fell", "when WRB 4 advmod",
                        "in IN 2 case", "October NNP 4 obl", "rebel NNS 4 nsubj", "mutiny VBD 11 advcl", "and CC 7 cc",
                        "fighting NN 7 nsubj", "erupt VBD 4 conj", ", , 11 punct", "the DT 10 det",
                        "town NN 11 nsubj", "fall VBD -1 root");
        AnalysedDocument document = hand.build();
        int at = document.text().indexOf("October");
        DateRange october = new DateRange(LocalDate.of(2031, 10, 1), LocalDate.of(2031, 10, 31), DatePrecision.MONTH);
        document.addTimes(List.of(new org.sitrep.model.time.TimeMention(0,
                new org.sitrep.model.Span(at, at + 7), "October", "2031-10", october)));
        assertThat(new EventDates(document, WORDS).dateFor(0, hand.parse(0), 6).range()).isEqualTo(october);
    }

    @Test
    void a_count_in_a_clause_of_being_is_told_by_that_clause() {
        String words = "The town is now home to tens of thousands of refugees";
        Parse home = parse(words, "the DT 1 det", "town NN 4 nsubj", "be VBZ 4 cop", "now RB 4 advmod",
                "home RB -1 root", "to IN 8 case", "tens NNS 8 dep", "of IN 8 advmod", "thousands NNS 4 obl",
                "of IN 10 case", "refugee NNS 8 nmod");
        int start = words.indexOf("tens");
        assertThat(FigureEvents.countingVerb(6, new org.sitrep.model.Span(start, words.length()), home))
                .isEqualTo(4);
        assertThat(ClauseTense.of(4, home)).isEqualTo(ClauseTense.Tense.PRESENT);
    }

    private static DateRange onceCoded(HandParse hand, int sentence, int trigger, CrisisClass crisisClass,
                                       String word) {
        AnalysedDocument document = hand.build();
        EventDates dates = new EventDates(document, WORDS);
        assertThat(dates.dateFor(sentence, hand.parse(sentence), trigger).range()).isNull();
        Sentence line = document.sentences().get(sentence);
        Event event = new Event("evt-" + sentence, crisisClass, LEXICON.coding(crisisClass), List.of(), List.of(),
                null, null, null, null, EventStatus.OCCURRED, 0.5,
                List.of(new EventMention("doc-hand", sentence, line.span(), line.text(), word)));
        return dates.undated(event).date();
    }
}
