package org.sitrep.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.actors.ResolvedActors.actor;
import static org.sitrep.actors.ResolvedActors.keyOf;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EntityType;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.pipeline.AnalysedDocument;

/**
 * Definite descriptions that refer back to a named actor ("the group", "the council"), the kind a name's
 * apposition gives it, and the participants a report follows as one actor ("protesters", "the crowds"), on
 * hand-built sentences of our own with the bundled nominals.
 */
class DescriptionsTest {
    private static final ActorDictionary BUNDLED = ActorDictionary.bundled();

    private static AnalysedDocument run(HandTokens sentence, EntityMention... entities) {
        return ResolvedActors.resolve(sentence, LocalDate.of(2021, 3, 4), BUNDLED, name -> false, entities);
    }

    private static boolean mentioned(AnalysedDocument document, String text) {
        return document.actorMentions().stream().anyMatch(mention -> mention.text().equals(text));
    }

    @Test
    void the_group_is_the_armed_group_its_apposition_names_though_the_tagger_read_a_person() {
        // Torvana , an armed group , raided Kessa and police chased the group .
        HandTokens sentence = HandTokens.of("Torvana/NNP/PERSON/6/nsubj", ",/,/O/0/punct", "an/DT/O/4/det",
                "armed/JJ/O/4/amod", "group/NN/O/0/appos", ",/,/O/0/punct", "raided/VBD/O/-1/root",
                "Kessa/NNP/O/6/dobj", "and/CC/O/6/cc", "police/NNS/O/10/nsubj", "chased/VBD/O/6/conj",
                "the/DT/O/12/det", "group/NN/O/10/dobj", "./././6/punct");
        AnalysedDocument document = run(sentence, sentence.entity(0, 1, EntityType.PERSON));
        String torvana = keyOf(document, "Torvana");
        assertThat(keyOf(document, "the group")).isEqualTo(torvana);
        assertThat(actor(document, torvana).kind()).isEqualTo(ActorKind.ARMED_GROUP);
    }

    @Test
    void a_description_never_means_the_subject_of_its_own_clause() {
        // The Varo Alliance joined the coalition .
        HandTokens sentence = HandTokens.of("The/DT/O/2/det", "Varo/NNP/ORGANIZATION/2/compound",
                "Alliance/NNP/ORGANIZATION/3/nsubj", "joined/VBD/O/-1/root", "the/DT/O/5/det",
                "coalition/NN/O/3/dobj", "./././3/punct");
        AnalysedDocument document = run(sentence, sentence.entity(1, 3, EntityType.ORGANIZATION));
        assertThat(actor(document, keyOf(document, "Varo Alliance")).kind()).isEqualTo(ActorKind.MOVEMENT);
        assertThat(mentioned(document, "the coalition")).isFalse();
    }

    @Test
    void the_interim_rulers_are_the_governing_body_named_before() {
        // The Kessa Transitional Council met and the interim rulers took the port .
        HandTokens sentence = HandTokens.of("The/DT", "Kessa/NNP/ORGANIZATION", "Transitional/NNP/ORGANIZATION",
                "Council/NNP/ORGANIZATION", "met/VBD", "and/CC", "the/DT", "interim/JJ", "rulers/NNS", "took/VBD",
                "the/DT", "port/NN", "./.");
        AnalysedDocument document = run(sentence, sentence.entity(1, 4, EntityType.ORGANIZATION));
        String council = keyOf(document, "Kessa Transitional Council");
        assertThat(actor(document, council).kind()).isEqualTo(ActorKind.GOVERNMENT_BODY);
        assertThat(keyOf(document, "the interim rulers")).isEqualTo(council);
    }

    @Test
    void interim_rulers_with_no_governing_body_named_stay_unresolved() {
        // Dorel met ; the interim rulers fled .
        HandTokens sentence = HandTokens.of("Dorel/NNP/PERSON", "met/VBD", ";/:", "the/DT", "interim/JJ",
                "rulers/NNS", "fled/VBD", "./.");
        AnalysedDocument document = run(sentence, sentence.entity(0, 1, EntityType.PERSON));
        assertThat(mentioned(document, "the interim rulers")).isFalse();
    }

    @Test
    void a_description_of_a_kind_no_named_actor_has_stays_unresolved() {
        // Dorel met ; the militia fled .
        HandTokens sentence = HandTokens.of("Dorel/NNP/PERSON/1/nsubj", "met/VBD/O/-1/root", ";/:/O/1/punct",
                "the/DT/O/4/det", "militia/NN/O/5/nsubj", "fled/VBD/O/1/parataxis", "./././1/punct");
        AnalysedDocument document = run(sentence, sentence.entity(0, 1, EntityType.PERSON));
        assertThat(mentioned(document, "the militia")).isFalse();
    }

    @Test
    void a_capitalised_head_or_one_before_of_is_no_description() {
        // Dorel , a rebel movement , met the group of officers and the Council on Peace .
        HandTokens sentence = HandTokens.of("Dorel/NNP/PERSON", ",/,", "a/DT", "rebel/NN", "movement/NN", ",/,",
                "met/VBD", "the/DT", "group/NN", "of/IN", "officers/NNS", "and/CC", "the/DT", "Council/NNP",
                "on/IN", "Peace/NNP", "./.");
        AnalysedDocument document = run(sentence, sentence.entity(0, 1, EntityType.PERSON));
        assertThat(mentioned(document, "the group")).isFalse();
        assertThat(mentioned(document, "the Council")).isFalse();
    }

    @Test
    void protesters_and_crowds_are_the_reports_one_actor_of_protesters() {
        // Protesters marched and the crowds grew while demonstrators sang .
        HandTokens sentence = HandTokens.of("Protesters/NNS", "marched/VBD", "and/CC", "the/DT", "crowds/NNS",
                "grew/VBD", "while/IN", "demonstrators/NNS", "sang/VBD", "./.");
        AnalysedDocument document = run(sentence);
        String protesters = keyOf(document, "Protesters");
        assertThat(keyOf(document, "the crowds")).isEqualTo(protesters);
        assertThat(keyOf(document, "demonstrators")).isEqualTo(protesters);
        assertThat(actor(document, protesters).name()).isEqualTo("protesters");
        assertThat(actor(document, protesters).kind()).isEqualTo(ActorKind.MOVEMENT);
    }

    @Test
    void a_junta_the_dictionary_lacks_for_the_country_and_date_is_the_reports_one_junta() {
        // The junta in Ghana closed schools and the ruling junta jailed critics .
        HandTokens sentence = HandTokens.of("The/DT", "junta/NN", "in/IN", "Ghana/NNP/LOCATION", "closed/VBD",
                "schools/NNS", "and/CC", "the/DT", "ruling/VBG", "junta/NN", "jailed/VBD", "critics/NNS", "./.");
        AnalysedDocument document = run(sentence, sentence.entity(3, 4, EntityType.LOCATION));
        String junta = keyOf(document, "The junta");
        assertThat(keyOf(document, "the ruling junta")).isEqualTo(junta);
        assertThat(actor(document, junta).name()).isEqualTo("junta");
        assertThat(actor(document, junta).kind()).isEqualTo(ActorKind.GOVERNMENT_BODY);
    }

    @Test
    void the_military_regime_is_the_reports_junta_too() {
        // The ruling junta in Ghana closed schools and the military regime jailed critics .
        HandTokens sentence = HandTokens.of("The/DT", "ruling/VBG", "junta/NN", "in/IN", "Ghana/NNP/LOCATION",
                "closed/VBD", "schools/NNS", "and/CC", "the/DT", "military/JJ", "regime/NN", "jailed/VBD",
                "critics/NNS", "./.");
        AnalysedDocument document = run(sentence, sentence.entity(4, 5, EntityType.LOCATION));
        assertThat(keyOf(document, "the military regime")).isEqualTo(keyOf(document, "The ruling junta"));
    }

    @Test
    void a_regional_bloc_outside_west_africa_is_known_and_the_bloc_refers_back_to_it() {
        // Leaders of the Southern African Development Community met and the bloc condemned the raid .
        HandTokens sentence = HandTokens.of("Leaders/NNS", "of/IN", "the/DT", "Southern/NNP", "African/NNP",
                "Development/NNP", "Community/NNP", "met/VBD", "and/CC", "the/DT", "bloc/NN", "condemned/VBD",
                "the/DT", "raid/NN", "./.");
        AnalysedDocument document = run(sentence);
        assertThat(keyOf(document, "the bloc")).isEqualTo("dict:sadc");
    }

    @Test
    void a_name_given_after_better_known_as_is_another_name_of_the_actor_just_named() {
        // Dela Osei , better known as Kobby , led the militia .
        HandTokens sentence = HandTokens.of("Dela/NNP/PERSON", "Osei/NNP/PERSON", ",/,", "better/RBR",
                "known/VBN", "as/IN", "Kobby/NNP", ",/,", "led/VBD", "the/DT", "militia/NN", "./.");
        AnalysedDocument document = run(sentence, sentence.entity(0, 2, EntityType.PERSON));
        assertThat(actor(document, keyOf(document, "Dela Osei")).surfaceForms()).contains("Kobby");
    }

    @Test
    void a_renaming_after_aka_is_a_form_with_its_article_and_adjective_as_written() {
        // The Coast Watch , aka the rebranded Red Legion , patrolled the bay .
        HandTokens sentence = HandTokens.of("The/DT", "Coast/NNP/ORGANIZATION", "Watch/NNP/ORGANIZATION", ",/,",
                "aka/RB", "the/DT", "rebranded/VBN", "Red/NNP", "Legion/NNP", ",/,", "patrolled/VBD", "the/DT",
                "bay/NN", "./.");
        AnalysedDocument document = run(sentence, sentence.entity(1, 3, EntityType.ORGANIZATION));
        assertThat(actor(document, keyOf(document, "Coast Watch")).surfaceForms())
                .contains("the rebranded Red Legion");
    }

    @Test
    void a_group_noun_in_apposition_to_a_group_makes_the_whole_description_a_form() {
        // The Coast Watch , a contingent of hired guards loyal to the governor , patrolled the bay .
        HandTokens sentence = HandTokens.of("The/DT/O/2/det", "Coast/NNP/ORGANIZATION/2/compound",
                "Watch/NNP/ORGANIZATION/14/nsubj", ",/,/O/2/punct", "a/DT/O/5/det", "contingent/NN/O/2/appos",
                "of/IN/O/8/case", "hired/JJ/O/8/amod", "guards/NNS/O/5/nmod", "loyal/JJ/O/8/amod", "to/TO/O/12/case",
                "the/DT/O/12/det", "governor/NN/O/9/nmod", ",/,/O/2/punct", "patrolled/VBD/O/-1/root",
                "the/DT/O/16/det", "bay/NN/O/14/dobj", "./././14/punct");
        AnalysedDocument document = run(sentence, sentence.entity(1, 3, EntityType.ORGANIZATION));
        assertThat(actor(document, keyOf(document, "Coast Watch")).surfaceForms())
                .contains("a contingent of hired guards loyal to the governor");
    }

    @Test
    void a_place_in_apposition_to_a_group_is_no_form_of_it() {
        // The Coast Watch , the town 's harbour , patrolled the bay .  ("town" heads no group)
        HandTokens sentence = HandTokens.of("The/DT/O/2/det", "Coast/NNP/ORGANIZATION/2/compound",
                "Watch/NNP/ORGANIZATION/9/nsubj", ",/,/O/2/punct", "the/DT/O/5/det", "town/NN/O/2/appos",
                "'s/POS/O/5/case", "harbour/NN/O/5/compound", ",/,/O/2/punct", "patrolled/VBD/O/-1/root",
                "the/DT/O/11/det", "bay/NN/O/9/dobj", "./././9/punct");
        AnalysedDocument document = run(sentence, sentence.entity(1, 3, EntityType.ORGANIZATION));
        assertThat(actor(document, keyOf(document, "Coast Watch")).surfaceForms())
                .noneMatch(form -> form.contains("town"));
    }

    @Test
    void a_relative_clause_misparsed_as_an_apposition_is_no_form() {
        // The Coast Watch , which fought the rebel forces , left .  (the parse hangs "forces" on the name)
        HandTokens sentence = HandTokens.of("The/DT/O/2/det", "Coast/NNP/ORGANIZATION/2/compound",
                "Watch/NNP/ORGANIZATION/10/nsubj", ",/,/O/2/punct", "which/WDT/O/8/nsubj", "fought/VBD/O/8/acl",
                "the/DT/O/8/det", "rebel/NN/O/8/compound", "forces/NNS/O/2/appos", ",/,/O/2/punct",
                "left/VBD/O/-1/root", "./././10/punct");
        AnalysedDocument document = run(sentence, sentence.entity(1, 3, EntityType.ORGANIZATION));
        assertThat(actor(document, keyOf(document, "Coast Watch")).surfaceForms())
                .noneMatch(form -> form.contains("forces"));
    }

    @Test
    void a_name_the_actor_was_formerly_known_as_is_another_of_its_names() {
        // Dela Osei , formerly known as Kobby , led the militia .
        HandTokens sentence = HandTokens.of("Dela/NNP/PERSON", "Osei/NNP/PERSON", ",/,", "formerly/RB",
                "known/VBN", "as/IN", "Kobby/NNP", ",/,", "led/VBD", "the/DT", "militia/NN", "./.");
        AnalysedDocument document = run(sentence, sentence.entity(0, 2, EntityType.PERSON));
        assertThat(actor(document, keyOf(document, "Dela Osei")).surfaceForms()).contains("Kobby");
    }

    @Test
    void police_are_the_police_of_the_country_the_report_is_about_and_a_police_vehicle_is_none() {
        // Police in Ghana stopped a police vehicle .
        HandTokens sentence = HandTokens.of("Police/NNS", "in/IN", "Ghana/NNP/LOCATION", "stopped/VBD", "a/DT",
                "police/NN", "vehicle/NN", "./.");
        AnalysedDocument document = run(sentence, sentence.entity(2, 3, EntityType.LOCATION));
        assertThat(actor(document, keyOf(document, "Police")).name()).isEqualTo("Ghanaian police");
        assertThat(mentioned(document, "police")).isFalse();
    }

    @Test
    void a_title_set_off_by_a_comma_before_a_name_describes_the_person_who_then_answers_to_it() {
        // Norland 's foreign minister , Dela Osei , spoke and the foreign minister left .
        HandTokens sentence = HandTokens.of("Norland/NNP", "'s/POS", "foreign/JJ", "minister/NN", ",/,",
                "Dela/NNP/PERSON", "Osei/NNP/PERSON", ",/,", "spoke/VBD", "and/CC", "the/DT", "foreign/JJ",
                "minister/NN", "left/VBD", "./.");
        AnalysedDocument document = run(sentence, sentence.entity(5, 7, EntityType.PERSON));
        String osei = keyOf(document, "Norland 's foreign minister , Dela Osei");
        assertThat(keyOf(document, "the foreign minister")).isEqualTo(osei);
    }

    @Test
    void a_nominal_without_its_article_is_generic_so_reports_do_not_link_by_it() {
        assertThat(BUNDLED.isGeneric("group")).isTrue();
        assertThat(BUNDLED.isGeneric("Malian government")).isFalse();
    }
}
