package org.sitrep.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextFoldTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Touré|toure",
        "TOURÉ.|toure",
        "  toure  |toure",
        "Amadou  Toumani-Touré|amadou toumani toure",
        "Côte d'Ivoire|cote d ivoire",
        "Front de Libération de l’Aïr|front de liberation de l air",
        "İstanbul|istanbul",
        "ＡＢＣ|abc",
        "ﬁve²|five2",
        "Ansar Dine (AD)|ansar dine ad"
    })
    void name_folds_accents_case_punctuation_and_compatibility_forms(String name, String expected) {
        assertThat(TextFold.name(name)).isEqualTo(expected);
    }

    @Test
    void canonical_keeps_compatibility_forms_and_folds_the_rest() {
        assertThat(TextFold.canonical("Ségou - the Town")).isEqualTo("segou the town");
        assertThat(TextFold.canonical("ﬁve")).isEqualTo("ﬁve");
        assertThat(TextFold.canonical("ＡＢＣ")).isEqualTo("ａｂｃ");
        assertThat(TextFold.name("ﬁve")).isEqualTo("five");
    }

    @Test
    void nothing_to_fold_gives_the_empty_string_and_no_words() {
        assertThat(TextFold.name(null)).isEmpty();
        assertThat(TextFold.canonical(null)).isEmpty();
        assertThat(TextFold.name(" -- ")).isEmpty();
        assertThat(TextFold.nameWords(" -- ")).isEmpty();
        assertThat(TextFold.canonicalWords("the Armed  Forces")).containsExactly("the", "armed", "forces");
        assertThat(TextFold.nameWords("Sidi-Mohamed Ould")).containsExactly("sidi", "mohamed", "ould");
    }

    @Test
    void lookup_joins_apostrophes_and_spells_out_letters_without_accents() {
        assertThat(TextFold.lookup("Côte d’Ivoire")).isEqualTo("cote divoire");
        assertThat(TextFold.lookup("Tin-Essako")).isEqualTo("tin essako");
        assertThat(TextFold.lookup("Ségou")).isEqualTo("segou");
        assertThat(TextFold.lookup("Førde Łódź Straße")).isEqualTo("forde lodz strasse");
        assertThat(TextFold.lookup("N'Djamena")).isEqualTo("ndjamena");
        assertThat(TextFold.name("N'Djamena")).isEqualTo("n djamena");
    }

    @Test
    void edit_distance_counts_single_character_edits() {
        assertThat(EditDistance.levenshtein("sanogo", "sango")).isEqualTo(1);
        assertThat(EditDistance.levenshtein("sanogo", "sanago")).isEqualTo(1);
        assertThat(EditDistance.levenshtein("", "abc")).isEqualTo(3);
        assertThat(EditDistance.levenshtein("kitten", "sitting")).isEqualTo(3);
        assertThat(EditDistance.levenshtein("published", "publsihed")).isEqualTo(2);
    }

    @Test
    void jaro_winkler_rewards_a_shared_beginning() {
        assertThat(EditDistance.jaroWinkler("azawad", "azaouad")).isGreaterThan(0.85);
        assertThat(EditDistance.jaroWinkler("traore", "konare")).isLessThan(0.85);
        assertThat(EditDistance.jaroWinkler("same", "same")).isEqualTo(1.0);
    }
}
