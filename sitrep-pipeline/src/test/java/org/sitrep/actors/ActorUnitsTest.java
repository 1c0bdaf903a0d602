package org.sitrep.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.sitrep.actors.ResolvedActors.keyOf;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EntityType;
import org.sitrep.model.actor.ActorMention;
import org.sitrep.pipeline.AnalysedDocument;
import org.sitrep.pipeline.DictionaryName;
import org.sitrep.pipeline.LocalActor;

/** The actor units on hand-built sentences (words, tags, entity mentions), without a language model. */
class ActorUnitsTest {
    private static final ActorDictionary DICTIONARY = TestDictionaries.small();
    private static final PlaceNames PLACES = name -> List.of("gao", "kidal").contains(name);
    private static final LocalDate PUBLISHED = LocalDate.of(2012, 4, 2);

    private static AnalysedDocument run(HandTokens sentence, EntityMention... entities) {
        return ResolvedActors.resolve(sentence, PUBLISHED, DICTIONARY, PLACES, entities);
    }

    @Test
    void the_dictionary_stage_finds_names_longest_first_and_acronyms_only_in_capitals() {
        HandTokens sentence = HandTokens.of("Captain/NNP", "Amadou/NNP", "Haya/NNP", "Sanogo/NNP", "met/VBD",
                "the/DT", "MNLA/NNP", "but/CC", "not/RB", "the/DT", "mnla/NN");
        AnalysedDocument document = sentence.document(PUBLISHED);
        new DictionaryNameTagger(DICTIONARY).apply(document);
        assertThat(document.dictionaryNames()).containsExactly(
                new DictionaryName(0, 0, 4, TestDictionaries.SANOGO),
                new DictionaryName(0, 6, 7, TestDictionaries.MNLA));
    }

    @Test
    void a_dictionary_name_overrides_the_tagger_and_retags_its_tokens() {
        HandTokens sentence = HandTokens.of("The/DT", "MNLA/NNP/PERSON", "entered/VBD", "Gao/NNP/LOCATION");
        AnalysedDocument document = run(sentence, sentence.entity(1, 2, EntityType.PERSON),
                sentence.entity(3, 4, EntityType.LOCATION));
        assertThat(keyOf(document, "MNLA")).isEqualTo("dict:" + TestDictionaries.MNLA);
        assertThat(document.entities()).extracting(EntityMention::text, EntityMention::type, EntityMention::source)
                .containsExactly(tuple("MNLA", EntityType.ORGANIZATION, "dictionary"),
                        tuple("Gao", EntityType.LOCATION, "ner"));
        assertThat(document.tokens(0).get(1).ner()).isEqualTo("ORGANIZATION");
    }

    @Test
    void a_name_the_tagger_read_once_is_the_same_name_where_it_missed_it_but_not_a_place_name() {
        HandTokens sentence = HandTokens.of("What/WP", "is/VBZ", "Vorta/NNP", "Front/NNP", "?/.", "Vorta/NNP/ORGANIZATION",
                "Front/NNP/ORGANIZATION", "met/VBD", "Kidal/NNP/ORGANIZATION", "chiefs/NNS", "in/IN", "Kidal/NNP",
                "with/IN", "Vorta/NNP", "elders/NNS");
        AnalysedDocument document = run(sentence, sentence.entity(5, 7, EntityType.ORGANIZATION),
                sentence.entity(8, 9, EntityType.ORGANIZATION));
        assertThat(document.actorMentions()).filteredOn(m -> m.text().equals("Vorta Front")).hasSize(2)
                .extracting(ActorMention::actorKey).containsOnly(keyOf(document, "Vorta Front"));
        // Only the name as the tagger read it, in full: "Vorta" alone is no mention; "Kidal" is a town's name.
        assertThat(document.actorMentions()).extracting(ActorMention::text).doesNotContain("Vorta");
        assertThat(document.actorMentions()).filteredOn(m -> m.text().equals("Kidal")).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void a_surname_joins_the_person_named_in_full_and_a_lone_place_name_is_no_person() {
        HandTokens sentence = HandTokens.of("Moussa/NNP/PERSON", "Diarra/NNP/PERSON", "said/VBD", "that/IN",
                "Diarra/NNP/PERSON", "and/CC", "Kidal/NNP/PERSON", "agreed/VBD");
        AnalysedDocument document = run(sentence, sentence.entity(0, 2, EntityType.PERSON),
                sentence.entity(4, 5, EntityType.PERSON), sentence.entity(6, 7, EntityType.PERSON));
        assertThat(keyOf(document, "Diarra")).isEqualTo(keyOf(document, "Moussa Diarra"));
        assertThat(document.localActors()).extracting(LocalActor::name).doesNotContain("Kidal");
        assertThat(document.entities()).filteredOn(e -> e.text().equals("Kidal")).extracting(EntityMention::type)
                .containsExactly(EntityType.LOCATION);
    }

    @Test
    void an_acronym_in_parentheses_joins_the_phrase_it_abbreviates() {
        HandTokens sentence = HandTokens.of("The/DT", "Patriotic/NNP/ORGANIZATION", "Front/NNP/ORGANIZATION",
                "for/IN", "Renewal/NNP", "(/-LRB-", "PFR/NNP/ORGANIZATION", ")/-RRB-", "objected/VBD", "./.");
        AnalysedDocument document = run(sentence, sentence.entity(1, 3, EntityType.ORGANIZATION),
                sentence.entity(6, 7, EntityType.ORGANIZATION));
        assertThat(keyOf(document, "PFR")).isEqualTo(keyOf(document, "Patriotic Front for Renewal"));
        assertThat(document.localActors()).filteredOn(a -> a.surfaceForms().contains("PFR"))
                .singleElement().satisfies(front -> assertThat(front.name()).isEqualTo("Patriotic Front for Renewal"));
    }

    @Test
    void a_nominal_means_the_actor_of_its_tag_named_last_and_untagged_capitals_alone_are_dropped() {
        HandTokens sentence = HandTokens.of("Captain/NNP", "Sanogo/NNP/PERSON", "said/VBD", "the/DT", "junta/NN",
                "and/CC", "the/DT", "XKRT/NNP", "would/MD", "talk/VB");
        AnalysedDocument document = run(sentence, sentence.entity(1, 2, EntityType.PERSON));
        assertThat(keyOf(document, "the junta")).isEqualTo("dict:" + TestDictionaries.JUNTA);
        assertThat(document.actorMentions()).extracting(ActorMention::text).doesNotContain("XKRT");
    }

    @Test
    void name_bounds_take_in_descriptors_and_an_organisations_head_noun() {
        NameBounds bounds = new NameBounds(DICTIONARY);
        HandTokens person = HandTokens.of("Senegal/NNP", "'s/POS", "President/NNP", "Macky/NNP", "Sall/NNP");
        assertThat(bounds.descriptorStart(person.tokens(), 3)).isZero();
        HandTokens group = HandTokens.of("the/DT", "small/JJ", "SADI/NNP", "party/NN", "won/VBD");
        assertThat(bounds.organisationStart(group.tokens(), 2)).isZero();
        assertThat(bounds.organisationEnd(group.tokens(), 3)).isEqualTo(4);
    }
}
