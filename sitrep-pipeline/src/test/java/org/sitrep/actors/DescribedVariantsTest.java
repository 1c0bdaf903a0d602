package org.sitrep.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.actors.ResolvedActors.actor;
import static org.sitrep.actors.ResolvedActors.keyOf;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EntityMention;
import org.sitrep.pipeline.AnalysedDocument;

/**
 * Variants of one described actor: a group written with its count or size, a definite description with a size
 * ("the 12-member council"), an epithet of the report's country ("the Central African nation"), a state's name
 * with a plain modifier ("neighbouring Niger"), and a person's title of a named body before the name. Hand-built
 * sentences of our own with the bundled dictionary.
 */
class DescribedVariantsTest {
    private static final ActorDictionary BUNDLED = ActorDictionary.bundled();

    private static AnalysedDocument run(HandTokens sentence, EntityMention... entities) {
        return ResolvedActors.resolve(sentence, LocalDate.of(2021, 3, 4), BUNDLED, name -> false, entities);
    }

    @Test
    void a_count_before_a_named_force_is_a_form_of_it_but_not_before_a_bare_nominal_or_after_a_year() {
        // The 300 Norwegian troops and 120 Norwegian commandos landed ; in 2019 Norwegian police and 40 troops left .
        HandTokens sentence = HandTokens.of("The/DT", "300/CD/NUMBER", "Norwegian/JJ/NATIONALITY", "troops/NNS",
                "and/CC", "120/CD/NUMBER", "Norwegian/JJ/NATIONALITY", "commandos/NNS", "landed/VBD", ";/:",
                "in/IN", "2019/CD/DATE", "Norwegian/JJ/NATIONALITY", "police/NNS", "and/CC", "40/CD/NUMBER",
                "troops/NNS", "left/VBD", "./.");
        AnalysedDocument document = run(sentence);
        assertThat(actor(document, keyOf(document, "Norwegian troops")).surfaceForms())
                .contains("300 Norwegian troops", "The 300 Norwegian troops").doesNotContain("40 troops");
        assertThat(actor(document, keyOf(document, "Norwegian commandos")).surfaceForms())
                .contains("120 Norwegian commandos");
        assertThat(actor(document, keyOf(document, "Norwegian police")).surfaceForms())
                .noneMatch(form -> form.contains("2019"));
    }

    @Test
    void a_definite_branch_head_refers_back_to_the_force_named_with_it_and_to_none_otherwise() {
        // 120 Norwegian commandos landed ; the commandos took the port .
        HandTokens named = HandTokens.of("120/CD/NUMBER", "Norwegian/JJ/NATIONALITY", "commandos/NNS", "landed/VBD",
                ";/:", "the/DT", "commandos/NNS", "took/VBD", "the/DT", "port/NN", "./.");
        AnalysedDocument document = run(named);
        assertThat(keyOf(document, "the commandos")).isEqualTo(keyOf(document, "Norwegian commandos"));
        // Chad voted ; the commandos took the port .
        HandTokens unnamed = HandTokens.of("Chad/NNP/LOCATION", "voted/VBD", ";/:", "the/DT", "commandos/NNS",
                "took/VBD", "the/DT", "port/NN", "./.");
        assertThat(run(unnamed).actorMentions()).noneMatch(mention -> mention.text().equals("the commandos"));
    }

    @Test
    void a_description_with_a_size_between_article_and_head_refers_back_like_the_bare_description() {
        // The Security Council met and the 15-member council voted .
        HandTokens sentence = HandTokens.of("The/DT", "Security/NNP/ORGANIZATION", "Council/NNP/ORGANIZATION",
                "met/VBD", "and/CC", "the/DT", "15-member/JJ", "council/NN", "voted/VBD", "./.");
        AnalysedDocument document = run(sentence);
        assertThat(keyOf(document, "the 15-member council")).isEqualTo(keyOf(document, "Security Council"));
    }

    @Test
    void a_regional_epithet_is_the_reports_country_and_a_plain_modifier_keeps_the_state() {
        // Chad voted ; Chad and neighbouring Niger met , and the Central African nation rejoiced .
        HandTokens sentence = HandTokens.of("Chad/NNP/LOCATION", "voted/VBD", ";/:", "Chad/NNP/LOCATION", "and/CC",
                "neighbouring/JJ", "Niger/NNP/LOCATION", "met/VBD", ",/,", "and/CC", "the/DT", "Central/JJ",
                "African/JJ", "nation/NN", "rejoiced/VBD", "./.");
        AnalysedDocument document = run(sentence);
        String chad = keyOf(document, "Chad");
        assertThat(keyOf(document, "the Central African nation")).isEqualTo(chad);
        assertThat(actor(document, keyOf(document, "Niger")).surfaceForms()).contains("neighbouring Niger");
    }

    @Test
    void an_epithet_followed_by_of_and_the_name_is_one_form_of_the_state() {
        // Chad voted ; the Central African nation of Chad rejoiced .
        HandTokens sentence = HandTokens.of("Chad/NNP/LOCATION", "voted/VBD", ";/:", "the/DT", "Central/JJ",
                "African/JJ", "nation/NN", "of/IN", "Chad/NNP/LOCATION", "rejoiced/VBD", "./.");
        AnalysedDocument document = run(sentence);
        assertThat(actor(document, keyOf(document, "Chad")).surfaceForms())
                .contains("the Central African nation of Chad", "Central African nation of Chad");
    }

    @Test
    void the_title_of_a_named_body_before_a_persons_name_describes_the_person() {
        NameBounds bounds = new NameBounds(BUNDLED);
        // the leader of the Varo Front Dorel Kass
        HandTokens person = HandTokens.of("the/DT", "leader/NN", "of/IN", "the/DT", "Varo/NNP/ORGANIZATION",
                "Front/NNP/ORGANIZATION", "Dorel/NNP/PERSON", "Kass/NNP/PERSON");
        assertThat(bounds.descriptorStart(person.tokens(), 6)).isZero();
        // with the rebels of the Varo Front Dorel Kass: "rebels" is no title, so the person starts at the name
        HandTokens other = HandTokens.of("with/IN", "the/DT", "rebels/NNS", "of/IN", "the/DT",
                "Varo/NNP/ORGANIZATION", "Front/NNP/ORGANIZATION", "Dorel/NNP/PERSON", "Kass/NNP/PERSON");
        assertThat(bounds.descriptorStart(other.tokens(), 7)).isGreaterThanOrEqualTo(4);
    }
}
