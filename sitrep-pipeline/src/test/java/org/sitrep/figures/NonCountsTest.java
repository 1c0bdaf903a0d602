package org.sitrep.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NonCountsTest {
    private final NonCounts nonCounts = new NonCounts(FigureLexicon.defaults());

    private static NumberPhrase digitsAt(int index, long value) {
        return new NumberPhrase(index, index + 1, BigDecimal.valueOf(value), 1, false, false, true,
                Optional.empty(), Optional.empty(), false);
    }

    private boolean notACount(HandTokens sentence, int index, long value) {
        return nonCounts.notACount(sentence.reading(), digitsAt(index, value), index + 1, BigDecimal.valueOf(value));
    }

    @Test
    void a_plain_count_is_a_count() {
        HandTokens sentence = HandTokens.of("They/PRP", "freed/VBD", "12/CD/NUMBER", "hostages/NNS");
        assertThat(notACount(sentence, 2, 12)).isFalse();
        assertThat(nonCounts.doubtful(sentence.reading(), digitsAt(2, 12), 3, true)).isFalse();
    }

    @Test
    void money_a_number_inside_a_name_and_a_phone_number_are_not_counts() {
        assertThat(notACount(HandTokens.of("It/PRP", "cost/VBD", "$/$", "40/CD/NUMBER"), 3, 40)).isTrue();
        assertThat(notACount(HandTokens.of("the/DT", "March/NNP/ORGANIZATION", "9/CD/ORGANIZATION",
                "Front/NNP/ORGANIZATION"), 2, 9)).isTrue();
        assertThat(notACount(HandTokens.of("call/VB", "+22377/CD/NUMBER"), 1, 22377)).isTrue();
    }

    @Test
    void a_list_label_and_an_identifier_are_not_counts() {
        assertThat(notACount(HandTokens.of("4/CD/NUMBER", "./.", "Background/NN"), 0, 4)).isTrue();
        assertThat(notACount(HandTokens.of("under/IN", "resolution/NN", "2085/CD/NUMBER"), 2, 2085)).isTrue();
    }

    @Test
    void a_year_or_a_number_after_a_name_is_doubtful() {
        HandTokens year = HandTokens.of("in/IN", "1991/CD/DATE");
        assertThat(nonCounts.doubtful(year.reading(), digitsAt(1, 1991), 2, true)).isTrue();
        HandTokens report = HandTokens.of("Report/NNP", "92/CD/NUMBER");
        assertThat(nonCounts.doubtful(report.reading(), digitsAt(1, 92), 2, true)).isTrue();
    }
}
