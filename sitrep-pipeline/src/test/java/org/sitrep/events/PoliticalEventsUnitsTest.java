package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.event.EventStatus;
import org.sitrep.pipeline.AnalysedDocument;

/**
 * The status and identity of political events on sentences parsed by hand (no language model): coordinated verbs
 * that share a negation, clauses of promises and purposes, commands, a coup that frames an arrest, the same day
 * told again, and the parties of one agreement.
 */
class PoliticalEventsUnitsTest {
    private static final EventLexicon LEXICON = EventLexicon.bundled();
    private static final StatusReader STATUS = new StatusReader(LEXICON);

    @Test
    void a_coordinated_verb_without_subject_or_auxiliary_shares_the_first_ones_negation() {
        Parse and = new HandParse().sentence("They will not enter the capital and seize power",
                "they PRP 3 nsubj", "will MD 3 aux", "not RB 3 advmod", "enter VB -1 root", "the DT 5 det",
                "capital NN 3 obj", "and CC 7 cc", "seize VB 3 conj", "power NN 7 obj").parse(0);
        Parse but = new HandParse().sentence("He did not resign but fled",
                "he PRP 3 nsubj", "do VBD 3 aux", "not RB 3 advmod", "resign VB -1 root", "but CC 5 cc",
                "flee VBD 3 conj").parse(0);
        assertThat(STATUS.of(7, and)).isEqualTo(EventStatus.NEGATED);
        assertThat(STATUS.of(5, but)).isEqualTo(EventStatus.OCCURRED);
    }

    @Test
    void the_clause_of_a_promise_or_of_a_purpose_is_no_deed_done() {
        Parse promise = new HandParse().sentence("Despite his promise to resign , he ran",
                "despite IN 2 case", "his PRP$ 2 nmod:poss", "promise NN 7 obl", "to TO 4 mark", "resign VB 2 acl",
                ", , 7 punct", "he PRP 7 nsubj", "run VBD -1 root").parse(0);
        Parse purpose = new HandParse().sentence("Much was done to pressure the government to condemn the killings",
                "much JJ 2 nsubj:pass", "be VBD 2 aux:pass", "do VBN -1 root", "to TO 4 mark",
                "pressure VB 2 advcl", "the DT 6 det", "government NN 4 obj", "to TO 8 mark", "condemn VB 4 xcomp",
                "the DT 10 det", "killing NNS 8 obj").parse(0);
        assertThat(STATUS.of(4, promise)).isEqualTo(EventStatus.PLANNED);
        assertThat(STATUS.of(8, purpose)).isEqualTo(EventStatus.HYPOTHETICAL);
    }

    @Test
    void what_is_only_likely_did_not_happen() {
        Parse likely = new HandParse().sentence("An offensive is likely to cause casualties",
                "an DT 1 det", "offensive NN 3 nsubj", "be VBZ 3 cop", "likely JJ -1 root", "to TO 5 mark",
                "cause VB 3 xcomp", "casualty NNS 5 obj").parse(0);
        Parse fierce = new HandParse().sentence("The offensive was fierce",
                "the DT 1 det", "offensive NN 3 nsubj", "be VBD 3 cop", "fierce JJ -1 root").parse(0);
        assertThat(STATUS.of(1, likely)).isEqualTo(EventStatus.HYPOTHETICAL);
        assertThat(STATUS.of(1, fierce)).isEqualTo(EventStatus.OCCURRED);
    }

    @Test
    void what_its_doer_was_unable_to_do_did_not_happen_but_the_deed_it_could_not_stop_did() {
        Parse unprepared = new HandParse().sentence("The militias were unprepared to fight",
                "the DT 1 det", "militia NNS 3 nsubj", "be VBD 3 cop", "unprepared JJ -1 root", "to TO 5 mark",
                "fight VB 3 xcomp").parse(0);
        Parse unable = new HandParse().sentence("The guards were unable to stop the raid",
                "the DT 1 det", "guard NNS 3 nsubj", "be VBD 3 cop", "unable JJ -1 root", "to TO 5 mark",
                "stop VB 3 xcomp", "the DT 7 det", "raid NN 5 obj").parse(0);
        Parse threat = new HandParse().sentence("The bloc threatened to impose an embargo",
                "the DT 1 det", "bloc NN 2 nsubj", "threaten VBD -1 root", "to TO 4 mark", "impose VB 2 xcomp",
                "an DT 6 det", "embargo NN 4 obj").parse(0);
        assertThat(STATUS.of(5, unprepared)).isEqualTo(EventStatus.NEGATED);
        assertThat(STATUS.of(7, unable)).isEqualTo(EventStatus.OCCURRED);
        assertThat(STATUS.of(6, threat)).isEqualTo(EventStatus.THREATENED);
    }

    @Test
    void a_modal_reaches_the_phrases_of_its_clause_but_not_what_they_recall() {
        Parse advice = new HandParse().sentence("The council should back the army with air strikes",
                "the DT 1 det", "council NN 3 nsubj", "should MD 3 aux", "back VB -1 root", "the DT 5 det",
                "army NN 3 obj", "with IN 8 case", "air NN 8 compound", "strike NNS 3 obl").parse(0);
        Parse after = new HandParse().sentence("After the strikes the council should meet",
                "after IN 2 case", "the DT 2 det", "strike NNS 6 obl", "the DT 4 det", "council NN 6 nsubj",
                "should MD 6 aux", "meet VB -1 root").parse(0);
        Parse subject = new HandParse().sentence("The ouster will not end the crisis",
                "the DT 1 det", "ouster NN 4 nsubj", "will MD 4 aux", "not RB 4 advmod", "end VB -1 root",
                "the DT 6 det", "crisis NN 4 obj").parse(0);
        assertThat(STATUS.of(8, advice)).isEqualTo(EventStatus.HYPOTHETICAL);
        assertThat(STATUS.of(2, after)).isEqualTo(EventStatus.OCCURRED);
        assertThat(STATUS.of(1, subject)).isEqualTo(EventStatus.OCCURRED);
    }

    @Test
    void a_command_is_a_call_to_act_even_after_a_list_items_number() {
        Parse command = new HandParse().sentence("4 . Attend the protests near you",
                "4 LS -1 root", ". . 0 punct", "attend VB -1 root", "the DT 4 det", "protest NNS 2 obj",
                "near IN 6 case", "you PRP 2 obl").parse(0);
        Parse told = new HandParse().sentence("Thousands attended the protests",
                "thousand NNS 1 nsubj", "attend VBD -1 root", "the DT 3 det", "protest NNS 1 obj").parse(0);
        assertThat(STATUS.of(4, command)).isEqualTo(EventStatus.DEMANDED);
        assertThat(STATUS.of(3, told)).isEqualTo(EventStatus.OCCURRED);
    }

    @Test
    void a_coup_told_again_on_its_day_as_another_takeover_is_the_same_coup() {
        LocalDate day = LocalDate.of(2014, 5, 22);
        HandParse hand = new HandParse().published(LocalDate.of(2019, 7, 1))
                .sentence("The army staged a coup on 22 May 2014", "the DT 1 det", "army NN 2 nsubj",
                        "stage VBD -1 root", "a DT 4 det", "coup NN 2 obj", "on IN 7 case", "22 CD 7 nummod",
                        "May NNP 2 obl", "2014 CD 7 nummod")
                .day("22 May 2014", day)
                .sentence("The charter was scrapped in another takeover on 22 May 2014", "the DT 1 det",
                        "charter NN 3 nsubj:pass", "be VBD 3 aux:pass", "scrap VBN -1 root", "in IN 6 case",
                        "another DT 6 det", "takeover NN 3 obl", "on IN 9 case", "22 CD 9 nummod", "May NNP 3 obl",
                        "2014 CD 9 nummod")
                .day("22 May 2014", day);
        AnalysedDocument document = hand.build();
        new EventCoder(LEXICON).apply(document);
        List<Event> coups = document.events().stream().filter(e -> e.crisisClass() == CrisisClass.COUP).toList();
        assertThat(coups).singleElement().satisfies(coup -> assertThat(coup.mentions()).hasSize(2));
    }

    @Test
    void a_definite_noun_that_recalls_an_event_does_not_give_it_the_narratives_date() {
        HandParse hand = new HandParse().published(LocalDate.of(2031, 6, 1))
                .sentence("The army staged a coup", "the DT 1 det", "army NN 2 nsubj", "stage VBD -1 root",
                        "a DT 4 det", "coup NN 2 obj")
                .sentence("On 3 May 2031 the envoy spoke", "on IN 2 case", "3 CD 2 nummod", "May NNP 6 obl",
                        "2031 CD 2 nummod", "the DT 5 det", "envoy NN 6 nsubj", "speak VBD -1 root")
                .day("3 May 2031", LocalDate.of(2031, 5, 3))
                .sentence("The envoy rejected the coup", "the DT 1 det", "envoy NN 2 nsubj", "reject VBD -1 root",
                        "the DT 4 det", "coup NN 2 obj");
        AnalysedDocument document = hand.build();
        new EventCoder(LEXICON).apply(document);
        assertThat(document.events()).filteredOn(e -> e.crisisClass() == CrisisClass.COUP).singleElement()
                .satisfies(coup -> {
                    assertThat(coup.mentions()).hasSize(2);
                    assertThat(coup.date()).isNull();
                });
    }

    @Test
    void a_deed_done_to_another_has_no_target_that_is_its_doer() {
        HandParse hand = new HandParse()
                .sentence("Colonel Orin arrested the president", "Colonel NNP 1 compound", "Orin NNP 2 nsubj",
                        "arrest VBD -1 root", "the DT 4 det", "president NN 2 obj")
                .actor("Colonel Orin", "person:orin", ActorKind.PERSON)
                .actor("the president", "person:orin", ActorKind.PERSON);
        AnalysedDocument document = hand.build();
        new EventCoder(LEXICON).apply(document);
        assertThat(document.events()).singleElement().satisfies(arrest -> {
            assertThat(arrest.sources()).extracting(EventActor::actorKey).containsExactly("person:orin");
            assertThat(arrest.targets()).extracting(EventActor::entityText).containsExactly("the president");
            assertThat(arrest.targets()).extracting(EventActor::actorKey).containsOnlyNulls();
        });
    }

    @Test
    void a_coup_that_frames_an_arrest_is_told_with_it() {
        HandParse hand = new HandParse().published(LocalDate.of(2020, 8, 19))
                .sentence("Soldiers arrested the president in a coup on 18 August 2020", "soldier NNS 1 nsubj",
                        "arrest VBD -1 root", "the DT 3 det", "president NN 1 obj", "in IN 6 case", "a DT 6 det",
                        "coup NN 1 obl", "on IN 9 case", "18 CD 9 nummod", "August NNP 1 obl", "2020 CD 9 nummod")
                .day("18 August 2020", LocalDate.of(2020, 8, 18));
        AnalysedDocument document = hand.build();
        new EventCoder(LEXICON).apply(document);
        assertThat(document.events()).extracting(Event::crisisClass)
                .containsExactlyInAnyOrder(CrisisClass.ARREST, CrisisClass.COUP);
    }

    @Test
    void the_parties_between_whom_an_agreement_is_are_one_events_doers() {
        HandParse hand = new HandParse()
                .sentence("An agreement between the government and the rebels was signed", "an DT 1 det",
                        "agreement NN 8 nsubj:pass", "between IN 4 case", "the DT 4 det", "government NN 1 nmod",
                        "and CC 7 cc", "the DT 7 det", "rebel NNS 4 conj", "be VBD 8 aux:pass", "sign VBN -1 root")
                .actor("government", "gov:zembla", ActorKind.STATE)
                .actor("rebels", "group:rebels", ActorKind.ARMED_GROUP);
        AnalysedDocument document = hand.build();
        new EventCoder(LEXICON).apply(document);
        assertThat(document.events()).singleElement().satisfies(agreement -> {
            assertThat(agreement.crisisClass()).isEqualTo(CrisisClass.AGREEMENT);
            assertThat(agreement.sources()).extracting(EventActor::actorKey)
                    .containsExactlyInAnyOrder("gov:zembla", "group:rebels");
        });
    }
}
