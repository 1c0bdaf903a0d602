package org.sitrep.store.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameNormaliserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Touré|toure",
        "TOURÉ.|toure",
        "  toure  |toure",
        "Amadou  Toumani-Touré|amadou toumani toure",
        "Côte d'Ivoire|cote d ivoire",
        "Ségou|segou",
        "ＡＢＣ|abc",
        "İstanbul|istanbul",
        "M23 / AFC|m23 afc",
        "Ansar Dine (AD)|ansar dine ad"
    })
    void folds_case_accents_and_punctuation(String name, String expected) {
        assertThat(NameNormaliser.normalise(name)).isEqualTo(expected);
    }

    @Test
    void a_name_without_letters_or_digits_folds_to_nothing() {
        assertThat(NameNormaliser.normalise(" -- ")).isEmpty();
        assertThat(NameNormaliser.normalise(null)).isEmpty();
    }
}
