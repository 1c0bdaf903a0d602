package org.sitrep.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.actors.ResolvedActors.keyOf;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EntityType;
import org.sitrep.model.actor.ActorMention;
import org.sitrep.pipeline.AnalysedDocument;
import org.sitrep.pipeline.LocalActor;

/**
 * Names the tagger cut, ran together or left out, on hand-built sentences: acronym long forms (Schwartz and
 * Hearst), an acronym written after its name without parentheses, a relative named by the family's surname, a
 * person's first or last word alone.
 */
class ActorNameUnitsTest {
    private static final ActorDictionary DICTIONARY = TestDictionaries.small();
    private static final PlaceNames PLACES = name -> List.of("gao", "kidal").contains(name);
    private static final LocalDate PUBLISHED = LocalDate.of(2012, 4, 2);

    private static AnalysedDocument run(HandTokens sentence, EntityMention... entities) {
        return ResolvedActors.resolve(sentence, PUBLISHED, DICTIONARY, PLACES, entities);
    }

    @Test
    void the_long_form_is_found_right_to_left_with_its_first_letter_at_a_word_start() {
        assertThat(LongForms.matchStart("the Harakat Sawt al-Adl wal-Karama", "HSAK")).isEqualTo(4);
        // Letters inside words count, but the first must start one: no "Front" from "seafront".
        assertThat(LongForms.matchStart("the seafront Party", "FP")).isEqualTo(-1);
        assertThat(LongForms.matchStart("met in Dakar on Sunday", "XYZ")).isEqualTo(-1);
    }

    @Test
    void a_long_form_the_tagger_cut_short_is_one_actor_with_its_acronym() {
        HandTokens sentence = HandTokens.of("Harakat/NNP/PERSON", "Sawt/NNP/PERSON", "al-Adl/NNP/PERSON",
                "wal-Karama/NNP", "(/-LRB-", "HSAK/NNP", ")/-RRB-", "took/VBD", "the/DT", "town/NN", "and/CC",
                "HSAK/NNP", "held/VBD", "it/PRP");
        AnalysedDocument document = run(sentence, sentence.entity(0, 3, EntityType.PERSON));
        String movement = keyOf(document, "Harakat Sawt al-Adl wal-Karama");
        assertThat(keyOf(document, "HSAK")).isEqualTo(movement);
        assertThat(document.localActors()).extracting(LocalActor::name).doesNotContain("Harakat Sawt al-Adl");
        // Named by the acronym, which the report uses more.
        assertThat(ResolvedActors.actor(document, movement).name()).isEqualTo("HSAK");
    }

    @Test
    void an_acronym_written_right_after_its_name_is_another_name_of_it() {
        HandTokens sentence = HandTokens.of("The/DT", "Provisional/NNP/ORGANIZATION", "Unity/NNP/ORGANIZATION",
                "Council/NNP/ORGANIZATION", "PUC/NNP/ORGANIZATION", "met/VBD", "and/CC", "the/DT",
                "PUC/NNP/ORGANIZATION", "agreed/VBD");
        AnalysedDocument document = run(sentence, sentence.entity(1, 5, EntityType.ORGANIZATION),
                sentence.entity(8, 9, EntityType.ORGANIZATION));
        String council = keyOf(document, "Provisional Unity Council");
        assertThat(keyOf(document, "PUC")).isEqualTo(council);
        LocalActor actor = ResolvedActors.actor(document, council);
        assertThat(actor.surfaceForms()).contains("Provisional Unity Council", "PUC",
                "Provisional Unity Council PUC", "the Provisional Unity Council PUC");
        assertThat(document.localActors()).extracting(LocalActor::name)
                .doesNotContain("Provisional Unity Council PUC");
    }

    @Test
    void capitals_after_a_name_that_do_not_spell_it_stay_part_of_it() {
        HandTokens sentence = HandTokens.of("The/DT", "Provisional/NNP/ORGANIZATION", "Unity/NNP/ORGANIZATION",
                "Council/NNP/ORGANIZATION", "XR/NNP/ORGANIZATION", "met/VBD");
        AnalysedDocument document = run(sentence, sentence.entity(1, 5, EntityType.ORGANIZATION));
        assertThat(document.localActors()).extracting(LocalActor::name).contains("Provisional Unity Council XR");
    }

    @Test
    void a_relative_named_after_the_possessive_takes_the_family_surname() {
        HandTokens sentence = HandTokens.of("Sanogo/NNP/PERSON", "'s/POS", "brother/NN", "Issa/NNP/PERSON",
                "fled/VBD", ";/:", "Issa/NNP/PERSON", "Sanogo/NNP/PERSON", "later/RB", "returned/VBD");
        AnalysedDocument document = run(sentence, sentence.entity(0, 1, EntityType.PERSON),
                sentence.entity(3, 4, EntityType.PERSON), sentence.entity(6, 8, EntityType.PERSON));
        String brother = keyOf(document, "Sanogo 's brother Issa");
        // "Issa Sanogo" is the brother, not the dictionary's Sanogo whose surname it holds.
        assertThat(keyOf(document, "Issa Sanogo")).isEqualTo(brother).isNotEqualTo("dict:" + TestDictionaries.SANOGO);
        assertThat(keyOf(document, "Sanogo")).isEqualTo("dict:" + TestDictionaries.SANOGO);
        assertThat(ResolvedActors.actor(document, brother).name()).isEqualTo("Issa Sanogo");
    }

    @Test
    void the_dictionary_keeps_its_person_named_with_one_of_his_own_given_names() {
        HandTokens sentence = HandTokens.of("Amadou/NNP/PERSON", "Sanogo/NNP/PERSON", "spoke/VBD");
        AnalysedDocument document = run(sentence, sentence.entity(0, 2, EntityType.PERSON));
        assertThat(document.actorMentions()).extracting(ActorMention::actorKey)
                .contains("dict:" + TestDictionaries.SANOGO);
    }

    @Test
    void a_first_or_last_word_the_tagger_missed_is_the_one_person_named_in_full_with_it() {
        HandTokens sentence = HandTokens.of("Lina/NNP/PERSON", "Marek/NNP/PERSON", "won/VBD", "60/CD",
                "percent/NN", "to/TO", "40/CD", "for/IN", "Odero/NNP", ",/,", "and/CC", "Marek/NNP", "thanked/VBD",
                "Tom/NNP/PERSON", "Odero/NNP/PERSON", "and/CC", "Abel/NNP/PERSON", "Odero/NNP/PERSON");
        AnalysedDocument document = run(sentence, sentence.entity(0, 2, EntityType.PERSON),
                sentence.entity(13, 15, EntityType.PERSON), sentence.entity(16, 18, EntityType.PERSON));
        assertThat(keyOf(document, "Marek")).isEqualTo(keyOf(document, "Lina Marek"));
        // Two people are named Odero: the word alone is neither.
        assertThat(document.actorMentions()).extracting(ActorMention::text).doesNotContain("Odero");
    }
}
