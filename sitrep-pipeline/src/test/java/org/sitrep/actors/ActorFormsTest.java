package org.sitrep.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitrep.actors.ResolvedActors.actor;
import static org.sitrep.actors.ResolvedActors.keyOf;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EntityType;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.actor.ActorMention;
import org.sitrep.pipeline.AnalysedDocument;

/**
 * Names and forms of actors on hand-built sentences of our own: article and acronym forms, acronyms spelled with
 * the letters of short words, a country's forces, nominals of a country's institutions, first names alone.
 */
class ActorFormsTest {
    private static final ActorDictionary DICTIONARY = TestDictionaries.small();
    private static final PlaceNames PLACES = name -> false;
    private static final LocalDate PUBLISHED = LocalDate.of(2019, 5, 2);

    private static AnalysedDocument run(HandTokens sentence, EntityMention... entities) {
        return ResolvedActors.resolve(sentence, PUBLISHED, DICTIONARY, PLACES, entities);
    }

    @Test
    void a_name_keeps_its_article_and_its_acronym_as_forms_of_the_same_actor() {
        HandTokens sentence = HandTokens.of("Later/RB", "the/DT", "Union/NNP/ORGANIZATION", "of/IN",
                "Coastal/NNP/ORGANIZATION", "Fishermen/NNP/ORGANIZATION", "(/-LRB-", "UCF/NNP", ")/-RRB-",
                "marched/VBD", "./.");
        AnalysedDocument document = run(sentence, sentence.entity(2, 6, EntityType.ORGANIZATION));
        String union = keyOf(document, "Union of Coastal Fishermen");
        assertThat(keyOf(document, "UCF")).isEqualTo(union);
        assertThat(actor(document, union).surfaceForms()).contains("the Union of Coastal Fishermen",
                "Union of Coastal Fishermen (UCF)", "the Union of Coastal Fishermen (UCF)");
    }

    @Test
    void a_person_takes_no_article_form() {
        HandTokens sentence = HandTokens.of("He/PRP", "met/VBD", "the/DT", "Orvan/NNP/PERSON", "Tessky/NNP/PERSON",
                "./.");
        AnalysedDocument document = run(sentence, sentence.entity(3, 5, EntityType.PERSON));
        assertThat(actor(document, keyOf(document, "Orvan Tessky")).surfaceForms()).doesNotContain(
                "the Orvan Tessky");
    }

    @Test
    void a_region_of_a_state_is_no_name_of_the_state() {
        HandTokens sentence = HandTokens.of("Fighting/NN", "spread/VBD", "across/IN", "northern/JJ",
                "Mali/NNP/LOCATION", "./.");
        AnalysedDocument document = run(sentence, sentence.entity(4, 5, EntityType.LOCATION));
        assertThat(actor(document, "dict:" + TestDictionaries.MALI).surfaceForms()).containsExactly("Mali");
    }

    @Test
    void an_acronym_may_spell_the_short_words_of_its_name_too() {
        HandTokens sentence = HandTokens.of("Fighters/NNS", "of/IN", "al-Jabha/NNP/ORGANIZATION",
                "al-Watani/NNP/ORGANIZATION", "(/-LRB-", "AJAW/NNP", ")/-RRB-", "fled/VBD", "./.");
        AnalysedDocument document = run(sentence, sentence.entity(2, 4, EntityType.ORGANIZATION));
        assertThat(keyOf(document, "AJAW")).isEqualTo(keyOf(document, "al-Jabha al-Watani"));
    }

    @Test
    void a_countrys_adjective_or_name_and_a_branch_noun_name_one_force_of_that_country() {
        HandTokens sentence = HandTokens.of("French/JJ", "troops/NNS", "and/CC", "France/NNP/LOCATION",
                "'s/POS", "air/NN", "force/NN", "joined/VBD", "France/NNP/LOCATION", "'s/POS", "army/NN",
                "and/CC", "the/DT", "soldiers/NNS", "advanced/VBD", "./.");
        AnalysedDocument document = run(sentence, sentence.entity(3, 4, EntityType.LOCATION),
                sentence.entity(8, 9, EntityType.LOCATION));
        String army = keyOf(document, "French troops");
        assertThat(keyOf(document, "France 's army")).isEqualTo(army);
        assertThat(keyOf(document, "soldiers")).isEqualTo(army);
        assertThat(keyOf(document, "France 's air force")).isNotEqualTo(army);
        assertThat(actor(document, army).name()).isEqualTo("French army");
        assertThat(actor(document, army).kind()).isEqualTo(org.sitrep.model.actor.ActorKind.MILITARY_UNIT);
    }

    @Test
    void a_countrys_government_by_its_adjective_is_the_state() {
        HandTokens sentence = HandTokens.of("Senegal/NNP/LOCATION", "said/VBD", "the/DT", "Senegalese/JJ",
                "government/NN", "agreed/VBD", "./.");
        AnalysedDocument document = run(sentence, sentence.entity(0, 1, EntityType.LOCATION));
        assertThat(keyOf(document, "Senegalese government")).isEqualTo(keyOf(document, "Senegal"));
    }

    @Test
    void coordinated_country_adjectives_share_the_force_they_are_the_adjectives_of() {
        HandTokens sentence = HandTokens.of("The/DT", "Senegalese/JJ", ",/,", "Gambian/JJ", "and/CC", "Guinean/JJ",
                "troops/NNS", "left/VBD", "./.");
        AnalysedDocument document = run(sentence);
        assertThat(actor(document, keyOf(document, "Senegalese")).name()).isEqualTo("Senegalese army");
        assertThat(actor(document, keyOf(document, "Gambian")).name()).isEqualTo("Gambian army");
        assertThat(actor(document, keyOf(document, "Guinean troops")).name()).isEqualTo("Guinean army");
    }

    @Test
    void a_country_adjective_before_a_comma_alone_is_no_item_of_a_list() {
        HandTokens sentence = HandTokens.of("Unlike/IN", "the/DT", "Senegalese/JJ", ",/,", "Gambian/JJ",
                "troops/NNS", "left/VBD", "./.");
        AnalysedDocument document = run(sentence);
        assertThat(document.actorMentions()).extracting(ActorMention::text).doesNotContain("Senegalese");
    }

    @Test
    void the_dictionarys_own_force_of_a_country_is_that_countrys_force() {
        HandTokens sentence = HandTokens.of("Malian/JJ", "soldiers/NNS", "and/CC", "Malian/JJ", "armed/JJ",
                "forces/NNS", "left/VBD", "./.");
        AnalysedDocument document = run(sentence);
        assertThat(keyOf(document, "Malian soldiers")).isEqualTo("dict:" + TestDictionaries.ARMY);
        assertThat(keyOf(document, "Malian armed forces")).isEqualTo("dict:" + TestDictionaries.ARMY);
    }

    @Test
    void a_nominal_of_a_countrys_force_means_the_force_of_the_country_the_report_is_about() {
        HandTokens sentence = HandTokens.of("In/IN", "Niger/NNP/LOCATION", ",/,", "the/DT", "army/NN",
                "left/VBD", "Niger/NNP/LOCATION", "'s/POS", "north/NN", "./.");
        AnalysedDocument document = run(sentence, sentence.entity(1, 2, EntityType.LOCATION),
                sentence.entity(6, 7, EntityType.LOCATION));
        assertThat(actor(document, keyOf(document, "the army")).name()).isEqualTo("Nigerien army");
    }

    @Test
    void forces_someone_owns_are_not_taken_for_the_countrys() {
        HandTokens sentence = HandTokens.of("In/IN", "Niger/NNP/LOCATION", ",/,", "Kallo/NNP/PERSON", "'s/POS",
                "soldiers/NNS", "left/VBD", "Niger/NNP/LOCATION", "./.");
        AnalysedDocument document = run(sentence, sentence.entity(1, 2, EntityType.LOCATION),
                sentence.entity(3, 4, EntityType.PERSON), sentence.entity(7, 8, EntityType.LOCATION));
        assertThat(document.actorMentions()).extracting(ActorMention::text).doesNotContain("soldiers");
    }

    @Test
    void a_first_name_alone_joins_the_one_person_so_named() {
        HandTokens sentence = HandTokens.of("Tamsir/NNP/PERSON", "Kallo/NNP/PERSON", "fled/VBD", "and/CC",
                "Tamsir/NNP/PERSON", "returned/VBD", "./.");
        AnalysedDocument document = run(sentence, sentence.entity(0, 2, EntityType.PERSON),
                sentence.entity(4, 5, EntityType.PERSON));
        assertThat(keyOf(document, "Tamsir")).isEqualTo(keyOf(document, "Tamsir Kallo"));
    }

    @Test
    void a_first_name_two_people_share_stays_apart() {
        HandTokens sentence = HandTokens.of("Tamsir/NNP/PERSON", "Kallo/NNP/PERSON", "and/CC", "Tamsir/NNP/PERSON",
                "Demba/NNP/PERSON", "met/VBD", "Tamsir/NNP/PERSON", "./.");
        AnalysedDocument document = run(sentence, sentence.entity(0, 2, EntityType.PERSON),
                sentence.entity(3, 5, EntityType.PERSON), sentence.entity(6, 7, EntityType.PERSON));
        assertThat(keyOf(document, "Tamsir")).isNotIn(keyOf(document, "Tamsir Kallo"),
                keyOf(document, "Tamsir Demba"));
    }

    @Test
    void a_person_the_dictionary_lacks_answers_to_the_nominal_of_the_title_named_with() {
        ActorDictionary dictionary = DICTIONARY.withTitleTags(java.util.Map.of("president", "head_of_state",
                "former president", "deposed_head_of_state"));
        HandTokens sentence = HandTokens.of("Former/JJ", "President/NNP", "Alun/NNP/PERSON", "Brevik/NNP/PERSON",
                "met/VBD", "President/NNP", "Osei/NNP/PERSON", "Tandoh/NNP/PERSON", "./.");
        AnalysedDocument document = sentence.document(PUBLISHED, sentence.entity(2, 4, EntityType.PERSON),
                sentence.entity(6, 8, EntityType.PERSON));
        new DictionaryNameTagger(dictionary).apply(document);
        new ActorResolver(dictionary, PLACES).apply(document);
        assertThat(actor(document, keyOf(document, "President Osei Tandoh")).tags()).contains("head_of_state");
        assertThat(actor(document, keyOf(document, "Former President Alun Brevik")).tags())
                .contains("deposed_head_of_state").doesNotContain("head_of_state");
    }

    @Test
    void armed_alone_makes_no_army() {
        ActorKinds kinds = ActorKinds.bundled();
        assertThat(kinds.tags("Armed Conflict Survey Project")).doesNotContain("army");
        assertThat(kinds.guess("Patriotic Armed Forces")).isEqualTo(ActorKind.MILITARY_UNIT);
        assertThat(kinds.tags("Patriotic Armed Forces")).contains("army");
        assertThat(kinds.tags("Presidential Guard")).isEmpty();
        assertThat(kinds.guess("Rapid Support Forces")).isEqualTo(ActorKind.MILITARY_UNIT);
        assertThat(kinds.tags("Rapid Support Forces")).doesNotContain("army");
        assertThat(kinds.guess("Front for the Liberation of Kardova")).isEqualTo(ActorKind.ARMED_GROUP);
        assertThat(kinds.guess("Comité National de Salut")).isEqualTo(ActorKind.GOVERNMENT_BODY);
        assertThat(kinds.guess("Kardova Observatory")).isEqualTo(ActorKind.ORG);
    }

    @Test
    void a_kinds_file_with_an_unknown_key_or_kind_is_refused_by_name() {
        assertThatThrownBy(() -> ActorKinds.parse("kinds:\n  - kind: PARTY\n    wrods: [party]\n"))
                .isInstanceOf(ActorDictionaryException.class).hasMessageContaining("wrods");
        assertThatThrownBy(() -> ActorKinds.parse("kinds:\n  - kind: PARTEI\n    words: [party]\n"))
                .isInstanceOf(ActorDictionaryException.class).hasMessageContaining("PARTEI");
    }

    @Test
    void every_tag_of_the_kinds_file_is_a_tag_of_the_nominals() {
        assertThat(ActorDictionary.bundled().tagByNominal().values()).containsAll(ActorKinds.bundled().allTags());
    }

    @Test
    void every_tag_of_the_forces_file_is_a_tag_of_the_nominals() {
        assertThat(ActorDictionary.bundled().tagByNominal().values())
                .containsAll(NationalForces.bundled().tags());
        assertThat(List.of("army", "security_forces")).allMatch(tag -> NationalForces.bundled().branchOfTag(tag)
                .isPresent());
    }
}
