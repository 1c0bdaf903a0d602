package org.sitrep.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.actors.ResolvedActors.actor;
import static org.sitrep.actors.ResolvedActors.keyOf;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EntityType;
import org.sitrep.pipeline.AnalysedDocument;
import org.sitrep.pipeline.LocalActor;

/**
 * The words a report writes around a name, on hand-built sentences of our own: a person's descriptors (whose
 * son, which group's leader, a title with its "of"), the title form, and acronyms defined where initials do not
 * spell them.
 */
class ActorDescriptorsTest {
    private static final ActorDictionary BUNDLED = ActorDictionary.bundled();
    private static final LocalDate PUBLISHED = LocalDate.of(2019, 5, 2);

    private static AnalysedDocument run(ActorDictionary dictionary, HandTokens sentence, EntityMention... entities) {
        return ResolvedActors.resolve(sentence, PUBLISHED, dictionary, name -> false, entities);
    }

    @Test
    void whose_relative_a_person_is_describes_them() {
        HandTokens sentence = HandTokens.of("Kallo/NNP/PERSON", "'s/POS", "son/NN", "Tamsir/NNP/PERSON",
                "Demba/NNP/PERSON", "fled/VBD", "and/CC", "his/PRP$", "brother/NN", "Osei/NNP/PERSON",
                "Tandoh/NNP/PERSON", "stayed/VBD", "./.");
        AnalysedDocument document = run(TestDictionaries.small(), sentence,
                sentence.entity(0, 1, EntityType.PERSON), sentence.entity(3, 5, EntityType.PERSON),
                sentence.entity(9, 11, EntityType.PERSON));
        assertThat(actor(document, keyOf(document, "Kallo 's son Tamsir Demba")).surfaceForms())
                .contains("Tamsir Demba");
        assertThat(actor(document, keyOf(document, "his brother Osei Tandoh")).surfaceForms())
                .contains("Osei Tandoh");
        assertThat(keyOf(document, "Kallo")).isNotEqualTo(keyOf(document, "Kallo 's son Tamsir Demba"));
    }

    @Test
    void a_title_keeps_its_of_and_the_group_it_leads_and_is_also_written_alone() {
        HandTokens sentence = HandTokens.of("Vessland/NNP/LOCATION", "secretary/NN", "of/IN", "state/NN",
                "Ana/NNP/PERSON", "Vero/NNP/PERSON", "met/VBD", "Kora/NNP/PERSON", "Front/NNP/PERSON", "leader/NN",
                "General/NNP", "Ilo/NNP/PERSON", "Maddi/NNP/PERSON", "./.");
        AnalysedDocument document = run(BUNDLED, sentence, sentence.entity(4, 6, EntityType.PERSON),
                sentence.entity(11, 13, EntityType.PERSON));
        assertThat(actor(document, keyOf(document, "Vessland secretary of state Ana Vero")).surfaceForms())
                .contains("Ana Vero");
        assertThat(actor(document, keyOf(document, "Kora Front leader General Ilo Maddi")).surfaceForms())
                .contains("General Ilo Maddi", "Ilo Maddi");
    }

    @Test
    void a_country_owning_a_person_describes_them() {
        HandTokens sentence = HandTokens.of("Vessland/NNP/LOCATION", "'s/POS", "Ana/NNP/PERSON", "Vero/NNP/PERSON",
                "landed/VBD", "./.");
        AnalysedDocument document = run(BUNDLED, sentence, sentence.entity(0, 1, EntityType.LOCATION),
                sentence.entity(2, 4, EntityType.PERSON));
        assertThat(actor(document, keyOf(document, "Vessland 's Ana Vero")).surfaceForms()).contains("Ana Vero");
    }

    @Test
    void a_word_describing_a_person_is_no_first_name() {
        HandTokens sentence = HandTokens.of("Kora/NNP/PERSON", "leader/NN", "Ilo/NNP/PERSON", "Maddi/NNP/PERSON",
                "thanked/VBD", "Kora/NNP/PERSON", "./.");
        AnalysedDocument document = run(BUNDLED, sentence, sentence.entity(2, 4, EntityType.PERSON),
                sentence.entity(5, 6, EntityType.PERSON));
        assertThat(keyOf(document, "Kora")).isNotEqualTo(keyOf(document, "Kora leader Ilo Maddi"));
    }

    @Test
    void an_acronym_in_parentheses_after_a_tagged_name_defines_it_whatever_its_letters() {
        HandTokens sentence = HandTokens.of("Later/RB", "the/DT", "Union/NNP/ORGANIZATION", "of/IN",
                "Coastal/NNP/ORGANIZATION", "Fishermen/NNP/ORGANIZATION", "(/-LRB-", "SPCP/NN", ")/-RRB-",
                "marched/VBD", "./.");
        AnalysedDocument document = run(TestDictionaries.small(), sentence,
                sentence.entity(2, 6, EntityType.ORGANIZATION));
        assertThat(keyOf(document, "SPCP")).isEqualTo(keyOf(document, "Union of Coastal Fishermen"));
    }

    @Test
    void an_acronym_given_as_another_name_after_a_comma_defines_the_name() {
        HandTokens sentence = HandTokens.of("The/DT", "Coastal/NNP", "Fishermen/NNP", "Union/NNP", ",/,", "or/CC",
                "the/DT", "CFU/NNP/ORGANIZATION", ",/,", "marched/VBD", "./.");
        AnalysedDocument document = run(TestDictionaries.small(), sentence,
                sentence.entity(7, 8, EntityType.ORGANIZATION));
        LocalActor union = actor(document, keyOf(document, "CFU"));
        assertThat(union.surfaceForms()).contains("Coastal Fishermen Union", "the Coastal Fishermen Union");
    }

    @Test
    void forces_in_a_groups_name_do_not_make_it_the_national_army() {
        assertThat(ActorKinds.bundled().tags("Union of Democratic Forces"))
                .doesNotContain("army");
        assertThat(ActorKinds.bundled().tags("National Defence Forces"))
                .contains("army");
    }

    @Test
    void a_persons_forces_are_one_actor_of_their_own() {
        HandTokens sentence = HandTokens.of("Kallo/NNP/PERSON", "'s/POS", "forces/NNS", ",/,", "Kallo/NNP/PERSON",
                "loyalists/NNS", "and/CC", "troops/NNS", "loyal/JJ", "to/TO", "Kallo/NNP/PERSON", "fought/VBD",
                "the/DT", "army/NN", "./.");
        AnalysedDocument document = run(TestDictionaries.small(), sentence,
                sentence.entity(0, 1, EntityType.PERSON), sentence.entity(4, 5, EntityType.PERSON),
                sentence.entity(10, 11, EntityType.PERSON));
        String forces = keyOf(document, "Kallo 's forces");
        assertThat(keyOf(document, "Kallo loyalists")).isEqualTo(forces);
        assertThat(keyOf(document, "troops loyal to Kallo")).isEqualTo(forces);
        assertThat(keyOf(document, "Kallo")).isNotEqualTo(forces);
        assertThat(actor(document, forces).name()).isEqualTo("Kallo forces");
        assertThat(actor(document, forces).surfaceForms()).doesNotContain("the army", "army");
    }

    @Test
    void a_persons_men_are_their_forces() {
        // Kallo 's men and Kallo 's forces crossed the river .
        HandTokens sentence = HandTokens.of("Kallo/NNP/PERSON", "'s/POS", "men/NNS", "and/CC", "Kallo/NNP/PERSON",
                "'s/POS", "forces/NNS", "crossed/VBD", "the/DT", "river/NN", "./.");
        AnalysedDocument document = run(TestDictionaries.small(), sentence,
                sentence.entity(0, 1, EntityType.PERSON), sentence.entity(4, 5, EntityType.PERSON));
        String forces = keyOf(document, "Kallo 's forces");
        assertThat(keyOf(document, "Kallo 's men")).isEqualTo(forces);
        assertThat(actor(document, forces).name()).isEqualTo("Kallo forces");
    }

    @Test
    void a_persons_relatives_are_not_their_forces() {
        HandTokens sentence = HandTokens.of("Kallo/NNP/PERSON", "'s/POS", "son/NN", "Tamsir/NNP/PERSON", "fled/VBD",
                "./.");
        AnalysedDocument document = run(TestDictionaries.small(), sentence,
                sentence.entity(0, 1, EntityType.PERSON), sentence.entity(3, 4, EntityType.PERSON));
        assertThat(document.localActors()).extracting(LocalActor::name).doesNotContain("Kallo forces");
    }

    @Test
    void the_tag_of_a_persons_forces_is_a_tag_of_the_nominals() {
        assertThat(ActorDictionary.bundled().tagByNominal().values()).containsAll(Followers.bundled().tags());
    }

    @Test
    void a_noun_of_its_kind_with_its_adjectives_introduces_a_groups_name() {
        HandTokens sentence = HandTokens.of("Later/RB", "the/DT", "separatist/JJ", "group/NN", "MNLA/NNP", "fled/VBD",
                "./.");
        AnalysedDocument document = run(TestDictionaries.small(), sentence);
        assertThat(actor(document, "dict:" + TestDictionaries.MNLA).surfaceForms())
                .contains("the separatist group MNLA", "MNLA");
    }

    @Test
    void mutinous_soldiers_are_the_junta_not_the_army() {
        assertThat(ActorDictionary.bundled().tagByNominal()).containsEntry("mutinous soldiers", "junta");
    }

    @Test
    void a_persons_government_is_an_actor_of_its_own() {
        HandTokens sentence = HandTokens.of("The/DT", "Kallo/NNP/PERSON", "government/NN", "and/CC", "Kallo/NNP/PERSON",
                "'s/POS", "administration/NN", "fell/VBD", "./.");
        AnalysedDocument document = run(TestDictionaries.small(), sentence,
                sentence.entity(1, 2, EntityType.PERSON), sentence.entity(4, 5, EntityType.PERSON));
        String government = keyOf(document, "Kallo government");
        assertThat(keyOf(document, "Kallo 's administration")).isEqualTo(government);
        assertThat(keyOf(document, "Kallo")).isNotEqualTo(government);
        assertThat(actor(document, government).surfaceForms()).contains("the Kallo government");
        assertThat(actor(document, government).kind()).isEqualTo(org.sitrep.model.actor.ActorKind.GOVERNMENT_BODY);
    }
}
