package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.event.EventStatus;
import org.sitrep.model.place.Location;
import org.sitrep.pipeline.AnalysedDocument;

/** Which events the coder finds, and which it does not, on sentences parsed by hand: no language model is loaded. */
class DetectionUnitsTest {
    private static final EventLexicon LEXICON = EventLexicon.bundled();

    private static List<Found> triggers(HandParse hand) {
        CodingContext context = new CodingContext(hand.build(), LEXICON);
        HeadKinds kinds = new HeadKinds(context);
        return new TriggerMatcher(context, kinds, new Subjects(context.words, context.lexicon.status().implicatives())).triggers(0, hand.parse(0));
    }

    private static List<Event> coded(HandParse hand) {
        AnalysedDocument document = hand.build();
        new EventCoder(LEXICON).apply(document);
        return document.events();
    }

    @Test
    void a_trigger_whose_object_its_entry_names_speaks_for_the_word() {
        List<Found> captured = triggers(new HandParse().sentence("Rebels captured the town",
                "rebel NNS 1 nsubj", "capture VBD -1 root", "the DT 3 det", "town NN 1 obj"));
        assertThat(captured).extracting(f -> f.trigger().crisisClass())
                .containsExactly(CrisisClass.SEIZE_TERRITORY);
        List<Found> strikes = triggers(new HandParse().sentence("Air strikes hit Kolo",
                "air NN 1 compound", "strike NNS 2 nsubj", "hit VBD -1 root", "Kolo NNP 2 obj"));
        assertThat(strikes).extracting(f -> f.trigger().crisisClass()).containsExactly(CrisisClass.ATTACK);
        List<Found> walkout = triggers(new HandParse().sentence("Teachers went on strike",
                "teacher NNS 1 nsubj", "go VBD -1 root", "on IN 3 case", "strike NN 1 obl"));
        assertThat(walkout).extracting(f -> f.trigger().crisisClass()).containsExactly(CrisisClass.PROTEST);
    }

    @Test
    void described_doers_of_one_verb_make_one_event_and_named_ones_one_each() {
        List<Event> described = coded(new HandParse().sentence("Diplomats and analysts condemned the raid",
                "diplomat NNS 3 nsubj", "and CC 2 cc", "analyst NNS 0 conj", "condemn VBD -1 root", "the DT 5 det",
                "raid NN 3 obj"));
        assertThat(described).filteredOn(e -> e.crisisClass() == CrisisClass.CONDEMN).hasSize(1)
                .first().satisfies(e -> assertThat(e.sources()).hasSize(2));
        List<Event> named = coded(new HandParse().sentence("Freedonia and Zarcon condemned the raid",
                "Freedonia NNP 3 nsubj", "and CC 2 cc", "Zarcon NNP 0 conj", "condemn VBD -1 root", "the DT 5 det",
                "raid NN 3 obj")
                .actor("Freedonia", "country:FRE", ActorKind.STATE)
                .actor("Zarcon", "country:ZAR", ActorKind.STATE));
        assertThat(named).filteredOn(e -> e.crisisClass() == CrisisClass.CONDEMN).hasSize(2);
    }

    @Test
    void a_threat_is_made_by_someone_not_by_a_crisis() {
        List<Found> risk = triggers(new HandParse().sentence("The crisis threatens the peace",
                "the DT 1 det", "crisis NN 2 nsubj", "threaten VBZ -1 root", "the DT 4 det", "peace NN 2 obj"));
        assertThat(risk).extracting(f -> f.trigger().crisisClass()).doesNotContain(CrisisClass.THREATEN);
        List<Found> rebels = triggers(new HandParse().sentence("Rebels threatened to march on Kolo",
                "rebel NNS 1 nsubj", "threaten VBD -1 root", "to TO 3 mark", "march VB 1 xcomp", "on IN 5 case",
                "Kolo NNP 3 obl"));
        assertThat(rebels).extracting(f -> f.trigger().crisisClass()).contains(CrisisClass.THREATEN);
        List<Found> he = triggers(new HandParse().sentence("He threatened a strike",
                "he PRP 1 nsubj", "threaten VBD -1 root", "a DT 3 det", "strike NN 1 obj"));
        assertThat(he).extracting(f -> f.trigger().crisisClass()).contains(CrisisClass.THREATEN);
        List<Found> junta = triggers(new HandParse().sentence("The junta threatened reprisals",
                "the DT 1 det", "junta NN 2 nsubj", "threaten VBD -1 root", "reprisal NNS 2 obj"));
        assertThat(junta).extracting(f -> f.trigger().crisisClass()).contains(CrisisClass.THREATEN);
    }

    @Test
    void a_noun_of_threat_is_someones_not_a_danger() {
        List<Found> danger = triggers(new HandParse().sentence("The extremist threat grew",
                "the DT 2 det", "extremist JJ 2 amod", "threat NN 3 nsubj", "grow VBD -1 root"));
        assertThat(danger).extracting(f -> f.trigger().crisisClass()).doesNotContain(CrisisClass.THREATEN);
        List<Found> possessed = triggers(new HandParse().sentence("The junta 's ultimatum expired",
                "the DT 1 det", "junta NN 3 nmod:poss", "'s POS 1 case", "ultimatum NN 4 nsubj", "expire VBD -1 root"));
        assertThat(possessed).extracting(f -> f.trigger().crisisClass()).contains(CrisisClass.THREATEN);
        List<Found> issued = triggers(new HandParse().sentence("Rebels issued a threat",
                "rebel NNS 1 nsubj", "issue VBD -1 root", "a DT 3 det", "threat NN 1 obj"));
        assertThat(issued).extracting(f -> f.trigger().crisisClass()).contains(CrisisClass.THREATEN);
    }

    @Test
    void a_particle_that_makes_the_verb_another_verb_is_no_trigger() {
        List<Found> waned = triggers(new HandParse().sentence("The fighting died down",
                "the DT 1 det", "fighting NN 2 nsubj", "die VBD -1 root", "down RP 2 compound:prt"));
        assertThat(waned).extracting(f -> f.trigger().crisisClass()).doesNotContain(CrisisClass.KILL);
        List<Found> adverb = triggers(new HandParse().sentence("The fighting died down",
                "the DT 1 det", "fighting NN 2 nsubj", "die VBD -1 root", "down RP 2 advmod"));
        assertThat(adverb).extracting(f -> f.trigger().crisisClass()).doesNotContain(CrisisClass.KILL);
        List<Found> died = triggers(new HandParse().sentence("Four villagers died",
                "four CD 1 nummod", "villager NNS 2 nsubj", "die VBD -1 root"));
        assertThat(died).extracting(f -> f.trigger().crisisClass()).contains(CrisisClass.KILL);
        List<Found> stepped = triggers(new HandParse().sentence("The premier stepped down",
                "the DT 1 det", "premier NN 2 nsubj", "step VBD -1 root", "down RP 2 compound:prt"));
        assertThat(stepped).extracting(f -> f.trigger().crisisClass()).contains(CrisisClass.RESIGN);
    }

    @Test
    void an_attempted_coup_is_a_coup_attempt() {
        List<Found> attempted = triggers(new HandParse().sentence("Officers attempted a coup",
                "officer NNS 1 nsubj", "attempt VBD -1 root", "a DT 3 det", "coup NN 1 obj"));
        assertThat(attempted).extracting(f -> f.trigger().crisisClass()).containsExactly(CrisisClass.COUP_ATTEMPT);
        List<Found> attempt = triggers(new HandParse().sentence("A coup attempt failed",
                "a DT 2 det", "coup NN 2 compound", "attempt NN 3 nsubj", "fail VBD -1 root"));
        assertThat(attempt).singleElement().satisfies(f -> {
            assertThat(f.trigger().crisisClass()).isEqualTo(CrisisClass.COUP_ATTEMPT);
            assertThat(f.token()).isEqualTo(2);
        });
        List<Found> failed = triggers(new HandParse().sentence("The coup failed",
                "the DT 1 det", "coup NN 2 nsubj", "fail VBD -1 root"));
        assertThat(failed).extracting(f -> f.trigger().crisisClass()).containsExactly(CrisisClass.COUP_ATTEMPT);
        List<Found> coup = triggers(new HandParse().sentence("Officers staged a coup",
                "officer NNS 1 nsubj", "stage VBD -1 root", "a DT 3 det", "coup NN 1 obj"));
        assertThat(coup).extracting(f -> f.trigger().crisisClass()).containsExactly(CrisisClass.COUP);
    }

    @Test
    void naming_appoints_only_to_an_office() {
        List<Found> office = triggers(new HandParse().sentence("They named Kema president",
                "they PRP 1 nsubj", "name VBD -1 root", "Kema NNP 1 obj", "president NN 1 xcomp"));
        assertThat(office).extracting(f -> f.trigger().crisisClass()).containsExactly(CrisisClass.APPOINT);
        List<Found> listed = triggers(new HandParse().sentence("They designated it a terrorist organisation",
                "they PRP 1 nsubj", "designate VBD -1 root", "it PRP 1 obj", "a DT 5 det", "terrorist JJ 5 amod",
                "organisation NN 1 xcomp"));
        assertThat(listed).extracting(f -> f.trigger().crisisClass()).containsExactly(CrisisClass.SANCTION);
    }

    @Test
    void soldiers_arriving_are_deployed_and_a_delegation_arriving_is_not() {
        List<Found> soldiers = triggers(new HandParse().sentence("The air force arrived",
                "the DT 2 det", "air NN 2 compound", "force NN 3 nsubj", "arrive VBD -1 root"));
        assertThat(soldiers).extracting(f -> f.trigger().crisisClass()).containsExactly(CrisisClass.DEPLOY);
        List<Found> delegation = triggers(new HandParse().sentence("The delegation arrived",
                "the DT 1 det", "delegation NN 2 nsubj", "arrive VBD -1 root"));
        assertThat(delegation).isEmpty();
    }

    @Test
    void without_and_a_purpose_say_the_event_did_not_happen() {
        StatusReader status = new StatusReader(LEXICON);
        Parse without = new HandParse().sentence("The town fell without fighting", "the DT 1 det",
                "town NN 2 nsubj", "fall VBD -1 root", "without IN 4 case", "fighting NN 2 obl").parse(0);
        assertThat(status.of(CrisisClass.ATTACK, 4, without)).isEqualTo(EventStatus.NEGATED);
        Parse purpose = new HandParse().sentence("Troops were sent to fight rebels", "troop NNS 2 nsubj:pass",
                "be VBD 2 aux:pass", "send VBN -1 root", "to TO 4 mark", "fight VB 2 advcl", "rebel NNS 4 obj")
                .parse(0);
        assertThat(status.of(CrisisClass.ATTACK, 4, purpose)).isEqualTo(EventStatus.HYPOTHETICAL);
        Parse done = new HandParse().sentence("Troops began to fight rebels", "troop NNS 1 nsubj",
                "begin VBD -1 root", "to TO 3 mark", "fight VB 1 xcomp", "rebel NNS 3 obj").parse(0);
        assertThat(status.of(CrisisClass.ATTACK, 3, done)).isEqualTo(EventStatus.OCCURRED);
    }

    @Test
    void a_later_mention_that_befalls_another_target_is_another_event() {
        List<Event> two = coded(new HandParse()
                .sentence("Jets bombed the forest", "jet NNS 1 nsubj", "bomb VBD -1 root", "the DT 3 det",
                        "forest NN 1 obj")
                .sentence("The hospital was targeted", "the DT 1 det", "hospital NN 3 nsubj:pass",
                        "be VBD 3 aux:pass", "target VBN -1 root"));
        assertThat(two).extracting(Event::crisisClass).containsExactly(CrisisClass.ATTACK, CrisisClass.ATTACK);
        List<Event> one = coded(new HandParse()
                .sentence("Jets bombed the forest", "jet NNS 1 nsubj", "bomb VBD -1 root", "the DT 3 det",
                        "forest NN 1 obj")
                .sentence("The forest was targeted", "the DT 1 det", "forest NN 3 nsubj:pass",
                        "be VBD 3 aux:pass", "target VBN -1 root"));
        assertThat(one).singleElement().satisfies(e -> assertThat(e.mentions()).hasSize(2));
    }

    @Test
    void fighting_that_erupts_is_a_new_event() {
        List<Event> events = coded(new HandParse()
                .sentence("Rebels attacked Kolo", "rebel NNS 1 nsubj", "attack VBD -1 root", "Kolo NNP 1 obj")
                .sentence("Fighting erupted", "fighting NN 1 nsubj", "erupt VBD -1 root"));
        assertThat(events).extracting(Event::crisisClass).containsExactly(CrisisClass.ATTACK, CrisisClass.ATTACK);
    }

    @Test
    void shooting_at_a_crowd_killing_some_is_the_killing() {
        List<Event> events = coded(new HandParse().sentence("Police opened fire on the crowd killing two",
                "police NNS 1 nsubj", "open VBD -1 root", "fire NN 1 obj", "on IN 5 case", "the DT 5 det",
                "crowd NN 1 obl", "kill VBG 5 acl", "two CD 6 obj"));
        assertThat(events).extracting(Event::crisisClass).containsExactly(CrisisClass.KILL);
    }

    @Test
    void the_one_who_condemns_an_attack_lends_no_doer_to_it() {
        List<Event> events = coded(new HandParse().sentence("The embassy condemned the assault on civilians",
                        "the DT 1 det", "embassy NN 2 nsubj", "condemn VBD -1 root", "the DT 4 det", "assault NN 2 obj",
                        "on IN 6 case", "civilian NNS 4 nmod")
                .actor("embassy", "org:embassy", ActorKind.GOVERNMENT_BODY));
        assertThat(events).filteredOn(e -> e.crisisClass() == CrisisClass.ATTACK)
                .allSatisfy(e -> assertThat(e.sources()).extracting(EventActor::actorKey)
                        .doesNotContain("org:embassy"));
        assertThat(events).extracting(Event::crisisClass).contains(CrisisClass.CONDEMN);
    }

    @Test
    void armed_men_entering_a_town_take_it_and_villagers_do_not() {
        List<Found> rebels = triggers(new HandParse().sentence("Rebels entered the town",
                "rebel NNS 1 nsubj", "enter VBD -1 root", "the DT 3 det", "town NN 1 obj"));
        assertThat(rebels).extracting(f -> f.trigger().crisisClass()).containsExactly(CrisisClass.SEIZE_TERRITORY);
        List<Found> moved = triggers(new HandParse().sentence("Soldiers moved into the town",
                "soldier NNS 1 nsubj", "move VBD -1 root", "into IN 4 case", "the DT 4 det", "town NN 1 obl"));
        assertThat(moved).extracting(f -> f.trigger().crisisClass()).containsExactly(CrisisClass.SEIZE_TERRITORY);
        List<Found> villagers = triggers(new HandParse().sentence("Villagers entered the town",
                "villager NNS 1 nsubj", "enter VBD -1 root", "the DT 3 det", "town NN 1 obj"));
        assertThat(villagers).isEmpty();
        List<Found> region = triggers(new HandParse().sentence("Rebels entered the region",
                "rebel NNS 1 nsubj", "enter VBD -1 root", "the DT 3 det", "region NN 1 obj"));
        assertThat(region).isEmpty();
    }

    @Test
    void control_is_of_a_place_or_of_nothing_taken() {
        List<Found> north = triggers(new HandParse().sentence("Rebels took control of most of the north",
                "rebel NNS 1 nsubj", "take VBD -1 root", "control NN 1 obj", "of IN 4 case", "most JJS 2 nmod",
                "of IN 7 case", "the DT 7 det", "north NN 4 nmod"));
        assertThat(north).extracting(f -> f.trigger().crisisClass()).containsExactly(CrisisClass.SEIZE_TERRITORY);
        List<Found> administration = triggers(new HandParse().sentence("The junta took control of the administration",
                "the DT 1 det", "junta NN 2 nsubj", "take VBD -1 root", "control NN 2 obj", "of IN 6 case",
                "the DT 6 det", "administration NN 3 nmod"));
        assertThat(administration).isEmpty();
        List<Found> country = triggers(new HandParse().sentence("Rebels took control of the country",
                "rebel NNS 1 nsubj", "take VBD -1 root", "control NN 1 obj", "of IN 5 case", "the DT 5 det",
                "country NN 2 nmod"));
        assertThat(country).isEmpty();
    }

    @Test
    void fighting_a_quarrel_escalated_into_is_asserted() {
        List<Event> events = coded(new HandParse().sentence("The quarrel escalated into fighting",
                "the DT 1 det", "quarrel NN 2 nsubj", "escalate VBD -1 root", "into IN 4 case", "fighting NN 2 obl"));
        assertThat(events).extracting(Event::crisisClass).containsExactly(CrisisClass.ATTACK);
        List<Event> recalled = coded(new HandParse().sentence("They spoke of the fighting",
                "they PRP 1 nsubj", "speak VBD -1 root", "of IN 4 case", "the DT 4 det", "fighting NN 1 obl"));
        assertThat(recalled).isEmpty();
    }

    @Test
    void a_leaders_family_flees_as_he_does() {
        List<Found> family = triggers(new HandParse().sentence("The president 's family fled",
                "the DT 1 det", "president NN 3 nmod:poss", "'s POS 1 case", "family NN 4 nsubj", "flee VBD -1 root"));
        assertThat(family).extracting(f -> f.trigger().crisisClass()).containsExactly(CrisisClass.FLEE);
        List<Found> families = triggers(new HandParse().sentence("Many families fled",
                "many JJ 1 amod", "family NNS 2 nsubj", "flee VBD -1 root"));
        assertThat(families).extracting(f -> f.trigger().crisisClass()).containsExactly(CrisisClass.DISPLACEMENT);
    }

    @Test
    void what_a_cause_led_someone_to_do_he_did() {
        List<Found> flight = triggers(new HandParse().sentence("The plot , which led the governor to flee",
                "the DT 1 det", "plot NN -1 root", ", , 1 punct", "which WDT 4 nsubj", "lead VBD 1 acl:relcl",
                "the DT 6 det", "governor NN 4 obj", "to TO 8 mark", "flee VB 4 xcomp"));
        assertThat(flight).extracting(f -> f.trigger().crisisClass()).containsExactly(CrisisClass.FLEE);
    }

    @Test
    void a_verb_of_rivalry_takes_no_pattern_of_force() {
        List<Found> rivalry = triggers(new HandParse().sentence("Officers dominate the army",
                "officer NNS 1 nsubj", "dominate VBP -1 root", "the DT 3 det", "army NN 1 obj"));
        assertThat(rivalry).isEmpty();
    }

    @Test
    void a_taking_told_by_its_noun_and_the_town_it_is_of_is_an_event() {
        List<Event> celebrated = coded(new HandParse().sentence("Fighters celebrated the capture of Kolo",
                "fighter NNS 1 nsubj", "celebrate VBD -1 root", "the DT 3 det", "capture NN 1 obj", "of IN 5 case",
                "Kolo NNP 3 nmod").town("Kolo", 42L));
        assertThat(celebrated).extracting(Event::crisisClass).containsExactly(CrisisClass.SEIZE_TERRITORY);
        List<Event> fell = coded(new HandParse().sentence("The fall of Kolo came later", "the DT 1 det",
                "fall NN 4 nsubj", "of IN 3 case", "Kolo NNP 1 nmod", "come VBD -1 root", "later RB 4 advmod")
                .town("Kolo", 42L));
        assertThat(fell).extracting(Event::crisisClass).containsExactly(CrisisClass.SEIZE_TERRITORY);
    }

    @Test
    void a_deed_told_again_with_also_is_another_deed() {
        List<Event> two = coded(new HandParse()
                .sentence("Gunmen attacked a village", "gunman NNS 1 nsubj", "attack VBD -1 root", "a DT 3 det",
                        "village NN 1 obj")
                .sentence("That village also was targeted", "that DT 1 det", "village NN 4 nsubj:pass",
                        "also RB 4 advmod", "be VBD 4 aux:pass", "target VBN -1 root"));
        assertThat(two).extracting(Event::crisisClass).containsExactly(CrisisClass.ATTACK, CrisisClass.ATTACK);
        List<Event> one = coded(new HandParse()
                .sentence("Gunmen attacked a village", "gunman NNS 1 nsubj", "attack VBD -1 root", "a DT 3 det",
                        "village NN 1 obj")
                .sentence("That village was targeted", "that DT 1 det", "village NN 3 nsubj:pass",
                        "be VBD 3 aux:pass", "target VBN -1 root"));
        assertThat(one).singleElement().satisfies(e -> assertThat(e.mentions()).hasSize(2));
    }

    @Test
    void a_past_tense_the_parser_hung_as_an_adjective_is_the_verb_of_its_clause() {
        HandParse hand = new HandParse().sentence("Kolo , which attacked border posts", "Kolo NNP -1 root",
                ", , 0 punct", "which WDT 5 det", "attack VBD 5 amod", "border NN 5 compound", "post NNS 0 appos");
        Parse parse = hand.parse(0);
        assertThat(parse.relation(3)).isEqualTo("acl:relcl");
        assertThat(parse.head(3)).isZero();
        assertThat(parse.children(3, "obj")).containsExactly(5);
        assertThat(parse.children(3, "nsubj")).containsExactly(2);
        List<Found> attacked = triggers(hand);
        assertThat(attacked).extracting(f -> f.trigger().crisisClass()).containsExactly(CrisisClass.ATTACK);
        Parse elected = new HandParse().sentence("an elected government", "a DT 2 det", "elect VBN 2 amod",
                "government NN -1 root").parse(0);
        assertThat(elected.relation(1)).isEqualTo("amod");
    }

    @Test
    void the_first_of_its_kind_acting_on_something_is_told() {
        List<Event> first = coded(new HandParse().sentence("The first air strikes halted the advance",
                "the DT 3 det", "first JJ 3 amod", "air NN 3 compound", "strike NNS 4 nsubj", "halt VBD -1 root",
                "the DT 6 det", "advance NN 4 obj"));
        assertThat(first).extracting(Event::crisisClass).containsExactly(CrisisClass.ATTACK);
        List<Event> recalled = coded(new HandParse().sentence("The attacks halted the advance",
                "the DT 1 det", "attack NNS 2 nsubj", "halt VBD -1 root", "the DT 4 det", "advance NN 2 obj"));
        assertThat(recalled).isEmpty();
        List<Event> feared = coded(new HandParse().sentence("The attacks were feared",
                "the DT 1 det", "attack NNS 3 nsubj:pass", "be VBD 3 aux:pass", "fear VBN -1 root"));
        assertThat(feared).noneMatch(e -> e.status() == EventStatus.OCCURRED);
    }

    @Test
    void someone_said_to_be_dead_was_killed() {
        List<Event> said = coded(new HandParse().sentence("An official says Kema is dead",
                "a DT 1 det", "official NN 2 nsubj", "say VBZ -1 root", "Kema NNP 5 nsubj", "be VBZ 5 cop",
                "dead JJ 2 ccomp"));
        assertThat(said).singleElement().satisfies(e -> {
            assertThat(e.crisisClass()).isEqualTo(CrisisClass.KILL);
            assertThat(e.targets()).extracting(EventActor::entityText).containsExactly("Kema");
        });
        List<Event> left = coded(new HandParse().sentence("The ambush left two villagers dead",
                "the DT 1 det", "ambush NN 2 nsubj", "leave VBD -1 root", "two CD 4 nummod", "villager NNS 2 obj",
                "dead JJ 2 xcomp"));
        assertThat(left).extracting(Event::crisisClass).contains(CrisisClass.KILL);
        List<Event> shot = coded(new HandParse().sentence("Police shot two men dead",
                "police NNS 1 nsubj", "shoot VBD -1 root", "two CD 3 nummod", "man NNS 1 obj", "dead JJ 1 xcomp"));
        assertThat(shot).singleElement().satisfies(e -> assertThat(e.sources())
                .extracting(EventActor::entityText).containsExactly("Police"));
        List<Event> deal = coded(new HandParse().sentence("The deal is dead",
                "the DT 1 det", "deal NN 3 nsubj", "be VBZ 3 cop", "dead JJ -1 root"));
        assertThat(deal).isEmpty();
        List<Event> buried = coded(new HandParse().sentence("The dead were buried",
                "the DT 1 det", "dead JJ 3 nsubj:pass", "be VBD 3 aux:pass", "bury VBN -1 root"));
        assertThat(buried).isEmpty();
    }

    @Test
    void an_expulsion_from_a_place_is_no_suspension_of_membership() {
        // "Their expulsion from Freedonia ended the war" (a territory left), not "its suspension from the bloc".
        List<Found> territory = triggers(new HandParse().sentence("Their expulsion from Freedonia ended the war",
                "their PRP$ 1 nmod:poss", "expulsion NN 4 nsubj", "from IN 3 case", "Freedonia NNP 1 nmod",
                "end VBD -1 root", "the DT 6 det", "war NN 4 obj").place("Freedonia", new Location("Freedonia", "Freedonia", 7L, 1.0, 1.0, null, "FRE", "PCLI",
                        Location.COUNTRY, null)));
        assertThat(territory).extracting(f -> f.trigger().crisisClass())
                .doesNotContain(CrisisClass.SUSPEND_MEMBERSHIP);
        List<Found> bloc = triggers(new HandParse().sentence("Its suspension from the bloc angered the junta",
                "its PRP$ 1 nmod:poss", "suspension NN 5 nsubj", "from IN 4 case", "the DT 4 det", "bloc NN 1 nmod",
                "anger VBD -1 root", "the DT 7 det", "junta NN 5 obj"));
        assertThat(bloc).extracting(f -> f.trigger().crisisClass()).contains(CrisisClass.SUSPEND_MEMBERSHIP);
        List<Found> expelled = triggers(new HandParse().sentence("The union expelled Zarcon",
                "the DT 1 det", "union NN 2 nsubj", "expel VBD -1 root", "Zarcon NNP 2 obj")
                .actor("Zarcon", "country:ZAR", ActorKind.STATE));
        assertThat(expelled).extracting(f -> f.trigger().crisisClass()).contains(CrisisClass.SUSPEND_MEMBERSHIP);
        List<Found> driven = triggers(new HandParse().sentence("Zarcon expelled Freedonia from Kolo",
                "Zarcon NNP 1 nsubj", "expel VBD -1 root", "Freedonia NNP 1 obj", "from IN 4 case", "Kolo NNP 1 obl")
                .actor("Freedonia", "country:FRE", ActorKind.STATE).town("Kolo", 42L));
        assertThat(driven).extracting(f -> f.trigger().crisisClass()).doesNotContain(CrisisClass.SUSPEND_MEMBERSHIP);
    }

    @Test
    void force_used_by_someone_is_an_attack_and_the_use_of_force_alone_is_none() {
        List<Event> used = coded(new HandParse().sentence("Strikers faced the use of force by the police",
                "striker NNS 1 nsubj", "face VBD -1 root", "the DT 3 det", "use NN 1 obj", "of IN 5 case",
                "force NN 3 nmod", "by IN 8 case", "the DT 8 det", "police NN 3 nmod"));
        assertThat(used).extracting(Event::crisisClass).containsExactly(CrisisClass.ATTACK);
        assertThat(used.get(0).sources()).anyMatch(source -> source.entityText().contains("police"));
        List<Event> opinion = coded(new HandParse().sentence("The use of force is wrong", "the DT 1 det",
                "use NN 5 nsubj", "of IN 3 case", "force NN 1 nmod", "be VBZ 5 cop", "wrong JJ -1 root"));
        assertThat(opinion).isEmpty();
    }
}
