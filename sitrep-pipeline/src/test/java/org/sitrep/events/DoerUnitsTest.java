package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.event.EventMention;
import org.sitrep.model.event.EventStatus;
import org.sitrep.model.time.DateRange;
import org.sitrep.model.place.Location;
import org.sitrep.pipeline.AnalysedDocument;

/** How the coder finds doers the plain subject does not give, on sentences parsed by hand. */
class DoerUnitsTest {
    private static final EventLexicon LEXICON = EventLexicon.bundled();

    private static Roles rolesOf(HandParse hand, CrisisClass crisisClass) {
        return HandRoles.of(hand, crisisClass, 0);
    }

    private static Roles rolesOf(HandParse hand, CrisisClass crisisClass, int sentence) {
        return HandRoles.of(hand, crisisClass, sentence);
    }

    @Test
    void a_place_is_never_a_doer() {
        HandParse hand = new HandParse().sentence("Bamako arrested the minister", "Bamako NNP 1 nsubj",
                "arrest VBD -1 root", "the DT 3 det", "minister NN 1 obj").town("Bamako", 7L);
        assertThat(rolesOf(hand, CrisisClass.ARREST).sources()).isEmpty();
    }

    @Test
    void a_place_taken_to_does_not_control_the_purpose_clause() {
        HandParse hand = new HandParse().sentence("Crowds hit the streets to demand elections", "crowd NNS 1 nsubj",
                "hit VBD -1 root", "the DT 3 det", "street NNS 1 obj", "to TO 5 mark", "demand VB 1 xcomp",
                "election NNS 5 obj");
        assertThat(rolesOf(hand, CrisisClass.DEMAND).sources()).extracting(EventActor::entityText)
                .containsExactly("Crowds");
    }

    @Test
    void an_event_noun_as_subject_lends_the_actor_that_modifies_it() {
        HandParse hand = new HandParse().sentence("A bloc attack killed guards", "a DT 2 det",
                "bloc NN 2 compound", "attack NN 3 nsubj", "kill VBD -1 root", "guard NNS 3 obj")
                .actor("bloc", "igo:bloc", ActorKind.IGO);
        assertThat(rolesOf(hand, CrisisClass.KILL).sources()).extracting(EventActor::actorKey)
                .containsExactly("igo:bloc");
    }

    @Test
    void an_agreement_takes_the_parties_between_which_it_is() {
        HandParse hand = new HandParse().sentence("The agreement between the junta and the bloc was signed",
                        "the DT 1 det", "agreement NN 9 nsubj:pass", "between IN 4 case", "the DT 4 det",
                        "junta NN 1 nmod:between", "and CC 7 cc", "the DT 7 det", "bloc NN 4 conj",
                        "be VBD 9 aux:pass", "sign VBN -1 root")
                .actor("junta", "group:junta", ActorKind.ARMED_GROUP)
                .actor("bloc", "igo:bloc", ActorKind.IGO);
        assertThat(rolesOf(hand, CrisisClass.AGREEMENT).sources()).extracting(EventActor::actorKey)
                .containsExactlyInAnyOrder("group:junta", "igo:bloc");
    }

    @Test
    void the_one_who_claims_responsibility_for_an_event_told_with_words_of_its_own_did_it() {
        HandParse hand = new HandParse().sentence("The front claimed responsibility for the deadly attack",
                        "the DT 1 det", "front NN 2 nsubj", "claim VBD -1 root", "responsibility NN 2 obj",
                        "for IN 7 case", "the DT 7 det", "deadly JJ 7 amod", "attack NN 3 nmod:for")
                .actor("front", "group:front", ActorKind.ARMED_GROUP);
        assertThat(rolesOf(hand, CrisisClass.ATTACK).sources()).extracting(EventActor::actorKey)
                .containsExactly("group:front");
    }

    @Test
    void a_claim_on_a_bare_the_attack_names_no_doer_of_its_own() {
        HandParse hand = new HandParse().sentence("The front claimed responsibility for the attack",
                        "the DT 1 det", "front NN 2 nsubj", "claim VBD -1 root", "responsibility NN 2 obj",
                        "for IN 6 case", "the DT 6 det", "attack NN 3 nmod:for")
                .actor("front", "group:front", ActorKind.ARMED_GROUP);
        assertThat(rolesOf(hand, CrisisClass.ATTACK).sources()).isEmpty();
    }

    @Test
    void a_deed_that_could_happen_lends_no_doer_to_one_that_happened_in_its_sentence() {
        HandParse hand = new HandParse().sentence("A raid hit the base from which planes could attack Kolo",
                "a DT 1 det", "raid NN 2 nsubj", "hit VBD -1 root", "the DT 4 det", "base NN 2 obj",
                "from IN 6 case", "which WDT 9 obl", "plane NNS 9 nsubj", "could MD 9 aux", "attack VB 4 acl:relcl",
                "Kolo NNP 9 obj");
        AnalysedDocument document = hand.build();
        new EventCoder(LEXICON).apply(document);
        assertThat(document.events()).filteredOn(e -> e.status() == EventStatus.OCCURRED)
                .allSatisfy(e -> assertThat(e.sources()).isEmpty());
        assertThat(document.events()).filteredOn(e -> e.status() == EventStatus.HYPOTHETICAL)
                .singleElement().satisfies(e -> assertThat(e.sources()).extracting(EventActor::entityText)
                        .containsExactly("planes"));
    }

    @Test
    void who_received_support_from_someone_is_the_recipient_and_the_giver_the_doer() {
        HandParse hand = new HandParse().sentence("The army received support from the bloc",
                        "the DT 1 det", "army NN 2 nsubj", "receive VBD -1 root", "support NN 2 obj",
                        "from IN 6 case", "the DT 6 det", "bloc NN 2 obl:from")
                .actor("army", "force:army", ActorKind.MILITARY_UNIT)
                .actor("bloc", "igo:bloc", ActorKind.IGO);
        Roles roles = rolesOf(hand, CrisisClass.AID);
        assertThat(roles.sources()).extracting(EventActor::actorKey).containsExactly("igo:bloc");
        assertThat(roles.targets()).extracting(EventActor::actorKey).containsExactly("force:army");
    }

    @Test
    void they_is_the_known_actor_of_the_reporting_clause() {
        HandParse hand = new HandParse().sentence("The front says they seized the town", "the DT 1 det",
                "front NN 2 nsubj", "say VBZ -1 root", "they PRP 4 nsubj", "seize VBD 2 ccomp", "the DT 6 det",
                "town NN 4 obj")
                .actor("front", "group:front", ActorKind.ARMED_GROUP);
        assertThat(rolesOf(hand, CrisisClass.SEIZE_TERRITORY).sources()).extracting(EventActor::actorKey)
                .containsExactly("group:front");
    }

    @Test
    void they_is_the_subject_standing_for_several_named_before_through_an_earlier_they() {
        HandParse hand = new HandParse()
                .sentence("The insurgents launched an offensive", "the DT 1 det", "insurgent NNS 2 nsubj",
                        "launch VBD -1 root", "an DT 4 det", "offensive NN 2 obj")
                .actor("insurgents", "group:front", ActorKind.ARMED_GROUP)
                .sentence("They burned the market", "they PRP 1 nsubj", "burn VBD -1 root", "the DT 3 det",
                        "market NN 1 obj")
                .sentence("Then they attacked the camp", "then RB 2 advmod", "they PRP 2 nsubj",
                        "attack VBD -1 root", "the DT 4 det", "camp NN 2 obj");
        assertThat(rolesOf(hand, CrisisClass.ATTACK, 2).sources()).extracting(EventActor::entityText)
                .containsExactly("insurgents");
    }

    @Test
    void they_never_stands_for_an_object_a_single_subject_or_a_described_one() {
        HandParse hand = new HandParse()
                .sentence("The colonel met the elders", "the DT 1 det", "colonel NN 2 nsubj", "meet VBD -1 root",
                        "the DT 4 det", "elder NNS 2 obj")
                .sentence("They attacked the camp", "they PRP 1 nsubj", "attack VBD -1 root", "the DT 3 det",
                        "camp NN 1 obj");
        assertThat(rolesOf(hand, CrisisClass.ATTACK, 1).sources()).isEmpty();
        HandParse described = new HandParse()
                .sentence("More gunmen arrived", "more JJR 1 amod", "gunman NNS 2 nsubj", "arrive VBD -1 root")
                .sentence("They attacked the camp", "they PRP 1 nsubj", "attack VBD -1 root", "the DT 3 det",
                        "camp NN 1 obj");
        assertThat(rolesOf(described, CrisisClass.ATTACK, 1).sources()).isEmpty();
    }

    @Test
    void it_continues_the_group_the_sentence_before_is_about() {
        HandParse hand = new HandParse()
                .sentence("The group was blamed by the bloc", "the DT 1 det", "group NN 3 nsubj:pass",
                        "be VBD 3 aux:pass", "blame VBN -1 root", "by IN 6 case", "the DT 6 det", "bloc NN 3 obl")
                .actor("bloc", "igo:bloc", ActorKind.IGO)
                .sentence("It attacked the camp", "it PRP 1 nsubj", "attack VBD -1 root", "the DT 3 det",
                        "camp NN 1 obj");
        assertThat(rolesOf(hand, CrisisClass.ATTACK, 1).sources()).extracting(EventActor::entityText)
                .containsExactly("group");
    }

    @Test
    void the_one_a_passive_names_does_what_its_clause_says() {
        HandParse hand = new HandParse().sentence("The front is said to have attacked the camp", "the DT 1 det",
                        "front NN 3 nsubj:pass", "be VBZ 3 aux:pass", "say VBN -1 root", "to TO 6 mark",
                        "have VB 6 aux", "attack VBN 3 xcomp", "the DT 8 det", "camp NN 6 obj")
                .actor("front", "group:front", ActorKind.ARMED_GROUP);
        assertThat(rolesOf(hand, CrisisClass.ATTACK).sources()).extracting(EventActor::actorKey)
                .containsExactly("group:front");
    }

    @Test
    void a_time_spent_doing_something_does_not_do_it() {
        HandParse hand = new HandParse().sentence("Thousands spent two weeks protesting",
                "thousand NNS 1 nsubj", "spend VBD -1 root", "two CD 3 nummod DURATION",
                "week NNS 1 obj DURATION", "protest VBG 1 xcomp");
        assertThat(rolesOf(hand, CrisisClass.PROTEST).sources()).extracting(EventActor::entityText)
                .containsExactly("Thousands");
        HandParse onTheTime = new HandParse().sentence("Thousands spent two weeks protesting",
                "thousand NNS 1 nsubj", "spend VBD -1 root", "two CD 3 nummod DURATION",
                "week NNS 1 obj DURATION", "protest VBG 3 acl");
        assertThat(rolesOf(onTheTime, CrisisClass.PROTEST).sources()).extracting(EventActor::entityText)
                .containsExactly("Thousands");
    }

    @Test
    void an_elections_doer_is_the_person_it_chose() {
        HandParse hand = new HandParse().sentence("Deputies chose Dore as president in a vote",
                        "deputy NNS 1 nsubj", "choose VBD -1 root", "Dore NNP 1 obj", "as IN 4 case",
                        "president NN 1 obl", "in IN 7 case", "a DT 7 det", "vote NN 1 obl")
                .actor("Dore", "person:dore", ActorKind.PERSON);
        Roles roles = rolesOf(hand, CrisisClass.ELECTION);
        assertThat(roles.sources()).extracting(EventActor::actorKey).containsExactly("person:dore");
        HandParse title = new HandParse().sentence("Deputies chose a president in a vote",
                "deputy NNS 1 nsubj", "choose VBD -1 root", "a DT 3 det", "president NN 1 obj", "in IN 6 case",
                "a DT 6 det", "vote NN 1 obl");
        assertThat(rolesOf(title, CrisisClass.ELECTION).sources()).isEmpty();
    }

    @Test
    void an_elections_doer_is_the_subject_of_the_verb_of_winning_it() {
        HandParse hand = new HandParse().sentence("The alliance won most seats in the vote",
                "the DT 1 det", "alliance NN 2 nsubj", "win VBD -1 root", "most JJS 4 amod", "seat NNS 2 obj",
                "in IN 7 case", "the DT 7 det", "vote NN 4 nmod")
                .actor("alliance", "party:alliance", ActorKind.PARTY);
        assertThat(rolesOf(hand, CrisisClass.ELECTION).sources()).extracting(EventActor::actorKey)
                .containsExactly("party:alliance");
        HandParse won = new HandParse().sentence("Dore won the election", "Dore NNP 1 nsubj", "win VBD -1 root",
                "the DT 3 det", "election NN 1 obj").actor("Dore", "person:dore", ActorKind.PERSON);
        assertThat(rolesOf(won, CrisisClass.ELECTION).sources()).extracting(EventActor::actorKey)
                .containsExactly("person:dore");
        HandParse watched = new HandParse().sentence("Dore watched the election", "Dore NNP 1 nsubj",
                "watch VBD -1 root", "the DT 3 det", "election NN 1 obj")
                .actor("Dore", "person:dore", ActorKind.PERSON);
        assertThat(rolesOf(watched, CrisisClass.ELECTION).sources()).isEmpty();
    }

    @Test
    void a_passive_deeds_doer_is_the_armed_men_a_clause_of_the_same_moment_tells_acting() {
        HandParse hand = new HandParse().sentence("Oru was captured as rebels took the town", "Oru NNP 2 nsubj:pass",
                "be VBD 2 aux:pass", "capture VBN -1 root", "as IN 5 mark", "rebel NNS 5 nsubj",
                "take VBD 2 advcl", "the DT 7 det", "town NN 5 obj");
        assertThat(rolesOf(hand, CrisisClass.ARREST).sources()).extracting(EventActor::entityText)
                .containsExactly("rebels");
        HandParse crowds = new HandParse().sentence("Oru was captured as crowds took the town",
                "Oru NNP 2 nsubj:pass", "be VBD 2 aux:pass", "capture VBN -1 root", "as IN 5 mark",
                "crowd NNS 5 nsubj", "take VBD 2 advcl", "the DT 7 det", "town NN 5 obj");
        assertThat(rolesOf(crowds, CrisisClass.ARREST).sources()).isEmpty();
    }

    @Test
    void those_a_protester_marched_with_marched_too() {
        HandParse hand = new HandParse().sentence("Oru marched with parents and activists", "Oru NNP 1 nsubj",
                "march VBD -1 root", "with IN 3 case", "parent NNS 1 obl", "and CC 5 cc", "activist NNS 3 conj");
        Roles roles = rolesOf(hand, CrisisClass.PROTEST);
        assertThat(roles.sources()).extracting(EventActor::entityText).containsExactly("Oru");
        assertThat(roles.companions()).extracting(EventActor::entityText).containsExactly("parents and activists");
        HandParse banners = new HandParse().sentence("Oru marched with banners", "Oru NNP 1 nsubj",
                "march VBD -1 root", "with IN 3 case", "banner NNS 1 obl");
        assertThat(rolesOf(banners, CrisisClass.PROTEST).companions()).isEmpty();
    }

    @Test
    void an_unnamed_protests_doer_is_the_people_its_noun_says_take_part() {
        HandParse hand = new HandParse().sentence("A riot broke out", "a DT 1 det", "riot NN 2 nsubj",
                "break VBD -1 root", "out RP 2 compound:prt");
        DefaultDoers defaults = new DefaultDoers(new CodingContext(hand.build(), LEXICON));
        Event riot = new Event("evt-riot", CrisisClass.PROTEST, null, List.of(), List.of(), null, null, null, null,
                EventStatus.OCCURRED, 0.5, List.of(new EventMention("doc-hand", 0, new Span(0, 16), "x", "riot")));
        assertThat(defaults.participants(riot)).map(EventActor::entityText).contains("rioters");
        Event protests = new Event("evt-protests", CrisisClass.PROTEST, null, List.of(), List.of(), null, null,
                null, null, EventStatus.OCCURRED, 0.5,
                List.of(new EventMention("doc-hand", 0, new Span(0, 16), "x", "protests")));
        assertThat(defaults.participants(protests)).map(EventActor::entityText).contains("protesters");
        Event unrest = new Event("evt-strike", CrisisClass.ATTACK, null, List.of(), List.of(), null, null, null,
                null, EventStatus.OCCURRED, 0.5,
                List.of(new EventMention("doc-hand", 0, new Span(0, 16), "x", "strike")));
        assertThat(defaults.participants(unrest)).isEmpty();
    }

    @Test
    void an_unnamed_attacker_is_the_armed_group_that_dominates_the_named_ones_only() {
        HandParse hand = new HandParse()
                .sentence("The front attacked", "the DT 1 det", "front NN 2 nsubj", "attack VBD -1 root")
                .actor("front", "group:front", ActorKind.ARMED_GROUP)
                .sentence("The army attacked", "the DT 1 det", "army NN 2 nsubj", "attack VBD -1 root")
                .actor("army", "unit:army", ActorKind.MILITARY_UNIT);
        CodingContext context = new CodingContext(hand.build(), LEXICON);
        DefaultDoers defaults = new DefaultDoers(context);
        Event byFront = attack("group:front", 0);
        Event byArmy = attack("unit:army", 1);
        assertThat(defaults.dominant(CrisisClass.ATTACK, 1, List.of(byFront, byFront, byFront, byArmy)))
                .map(EventActor::actorKey).contains("group:front");
        assertThat(defaults.dominant(CrisisClass.ATTACK, 1, List.of(byFront, byArmy))).isEmpty();
        assertThat(defaults.dominant(CrisisClass.PROTEST, 1, List.of(byFront, byFront))).isEmpty();
    }

    @Test
    void an_unnamed_protester_is_the_one_movement_the_document_names_only() {
        HandParse one = new HandParse()
                .sentence("The league spoke", "the DT 1 det", "league NN 2 nsubj", "speak VBD -1 root")
                .actor("league", "movement:league", ActorKind.MOVEMENT);
        HandParse two = new HandParse()
                .sentence("The league and the union spoke", "the DT 1 det", "league NN 5 nsubj", "and CC 4 cc",
                        "the DT 4 det", "union NN 1 conj", "speak VBD -1 root")
                .actor("league", "movement:league", ActorKind.MOVEMENT)
                .actor("union", "movement:union", ActorKind.MOVEMENT);
        assertThat(new DefaultDoers(new CodingContext(one.build(), LEXICON)).of(CrisisClass.PROTEST, 0, null))
                .map(EventActor::actorKey).contains("movement:league");
        assertThat(new DefaultDoers(new CodingContext(two.build(), LEXICON)).of(CrisisClass.PROTEST, 0, null))
                .isEmpty();
    }

    @Test
    void an_election_no_winner_of_which_is_named_is_held_by_the_state_of_its_country() {
        HandParse hand = new HandParse()
                .sentence("Freedonia voted", "Freedonia NNP 1 nsubj", "vote VBD -1 root")
                .actor("Freedonia", "state:FRD", ActorKind.STATE);
        DefaultDoers defaults = new DefaultDoers(new CodingContext(hand.build(), LEXICON));
        Location freedonia = new Location("Freedonia", "Freedonia", 9L, 1.0, 1.0, null, "FRD", "PCLI",
                Location.COUNTRY, null);
        Location abroad = new Location("Sylvania", "Sylvania", 8L, 1.0, 1.0, null, "SYL", "PCLI",
                Location.COUNTRY, null);
        Event election = new Event("evt-election", CrisisClass.ELECTION, null, List.of(), List.of(), null, null,
                freedonia, null, EventStatus.OCCURRED, 0.5, List.of(new EventMention("doc-hand", 0, new Span(0, 9),
                "x", "voted")));
        assertThat(defaults.state(election)).map(EventActor::actorKey).contains("state:FRD");
        assertThat(defaults.state(election.withPlace(abroad))).isEmpty();
        assertThat(defaults.state(election.withPlace(null))).isEmpty();
        Event attack = attack("group:front", 0).withSources(List.of()).withPlace(freedonia);
        assertThat(defaults.state(attack)).isEmpty();
    }

    @Test
    void a_participle_after_a_comma_tells_what_the_clauses_doer_did_not_the_phrase_before_it() {
        HandParse hand = new HandParse().sentence("Lund spoke in a statement , calling for elections",
                "Lund NNP 1 nsubj", "speak VBD -1 root", "in IN 4 case", "a DT 4 det", "statement NN 1 obl",
                ", , 6 punct", "call VBG 4 acl", "for IN 8 case", "election NNS 6 obl");
        assertThat(rolesOf(hand, CrisisClass.DEMAND).sources()).extracting(EventActor::entityText)
                .containsExactly("Lund");
        HandParse restrictive = new HandParse().sentence("Police met crowds calling for elections",
                "police NNS 1 nsubj", "meet VBD -1 root", "crowd NNS 1 obj", "call VBG 2 acl", "for IN 5 case",
                "election NNS 3 obl");
        assertThat(rolesOf(restrictive, CrisisClass.DEMAND).sources()).extracting(EventActor::entityText)
                .containsExactly("crowds");
    }

    @Test
    void confidence_weighs_a_day_date_and_corroboration() {
        Confidence confidence = new Confidence(LEXICON.weights());
        EventActor doer = new EventActor("group:front", "front", new Span(0, 5));
        DateRange day = DateRange.day(java.time.LocalDate.of(2020, 1, 2));
        DateRange year = new DateRange(java.time.LocalDate.of(2020, 1, 1), java.time.LocalDate.of(2020, 12, 31),
                org.sitrep.model.time.DatePrecision.YEAR);
        assertThat(confidence.of(List.of(doer), day, true, true))
                .isGreaterThan(confidence.of(List.of(doer), year, true, true));
        Event once = attack("group:front", 0);
        Event twice = new Event(once.id(), once.crisisClass(), null, once.sources(), List.of(), null, null, null,
                null, EventStatus.OCCURRED, 0.5, List.of(once.mentions().get(0),
                new EventMention("doc-hand", 3, new Span(40, 50), "again", "attacked")));
        assertThat(confidence.corroborated(once).confidence()).isEqualTo(0.5);
        assertThat(confidence.corroborated(twice).confidence()).isGreaterThan(0.5);
    }

    @Test
    void aDescribedDoerIsNoOtherActorThanANamedOneWhenBothBefellTheSameNamedActor() {
        Event named = coup(new EventActor("junta", "the junta", new Span(0, 9)), "president-x");
        Event described = coup(new EventActor(null, "captains", new Span(20, 28)), "president-x");
        Event elsewhere = coup(new EventActor(null, "captains", new Span(20, 28)), "president-y");
        Event otherNamed = coup(new EventActor("army", "the army", new Span(20, 28)), "president-x");

        assertThat(EventCoreference.conflict(named, described)).isFalse();
        assertThat(EventCoreference.conflict(named, elsewhere)).isTrue();
        assertThat(EventCoreference.conflict(named, otherNamed)).isTrue();
    }

    private static Event coup(EventActor doer, String target) {
        return new Event("evt-" + doer.entityText() + target, CrisisClass.COUP, null, List.of(doer),
                List.of(new EventActor(target, target, new Span(40, 50))), null, null, null, null,
                EventStatus.OCCURRED, 0.5, List.of(new EventMention("doc-hand", 1, new Span(0, 60), "x", "overthrew")));
    }

    private static Event attack(String doer, int sentence) {
        return new Event("evt-" + doer + sentence, CrisisClass.ATTACK, null,
                List.of(new EventActor(doer, doer, new Span(0, 5))), List.of(), null, null, null, null,
                EventStatus.OCCURRED, 0.5, List.of(new EventMention("doc-hand", sentence, new Span(0, 10), "x",
                "attacked")));
    }

    @Test
    void a_body_the_sentence_describes_as_the_ruling_military_one_did_its_coup_and_no_other() {
        HandParse hand = new HandParse()
                .sentence("The old junta ruled", "the DT 2 det", "old JJ 2 amod", "junta NN 3 nsubj",
                        "rule VBD -1 root")
                .actor("junta", "own:junta", ActorKind.GOVERNMENT_BODY, "junta")
                .sentence("Since the coup , Freedonia is ruled by a military council called Zarcon",
                        "since IN 2 case", "the DT 2 det", "coup NN 6 obl", ", , 6 punct",
                        "Freedonia NNP 6 nsubj:pass",
                        "be VBZ 6 aux:pass", "rule VBN -1 root", "by IN 10 case", "a DT 10 det",
                        "military JJ 10 amod", "council NN 6 obl", "call VBN 10 acl", "Zarcon NNP 11 xcomp")
                .actor("Zarcon", "body:zarcon", ActorKind.GOVERNMENT_BODY)
                .sentence("Ministers were arrested", "minister NNS 2 nsubj:pass", "be VBD 2 aux:pass",
                        "arrest VBN -1 root")
                .sentence("Parliament was dissolved under Kelvor ( KV ) , the ruling junta",
                        "parliament NN 2 nsubj:pass", "be VBD 2 aux:pass", "dissolve VBN -1 root",
                        "under IN 4 case",
                        "Kelvor NNP 2 obl", "( -LRB- 6 punct", "KV NNP 4 appos", ") -RRB- 6 punct", ", , 11 punct",
                        "the DT 11 det", "ruling VBG 11 amod", "junta NN 4 appos")
                .actor("Kelvor", "body:kelvor", ActorKind.MILITARY_UNIT)
                .sentence("Envoys of Oster , the military junta and the unions were arrested",
                        "envoy NNS 11 nsubj:pass", "of IN 2 case", "Oster NNP 0 nmod", ", , 6 punct", "the DT 6 det",
                        "military JJ 6 amod", "junta NN 2 conj", "and CC 9 cc", "the DT 9 det", "union NNS 2 conj",
                        "be VBD 11 aux:pass", "arrest VBN -1 root")
                .actor("Oster", "igo:oster", ActorKind.ORG)
                .sentence("The coup was led by the junta Dax", "the DT 1 det", "coup NN 3 nsubj:pass",
                        "be VBD 3 aux:pass", "lead VBN -1 root", "by IN 7 case", "the DT 7 det",
                        "junta NN 7 compound",
                        "Dax NNP 3 obl")
                .actor("Dax", "person:dax", ActorKind.PERSON);
        DefaultDoers defaults = new DefaultDoers(new CodingContext(hand.build(), LEXICON));
        assertThat(defaults.of(CrisisClass.COUP, 1, null)).map(EventActor::actorKey).contains("body:zarcon");
        // Not beyond its sentence: the junta-tagged actor named last still answers there.
        assertThat(defaults.of(CrisisClass.ARREST, 2, null)).map(EventActor::actorKey).contains("own:junta");
        assertThat(defaults.of(CrisisClass.DISSOLVE, 3, null)).map(EventActor::actorKey).contains("body:kelvor");
        // Only classes whose default doer is a junta; and a person so described is no body.
        assertThat(defaults.of(CrisisClass.MUTINY, 1, null)).isEmpty();
        // A list ("X, the military junta and the unions") describes no one.
        assertThat(defaults.of(CrisisClass.ARREST, 4, null)).map(EventActor::actorKey).contains("own:junta");
        assertThat(defaults.of(CrisisClass.COUP, 5, null)).map(EventActor::actorKey).contains("own:junta");
    }
}
