package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.Span;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.place.Location;

/** Where the coder places events, on sentences parsed by hand (invented towns): no language model is loaded. */
class PlaceUnitsTest {
    private static final EventLexicon LEXICON = EventLexicon.bundled();
    private static final Location MOPTI_REGION = new Location("Mopti", "Mopti", 7L, 1.0, 1.0, "Mopti", "XXX",
            "ADM1", Location.REGION, null);

    private static EventPlacer placer(HandParse hand) {
        CodingContext context = new CodingContext(hand.build(), LEXICON);
        return new EventPlacer(context, new HeadKinds(context), new EventDates(context.document, LEXICON.dates()));
    }

    private static HandParse rebelsEnteredTessit() {
        return new HandParse().sentence("Rebels entered Tessit .", "rebel NNS 1 nsubj", "enter VBD -1 root",
                "Tessit NNP 1 obj", ". . 1 punct").town("Tessit", 42L);
    }

    @Test
    void a_capitalised_name_ending_in_a_venue_noun_is_a_place_inside_the_narrative_town() {
        HandParse hand = rebelsEnteredTessit().paragraph().sentence("A soldier died near the Palm Hotel .",
                "a DT 1 det", "soldier NN 2 nsubj", "die VBD -1 root", "near IN 6 case", "the DT 6 det",
                "Palm NNP 6 compound", "hotel NNP 2 obl", ". . 2 punct");
        assertThat(Venues.of(hand.parse(1), LEXICON.words().places().venueNouns()))
                .extracting(Venues.Venue::text).containsExactly("Palm Hotel");
        Location place = placer(hand).place(2, hand.parse(1), 1, CrisisClass.KILL, List.of());
        assertThat(place.text()).isEqualTo("Palm Hotel");
        assertThat(place.resolution()).isEqualTo(5);
        assertThat(place.geonameId()).isEqualTo(42L);
        assertThat(Venues.of(new HandParse().sentence("Hotel staff fled", "hotel NN 1 compound", "staff NN 2 nsubj",
                "flee VBD -1 root").parse(0), LEXICON.words().places().venueNouns())).isEmpty();
    }

    @Test
    void a_venue_may_name_its_kind_in_lower_case_after_its_name_and_places_the_doer_told_to_be_there() {
        HandParse hand = new HandParse().sentence("Crowds at the Ostia-Lune sports stadium clashed with police",
                "crowd NNS 6 nsubj", "at IN 5 case", "the DT 5 det", "Ostia-Lune JJ 5 amod", "sport NNS 5 compound",
                "stadium NN 0 nmod", "clash VBD -1 root", "with IN 8 case", "police NN 6 obl");
        assertThat(Venues.of(hand.parse(0), LEXICON.words().places().venueNouns()))
                .extracting(Venues.Venue::text).containsExactly("Ostia-Lune sports stadium");
        EventActor crowds = new EventActor(null, "Crowds at the Ostia-Lune sports stadium",
                new Span(hand.parse(0).token(0).span().start(), hand.parse(0).token(5).span().end()));
        Location place = placer(hand).place(6, hand.parse(0), 0, CrisisClass.ATTACK, List.of(crowds));
        assertThat(place.text()).isEqualTo("Ostia-Lune sports stadium");
        HandParse described = new HandParse().sentence("The French army base was shelled", "the DT 3 det",
                "French JJ 3 amod", "army NN 3 compound", "base NN 5 nsubj:pass", "be VBD 5 aux:pass",
                "shell VBN -1 root");
        assertThat(Venues.of(described.parse(0), LEXICON.words().places().venueNouns())).isEmpty();
    }

    @Test
    void a_name_inside_the_doers_description_is_no_place_unless_it_says_where_the_doer_is() {
        HandParse hand = new HandParse().sentence("Groups under the name of Veltra attacked",
                "group NNS 6 nsubj", "under IN 3 case", "the DT 3 det", "name NN 0 nmod", "of IN 5 case",
                "Veltra NNP 3 nmod", "attack VBD -1 root").named("Veltra");
        CodingContext context = new CodingContext(hand.build(), LEXICON);
        Parse parse = hand.parse(0);
        EventActor groups = new EventActor(null, "Groups under the name of Veltra",
                new Span(parse.token(0).span().start(), parse.token(5).span().end()));
        assertThat(new PlaceSieve(context).located(context.places(0), parse, 6, List.of(groups), null, false)).isEmpty();
        HandParse based = new HandParse().sentence("Fighters based in the town of Tessit attacked",
                "fighter NNS 7 nsubj", "base VBN 0 acl", "in IN 4 case", "the DT 4 det", "town NN 1 obl",
                "of IN 6 case", "Tessit NNP 4 nmod", "attack VBD -1 root").town("Tessit", 42L);
        CodingContext basedContext = new CodingContext(based.build(), LEXICON);
        Parse basedParse = based.parse(0);
        EventActor fighters = new EventActor(null, "Fighters based in the town of Tessit",
                new Span(basedParse.token(0).span().start(), basedParse.token(6).span().end()));
        assertThat(new PlaceSieve(basedContext).located(basedContext.places(0), basedParse, 7, List.of(fighters),
                null, false)).extracting(p -> p.location().geonameId()).containsExactly(42L);
    }

    @Test
    void a_place_that_only_qualifies_people_is_no_place_but_one_that_qualifies_a_camp_is() {
        HandParse girls = new HandParse().sentence("The Tessit girls were freed", "the DT 2 det",
                "Tessit NNP 2 compound", "girl NNS 4 nsubj:pass", "be VBD 4 aux:pass", "free VBN -1 root")
                .town("Tessit", 42L);
        HandParse camp = new HandParse().sentence("The Tessit camp was shelled", "the DT 2 det",
                "Tessit NNP 2 compound", "camp NN 4 nsubj:pass", "be VBD 4 aux:pass", "shell VBN -1 root")
                .town("Tessit", 42L);
        CodingContext girlsContext = new CodingContext(girls.build(), LEXICON);
        CodingContext campContext = new CodingContext(camp.build(), LEXICON);
        assertThat(new PlaceSieve(girlsContext).modifier(girlsContext.places(0).get(0).span(), girls.parse(0), 4))
                .isTrue();
        assertThat(new PlaceSieve(campContext).modifier(campContext.places(0).get(0).span(), camp.parse(0), 4))
                .isFalse();
    }

    @Test
    void a_place_a_noun_comes_from_is_no_place_of_the_deed_but_one_the_trigger_leaves_is() {
        HandParse brought = rebelsEnteredTessit().sentence("The junta brought in troops from Varnia .",
                "the DT 1 det", "junta NN 2 nsubj", "bring VBD -1 root", "in RP 2 compound:prt", "troop NNS 2 obj",
                "from IN 6 case", "Varnia NNP 4 nmod", ". . 2 punct").town("Varnia", 43L);
        assertThat(placer(brought).place(2, brought.parse(1), 1, CrisisClass.DEPLOY, List.of()).geonameId())
                .isEqualTo(42L);
        HandParse onVerb = rebelsEnteredTessit().sentence("The junta brought troops from Varnia .",
                "the DT 1 det", "junta NN 2 nsubj", "bring VBD -1 root", "troop NNS 2 obj", "from IN 5 case",
                "Varnia NNP 2 obl", ". . 2 punct").town("Varnia", 43L);
        assertThat(placer(onVerb).place(2, onVerb.parse(1), 1, CrisisClass.DEPLOY, List.of()).geonameId())
                .isEqualTo(42L);
        HandParse withdrew = new HandParse().sentence("Rebels withdrew from Varnia .", "rebel NNS 1 nsubj",
                "withdraw VBD -1 root", "from IN 3 case", "Varnia NNP 1 obl", ". . 1 punct").town("Varnia", 43L);
        assertThat(placer(withdrew).place(1, withdrew.parse(0), 0, CrisisClass.RETREAT_TERRITORY, List.of())
                .geonameId()).isEqualTo(43L);
    }

    @Test
    void a_distance_from_a_town_says_where_not_whence() {
        HandParse near = new HandParse().sentence("Soldiers mutinied ten kilometres from Varnia .",
                "soldier NNS 1 nsubj", "mutiny VBD -1 root", "ten CD 3 nummod", "kilometre NNS 1 obl",
                "from IN 5 case", "Varnia NNP 3 nmod", ". . 1 punct").town("Varnia", 43L);
        CodingContext context = new CodingContext(near.build(), LEXICON);
        assertThat(new PlaceSieve(context).origin(context.places(0).get(0).span(), near.parse(0), 1, false))
                .isFalse();
    }

    @Test
    void a_town_naming_the_people_kidnapped_places_the_kidnapping_over_their_country_but_not_an_arrest() {
        Location norland = new Location("Norland", "Norland", 9L, 1.0, 1.0, null, "XXX", "PCLI", Location.COUNTRY,
                null);
        HandParse hand = new HandParse().sentence("Gunmen kidnapped 40 Tessit girls in Norland",
                "gunman NNS 1 nsubj", "kidnap VBD -1 root", "40 CD 4 nummod", "Tessit NNP 4 compound",
                "girl NNS 1 obj", "in IN 6 case", "Norland NNP 1 obl").town("Tessit", 42L).place("Norland", norland);
        EventPlacer placer = placer(hand);
        assertThat(placer.place(1, hand.parse(0), 0, CrisisClass.KIDNAP, List.of()).geonameId()).isEqualTo(42L);
        assertThat(placer.place(1, hand.parse(0), 0, CrisisClass.ARREST, List.of()).geonameId()).isEqualTo(9L);
    }

    @Test
    void a_place_of_another_clause_with_its_own_subject_does_not_place_the_event() {
        HandParse hand = new HandParse().sentence("Ten soldiers were killed and Tessit was taken",
                "ten CD 1 nummod", "soldier NNS 3 nsubj:pass", "be VBD 3 aux:pass", "kill VBN -1 root",
                "and CC 7 cc", "Tessit NNP 7 nsubj:pass", "be VBD 7 aux:pass", "take VBN 3 conj").town("Tessit", 42L);
        EventPlacer placer = placer(hand);
        assertThat(placer.place(3, hand.parse(0), 0, CrisisClass.KILL, List.of())).isNull();
        assertThat(placer.place(7, hand.parse(0), 0, CrisisClass.SEIZE_TERRITORY, List.of()).geonameId())
                .isEqualTo(42L);
    }

    @Test
    void the_narrative_place_crosses_paragraphs_but_not_a_heading() {
        HandParse across = rebelsEnteredTessit().paragraph().sentence("Two soldiers died .", "two CD 1 nummod",
                "soldier NNS 2 nsubj", "die VBD -1 root", ". . 2 punct");
        assertThat(placer(across).place(2, across.parse(1), 1, CrisisClass.KILL, List.of()).geonameId())
                .isEqualTo(42L);
        HandParse headed = rebelsEnteredTessit().paragraph().sentence("More violence", "more JJR 1 amod",
                "violence NN -1 root").paragraph().sentence("Two soldiers died .", "two CD 1 nummod",
                "soldier NNS 2 nsubj", "die VBD -1 root", ". . 2 punct");
        assertThat(placer(headed).place(2, headed.parse(2), 2, CrisisClass.KILL, List.of())).isNull();
    }

    @Test
    void the_province_is_the_region_named_last_and_a_village_the_one_named_next() {
        HandParse province = new HandParse().sentence("Fighting spread across Mopti .", "fighting NN 1 nsubj",
                        "spread VBD -1 root", "across IN 3 case", "Mopti NNP 1 obl", ". . 1 punct")
                .place("Mopti", MOPTI_REGION)
                .sentence("Rebels entered Tessit .", "rebel NNS 1 nsubj", "enter VBD -1 root", "Tessit NNP 1 obj",
                        ". . 1 punct").town("Tessit", 42L)
                .sentence("Chad sent troops to the province .", "Chad NNP 1 nsubj", "send VBD -1 root",
                        "troop NNS 1 obj", "to IN 5 case", "the DT 5 det", "province NN 1 obl", ". . 1 punct");
        assertThat(placer(province).place(1, province.parse(2), 2, CrisisClass.DEPLOY, List.of()).geonameId())
                .isEqualTo(7L);
        HandParse village = new HandParse().sentence("Gunmen attacked a village .", "gunman NNS 1 nsubj",
                        "attack VBD -1 root", "a DT 3 det", "village NN 1 obj", ". . 1 punct")
                .sentence("The village of Tessit burnt .", "the DT 1 det", "village NN 4 nsubj", "of IN 3 case",
                        "Tessit NNP 1 nmod", "burn VBD -1 root", ". . 4 punct").town("Tessit", 42L);
        assertThat(placer(village).place(1, village.parse(0), 0, CrisisClass.ATTACK, List.of()).geonameId())
                .isEqualTo(42L);
    }

    private static HandParse talksFailed(HandParse hand, int times) {
        for (int i = 0; i < times; i++) {
            hand.sentence("Talks failed .", "talk NNS 1 nsubj", "fail VBD -1 root", ". . 1 punct");
        }
        return hand;
    }

    private static HandParse troopsToTheProvince(HandParse hand) {
        return hand.sentence("Chad sent troops to the province .", "Chad NNP 1 nsubj", "send VBD -1 root",
                "troop NNS 1 obj", "to IN 5 case", "the DT 5 det", "province NN 1 obl", ". . 1 punct");
    }

    @Test
    void the_province_is_the_one_region_the_report_names_however_far_back() {
        HandParse one = troopsToTheProvince(talksFailed(new HandParse().sentence("Fighting spread across Mopti .",
                "fighting NN 1 nsubj", "spread VBD -1 root", "across IN 3 case", "Mopti NNP 1 obl", ". . 1 punct")
                .place("Mopti", MOPTI_REGION), 3));
        assertThat(placer(one).place(1, one.parse(4), 4, CrisisClass.DEPLOY, List.of()).geonameId()).isEqualTo(7L);
        Location kayes = new Location("Kayes", "Kayes", 8L, 1.0, 1.0, "Kayes", "XXX", "ADM1", Location.REGION, null);
        HandParse two = troopsToTheProvince(talksFailed(new HandParse().sentence("Fighting spread across Mopti .",
                "fighting NN 1 nsubj", "spread VBD -1 root", "across IN 3 case", "Mopti NNP 1 obl", ". . 1 punct")
                .place("Mopti", MOPTI_REGION).sentence("Rain fell on Kayes .", "rain NN 1 nsubj", "fall VBD -1 root",
                        "on IN 3 case", "Kayes NNP 1 obl", ". . 1 punct").place("Kayes", kayes), 3));
        assertThat(placer(two).place(1, two.parse(5), 5, CrisisClass.DEPLOY, List.of())).isNull();
    }

    @Test
    void the_hotel_is_the_facility_the_report_named_last_with_that_noun() {
        HandParse hand = troopsStormedTheHotel(talksFailed(rebelsEnteredTessit().sentence(
                "A soldier died near the Palm Hotel .", "a DT 1 det", "soldier NN 2 nsubj", "die VBD -1 root",
                "near IN 6 case", "the DT 6 det", "Palm NNP 6 compound", "hotel NNP 2 obl", ". . 2 punct"), 3));
        Location place = placer(hand).place(1, hand.parse(5), 5, CrisisClass.ATTACK, List.of());
        assertThat(place.text()).isEqualTo("Palm Hotel");
        assertThat(place.geonameId()).isEqualTo(42L);
        HandParse none = troopsStormedTheHotel(new HandParse());
        assertThat(placer(none).place(1, none.parse(0), 0, CrisisClass.ATTACK, List.of())).isNull();
    }

    private static HandParse troopsStormedTheHotel(HandParse hand) {
        return hand.sentence("Troops stormed the hotel .", "troop NNS 1 nsubj", "storm VBD -1 root", "the DT 3 det",
                "hotel NN 1 obj", ". . 1 punct");
    }

    @Test
    void an_unknown_name_after_the_is_no_town_the_story_is_at() {
        HandParse kremlin = new HandParse().sentence("Mercenaries close to the Kremlin came .",
                "mercenary NNS 5 nsubj", "close JJ 0 amod", "to IN 4 case", "the DT 4 det", "Kremlin NNP 1 obl",
                "come VBD -1 root", ". . 5 punct").named("Kremlin").sentence("Two soldiers died .",
                "two CD 1 nummod", "soldier NNS 2 nsubj", "die VBD -1 root", ". . 2 punct");
        assertThat(placer(kremlin).place(2, kremlin.parse(1), 1, CrisisClass.KILL, List.of())).isNull();
        HandParse kolo = new HandParse().sentence("Mercenaries came to Kolo .", "mercenary NNS 1 nsubj",
                "come VBD -1 root", "to IN 3 case", "Kolo NNP 1 obl", ". . 1 punct").named("Kolo")
                .sentence("Two soldiers died .", "two CD 1 nummod", "soldier NNS 2 nsubj", "die VBD -1 root",
                        ". . 2 punct");
        assertThat(placer(kolo).place(2, kolo.parse(1), 1, CrisisClass.KILL, List.of()).text()).isEqualTo("Kolo");
    }

    private static HandParse aboutMopti() {
        Location xland = new Location("Xland", "Xland", 9L, 1.0, 1.0, null, "XXX", "PCLI", Location.COUNTRY, null);
        return new HandParse().sentence("Fighting spread across Mopti in Xland .", "fighting NN 1 nsubj",
                        "spread VBD -1 root", "across IN 3 case", "Mopti NNP 1 obl", "in IN 5 case", "Xland NNP 1 obl",
                        ". . 1 punct").place("Mopti", MOPTI_REGION).place("Xland", xland)
                .sentence("Rebels held Mopti .", "rebel NNS 1 nsubj", "hold VBD -1 root", "Mopti NNP 1 obj",
                        ". . 1 punct").place("Mopti", MOPTI_REGION);
    }

    private static HandParse twoSoldiersDied(HandParse hand) {
        return hand.sentence("Two soldiers died .", "two CD 1 nummod", "soldier NNS 2 nsubj", "die VBD -1 root",
                ". . 2 punct");
    }

    @Test
    void an_unplaced_event_of_a_report_about_one_region_happened_in_that_region() {
        HandParse one = twoSoldiersDied(talksFailed(aboutMopti(), 3));
        assertThat(placer(one).place(2, one.parse(5), 5, CrisisClass.KILL, List.of()).geonameId()).isEqualTo(7L);
        assertThat(placer(one).place(2, one.parse(5), 5, CrisisClass.CONDEMN, List.of()).geonameId()).isEqualTo(9L);
        HandParse spread = twoSoldiersDied(talksFailed(aboutMopti().sentence("Rebels held Tessit and Kolo .",
                "rebel NNS 1 nsubj", "hold VBD -1 root", "Tessit NNP 1 obj", "and CC 4 cc", "Kolo NNP 2 conj",
                ". . 1 punct").town("Tessit", 42L).town("Kolo", 43L), 3));
        assertThat(placer(spread).place(2, spread.parse(6), 6, CrisisClass.KILL, List.of()).geonameId())
                .isEqualTo(9L);
    }

    @Test
    void protests_that_broke_out_worldwide_are_at_no_town() {
        HandParse hand = rebelsEnteredTessit().sentence("Protests broke out worldwide .", "protest NNS 1 nsubj",
                "break VBD -1 root", "out RP 1 compound:prt", "worldwide RB 1 advmod", ". . 1 punct");
        Location place = placer(hand).place(0, hand.parse(1), 1, CrisisClass.PROTEST, List.of());
        assertThat(place.text()).isEqualTo("worldwide");
        assertThat(place.area()).isNotNull();
        HandParse local = rebelsEnteredTessit().sentence("Protests broke out .", "protest NNS 1 nsubj",
                "break VBD -1 root", "out RP 1 compound:prt", ". . 1 punct");
        assertThat(placer(local).place(0, local.parse(1), 1, CrisisClass.PROTEST, List.of()).geonameId())
                .isEqualTo(42L);
    }

    @Test
    void an_embassy_acts_in_the_capital_of_the_country_it_is_in() {
        Location kolo = new Location("Kolo", "Kolo", 43L, 1.0, 1.0, null, "XXX", "PPLC", Location.TOWN, null);
        Location xland = new Location("Xland", "Xland", 9L, 1.0, 1.0, null, "XXX", "PCLI", Location.COUNTRY, null);
        HandParse hand = new HandParse().sentence("Rebels entered Kolo in Xland .", "rebel NNS 1 nsubj",
                        "enter VBD -1 root", "Kolo NNP 1 obj", "in IN 4 case", "Xland NNP 1 obl", ". . 1 punct")
                .place("Kolo", kolo).place("Xland", xland)
                .sentence("The Zland Embassy condemned the attack .", "the DT 2 det", "Zland NNP 2 compound",
                        "embassy NNP 3 nsubj", "condemn VBD -1 root", "the DT 5 det", "attack NN 3 obj",
                        ". . 3 punct");
        EventActor embassy = new EventActor("state:ZZZ", "Zland", hand.parse(1).token(1).span());
        assertThat(placer(hand).place(3, hand.parse(1), 1, CrisisClass.CONDEMN, List.of(embassy)).geonameId())
                .isEqualTo(43L);
        HandParse state = new HandParse().sentence("Rebels entered Kolo in Xland .", "rebel NNS 1 nsubj",
                        "enter VBD -1 root", "Kolo NNP 1 obj", "in IN 4 case", "Xland NNP 1 obl", ". . 1 punct")
                .place("Kolo", kolo).place("Xland", xland)
                .sentence("Zland condemned the attack .", "Zland NNP 1 nsubj", "condemn VBD -1 root",
                        "the DT 3 det", "attack NN 1 obj", ". . 1 punct");
        EventActor zland = new EventActor("state:ZZZ", "Zland", state.parse(1).token(0).span());
        assertThat(placer(state).place(1, state.parse(1), 1, CrisisClass.CONDEMN, List.of(zland)).geonameId())
                .isEqualTo(9L);
    }

    @Test
    void a_country_or_area_that_acts_is_not_where_it_acted() {
        Location area = new Location("South Kordo", null, null, null, null, null, null, null, 0, "South Kordo");
        HandParse hand = new HandParse().sentence("South Kordo sent troops .", "south NNP 1 compound",
                "Kordo NNP 2 nsubj", "send VBD -1 root", "troop NNS 2 obj", ". . 2 punct").place("South Kordo", area);
        assertThat(placer(hand).place(2, hand.parse(0), 0, CrisisClass.DEPLOY, List.of())).isNull();
    }

    @Test
    void a_facility_the_deeds_phrase_names_places_it_over_the_places_of_the_phrases_asides() {
        HandParse hand = new HandParse().sentence("An air raid damaged the Velgo airbase , a base from which jets reach Ostia .",
                "an DT 2 det", "air NN 2 compound", "raid NN 3 nsubj", "damage VBD -1 root", "the DT 6 det",
                "Velgo NNP 6 compound", "airbase NN 3 obj", ", , 6 punct", "a DT 9 det", "base NN 6 appos",
                "from IN 11 case", "which WDT 13 obl", "jet NNS 13 nsubj", "reach VBP 9 acl:relcl", "Ostia NNP 13 obj",
                ". . 3 punct").town("Ostia", 43L);
        Location place = placer(hand).place(2, hand.parse(0), 0, CrisisClass.ATTACK, List.of());
        assertThat(place.text()).isEqualTo("Velgo airbase");
        assertThat(place.resolution()).isEqualTo(Venues.SUB_CITY);
    }

    @Test
    void a_report_that_never_names_its_country_as_a_country_still_keeps_the_story_out_of_towns_abroad() {
        Location north = new Location("the north", "Norland", null, null, null, null, "XXX", null, Location.COUNTRY,
                "north of Norland");
        Location ostia = new Location("Ostia", "Ostia", 43L, 1.0, 1.0, null, "YYY", "PPLC", Location.TOWN, null);
        HandParse hand = new HandParse().sentence("Norland troops left Tessit for the north .", "Norland NNP 1 compound",
                "troop NNS 2 nsubj", "leave VBD -1 root", "Tessit NNP 2 obj", "for IN 6 case", "the DT 6 det",
                "north NN 2 obl", ". . 2 punct").town("Tessit", 42L).place("north", north)
                .actor("Norland", "dict:norland", ActorKind.STATE)
                .sentence("The minister fled to Ostia .", "the DT 1 det", "minister NN 2 nsubj", "flee VBD -1 root",
                        "to IN 4 case", "Ostia NNP 2 obl", ". . 2 punct").place("Ostia", ostia)
                .sentence("The general declared himself president .", "the DT 1 det", "general NN 2 nsubj",
                        "declare VBD -1 root", "himself PRP 4 nsubj", "president NN 2 xcomp", ". . 2 punct");
        Location place = placer(hand).place(2, hand.parse(2), 2, CrisisClass.APPOINT, List.of());
        assertThat(place.geonameId()).isEqualTo(42L);
    }

    @Test
    void a_foreign_country_the_trigger_went_to_places_it_and_one_another_noun_went_to_does_not() {
        Location norvia = new Location("Norvia", "Norvia", 44L, 1.0, 1.0, null, "YYY", "PCLI", Location.COUNTRY,
                null);
        HandParse fled = new HandParse().sentence("The president fled to Norvia", "the DT 1 det",
                "president NN 2 nsubj", "flee VBD -1 root", "to IN 4 case", "Norvia NNP 2 obl")
                .place("Norvia", norvia);
        CodingContext context = new CodingContext(fled.build(), LEXICON);
        assertThat(new PlaceSieve(context).located(context.places(0), fled.parse(0), 2, List.of(), "XXX", false))
                .extracting(p -> p.location().geonameId()).containsExactly(44L);
        HandParse aid = new HandParse().sentence("The president fled as aid went to Norvia", "the DT 1 det",
                "president NN 2 nsubj", "flee VBD -1 root", "as IN 5 mark", "aid NN 5 nsubj", "go VBD 2 advcl",
                "to IN 7 case", "Norvia NNP 5 obl").place("Norvia", norvia);
        CodingContext aidContext = new CodingContext(aid.build(), LEXICON);
        assertThat(new PlaceSieve(aidContext).located(aidContext.places(0), aid.parse(0), 2, List.of(), "XXX",
                false)).isEmpty();
    }
}
