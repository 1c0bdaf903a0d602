package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.event.EventMention;
import org.sitrep.model.event.EventStatus;
import org.sitrep.model.figure.Figure;
import org.sitrep.model.figure.FigureKind;
import org.sitrep.model.figure.Qualifier;
import org.sitrep.model.place.Location;
import org.sitrep.model.time.DatePrecision;
import org.sitrep.model.time.DateRange;
import org.sitrep.pipeline.AnalysedDocument;

/** Which earlier event a mention joins (EventCoreference), on events built by hand. */
class CoreferenceUnitsTest {
    private static final EventLexicon LEXICON = EventLexicon.bundled();
    private static final DateRange DAY = DateRange.day(LocalDate.of(2030, 3, 4));
    private static final DateRange WEEK = new DateRange(LocalDate.of(2030, 3, 2), LocalDate.of(2030, 3, 8),
            DatePrecision.WEEK);

    @Test
    void a_count_of_people_does_not_tell_whom_a_killing_befell() {
        HandParse hand = new HandParse().sentence("Militiamen killed villagers at Orlo", "x NNS 1 nsubj",
                "kill VBD -1 root", "x NNS 1 obj", "at IN 4 case", "Orlo NNP 1 obl")
                .sentence("Militiamen killed three people at Orlo", "x NNS 1 nsubj", "kill VBD -1 root",
                        "three CD 3 nummod", "x NNS 1 obj", "at IN 5 case", "Orlo NNP 1 obl");
        AnalysedDocument document = hand.build();
        Span villagers = spanOf(document, "villagers");
        Span threePeople = spanOf(document, "three people");
        document.addFigures(List.of(new Figure(1, threePeople, "three people", 3, Qualifier.EXACT, "people",
                FigureKind.DEAD)));
        EventCoreference coreference = new EventCoreference(new CodingContext(document, LEXICON));

        Event first = kill("militia", villagers, "villagers", 0);
        Event counted = kill("militia", threePeople, "three people", 1);
        Event soldiers = kill("militia", threePeople, "three herders", 1);

        assertThat(coreference.apart(first, counted, true)).isFalse();
        assertThat(coreference.apart(first, soldiers, true)).isTrue();
    }

    @Test
    void a_mention_that_names_neither_doer_nor_town_goes_on_with_the_event_told_last() {
        // Founded in this order: the army's killing at Orlo, then the police's at Pella; the text then tells
        // Orlo's again and goes on with a mention that says nothing of its own.
        HandParse hand = new HandParse().sentence("x", "x NN -1 root");
        EventCoreference coreference = new EventCoreference(new CodingContext(hand.build(), LEXICON));
        Location orlo = town("Orlo", 11L);
        Location pella = town("Pella", 12L);
        Event army = event("army", orlo, 0, 3);
        Event police = event("police", pella, 1);
        Event bare = new Event("evt-bare", CrisisClass.KILL, null, List.of(), List.of(), DAY, null, null, null,
                EventStatus.OCCURRED, 0.5, List.of(mention(4, "They opened fire, killing two")));

        assertThat(coreference.coreferent(List.of(army, police), bare, true)).isEqualTo(0);
    }

    @Test
    void a_doer_written_with_a_capital_at_the_start_of_a_sentence_is_the_same_doer() {
        // "Militiamen killed two at Orlo. Police killed a trader at Pella. The militiamen killed them at Orlo."
        HandParse hand = new HandParse().sentence("x", "x NN -1 root");
        EventCoreference coreference = new EventCoreference(new CodingContext(hand.build(), LEXICON));
        Event militia = described("Militiamen", town("Orlo", 11L), 0);
        Event police = described("Police", town("Pella", 12L), 1);
        Event again = new Event("evt-again", CrisisClass.KILL, null,
                List.of(new EventActor(null, "militiamen", new Span(0, 10))), List.of(), null, null, null, null,
                EventStatus.OCCURRED, 0.5, List.of(mention(2, "The militiamen killed them")));

        assertThat(coreference.coreferent(List.of(militia, police), again, true)).isEqualTo(0);
    }

    @Test
    void a_doerless_event_told_long_before_lends_no_doer_to_one_with_its_own() {
        // "A village was shelled." ... many sentences on: "Air force jets bombed the hills."
        HandParse hand = new HandParse().sentence("x", "x NN -1 root");
        EventCoreference coreference = new EventCoreference(new CodingContext(hand.build(), LEXICON));
        Event shelled = new Event("evt-shelled", CrisisClass.KILL, null, List.of(), List.of(), WEEK, null, null, null,
                EventStatus.OCCURRED, 0.5, List.of(mention(2, "A village was shelled")));
        int focus = LEXICON.limits().localFocus();
        Event near = jets(2 + focus, WEEK);
        Event far = jets(3 + focus, WEEK);

        assertThat(coreference.coreferent(List.of(shelled), near, true)).isEqualTo(0);
        assertThat(coreference.coreferent(List.of(shelled), far, true)).isEqualTo(-1);
    }

    @Test
    void a_doerless_event_of_one_day_told_again_far_on_with_its_doer_is_the_same() {
        // "After the coup of 4 March, ..." ... many sentences on: "the president was ousted on 4 March by officers".
        HandParse hand = new HandParse().sentence("x", "x NN -1 root");
        EventCoreference coreference = new EventCoreference(new CodingContext(hand.build(), LEXICON));
        Event first = new Event("evt-first", CrisisClass.KILL, null, List.of(), List.of(), DAY, null, null, null,
                EventStatus.OCCURRED, 0.5, List.of(mention(2, "After the raid of 4 March")));
        Event far = jets(8 + LEXICON.limits().localFocus(), DAY);

        assertThat(coreference.coreferent(List.of(first), far, true)).isEqualTo(0);
    }

    @Test
    void a_group_s_deed_told_far_on_with_only_its_doer_in_common_is_another_deed() {
        // "The militia bombed a market in Orlo in March." ... many sentences on: "the militia, which had attacked
        // border guards" (undated): another of its attacks. Near, or dated alike, or at the same town, it is the same.
        HandParse hand = new HandParse().sentence("x", "x NN -1 root");
        EventCoreference coreference = new EventCoreference(new CodingContext(hand.build(), LEXICON));
        Location orlo = town("Orlo", 11L);
        Event market = militia(0, WEEK, orlo, "The militia bombed a market in Orlo");
        int focus = LEXICON.limits().localFocus();
        Event far = militia(focus + 1, null, null, "The militia had attacked border guards");
        Event near = militia(focus, null, null, "The militia had attacked border guards");
        Event farDated = militia(focus + 1, DAY, null, "The militia attacked the market on 4 March");
        Event farSameTown = militia(focus + 1, null, orlo, "The militia attacked the market in Orlo");
        Event farNoOne = new Event("evt-sight", CrisisClass.ATTACK, null,
                List.of(new EventActor("militia", "militia", new Span(0, 11))), List.of(), null, null, null, null,
                EventStatus.OCCURRED, 0.5, List.of(mention(focus + 1, "Residents saw the militia attacking")));

        assertThat(coreference.coreferent(List.of(market), far, true)).isEqualTo(-1);
        assertThat(coreference.coreferent(List.of(market), near, true)).isEqualTo(0);
        assertThat(coreference.coreferent(List.of(market), farDated, true)).isEqualTo(0);
        assertThat(coreference.coreferent(List.of(market), farSameTown, true)).isEqualTo(0);
        assertThat(coreference.coreferent(List.of(market), farNoOne, true)).isEqualTo(0);
    }

    @Test
    void a_dated_telling_far_on_joins_the_deed_dated_alike_not_an_undated_one_of_the_same_doer() {
        // "The militia bombed a market in March." ... "the militia, which had attacked border guards," (undated) ...
        // many sentences on: "the militia claimed the March bombing": the market, not the guards.
        HandParse hand = new HandParse().sentence("x", "x NN -1 root");
        EventCoreference coreference = new EventCoreference(new CodingContext(hand.build(), LEXICON));
        int focus = LEXICON.limits().localFocus();
        Event market = militia(0, WEEK, null, "The militia bombed a market");
        Event guards = militia(focus + 1, null, null, "The militia had attacked border guards");
        Event claim = new Event("evt-claim", CrisisClass.ATTACK, null,
                List.of(new EventActor("militia", "militia", new Span(0, 11))), List.of(), DAY, null, null, null,
                EventStatus.OCCURRED, 0.5, List.of(mention(3 * focus + 3, "The militia claimed the March bombing")));

        assertThat(coreference.coreferent(List.of(market, guards), claim, true)).isEqualTo(0);
    }

    @Test
    void a_coup_told_far_on_by_its_doer_is_still_the_same_coup() {
        // A junta overthrows a government once: "the junta, which had seized power," joins its coup however far on.
        HandParse hand = new HandParse().sentence("x", "x NN -1 root");
        EventCoreference coreference = new EventCoreference(new CodingContext(hand.build(), LEXICON));
        Event coup = new Event("evt-coup", CrisisClass.COUP, null, List.of(new EventActor("junta", "junta",
                new Span(0, 5))), List.of(), WEEK, null, null, null, EventStatus.OCCURRED, 0.5,
                List.of(mention(0, "The junta overthrew the president")));
        Event again = new Event("evt-again", CrisisClass.COUP, null, List.of(new EventActor("junta", "junta",
                new Span(0, 5))), List.of(), null, null, null, null, EventStatus.OCCURRED, 0.5,
                List.of(mention(10 + LEXICON.limits().localFocus(), "The junta, which had seized power")));

        assertThat(coreference.coreferent(List.of(coup), again, true)).isEqualTo(0);
    }

    /** An attack by the militia; one told after the first names whom it befell (border guards). */
    private static Event militia(int sentence, DateRange date, Location place, String text) {
        List<EventActor> befell = sentence == 0 ? List.of() : List.of(new EventActor(null, "border guards",
                new Span(0, 13)));
        return new Event("evt-militia" + sentence + text.length(), CrisisClass.ATTACK, null,
                List.of(new EventActor("militia", "militia", new Span(0, 11))), befell, date, null, place, null,
                EventStatus.OCCURRED, 0.5, List.of(mention(sentence, text)));
    }

    @Test
    void places_a_mention_names_in_two_countries_make_two_events() {
        // "The bombing in Orlo" (one country) and "they attacked troops in the south of Pellaland" (another); a place
        // only inherited from the sentences before is no such conflict.
        Location orlo = new Location("Orlo", "Orlo", 11L, 1.0, 1.0, null, "XXX", "PPL", Location.TOWN, null);
        Location south = new Location("the south of Pellaland", "Pellaland", 12L, 1.0, 1.0, null, "YYY", "PCLI", 1,
                "south");
        Location sameCountry = new Location("the south of Orloland", "Orloland", 13L, 1.0, 1.0, null, "XXX", "PCLI",
                1, "south");
        Event bombing = placed(orlo, 0, "The bombing in Orlo killed ten");
        Event abroad = placed(south, 5, "They attacked troops in the south of Pellaland");
        Event home = placed(sameCountry, 5, "They attacked troops in the south of Orloland");
        Event inherited = placed(south, 5, "They attacked troops");

        assertThat(EventCoreference.conflict(bombing, abroad)).isTrue();
        assertThat(EventCoreference.conflict(bombing, home)).isFalse();
        assertThat(EventCoreference.conflict(bombing, inherited)).isFalse();
    }

    private static Event placed(Location place, int sentence, String text) {
        return new Event("evt-" + sentence + text.length(), CrisisClass.KILL, null, List.of(), List.of(), null, null,
                place, null, EventStatus.OCCURRED, 0.5, List.of(mention(sentence, text)));
    }

    private static Event jets(int sentence, DateRange date) {
        return new Event("evt-jets" + sentence, CrisisClass.KILL, null,
                List.of(new EventActor(null, "air force jets", new Span(0, 14))), List.of(), date, null, null, null,
                EventStatus.OCCURRED, 0.5, List.of(mention(sentence, "Air force jets bombed the hills")));
    }

    private static Event described(String doer, Location place, int sentence) {
        return new Event("evt-" + doer, CrisisClass.KILL, null, List.of(new EventActor(null, doer, new Span(0, 5))),
                List.of(), DAY, null, place, null, EventStatus.OCCURRED, 0.5,
                List.of(mention(sentence, doer + " killed two at " + place.text())));
    }

    private static Event kill(String doer, Span targetSpan, String target, int sentence) {
        return new Event("evt-" + target, CrisisClass.KILL, null, List.of(new EventActor(doer, doer, new Span(0, 5))),
                List.of(new EventActor(null, target, targetSpan)), DAY, null, null, null, EventStatus.OCCURRED, 0.5,
                List.of(mention(sentence, "killed")));
    }

    private static Event event(String doer, Location place, int... sentences) {
        List<EventMention> mentions = java.util.Arrays.stream(sentences)
                .mapToObj(s -> mention(s, "The " + doer + " killed two at " + place.text())).toList();
        return new Event("evt-" + doer, CrisisClass.KILL, null, List.of(new EventActor(doer, doer, new Span(0, 5))),
                List.of(), DAY, null, place, null, EventStatus.OCCURRED, 0.5, mentions);
    }

    private static EventMention mention(int sentence, String text) {
        return new EventMention("doc-hand", sentence, new Span(0, text.length()), text, "killed");
    }

    private static Location town(String name, long id) {
        return new Location(name, name, id, 1.0, 1.0, null, "XXX", "PPL", Location.TOWN, null);
    }

    private static Span spanOf(AnalysedDocument document, String surface) {
        int at = document.document().text().indexOf(surface);
        return new Span(at, at + surface.length());
    }
}
