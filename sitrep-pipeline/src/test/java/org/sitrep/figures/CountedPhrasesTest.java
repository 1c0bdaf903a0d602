package org.sitrep.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CountedPhrasesTest {
    private final CountedPhrases phrases = new CountedPhrases(FigureLexicon.defaults());

    private static NumberPhrase numberAt(int index, long value) {
        return new NumberPhrase(index, index + 1, BigDecimal.valueOf(value), 1, false, false, true,
                Optional.empty(), Optional.empty(), false);
    }

    @Test
    void the_noun_phrase_after_the_number_is_counted() {
        HandTokens sentence = HandTokens.of("some/DT", "25/CD/NUMBER", "armed/JJ", "herders/NNS", "fled/VBD");
        assertThat(phrases.countedAt(sentence.reading(), 2, numberAt(1, 25)))
                .contains(new CountedPhrase(2, 3, false, false));
    }

    @Test
    void after_of_the_determiners_are_skipped_and_the_count_is_partitive() {
        HandTokens sentence = HandTokens.of("40/CD/NUMBER", "of/IN", "its/PRP$", "guards/NNS");
        assertThat(phrases.countedAt(sentence.reading(), 1, numberAt(0, 40)))
                .contains(new CountedPhrase(3, 3, true, false));
    }

    @Test
    void a_verb_after_the_number_counts_nothing() {
        HandTokens sentence = HandTokens.of("about/RB", "300/CD/NUMBER", "left/VBD");
        assertThat(phrases.countedAt(sentence.reading(), 2, numberAt(1, 300))).isEmpty();
    }

    @Test
    void a_collective_noun_before_of_names_the_count() {
        HandTokens sentence = HandTokens.of("a/DT", "total/JJ", "population/NN", "of/IN", "900/CD/NUMBER");
        assertThat(phrases.collectiveBefore(sentence.reading(), 4, 4, 5))
                .contains(new CountedPhrase(1, 2, false, true));
    }
}
