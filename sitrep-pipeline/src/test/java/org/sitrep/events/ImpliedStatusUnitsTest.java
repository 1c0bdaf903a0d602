package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.event.EventStatus;
import org.sitrep.pipeline.AnalysedDocument;

/** What a verb above a trigger implies of its deed, and editorial notes, on hand-built parses. */
class ImpliedStatusUnitsTest {
    private static final EventLexicon LEXICON = EventLexicon.bundled();
    private final StatusReader status = new StatusReader(LEXICON);

    private static Parse infinitive(String verb, String lemma, String deed, String deedLemma) {
        return new HandParse().sentence("The envoy " + verb + " to " + deed, "the DT 1 det", "envoy NN 2 nsubj",
                lemma + " VBD -1 root", "to TO 4 mark", deedLemma + " VB 2 xcomp").parse(0);
    }

    @Test
    void an_implicative_verb_passes_on_whether_it_happened() {
        assertThat(status.of(CrisisClass.FLEE, 4, infinitive("managed", "manage", "flee", "flee")))
                .isEqualTo(EventStatus.OCCURRED);
        assertThat(status.of(CrisisClass.RESIGN, 4, infinitive("failed", "fail", "resign", "resign")))
                .isEqualTo(EventStatus.NEGATED);
        Parse never = new HandParse().sentence("The envoy never managed to flee", "the DT 1 det", "envoy NN 3 nsubj",
                "never RB 3 advmod", "manage VBD -1 root", "to TO 5 mark", "flee VB 3 xcomp").parse(0);
        assertThat(status.of(CrisisClass.FLEE, 5, never)).isEqualTo(EventStatus.NEGATED);
    }

    @Test
    void trying_is_not_doing_unless_the_deed_is_the_trying() {
        assertThat(status.of(CrisisClass.FLEE, 4, infinitive("tried", "try", "escape", "escape")))
                .isEqualTo(EventStatus.HYPOTHETICAL);
        assertThat(status.of(CrisisClass.MEDIATE, 4, infinitive("tried", "try", "mediate", "mediate")))
                .isEqualTo(EventStatus.OCCURRED);
        // "was tried for the killings": a court's trial, no infinitive; the killings happened.
        Parse court = new HandParse().sentence("He was tried for the killings", "he PRP 2 nsubj:pass",
                "be VBD 2 aux:pass", "try VBN -1 root", "for IN 5 case", "the DT 5 det", "killing NNS 2 obl").parse(0);
        assertThat(status.of(CrisisClass.KILL, 5, court)).isEqualTo(EventStatus.OCCURRED);
    }

    @Test
    void having_no_choice_but_to_act_is_acting() {
        Parse choice = new HandParse().sentence("He said he had no choice but to resign", "he PRP 1 nsubj",
                "say VBD -1 root", "he PRP 3 nsubj", "have VBD 1 ccomp", "no DT 5 det", "choice NN 3 obj",
                "but IN 8 mark", "to TO 8 mark", "resign VB 3 advcl").parse(0);
        assertThat(status.of(CrisisClass.RESIGN, 8, choice)).isEqualTo(EventStatus.OCCURRED);
        Parse purpose = new HandParse().sentence("He left office to resign", "he PRP 1 nsubj", "leave VBD -1 root",
                "office NN 1 obj", "to TO 4 mark", "resign VB 1 advcl").parse(0);
        assertThat(status.of(CrisisClass.RESIGN, 4, purpose)).isEqualTo(EventStatus.HYPOTHETICAL);
    }

    @Test
    void who_had_no_choice_but_to_act_acted() {
        HandParse hand = new HandParse().sentence("The premier had no choice but to resign", "the DT 1 det",
                "premier NN 2 nsubj", "have VBD -1 root", "no DT 4 det", "choice NN 2 obj", "but IN 7 mark",
                "to TO 7 mark", "resign VB 2 xcomp");
        assertThat(HandRoles.of(hand, CrisisClass.RESIGN, 0).sources()).extracting(EventActor::entityText)
                .containsExactly("premier");
        HandParse onNoun = new HandParse().sentence("The premier had no choice but to resign", "the DT 1 det",
                "premier NN 2 nsubj", "have VBD -1 root", "no DT 4 det", "choice NN 2 obj", "but IN 7 mark",
                "to TO 7 mark", "resign VB 4 acl");
        assertThat(HandRoles.of(onNoun, CrisisClass.RESIGN, 0).sources()).extracting(EventActor::entityText)
                .containsExactly("premier");
    }

    @Test
    void a_measure_announced_in_the_future_of_the_past_was_taken_but_a_promise_stays_one() {
        Parse closed = new HandParse().sentence("The junta announced that the borders would now be closed",
                "the DT 1 det", "junta NN 2 nsubj", "announce VBD -1 root", "that IN 9 mark", "the DT 5 det",
                "border NNS 9 nsubj:pass", "would MD 9 aux", "now RB 9 advmod", "be VB 9 aux:pass",
                "close VBN 2 ccomp").parse(0);
        assertThat(status.of(CrisisClass.BORDER_CLOSE, 9, closed)).isEqualTo(EventStatus.OCCURRED);
        Parse monday = new HandParse().sentence("The junta said that on Monday the borders would be closed",
                "the DT 1 det", "junta NN 2 nsubj", "say VBD -1 root", "that IN 10 mark", "on IN 5 case",
                "Monday NNP 10 obl DATE", "the DT 7 det", "border NNS 10 nsubj:pass", "would MD 10 aux",
                "be VB 10 aux:pass", "close VBN 2 ccomp").parse(0);
        assertThat(status.of(CrisisClass.BORDER_CLOSE, 10, monday)).isEqualTo(EventStatus.OCCURRED);
        // No time of its own: an announced plan.
        Parse plan = new HandParse().sentence("The junta announced that it would dissolve parliament",
                "the DT 1 det", "junta NN 2 nsubj", "announce VBD -1 root", "that IN 6 mark", "it PRP 6 nsubj",
                "would MD 6 aux", "dissolve VB 2 ccomp", "parliament NN 6 obj").parse(0);
        assertThat(status.of(CrisisClass.DISSOLVE, 6, plan)).isEqualTo(EventStatus.HYPOTHETICAL);
        Parse vote = new HandParse().sentence("The junta said it would hold elections", "the DT 1 det",
                "junta NN 2 nsubj", "say VBD -1 root", "it PRP 5 nsubj", "would MD 5 aux", "hold VB 2 ccomp",
                "election NNS 5 obj").parse(0);
        assertThat(status.of(CrisisClass.ELECTION, 6, vote)).isEqualTo(EventStatus.HYPOTHETICAL);
        Parse unsure = new HandParse().sentence("Diplomats think the borders would be closed", "diplomat NNS 1 nsubj",
                "think VBP -1 root", "the DT 3 det", "border NNS 6 nsubj:pass", "would MD 6 aux",
                "be VB 6 aux:pass", "close VBN 1 ccomp").parse(0);
        assertThat(status.of(CrisisClass.BORDER_CLOSE, 6, unsure)).isEqualTo(EventStatus.HYPOTHETICAL);
    }

    @Test
    void an_editorial_note_and_the_rest_of_its_paragraph_found_no_events() {
        AnalysedDocument document = new HandParse()
                .sentence("Rebels attacked the port", "rebel NNS 1 nsubj", "attack VBD -1 root", "the DT 3 det",
                        "port NN 1 obj")
                .paragraph()
                .sentence("Correction ( May 3 ) : we said rebels attacked a school", "correction NN -1 root",
                        "( -LRB- 3 punct", "May NNP 0 appos", "3 CD 2 nummod", ") -RRB- 2 punct", ": : 0 punct",
                        "we PRP 7 nsubj", "say VBD 0 parataxis", "rebel NNS 9 nsubj", "attack VBD 7 ccomp",
                        "a DT 11 det", "school NN 9 obj")
                .sentence("Rebels attacked a clinic", "rebel NNS 1 nsubj", "attack VBD -1 root", "a DT 3 det",
                        "clinic NN 1 obj")
                .build();
        EditorialNotes notes = new EditorialNotes(document, new EventDates(document, LEXICON.dates()),
                LEXICON.status().editorialLabels());
        assertThat(notes.inNote(0)).isFalse();
        assertThat(notes.inNote(1)).isTrue();
        assertThat(notes.inNote(2)).isTrue();
        new EventCoder(LEXICON).apply(document);
        assertThat(document.events()).allSatisfy(e -> assertThat(e.mentions())
                .allSatisfy(m -> assertThat(m.sentence()).isZero()));
    }
}
