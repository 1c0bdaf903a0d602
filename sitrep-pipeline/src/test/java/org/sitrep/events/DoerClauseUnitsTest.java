package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.EventActor;
import org.sitrep.pipeline.AnalysedDocument;

/**
 * Doers a clause around the trigger gives, on sentences parsed by hand: the deed before a colon, a thing used or named
 * as agent, "it" continuing a body, a predicate noun placed in time, a coup framing a deed, coordinated country
 * adjectives, a country's adjective on a deed noun (the state that did it).
 */
class DoerClauseUnitsTest {
    private static final EventLexicon LEXICON = EventLexicon.bundled();

    @Test
    void an_event_noun_after_a_colon_takes_the_doer_of_the_deed_before_it() {
        HandParse hand = new HandParse().sentence("The air force struck first : at dawn a raid hit the depot",
                        "the DT 2 det", "air NN 2 compound", "force NN 3 nsubj", "strike VBD -1 root",
                        "first RB 3 advmod", ": : 3 punct", "at IN 7 case", "dawn NN 10 obl", "a DT 9 det",
                        "raid NN 10 nsubj", "hit VBD 3 parataxis", "the DT 12 det", "depot NN 10 obj")
                .actor("air force", "force:air", ActorKind.MILITARY_UNIT);
        assertThat(HandRoles.at(hand, 9).sources()).extracting(EventActor::actorKey).containsExactly("force:air");
    }

    @Test
    void a_clause_before_a_colon_that_tells_no_deed_of_the_class_lends_no_doer() {
        HandParse hand = new HandParse().sentence("The air force was alarmed : at dawn a raid hit the depot",
                        "the DT 2 det", "air NN 2 compound", "force NN 4 nsubj:pass", "be VBD 4 aux:pass",
                        "alarm VBN -1 root", ": : 4 punct", "at IN 7 case", "dawn NN 10 obl", "a DT 9 det",
                        "raid NN 10 nsubj", "hit VBD 4 parataxis", "the DT 12 det", "depot NN 10 obj")
                .actor("air force", "force:air", ActorKind.MILITARY_UNIT);
        assertThat(HandRoles.at(hand, 9).sources()).isEmpty();
    }

    @Test
    void a_thing_used_for_a_deed_does_not_do_it() {
        HandParse hand = new HandParse().sentence("Protesters wore masks to fight the police",
                "protester NNS 1 nsubj", "wear VBD -1 root", "mask NNS 1 obj", "to TO 4 mark", "fight VB 1 xcomp",
                "the DT 6 det", "police NNS 4 obj");
        assertThat(HandRoles.of(hand, CrisisClass.ATTACK, 0).sources()).extracting(EventActor::entityText)
                .containsExactly("Protesters");
    }

    @Test
    void a_thing_named_as_agent_gives_way_to_the_one_who_used_it() {
        HandParse hand = new HandParse().sentence("The officer was killed by a bullet fired by a sniper",
                "the DT 1 det", "officer NN 3 nsubj:pass", "be VBD 3 aux:pass", "kill VBN -1 root", "by IN 6 case",
                "a DT 6 det", "bullet NN 3 obl:by", "fire VBN 6 acl", "by IN 10 case", "a DT 10 det",
                "sniper NN 7 obl:by");
        assertThat(HandRoles.of(hand, CrisisClass.KILL, 0).sources()).extracting(EventActor::entityText)
                .containsExactly("sniper");
    }

    @Test
    void a_thing_whose_owner_its_words_name_stays_the_agent() {
        HandParse hand = new HandParse().sentence("The officer was killed by Ruritanian jets", "the DT 1 det",
                "officer NN 3 nsubj:pass", "be VBD 3 aux:pass", "kill VBN -1 root", "by IN 6 case",
                "Ruritanian JJ 6 amod", "jet NNS 3 obl:by");
        assertThat(HandRoles.of(hand, CrisisClass.KILL, 0).sources()).extracting(EventActor::entityText)
                .containsExactly("Ruritanian jets");
    }

    @Test
    void it_continues_the_body_the_sentence_before_is_about_before_the_one_named_last() {
        HandParse hand = new HandParse().sentence("The junta gained support from the Corps", "the DT 1 det",
                        "junta NN 2 nsubj", "gain VBD -1 root", "support NN 2 obj", "from IN 6 case", "the DT 6 det",
                        "Corps NNP 2 obl:from")
                .actor("Corps", "group:corps", ActorKind.ARMED_GROUP)
                .sentence("It arrested the editor", "it PRP 1 nsubj", "arrest VBD -1 root", "the DT 3 det",
                        "editor NN 1 obj");
        assertThat(HandRoles.of(hand, CrisisClass.ARREST, 1).sources()).extracting(EventActor::entityText)
                .containsExactly("junta");
    }

    @Test
    void a_predicate_noun_placed_in_time_is_no_deed_of_the_subject() {
        HandParse hand = new HandParse().sentence("The president is back after the coup", "the DT 1 det",
                "president NN 6 nsubj", "be VBZ 6 cop", "back RB 6 advmod", "after IN 6 case", "the DT 6 det",
                "coup NN -1 root");
        assertThat(HandRoles.of(hand, CrisisClass.COUP, 0).sources()).isEmpty();
    }

    @Test
    void a_coup_framing_a_deed_was_done_by_the_deeds_doer() {
        HandParse hand = new HandParse().sentence("Rebels stormed the radio in a coup attempt", "rebel NNS 1 nsubj",
                "storm VBD -1 root", "the DT 3 det", "radio NN 1 obj", "in IN 7 case", "a DT 7 det",
                "coup NN 7 compound", "attempt NN 1 obl:in");
        assertThat(HandRoles.of(hand, CrisisClass.COUP_ATTEMPT, 0).sources()).extracting(EventActor::entityText)
                .containsExactly("Rebels");
    }

    @Test
    void a_passive_deed_without_its_agent_lends_no_doer_to_the_coup_it_happened_in() {
        HandParse hand = new HandParse().sentence("The president was arrested in a coup", "the DT 1 det",
                "president NN 3 nsubj:pass", "be VBD 3 aux:pass", "arrest VBN -1 root", "in IN 6 case",
                "a DT 6 det", "coup NN 3 obl:in");
        assertThat(HandRoles.of(hand, CrisisClass.COUP, 0).sources()).isEmpty();
    }

    @Test
    void a_protest_is_only_the_setting_of_a_deed_done_during_it() {
        HandParse hand = new HandParse().sentence("Police beat students during a protest", "police NNS 1 nsubj",
                "beat VBD -1 root", "student NNS 1 obj", "during IN 5 case", "a DT 5 det", "protest NN 1 obl:during");
        assertThat(HandRoles.of(hand, CrisisClass.PROTEST, 0).sources()).isEmpty();
    }

    @Test
    void coordinated_country_adjectives_each_name_a_doer() {
        HandParse hand = new HandParse().sentence("The Senegalese and Gambian governments accepted a ceasefire",
                        "the DT 4 det", "Senegalese JJ 4 amod", "and CC 3 cc", "Gambian JJ 1 conj",
                        "government NNS 5 nsubj", "accept VBD -1 root", "a DT 7 det", "ceasefire NN 5 obj")
                .actor("Senegalese", "state:SEN", ActorKind.STATE)
                .actor("Gambian governments", "state:GMB", ActorKind.STATE);
        AnalysedDocument document = hand.build();
        new EventCoder(LEXICON).apply(document);
        // Both sides of one ceasefire: one event (events.yaml joint_doers), not one per state.
        assertThat(document.events()).filteredOn(e -> e.crisisClass() == CrisisClass.AGREEMENT).singleElement()
                .satisfies(e -> assertThat(e.sources()).extracting(EventActor::actorKey)
                        .containsExactlyInAnyOrder("state:SEN", "state:GMB"));
    }

    @Test
    void a_group_of_troops_of_two_countries_does_one_deed() {
        HandParse hand = new HandParse().sentence("The army received support from Senegalese and Gambian troops",
                        "the DT 1 det", "army NN 2 nsubj", "receive VBD -1 root", "support NN 2 obj",
                        "from IN 8 case", "Senegalese JJ 8 amod", "and CC 7 cc", "Gambian JJ 5 conj",
                        "troops NNS 2 obl:from")
                .actor("army", "force:army", ActorKind.MILITARY_UNIT)
                .actor("Senegalese", "force:SEN:army", ActorKind.MILITARY_UNIT)
                .actor("Gambian troops", "force:GMB:army", ActorKind.MILITARY_UNIT);
        AnalysedDocument document = hand.build();
        new EventCoder(LEXICON).apply(document);
        assertThat(document.events()).filteredOn(e -> e.crisisClass() == CrisisClass.AID).singleElement()
                .satisfies(e -> assertThat(e.sources()).extracting(EventActor::actorKey)
                        .containsExactlyInAnyOrder("force:SEN:army", "force:GMB:army"));
    }

    @Test
    void a_country_adjective_on_a_deed_noun_names_the_state_that_did_it() {
        HandParse hand = new HandParse().sentence("Freedonia denied it", "Freedonia NNP 1 nsubj",
                        "deny VBD -1 root", "it PRP 1 obj")
                .actor("Freedonia", "state:FRD", ActorKind.STATE)
                .sentence("The Freedonian offensive began at dawn", "the DT 2 det", "Freedonian JJ 2 amod",
                        "offensive NN 3 nsubj", "begin VBD -1 root", "at IN 5 case", "dawn NN 3 obl:at")
                .demonym("Freedonian", "Freedonia", "FRD");
        assertThat(HandRoles.of(hand, CrisisClass.ATTACK, 1).sources()).extracting(EventActor::actorKey)
                .containsExactly("state:FRD");
    }

    @Test
    void a_country_adjective_names_the_country_the_report_never_names_as_a_state() {
        HandParse hand = new HandParse().sentence("A Freedonian air raid hit the depot", "a DT 3 det",
                        "Freedonian JJ 3 amod", "air NN 3 compound", "raid NN 4 nsubj", "hit VBD -1 root",
                        "the DT 6 det", "depot NN 4 obj")
                .demonym("Freedonian", "Freedonia", "FRD");
        assertThat(HandRoles.at(hand, 3).sources()).extracting(EventActor::entityText).containsExactly("Freedonia");
    }

    @Test
    void a_country_adjective_does_not_name_the_doer_of_a_protest_nor_outrank_a_leader() {
        HandParse protest = new HandParse().sentence("Freedonian protests grew", "Freedonian JJ 1 amod",
                        "protest NNS 2 nsubj", "grow VBD -1 root")
                .demonym("Freedonian", "Freedonia", "FRD");
        assertThat(HandRoles.of(protest, CrisisClass.PROTEST, 0).sources()).isEmpty();
        HandParse led = new HandParse().sentence("Colonel Vorn led a Freedonian assault", "Colonel NNP 1 compound",
                        "Vorn NNP 2 nsubj", "lead VBD -1 root", "a DT 5 det", "Freedonian JJ 5 amod",
                        "assault NN 2 obj")
                .actor("Colonel Vorn", "person:vorn", ActorKind.PERSON)
                .demonym("Freedonian", "Freedonia", "FRD");
        assertThat(HandRoles.of(led, CrisisClass.ATTACK, 0).sources()).extracting(EventActor::actorKey)
                .containsExactly("person:vorn");
    }

    @Test
    void a_deed_noun_of_a_country_lends_it_the_deed_it_did() {
        HandParse hand = new HandParse().sentence("A Freedonian air raid killed five herders", "a DT 3 det",
                        "Freedonian JJ 3 amod", "air NN 3 compound", "raid NN 4 nsubj", "kill VBD -1 root",
                        "five CD 6 nummod", "herder NNS 4 obj")
                .demonym("Freedonian", "Freedonia", "FRD");
        assertThat(HandRoles.of(hand, CrisisClass.KILL, 0).sources()).extracting(EventActor::entityText)
                .containsExactly("Freedonia");
    }
}
